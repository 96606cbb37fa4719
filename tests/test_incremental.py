"""After every kind of edit, the preview's incremental output equals a clean build, byte for byte."""

from __future__ import annotations

import hashlib
import random
import shutil
from pathlib import Path

import pytest

from conftest import REPO
from sourcebook.config import load_settings
from sourcebook.incremental import IncrementalBuilder
from sourcebook.cache import SourceCache
from sourcebook.pipeline import build, gather


def tree(folder: Path) -> dict[str, str]:
    return {str(p.relative_to(folder)): hashlib.sha256(p.read_bytes()).hexdigest()
            for p in sorted(folder.rglob("*")) if p.is_file()}


@pytest.fixture
def project(example_project):
    shutil.copytree(REPO / "templates", example_project / "templates")
    return example_project


def clean_build(root: Path, out: Path) -> dict[str, str]:
    settings = load_settings(str(root / "site.yaml"), output=str(out), cache=str(root / "nocache"))
    build(settings, str(root / "templates"), use_cache=False)
    return tree(out)


def edit(path: Path, old: str, new: str) -> None:
    text = path.read_text(encoding="utf-8")
    assert old in text, f"{old!r} not in {path.name}"
    path.write_text(text.replace(old, new, 1), encoding="utf-8")


EDITS = {
    "change a body": lambda r: ({"000_550c2b39810ba3ce.txt"}, edit(r / "content/000_550c2b39810ba3ce.txt", "force protection, cultural awareness", "force protection, first aid, cultural awareness")),
    "change words outside quotes and places": lambda r: ({"000_550c2b39810ba3ce.txt"}, edit(r / "content/000_550c2b39810ba3ce.txt", "send a group of ten", "send a small group of ten")),
    "change a quote's words": lambda r: ({"000_550c2b39810ba3ce.txt"}, edit(r / "content/000_550c2b39810ba3ce.txt", "doing their own reconnaissance", "doing their own careful reconnaissance")),
    "retitle": lambda r: ({"001_6815e00bd8c9d89b.txt"}, edit(r / "content/001_6815e00bd8c9d89b.txt", 'title: "PM announces', 'title: "Prime Minister announces')),
    "add a minister mention": lambda r: ({"003_b6566e3df28cf3a0.txt"}, edit(r / "content/003_b6566e3df28cf3a0.txt", "Mr Shearer said he was", "Defence Minister Gerry Brownlee was not present. Mr Shearer said he was")),
    "remove a minister mention": lambda r: ({"002_855aa30f19ba18b0.txt"}, edit(r / "content/002_855aa30f19ba18b0.txt", 'Defence Minister Ron Mark told reporters the Government was "coolly, calmly assessing the situation" and talking with allies.\n', "")),
    "change a date so the phase changes": lambda r: ({"001_6815e00bd8c9d89b.txt"}, edit(r / "content/001_6815e00bd8c9d89b.txt", "date: 2015-02-24", "date: 2020-02-24")),
    "delete a source": lambda r: ({"004_a3c286e22370bfac.txt"}, (r / "content/004_a3c286e22370bfac.txt").unlink()),
    "add a source": lambda r: ({"005_new.md"}, (r / "content/005_new.md").write_text(
        "---\ntitle: Troops return from Taji\ndate: 2020-06-12\n---\nThe last New Zealand troops left Camp Taji, Defence Minister Ron Mark said.\n", encoding="utf-8")),
    "edit a template": lambda r: (set(), edit(r / "templates/document.html", "<h2>Related sources</h2>", "<h2>Sources that share its people and places</h2>")),
    "edit the stylesheet": lambda r: (set(), edit(r / "templates/static/style.css", "--measure: 42rem;", "--measure: 40rem;")),
    "edit site.yaml": lambda r: ("config", edit(r / "site.yaml", "description: Capital of Iraq; coalition headquarters and the Green Zone.", "description: Capital of Iraq.")),
    # corrections in front matter (issue 14) are edits like any other
    "correct a date": lambda r: ({"002_855aa30f19ba18b0.txt"}, correct(r / "content/002_855aa30f19ba18b0.txt", "date: 2020-01-09")),
    "correct a phase": lambda r: ({"003_b6566e3df28cf3a0.txt"}, correct(r / "content/003_b6566e3df28cf3a0.txt", "phase: deployment")),
    "correct a title": lambda r: ({"000_550c2b39810ba3ce.txt"}, correct(r / "content/000_550c2b39810ba3ce.txt", 'title: "Contingency training approved"')),
    "correct a speaker": lambda r: ({"002_855aa30f19ba18b0.txt"}, correct(r / "content/002_855aa30f19ba18b0.txt", 'speakers:\n  "p10 The Government has been informed": Wayne Mapp')),
    "say a name is nobody's": lambda r: ({"002_855aa30f19ba18b0.txt"}, correct(r / "content/002_855aa30f19ba18b0.txt", "not_people: [Mark Mitchell]")),
    "say who a name is": lambda r: ({"003_b6566e3df28cf3a0.txt"}, correct(r / "content/003_b6566e3df28cf3a0.txt", "people:\n  the minister: Ibrahim al-Ja'afari")),
    "give a source its own slug": lambda r: ({"001_6815e00bd8c9d89b.txt"}, correct(r / "content/001_6815e00bd8c9d89b.txt", "slug: troops-come-home")),
    "undo a correction": lambda r: ({"002_855aa30f19ba18b0.txt"}, edit(r / "content/002_855aa30f19ba18b0.txt", "not_people: [Mark Mitchell]\n", "")),
    "add a people hint to site.yaml": lambda r: ("config", edit(r / "site.yaml", "\nphases:", "\npeople:\n  - name: Andrew Little\n    not_person: true\n  - name: Ron Mark\n    roles:\n      - title: Defence Minister\n        from: 2017-10\n        to: 2020-11\nphases:")),
}


