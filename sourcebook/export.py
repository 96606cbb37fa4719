"""The data export, /data/sourcebook.json: what the site says, as data. Ids are the slugs."""

from __future__ import annotations

import json

from . import __version__
from .model import Site
from .plan import document_url, minister_url, phase_url, place_url

GIVEN_DATE = "date given in the source's front matter"


def site_data(site: Site, with_documents: bool = True) -> dict:
    """The export as plain data, in the shape DESIGN.md fixes."""
    return {
        "site": site_record(site),
        "documents": [document_record(site, doc_id) for doc_id in site.documents] if with_documents else [],
        "ministers": [minister_record(m) for m in site.ministers.values()],
        "people": [person_record(p) for p in site.people.values() if p.key not in site.ministers],
        "places": [place_record(p) for p in site.places.values()],
        "phases": [phase_record(p) for p in site.phases],
        "undated": list(site.undated),
        "place_candidates": [{"name": n, "documents": c} for n, c in site.place_candidates],
    }


def site_record(site: Site) -> dict:
    return {"title": site.settings.title, "base_url": site.settings.base_url, "generator": f"sourcebook {__version__}"}


def minister_record(m) -> dict:
    return {
        "id": m.id,
        "name": m.name,
        "url": "/" + minister_url(m.id),
        "roles": [{"title": r.title, "country": r.country, "former": r.former, "document": r.document} for r in m.roles],
        "documents": list(m.documents),
    }


def person_record(p) -> dict:
    return {"id": p.key, "name": p.name, "description": p.description}


def place_record(p) -> dict:
    return {
        "id": p.id,
        "name": p.name,
        "url": "/" + place_url(p.id),
        "aliases": list(p.aliases),
        "description": p.description,
        "coordinates": list(p.coordinates) if p.coordinates else None,
        "documents": list(p.documents),
    }


def phase_record(p) -> dict:
    return {"id": p.id, "name": p.name, "url": "/" + phase_url(p.id), "start": p.start, "end": p.end,
            "documents": list(p.documents)}


def document_record(site: Site, doc_id: str) -> dict:
    """One document's record in the export."""
    doc, extraction = site.documents[doc_id], site.extractions[doc_id]
    date = extraction.date
    return {
        "id": doc_id,
        "source": doc.source,
        "url": "/" + document_url(doc_id),
        "title": doc.title,
        "original_url": doc.url,
        "date": date.value if date else None,
        "date_precision": date.precision if date else None,
        "date_estimated": date.estimated if date else None,
        "date_evidence": (f"{date.rule}: {date.evidence}" if date.estimated else GIVEN_DATE) if date
                         else extraction.undated_why or None,
        "phase": extraction.phase.phase,
        "phase_evidence": list(extraction.phase.evidence),
        "phase_conflict": extraction.phase.conflict,
        # The ministers are those the source itself presents as ministers; a person it names
        # without a title is among its people, with the role another source of the time gives.
        "ministers": sorted(p.key for p in extraction.people if p.role is not None),
        "people": sorted({p.key for p in extraction.people}),
        "roles_elsewhere": [
            {"person": key, "title": r.title, "country": r.country, "former": r.former, "document": r.document,
             "date": date_of(site, r.document)}
            for key, r in site.roles_elsewhere.get(doc_id, ())
        ],
        "places": sorted({m.key for m in extraction.mentions if m.kind == "place" and m.key in site.places}),
        "quotes": [
            {"speaker": q.speaker, "speaker_name": q.speaker_name, "paragraph": q.paragraph, "text": q.text,
             "speaker_given": q.given}
            for q in extraction.quotes
        ],
        "paragraphs": len(doc.paragraphs),
        "boilerplate_dropped": len(doc.dropped),
    }


def date_of(site: Site, doc_id: str) -> str | None:
    date = site.extractions[doc_id].date
    return date.value if date else None


def describe_roles(minister) -> str:
    """'Defence Minister (New Zealand); former Defence Minister', each distinct role once."""
    seen = []
    for title, country, former in minister.distinct_roles:
        text = ("former " if former else "") + title
        text += f" ({country})" if country else ""
        if text not in seen:
            seen.append(text)
    return "; ".join(seen)


def previews_json(site: Site) -> bytes:
    """What a link's preview shows for each entity, keyed as in the links' data-entity."""
    def sources(n: int) -> str:
        return f"named in {n} source{'s' if n != 1 else ''}"

    previews = {
        f"minister:{m.id}": {"name": m.name, "detail": describe_roles(m), "count": sources(len(m.documents))}
        for m in site.ministers.values()
    }
    previews.update({
        f"place:{p.id}": {"name": p.name, "detail": p.description, "count": sources(len(p.documents))}
        for p in site.places.values()
    })
    return json_bytes(previews, sort_keys=True, separators=(",", ":"))


def export_json(site: Site) -> bytes:
    return json_bytes(site_data(site), one_record_per_line=True)


def json_bytes(data, one_record_per_line: bool = False, **options) -> bytes:
    """JSON in which no value is markup: '<', '>' and '&' from sources are written as \\u escapes
    (the same data), so a browser that sniffs the file as HTML still finds no tag in it.

    With `one_record_per_line`, each item of a top-level list stands on its own line: easy to
    read and to diff, and written by json's C encoder (an indent makes it fall back to Python,
    ten times slower on 10,000 documents)."""
    if one_record_per_line:
        text = "{\n" + ",\n".join(
            f" {json.dumps(key)}: " + (
                "[\n  " + ",\n  ".join(json.dumps(item, ensure_ascii=False, **options) for item in value) + "\n ]"
                if isinstance(value, list) and value else json.dumps(value, ensure_ascii=False, **options))
            for key, value in data.items()
        ) + "\n}"
    else:
        text = json.dumps(data, ensure_ascii=False, **options)
    return (escape_markup(text) + "\n").encode("utf-8")


def escape_markup(text: str) -> str:
    return text.replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026")
