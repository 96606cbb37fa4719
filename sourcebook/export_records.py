"""The data export kept as its records, each one line of JSON, so the preview writes again only
the records an edit changed: at 10,000 sources the export is 16 MB, and making all of it again
(or splitting the last one to splice it) took a quarter of a second per edit.

The bytes are export.export_json's: one record per line, markup escaped (export.json_bytes).
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from dataclasses import dataclass

from .export import (
    document_record,
    minister_record,
    person_record,
    phase_record,
    place_record,
    site_record,
)
from .model import Site, frozen_mapping


@dataclass(frozen=True)
class Records:
    """The export of one Site as lines, with what each entity's line was made from."""

    documents: Mapping[str, bytes]  # document id -> its record's line
    entities: Mapping[tuple[str, str], tuple[object, bytes]]  # (section, id) -> (the entity, its line)
    # the whole export in pieces, the lines among them: joining and comparing 16 MB after each
    # edit cost more than writing the pieces
    chunks: tuple[bytes, ...]

    @property
    def data(self) -> bytes:
        return b"".join(self.chunks)


def line(record) -> bytes:
    text = json.dumps(record, ensure_ascii=False)
    return text.replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026").encode("utf-8")


def records_of(site: Site, before: Records | None = None, changed: frozenset | set = frozenset()) -> Records:
    """The export of `site`. With `before` (the Records of the Site before an edit), a document's
    line is taken from it unless the document is in `changed` (repage.Replan.records: a record
    also shows other sources' dates), and an entity's unless the entity is a new object (a
    patched Site keeps those an edit did not reach)."""
    old_documents = before.documents if before is not None else {}
    old_entities = before.entities if before is not None else {}
    documents = {d: old_documents[d] if d in old_documents and d not in changed else line(document_record(site, d))
                 for d in site.documents}
    entities = {}
    sections = (
        ("ministers", site.ministers.values(), lambda m: m.id, minister_record),
        ("people", [p for p in site.people.values() if p.key not in site.ministers], lambda p: p.key, person_record),
        ("places", site.places.values(), lambda p: p.id, place_record),
        ("phases", site.phases, lambda p: p.id, phase_record),
    )
    lines = {}
    for section, items, key_of, record in sections:
        lines[section] = []
        for item in items:
            key = (section, key_of(item))
            made = old_entities.get(key)
            if made is None or made[0] is not item:
                made = (item, line(record(item)))
            entities[key] = made
            lines[section].append(made[1])
    lines["documents"] = list(documents.values())
    lines["undated"] = [line(d) for d in site.undated]
    lines["place_candidates"] = [line({"name": n, "documents": c}) for n, c in site.place_candidates]
    order = ("documents", "ministers", "people", "places", "phases", "undated", "place_candidates")
    chunks = [b"{\n", b' "site": ', line(site_record(site))]
    for name in order:
        chunks.append(f",\n {json.dumps(name)}: ".encode())
        if not lines[name]:
            chunks.append(b"[]")
            continue
        chunks.append(b"[\n  ")
        for item in lines[name]:
            chunks += (item, b",\n  ")
        chunks[-1] = b"\n ]"
    chunks.append(b"\n}\n")
    return Records(frozen_mapping(documents), frozen_mapping(entities), tuple(chunks))
