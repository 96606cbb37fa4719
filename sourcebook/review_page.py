"""/review/ in the preview only: the review's rows as a page, rendered from the preview's last
Site when asked for. It is never written to a folder, so no build publishes it and no sitemap
lists it."""

from __future__ import annotations

from .model import Page, Site, frozen_mapping
from .render import render
from .review import review_rows
from .review_report import config_keys, row_record

KIND_NAMES = {
    "undated": "Undated", "estimated-date": "Date estimated", "phase-conflict": "Phase in doubt",
    "no-speaker": "Quote without a speaker", "speaker-choice": "Speaker chosen among several",
    "role-elsewhere": "Role from another source", "name-once": "Named once",
    "place-candidate": "Place not in the gazetteer",
}


def grouped(site: Site, config_path: str) -> list[dict]:
    """The rows as the page shows them: one group per source (site-wide last), each row with
    its evidence and its fix as data."""
    keys = config_keys(config_path)
    groups: list[dict] = []
    for row in review_rows(site):
        if not groups or groups[-1]["source"] != row.source:
            groups.append({"source": row.source, "document": row.document if row.source else None, "rows": []})
        record = row_record(site, row, keys)
        record["label"] = KIND_NAMES[row.kind]
        groups[-1]["rows"].append(record)
    return groups


def review_html(site: Site, config_path: str, templates: str, env, assets) -> str:
    page = Page("review/", "review.html", frozen_mapping({"groups": grouped(site, config_path)}))
    return render([page], site, templates, env, assets)[page.output_path].decode("utf-8")