def correct(path: Path, lines: str) -> None:
    """Add lines to a source's front matter, giving it one if it has none."""
    text = path.read_text(encoding="utf-8")
    if text.startswith("---\n"):
        path.write_text("---\n" + lines + "\n" + text[4:], encoding="utf-8")
    else:
        path.write_text("---\n" + lines + "\n---\n" + text, encoding="utf-8")


# Edits to one source, a source added or deleted among them, are patched into the last Site
# (index_patch.py for those that reach other pages) instead of re-indexing every source; a theme
# or settings change re-index.
REINDEXED = {"edit a template", "edit the stylesheet", "edit site.yaml", "add a people hint to site.yaml"}


def test_every_kind_of_edit_matches_a_clean_build(project, tmp_path):
    preview = tmp_path / "preview"
    builder = IncrementalBuilder(str(project / "site.yaml"), {"cache": str(tmp_path / "cache")},
                                 str(project / "templates"), str(preview))
    builder.rebuild()
    builder.update_search_index()
    assert tree(preview) == clean_build(project, tmp_path / "clean-0")
    for i, (name, apply) in enumerate(EDITS.items(), 1):
        changed, _ = apply(project)
        result = builder.rebuild(None if changed == "config" else changed, config_changed=changed == "config")
        builder.update_search_index()  # the server runs this in the background after the reload
        expected = clean_build(project, tmp_path / f"clean-{i}")
        got = tree(preview)
        assert sorted(got) == sorted(expected), name
        differing = [f for f in expected if got[f] != expected[f]]
        assert differing == [], f"after '{name}': {differing}"
        assert result.pages >= 1, f"'{name}' rewrote nothing"
        assert result.reindexed == (name in REINDEXED), name


