"""The roles a source gives a minister, looked up in a table made once per Site.

A minister named by thousands of sources has thousands of roles (Minister.roles, one per source
that titles them), and every source page, and its digest, asks for the roles of its own source.
Scanning the whole tuple each time made rendering and page digests quadratic in the sources.
"""

from __future__ import annotations

from .model import RoleInSource, Site

# (the Site's ministers mapping the table was made from, (minister id, document id) -> roles).
# Kept by identity: a new Site (a rebuild) has a new mapping, so the table is made again.
_table: tuple[object, dict[tuple[str, str], tuple[RoleInSource, ...]]] = (None, {})


def roles_in(site: Site, minister_id: str, doc_id: str) -> tuple[RoleInSource, ...]:
    """The roles `doc_id` gives `minister_id`, in the order of Minister.roles; () if none."""
    global _table
    owner, table = _table
    if owner is not site.ministers:
        found: dict[tuple[str, str], list[RoleInSource]] = {}
        for key, minister in site.ministers.items():
            for role in minister.roles:
                found.setdefault((key, role.document), []).append(role)
        table = {k: tuple(v) for k, v in found.items()}
        _table = (site.ministers, table)
    return table.get((minister_id, doc_id), ())
