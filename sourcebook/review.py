"""What the build inferred rather than read, most doubtful first, each with the fix that settles
it: the front matter lines for its source, or the site.yaml lines. Computed from the Site alone."""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass

from .corrections import words
from .model import Site
from .slugs import slugify

# Kinds of row, most doubtful first.
KINDS = ("undated", "estimated-date", "phase-conflict", "no-speaker", "speaker-choice",
         "role-elsewhere", "name-once", "place-candidate")
QUOTED = re.compile(r"'([^']{4,}?)'")
FIRST_WORDS = 6


@dataclass(frozen=True)
class Fix:
    """YAML to paste: `entries` go under the top-level `key` of `file` (a source's front matter,
    or site.yaml)."""

    file: str  # the source's path relative to the content folder, or "site.yaml"
    key: str
    entries: tuple[str, ...]  # YAML lines under the key; a scalar key has one, "key: value"
    scalar: bool = False

    @property
    def text(self) -> str:
        return "\n".join(self.entries) if self.scalar else "\n".join((f"{self.key}:", *self.entries))


@dataclass(frozen=True)
class Row:
    kind: str
    source: str | None  # path relative to the content folder; None: site-wide
    document: str | None  # document id
    summary: str
    evidence: tuple[tuple[str, str | None], ...]  # (what, paragraph id or None)
    fix: Fix
    alternative: Fix | None = None

    @property
    def rank(self) -> int:
        return KINDS.index(self.kind)


def review_rows(site: Site) -> tuple[Row, ...]:
    """Every open row, grouped by source (most doubtful source first), then the site-wide ones."""
    by_source: dict[str, list[Row]] = {}
    sources = people_sources(site)
    for doc_id in site.documents:
        rows = document_rows(site, doc_id, sources)
        if rows:
            by_source[doc_id] = sorted(rows, key=lambda r: (r.rank, paragraph_order(r)))
    groups = sorted(by_source.values(), key=lambda rows: (min(r.rank for r in rows), -len(rows), rows[0].source))
    return tuple(r for rows in groups for r in rows) + place_rows(site)


def paragraph_order(row: Row) -> int:
    pid = next((p for _, p in row.evidence if p), None)
    return int(pid[1:]) if pid and pid[1:].isdigit() else 0


def document_rows(site: Site, doc_id: str, sources: Counter) -> list[Row]:
    doc, ex = site.documents[doc_id], site.extractions[doc_id]
    src = doc.source
    rows = []
    if ex.date is None:
        rows.append(Row("undated", src, doc_id, ex.undated_why or "undated: no date found",
                        tuple(e for e in evidence_of(doc, ex.undated_why) if e[1]),  # the summary says why
                        Fix(src, "date", ("date: YYYY-MM-DD  # fill in the date you establish",), True)))
    elif ex.date.estimated:
        rows.append(Row("estimated-date", src, doc_id, f"date {ex.date.value} estimated from {ex.date.rule}",
                        evidence_of(doc, ex.date.evidence),
                        Fix(src, "date", (f"date: {ex.date.value}",), True)))
    if ex.phase.conflict and not ex.phase.given and ex.phase.phase:
        rows.append(Row("phase-conflict", src, doc_id, f"phase {ex.phase.phase} chosen, but the evidence conflicts",
                        tuple((e, first_paragraph(e)) for e in ex.phase.evidence),
                        Fix(src, "phase", (f"phase: {ex.phase.phase}",), True)))
    rows += quote_rows(site, doc_id)
    rows += role_rows(site, doc_id)
    rows += once_rows(site, doc_id, sources)
    return rows


def evidence_of(doc, text: str) -> tuple[tuple[str, str | None], ...]:
    """The evidence, linked to the first paragraph holding a phrase it quotes."""
    for phrase in QUOTED.findall(text or ""):
        for p in doc.paragraphs:
            if phrase in p.text:
                return ((text, p.id),)
    return ((text, None),) if text else ()


def first_paragraph(evidence: str) -> str | None:
    found = re.search(r"\bin (p\d+)", evidence)
    return found.group(1) if found else None


def quote_key(quote) -> str:
    """How a correction names a quote: its paragraph id and first words."""
    return f"{quote.paragraph} " + " ".join(quote.text.split()[:FIRST_WORDS]).strip("\"“”‘’' ,")


def unique_key(quotes, quote) -> str:
    """The quote's key, with as many more words as it takes to tell it from the paragraph's others."""
    others = [q for q in quotes if q.paragraph == quote.paragraph and q is not quote]
    n = FIRST_WORDS
    while any(words(q.text)[:n] == words(quote.text)[:n] for q in others) and n < len(quote.text.split()):
        n += 3
    return f"{quote.paragraph} " + " ".join(quote.text.split()[:n]).strip("\"“”‘’' ,")


