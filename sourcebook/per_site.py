"""Values made once per Site in each process (what every part of an entity's page asks of the
whole entity; the plan the sitemap lists), kept by the Site's identity as roles.py does."""

from __future__ import annotations

from .model import Page, Site
from .plan import ENTITY_PAGE_SIZE

# (the Site the values were made from, key -> value)
_per_site: tuple[object, dict] = (None, {})


def per_site(site: Site, key, make):
    global _per_site
    owner, table = _per_site
    if owner is not site:
        table = {}
        _per_site = (site, table)
    if key not in table:
        table[key] = make()
    return table[key]


def known_plan(site: Site, pages: tuple[Page, ...]) -> None:
    """Give the sitemap plan(site) where the caller has it (the preview), not to be made again."""
    per_site(site, "plan", lambda: pages)


def refs_by_part(documents: tuple[str, ...], refs: tuple) -> dict[int, tuple]:
    """part -> plan.part_refs(documents, refs, part), for every part, in one pass."""
    part = {d: i // ENTITY_PAGE_SIZE + 1 for i, d in enumerate(documents)}
    found: dict[int, list] = {}
    for ref in refs:
        if ref.document in part:
            found.setdefault(part[ref.document], []).append(ref)
    return {n: tuple(r) for n, r in found.items()}