def test_a_patched_site_is_the_site_a_full_index_makes(project, tmp_path):
    """The in-place patch must make the very Site that indexing every source again makes:
    the place's sentence and the minister's quote included."""
    settings = load_settings(str(project / "site.yaml"), cache=str(tmp_path / "cache"), output=str(tmp_path / "preview"))
    builder = IncrementalBuilder(str(project / "site.yaml"), {"cache": str(tmp_path / "cache")},
                                 str(project / "templates"), str(tmp_path / "preview"))
    builder.rebuild()
    edit(project / "content/000_550c2b39810ba3ce.txt", "force protection, cultural awareness", "force protection, first aid, cultural awareness")
    edit(project / "content/000_550c2b39810ba3ce.txt", "doing their own reconnaissance", "doing their own careful reconnaissance")
    result = builder.rebuild({"000_550c2b39810ba3ce.txt"})
    assert not result.reindexed
    fresh = gather(settings, SourceCache(None)).site
    assert builder.site == fresh
    assert any("first aid" in ref.sentence for ref in fresh.places["linton"].sentences)
    assert any("careful reconnaissance" in q.text for q in fresh.ministers["gerry-brownlee"].quotes)


def test_a_body_edit_rewrites_few_pages(project, tmp_path):
    builder = IncrementalBuilder(str(project / "site.yaml"), {"cache": str(tmp_path / "cache")},
                                 str(project / "templates"), str(tmp_path / "preview"))
    builder.rebuild()
    edit(project / "content/000_550c2b39810ba3ce.txt", "force protection, cultural awareness", "force protection, first aid, cultural awareness")
    result = builder.rebuild({"000_550c2b39810ba3ce.txt"})
    assert not result.reindexed
    # the source page, the export, and the pages quoting its text (feed, a place's sentences)
    assert 1 <= result.pages <= 6
    assert result.rendered < len(builder.page_digests) / 2


def test_warm_builds_after_every_kind_of_edit_match_a_clean_build(project, tmp_path):
    """`python build.py` with its cache links unchanged pages from the last output: after each
    edit its output must still be what a build from scratch writes."""
    cache = tmp_path / "cache"
    settings = lambda: load_settings(str(project / "site.yaml"), output=str(project / "site"), cache=str(cache))
    build(settings(), str(project / "templates"))
    unchanged = build(settings(), str(project / "templates"))
    assert unchanged.pages == 0 and unchanged.cached == 5
    for i, (name, apply) in enumerate(EDITS.items(), 1):
        apply(project)
        report = build(settings(), str(project / "templates"))
        expected = clean_build(project, tmp_path / f"clean-{i}")
        got = tree(project / "site")
        assert sorted(got) == sorted(expected), name
        assert [f for f in expected if got[f] != expected[f]] == [], f"after '{name}'"
        assert report.pages >= 1 or name == "edit the stylesheet", name


WORDS = ["reportedly", "on Tuesday", "Taji", "Defence Minister", "in Baghdad", "said:", "“", "”", "2016",
         "officials", "Mr Key", "the", ",", "troops"]


def test_random_small_edits_match_a_clean_build(project, tmp_path):
    """Words slipped into random places of random sources, one save at a time: whichever way the
    rebuild goes (patched in place, patched into the index or re-indexed), its output is a clean
    build's."""
    rng = random.Random(20261122)
    preview = tmp_path / "preview"
    builder = IncrementalBuilder(str(project / "site.yaml"), {"cache": str(tmp_path / "cache")},
                                 str(project / "templates"), str(preview))
    builder.rebuild()
    sources = sorted(p.name for p in (project / "content").iterdir())
    ways = []
    for i in range(16):
        name = rng.choice(sources)
        path = project / "content" / name
        lines = path.read_text(encoding="utf-8").split("\n")
        body = [k for k, line in enumerate(lines) if len(line.split()) > 8]
        k = rng.choice(body)
        words = lines[k].split(" ")
        words.insert(rng.randrange(1, len(words)), rng.choice(WORDS))
        lines[k] = " ".join(words)
        path.write_text("\n".join(lines), encoding="utf-8")
        result = builder.rebuild({name})
        ways.append("re-indexed" if result.reindexed else "index patched" if result.spliced else "in place")
        builder.update_search_index()
        expected = clean_build(project, tmp_path / f"clean-{i}")
        got = tree(preview)
        assert sorted(got) == sorted(expected), (i, name, lines[k])
        assert [f for f in expected if got[f] != expected[f]] == [], (i, name, lines[k])
    assert {"in place", "index patched"} <= set(ways)  # both ways of patching were taken
