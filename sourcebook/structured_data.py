"""Structured data (schema.org JSON-LD) for a source's, a minister's and a place's page."""

from __future__ import annotations

from .model import Site
from .plan import document_url, minister_url, place_url


def ld_document(site: Site, doc_id: str) -> dict:
    doc, ex = site.documents[doc_id], site.extractions[doc_id]
    mentions = [ld_minister(site, key, brief=True) for key in dict.fromkeys(
        m.key for m in ex.mentions if m.kind == "person" and m.key in site.ministers)]
    mentions += [ld_place(site, key, brief=True) for key in dict.fromkeys(
        m.key for m in ex.mentions if m.kind == "place" and m.key in site.places)]
    data = {"@context": "https://schema.org", "@type": "NewsArticle", "headline": doc.title,
            "url": site.settings.base_url + document_url(doc_id), "mentions": mentions}
    if ex.date:
        data["datePublished"] = ex.date.value
    if doc.url:
        data["isBasedOn"] = doc.url
    return data


def ld_minister(site: Site, minister_id: str, brief: bool = False) -> dict:
    m = site.ministers[minister_id]
    data = {"@type": "Person", "name": m.name, "url": site.settings.base_url + minister_url(m.id)}
    if not brief:
        data["@context"] = "https://schema.org"
        data["jobTitle"] = sorted({title for title, _, _ in m.distinct_roles})
    return data


def ld_place(site: Site, place_id: str, brief: bool = False) -> dict:
    p = site.places[place_id]
    data = {"@type": "Place", "name": p.name, "url": site.settings.base_url + place_url(p.id)}
    if not brief:
        data["@context"] = "https://schema.org"
        data["description"] = p.description
        if p.coordinates:
            data["geo"] = {"@type": "GeoCoordinates", "latitude": p.coordinates[0], "longitude": p.coordinates[1]}
    return data
