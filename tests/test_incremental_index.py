"""Edits that reach other pages (a retitle, a date that changes the phase, a minister named or
no longer named, a source added or deleted) on a generated corpus big enough that a place's
page comes in parts: the preview's output equals a clean build's, byte for byte, and where the
edit is patched into the last Site (index_patch.py) that Site is the one index() makes."""

from __future__ import annotations

import hashlib
import shutil
import sys
from dataclasses import replace
from pathlib import Path

import pytest

from conftest import REPO
from sourcebook.cache import SourceCache
from sourcebook.config import load_settings
from sourcebook.incremental import IncrementalBuilder
from sourcebook.pipeline import build, gather
from sourcebook.plan import ENTITY_PAGE_SIZE, part_count

sys.path.insert(0, str(REPO / "bench"))
import edits  # noqa: E402  bench/edits.py: the same edits the benchmark times
from generate import project  # noqa: E402

SOURCES = 2 * ENTITY_PAGE_SIZE + 30  # Taji is named by most: its page has parts
EDITED = "00/00117.md"


def tree(folder: Path) -> dict[str, str]:
    return {str(p.relative_to(folder)): hashlib.sha256(p.read_bytes()).hexdigest()
            for p in sorted(folder.rglob("*")) if p.is_file() and "pagefind" not in p.parts}


@pytest.fixture(scope="module")
def corpus(tmp_path_factory):
    """The generated corpus and a cache of its extraction (built once for the module)."""
    root = tmp_path_factory.mktemp("corpus")
    project(SOURCES, root)
    shutil.copytree(REPO / "templates", root / "templates")
    builder = IncrementalBuilder(str(root / "site.yaml"), {"cache": str(root / "cache")},
                                 str(root / "templates"), str(root / "preview"))
    builder.rebuild()
    builder.save_cache()
    assert part_count(builder.site.places["taji"].documents) >= 2
    return root


def change(name: str):
    def apply(root: Path) -> set[str]:
        path = root / "content" / EDITED
        text = path.read_text(encoding="utf-8")
        assert edits.EDITS[name](text) != text, name
        path.write_text(edits.EDITS[name](text), encoding="utf-8")
        return {EDITED}
    return apply


def add(root: Path) -> set[str]:
    (root / "content" / "new.md").write_text(edits.NEW_SOURCE.format(n=1), encoding="utf-8")
    return {"new.md"}


def delete(root: Path) -> set[str]:
    (root / "content" / EDITED).unlink()
    return {EDITED}


KINDS = {
    "retitle": (change("retitle"), True),
    "change the date": (change("change the date"), True),
    "name another minister": (change("name another minister"), True),
    "unname a minister": (change("unname a minister"), True),
    # these change every page (each counts the sources or the ministers): indexed again
    "a minister new to the site": (change("a minister new to the site"), False),
    "a new source": (add, False),
    "a deleted source": (delete, False),
}


@pytest.mark.parametrize("kind", KINDS)
def test_an_edit_that_reaches_other_pages_matches_a_clean_build(corpus, tmp_path, kind):
    root = tmp_path / "project"
    shutil.copytree(corpus, root, ignore=shutil.ignore_patterns("preview"))
    builder = IncrementalBuilder(str(root / "site.yaml"), {"cache": str(root / "cache")},
                                 str(root / "templates"), str(root / "preview"))
    builder.rebuild()
    before = builder.site
    apply, patch = KINDS[kind]
    result = builder.rebuild(apply(root))
    assert result.reindexed is not patch, kind
    assert result.pages >= 2
    settings = load_settings(str(root / "site.yaml"), output=str(root / "clean"), cache=str(root / "cache"))
    if patch:
        fresh = gather(settings, SourceCache(settings.cache)).site
        assert replace(builder.site, settings=fresh.settings) == fresh
        assert builder.site != before
    build(settings, str(root / "templates"))
    got, expected = tree(root / "preview"), tree(root / "clean")
    assert sorted(got) == sorted(expected)
    assert [f for f in expected if got[f] != expected[f]] == []