def quote_rows(site: Site, doc_id: str) -> list[Row]:
    doc, ex = site.documents[doc_id], site.extractions[doc_id]
    names = {p.key: p.name for p in ex.people}
    named_in = {}
    for m in ex.mentions:
        if m.kind == "person":
            named_in.setdefault(m.paragraph, []).append(m)
    rows = []
    for quote in ex.quotes:
        if quote.given:
            continue
        key = yaml_string(unique_key(ex.quotes, quote))
        # the people the paragraph names outside the quote: a name inside it is spoken of, not speaking
        here = list(dict.fromkeys(m.key for m in named_in.get(quote.paragraph, [])
                                  if not quote.start <= m.start < quote.end))
        evidence = ((f"“{excerpt(quote.text)}”", quote.paragraph),)
        if quote.speaker is None and quote.speaker_name is None:
            hint = f"  # or one of: {', '.join(names[k] for k in here if k in names)}" if here else "  # or who said it"
            rows.append(Row("no-speaker", doc.source, doc_id, f"quote in {quote.paragraph} has no speaker", evidence,
                            Fix(doc.source, "speakers", (f"  {key}: ~{hint}",))))
        elif quote.speaker and len(set(here) | {quote.speaker}) > 1:
            chosen = names.get(quote.speaker) or quote.speaker
            others = [names.get(k, k) for k in here if k != quote.speaker]
            rows.append(Row("speaker-choice", doc.source, doc_id,
                            f"quote in {quote.paragraph} given to {chosen}, among {', '.join(others)}", evidence,
                            Fix(doc.source, "speakers", (f"  {key}: {yaml_string(chosen)}  # or: {', '.join(others)}",))))
    return rows


def role_rows(site: Site, doc_id: str) -> list[Row]:
    doc, ex = site.documents[doc_id], site.extractions[doc_id]
    rows = []
    for key, role in site.roles_elsewhere.get(doc_id, ()):
        minister = site.ministers[key]
        other = site.extractions[role.document].date
        dates = sorted(d for d in (ex.date.value if ex.date else None, other.value if other else None) if d)
        entry = [f"  - name: {yaml_string(minister.name)}", "    roles:",
                 f"      - title: {yaml_string(role.title)}"]
        entry += [f"        country: {yaml_string(role.country)}"] if role.country else []
        entry += [f"        from: {dates[0]}", f"        to: {dates[-1]}"]
        where = next((m.paragraph for m in ex.mentions if m.kind == "person" and m.key == key), None)
        rows.append(Row("role-elsewhere", doc.source, doc_id,
                        f"{minister.name} is named without a title; {role.title} in {site.documents[role.document].source}",
                        ((f"{minister.name} named here", where), (f"{role.title} in {site.documents[role.document].title}", None)),
                        Fix("site.yaml", "people", tuple(entry))))
    return rows


def once_rows(site: Site, doc_id: str, sources: Counter) -> list[Row]:
    """People no source calls a minister, named by this source alone, once and with no
    description ("opposition spokesman"): perhaps no person at all."""
    doc, ex = site.documents[doc_id], site.extractions[doc_id]
    counted = Counter(m.key for m in ex.mentions if m.kind == "person")
    hinted = {slugify(n) for h in site.settings.ministers for n in (h.name, *h.aliases)}
    given = {q.speaker for q in ex.quotes if q.given} | corrected_people(doc)
    rows = []
    for person in ex.people:
        if (person.role or person.description or person.key in site.ministers or sources[person.key] > 1 or counted[person.key] > 1
                or person.key in hinted or person.key in given):
            continue
        where = next((m.paragraph for m in ex.mentions if m.kind == "person" and m.key == person.key), None)
        rows.append(Row("name-once", doc.source, doc_id, f"{person.name} is named once, in this source only",
                        ((person.name, where),),
                        Fix("site.yaml", "people", (f"  - name: {yaml_string(person.name)}",)),
                        Fix(doc.source, "not_people", (f"  - {yaml_string(person.name)}",))))
    return rows


def corrected_people(doc) -> set[str]:
    people = doc.meta.get("people")
    return {slugify(v) for v in people.values() if isinstance(v, str)} if isinstance(people, dict) else set()


def people_sources(site: Site) -> Counter:
    """Person key -> how many sources name them."""
    return Counter(key for e in site.extractions.values() for key in {p.key for p in e.people})


def place_rows(site: Site) -> tuple[Row, ...]:
    rows = []
    for name, count in site.place_candidates:
        docs = [d for d, e in site.extractions.items() if name in e.place_candidates]
        evidence = tuple((f"named in {site.documents[d].source}", None) for d in docs[:5])
        rows.append(Row("place-candidate", None, docs[0] if docs else None,
                        f"{name}: a place name the gazetteer does not know ({count} source{'s' if count != 1 else ''})",
                        evidence, Fix("site.yaml", "places", (f"  - name: {yaml_string(name)}",))))
    return tuple(rows)


def excerpt(text: str, limit: int = 80) -> str:
    text = " ".join(text.split())
    return text if len(text) <= limit else text[:limit].rsplit(" ", 1)[0] + "…"


PLAIN = re.compile(r"^[A-Za-z][\w.'’ -]*[\w.]$")
YAML_WORDS = {"yes", "no", "true", "false", "on", "off", "null", "y", "n"}


def yaml_string(text: str) -> str:
    """`text` as a YAML scalar: plain when that reads back the same, else double quoted."""
    if PLAIN.match(text) and text.lower() not in YAML_WORDS and ": " not in text and " #" not in text:
        return text
    return '"' + text.replace("\\", "\\\\").replace('"', '\\"') + '"'
