"""The sitemap's entries: every HTML page of the plan with the newest date it shows."""

from __future__ import annotations

from .filters import first_day
from .model import Site
from .per_site import per_site
from .plan import part_documents, plan


def sitemap_entries(site: Site) -> list[tuple[str, str | None]]:
    """Every HTML page the plan makes (but the 404 page), with the newest date of the sources
    it shows where known. Taken from the plan itself, so a new kind of page is never left out."""
    day = {d: first_day(e.date.value) for d, e in site.extractions.items() if e.date}  # once per source, not per page
    newest = lambda ids: max(filter(None, map(day.get, ids)), default=None)  # noqa: E731  (no Python per source)
    everything = newest(site.documents)
    shown = {
        "doc_id": lambda key: (key,),
        "minister_id": lambda key: site.ministers[key].documents,
        "place_id": lambda key: site.places[key].documents,
        "phase_id": lambda key: next(p.documents for p in site.phases if p.id == key),
    }
    entries = []
    for page in per_site(site, "plan", lambda: plan(site)):
        if not page.template.endswith(".html") or page.template == "404.html":
            continue
        subjects = [(name, key) for name, key in page.context.items() if name in shown]
        if len(subjects) == 1 and subjects[0][0] == "doc_id":  # 10,000 of these: no generator each
            entries.append((page.url, day.get(subjects[0][1])))
        elif subjects:
            ids = shown[subjects[0][0]](subjects[0][1]) if len(subjects) == 1 else tuple(
                d for name, key in subjects for d in shown[name](key))
            if "part" in page.context:  # one part of thousands: slice, do not copy them all
                ids = part_documents(ids, page.context["part"])
            entries.append((page.url, newest(ids)))
        else:  # a listing: dated by the newest source when it shows them all
            entries.append((page.url, everything if "all-documents" in page.inputs else None))
    return entries
