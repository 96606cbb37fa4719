"""The roles a source gives a minister, looked up in a table made once per minister.

A minister named by thousands of sources has thousands of roles (Minister.roles, one per source
that titles them), and every source page, and its digest, asks for the roles of its own source.
Scanning the whole tuple each time made rendering and page digests quadratic in the sources.
"""

from __future__ import annotations

from .model import Minister, RoleInSource, Site

# (the Site's ministers mapping the tables were made for, minister id -> (the Minister its table
# was made from, document id -> roles)). Kept by identity: a Site the preview patched keeps the
# Minister objects an edit did not reach, and their tables with them, so an edit does not index
# every role of the site again.
_tables: tuple[object, dict[str, tuple[Minister, dict[str, tuple[RoleInSource, ...]]]]] = (None, {})


def roles_in(site: Site, minister_id: str, doc_id: str) -> tuple[RoleInSource, ...]:
    """The roles `doc_id` gives `minister_id`, in the order of Minister.roles; () if none."""
    global _tables
    owner, tables = _tables
    if owner is not site.ministers:
        tables = {key: tables[key] for key, minister in site.ministers.items()
                  if key in tables and tables[key][0] is minister}
        _tables = (site.ministers, tables)
    if minister_id not in tables:
        minister = site.ministers.get(minister_id)
        if minister is None:
            return ()
        found: dict[str, list[RoleInSource]] = {}
        for role in minister.roles:
            found.setdefault(role.document, []).append(role)
        tables[minister_id] = (minister, {d: tuple(v) for d, v in found.items()})
    return tables[minister_id][1].get(doc_id, ())
