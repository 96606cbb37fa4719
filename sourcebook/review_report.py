"""The review as a terminal report or as JSON: the same rows, each ending with its fix."""

from __future__ import annotations

import json

import yaml

from .model import Site
from .review import Fix, Row


def config_keys(config_path: str) -> set[str]:
    """The top-level keys site.yaml already has: a fix goes under an existing one."""
    try:
        with open(config_path, encoding="utf-8-sig") as f:
            root = yaml.compose(f.read())
    except (OSError, yaml.YAMLError):
        return set()
    return {k.value for k, _ in root.value} if isinstance(root, yaml.MappingNode) else set()


def placement(site: Site, fix: Fix, keys: set[str]) -> str:
    """Where to paste a fix, in words."""
    if fix.file == "site.yaml":
        return f"under the existing '{fix.key}:' of site.yaml" if fix.key in keys else "at the end of site.yaml"
    doc = next(d for d in site.documents.values() if d.source == fix.file)
    if not doc.meta_lines:
        return f"at the top of {fix.file}, as its front matter"
    if fix.key in doc.meta_lines and not fix.scalar:
        return f"under the existing '{fix.key}:' of {fix.file}'s front matter"
    return f"in the front matter of {fix.file}"


def pasted(site: Site, fix: Fix, keys: set[str]) -> str:
    """The lines to paste, as they go where placement() says."""
    where = placement(site, fix, keys)
    text = "\n".join(fix.entries) if where.startswith("under") else fix.text
    return f"---\n{text}\n---" if where.startswith("at the top") else text


def fix_record(site: Site, fix: Fix | None, keys: set[str]) -> dict | None:
    if fix is None:
        return None
    return {"file": fix.file, "key": fix.key, "where": placement(site, fix, keys), "text": pasted(site, fix, keys)}


def row_record(site: Site, row: Row, keys: set[str]) -> dict:
    return {
        "kind": row.kind,
        "source": row.source,
        "document": row.document,
        "summary": row.summary,
        "evidence": [{"text": text, "paragraph": pid} for text, pid in row.evidence],
        "fix": fix_record(site, row.fix, keys),
        "alternative": fix_record(site, row.alternative, keys),
    }


def as_json(site: Site, rows: tuple[Row, ...], config_path: str) -> str:
    keys = config_keys(config_path)
    return json.dumps({"open": len(rows), "rows": [row_record(site, r, keys) for r in rows]}, ensure_ascii=False, indent=1)


def as_text(site: Site, rows: tuple[Row, ...], config_path: str) -> str:
    keys = config_keys(config_path)
    if not rows:
        return "review: nothing open; every inference is read from the text or settled by a correction"
    out, current = [], object()
    sources = len({r.source for r in rows if r.source})
    out.append(f"review: {len(rows)} open row(s) in {sources} source(s), most doubtful first")
    for row in rows:
        if row.source != current:
            current = row.source
            out.append("")
            out.append(row.source or "site-wide")
        out.append(f"  [{row.kind}] {row.summary}")
        for text, pid in row.evidence:
            out.append(f"      {pid + ': ' if pid else ''}{text}")
        for label, fix in (("fix", row.fix), ("or", row.alternative)):
            if fix is not None:
                out.append(f"    {label}, {placement(site, fix, keys)}:")
                out += [f"      {line}" for line in pasted(site, fix, keys).split("\n")]
    return "\n".join(out)
