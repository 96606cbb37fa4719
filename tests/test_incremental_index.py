"""Edits that reach other pages (a retitle, a date that changes the phase, a minister named or
no longer named, a minister new to the site or gone from it, a source added or deleted) on a generated corpus big enough that a place's
page comes in parts: each is patched into the last Site (index_patch.py), that Site is the one
index() makes, and the preview's output equals a clean build's, byte for byte."""

from __future__ import annotations

import hashlib
import re
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

SOURCES = 3 * ENTITY_PAGE_SIZE + 30  # Taji is named by most: its page has three parts
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
    assert part_count(builder.site.places["taji"].documents) >= 3
    return root


def change(edit, path: str = EDITED):
    """`edit` (a name in bench/edits.py, or a function of the text) applied to one source."""
    edit = edits.EDITS.get(edit, edit)

    def apply(root: Path) -> set[str]:
        file = root / "content" / path
        text = file.read_text(encoding="utf-8")
        assert edit(text) != text
        file.write_text(edit(text), encoding="utf-8")
        return {path}
    return apply


def add(text: str, path: str = "new.md"):
    def apply(root: Path) -> set[str]:
        (root / "content" / path).write_text(text, encoding="utf-8")
        return {path}
    return apply


def delete(root: Path) -> set[str]:
    (root / "content" / EDITED).unlink()
    return {EDITED}


def undo(apply):
    """Apply an edit before the first build; the edit is then to put the file back."""
    saved = {}

    def setup(root: Path) -> None:
        saved["text"] = (root / "content" / EDITED).read_text(encoding="utf-8")
        apply(root)

    def revert(root: Path) -> set[str]:
        (root / "content" / EDITED).write_text(saved["text"], encoding="utf-8")
        return {EDITED}
    return setup, revert


NEW_MINISTER_SOURCE = edits.NEW_SOURCE.format(n=2) + "\nAssociate Defence Minister Tui Ngata visited the base.\n"
# "spokeswoman Anna Reid" is named, without a ministerial title, by about a quarter of the sources
PROMOTED = lambda t: t.rstrip("\n") + "\n\nAssociate Health Minister Anna Reid visited the base.\n"  # noqa: E731

# kind -> (what to do before the first build, the edit)
KINDS = {
    "retitle": (None, change("retitle")),
    "change the date": (None, change("change the date")),
    "name another minister": (None, change("name another minister")),
    "unname a minister": (None, change("unname a minister")),
    "a minister new to the site": (None, change("a minister new to the site")),
    "a person named elsewhere becomes a minister": (None, change(PROMOTED)),
    "a minister no longer on the site": undo(change("a minister new to the site")),
    "a person no longer a minister": undo(change(PROMOTED)),
    "a new source": (None, add(edits.NEW_SOURCE.format(n=1))),
    "a new source naming a minister new to the site": (None, add(NEW_MINISTER_SOURCE)),
    "a deleted source": (None, delete),
    "a deleted source, the only one naming a minister": (change("a minister new to the site"), delete),
}


def earlier(text: str) -> str:
    """The source dated at the story's start: from Taji's last part to its first."""
    return re.sub(r"^date: .*$", "date: 2014-09-02", text, count=1, flags=re.M)


# Edits to a source on the last part of Taji's page: the preview renders again the parts whose
# sources changed (repage.changed_parts: a source moved from the last part to the first shifts
# every part between) and no others, and what it writes is a clean build's.
LATER_PART = {
    "retitle": edits.EDITS["retitle"],
    "a date that moves it to the first part": earlier,
    "unname a minister": edits.EDITS["unname a minister"],
    "a minister new to the site": edits.EDITS["a minister new to the site"],
}


@pytest.mark.parametrize("kind", [*LATER_PART, "a deleted source"])
def test_an_edit_on_a_later_part_matches_a_clean_build(corpus, tmp_path, kind):
    root = tmp_path / "project"
    shutil.copytree(corpus, root, ignore=shutil.ignore_patterns("preview"))
    builder = IncrementalBuilder(str(root / "site.yaml"), {"cache": str(root / "cache")},
                                 str(root / "templates"), str(root / "preview"))
    builder.rebuild()
    taji = builder.site.places["taji"].documents
    last = (part_count(taji) - 1) * ENTITY_PAGE_SIZE
    slug = taji[(last + len(taji)) // 2]  # the middle of the last part
    path = builder.site.documents[slug].source
    apply = delete_file(path) if kind == "a deleted source" else change(LATER_PART[kind], path)
    result = builder.rebuild(apply(root))
    assert not result.reindexed and result.spliced, kind
    settings = load_settings(str(root / "site.yaml"), output=str(root / "clean"), cache=str(root / "cache"))
    build(settings, str(root / "templates"))
    got, expected = tree(root / "preview"), tree(root / "clean")
    assert sorted(got) == sorted(expected)
    assert [f for f in expected if got[f] != expected[f]] == []


def delete_file(path: str):
    def apply(root: Path) -> set[str]:
        (root / "content" / path).unlink()
        return {path}
    return apply


@pytest.mark.parametrize("kind", KINDS)
def test_an_edit_that_reaches_other_pages_matches_a_clean_build(corpus, tmp_path, kind):
    root = tmp_path / "project"
    shutil.copytree(corpus, root, ignore=shutil.ignore_patterns("preview"))
    builder = IncrementalBuilder(str(root / "site.yaml"), {"cache": str(root / "cache")},
                                 str(root / "templates"), str(root / "preview"))
    setup, apply = KINDS[kind]
    if setup:
        setup(root)
    builder.rebuild()
    before = builder.site
    result = builder.rebuild(apply(root))
    assert not result.reindexed, kind
    assert result.pages >= 2
    settings = load_settings(str(root / "site.yaml"), output=str(root / "clean"), cache=str(root / "cache"))
    fresh = gather(settings, SourceCache(settings.cache)).site
    assert replace(builder.site, settings=fresh.settings) == fresh
    assert builder.site != before
    build(settings, str(root / "templates"))
    got, expected = tree(root / "preview"), tree(root / "clean")
    assert sorted(got) == sorted(expected)
    assert [f for f in expected if got[f] != expected[f]] == []
