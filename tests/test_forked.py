"""Stages 1-7 run in a forked child (sourcebook/forked.py): its result, its signals and its
failures come back to the building process as if it had done the work itself."""

from __future__ import annotations

import os
import subprocess
import sys
import time
from pathlib import Path

import pytest

from sourcebook.errors import BuildError, error
from sourcebook.forked import ChildFailed, ChildTraceback, in_child


def test_the_result_and_each_ready_come_back_in_order():
    seen = []

    def work(ready):
        ready(("folder", True))
        ready(os.getpid())
        return {"pid": os.getpid(), "pages": 3}

    result = in_child(work, seen.append)
    assert result["pages"] == 3
    assert result["pid"] != os.getpid()  # it ran elsewhere
    assert seen == [("folder", True), result["pid"]]


def test_a_build_error_keeps_every_problem():
    def work(ready):
        raise BuildError([error("content/a.md", "no title", 3), error("content/b.md", "binary file")])

    with pytest.raises(BuildError) as caught:
        in_child(work, lambda value: None)
    assert [str(p) for p in caught.value.problems] == ["content/a.md:3: error: no title", "content/b.md: error: binary file"]
    assert caught.value.__cause__ is None


def test_an_unexpected_error_brings_the_child_traceback():
    def work(ready):
        return {}["missing"]

    with pytest.raises(KeyError) as caught:
        in_child(work, lambda value: None)
    assert isinstance(caught.value.__cause__, ChildTraceback)
    assert "return {}[\"missing\"]" in str(caught.value.__cause__)


def test_an_error_that_cannot_be_pickled_still_comes_back():
    class Local(Exception):  # a class pickle cannot find by name
        pass

    def work(ready):
        raise Local("odd")

    with pytest.raises(RuntimeError, match="Local: odd"):
        in_child(work, lambda value: None)


def test_a_child_that_dies_is_an_error_not_a_hang():
    def work(ready):
        os._exit(9)

    with pytest.raises(ChildFailed):
        in_child(work, lambda value: None)


def test_a_build_that_fails_after_its_pages_are_written_leaves_the_last_site(make_site, monkeypatch):
    from conftest import REPO
    from sourcebook import pipeline
    from sourcebook.config import load_settings

    root = make_site({"one.txt": "Troops arrived at Camp Taji on 3 May 2015.\n"})
    settings = load_settings(str(root / "site.yaml"), output=str(root / "site"), cache=str(root / ".nocache"))
    pipeline.build(settings, str(REPO / "templates"), use_cache=False)
    before = {p: p.read_bytes() for p in sorted((root / "site").rglob("*")) if p.is_file()}
    indexed = []
    monkeypatch.setattr(pipeline, "build_search_index", indexed.append)  # the parent's Pagefind: note the folder

    def broken(site):
        raise RuntimeError("the export broke")

    monkeypatch.setattr(pipeline, "extra_files", broken)  # the child's, after it said the pages are written
    with pytest.raises(RuntimeError, match="the export broke"):
        pipeline.build(settings, str(REPO / "templates"), use_cache=False)
    assert len(indexed) == 1 and not os.path.exists(indexed[0])  # indexed, then removed
    assert {p: p.read_bytes() for p in sorted((root / "site").rglob("*")) if p.is_file()} == before
    assert [p.name for p in root.iterdir() if p.name.startswith(".site.")] == [".site.lock"]


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="PR_SET_PDEATHSIG is Linux's")
def test_the_child_ends_when_the_building_process_is_killed(tmp_path):
    """A build killed by a timeout (SIGKILL to its process only) leaves no child extracting on."""
    script = tmp_path / "parent.py"
    marker = tmp_path / "child.pid"
    script.write_text(
        "import os, sys, time\n"
        f"sys.path.insert(0, {str(Path(__file__).resolve().parent.parent)!r})\n"
        "from sourcebook.forked import in_child\n"
        f"def work(ready):\n    open({str(marker)!r}, 'w').write(str(os.getpid()))\n    time.sleep(60)\n"
        "in_child(work, lambda value: None)\n")
    parent = subprocess.Popen([sys.executable, str(script)])
    deadline = time.monotonic() + 30
    while not (marker.exists() and marker.read_text()) and time.monotonic() < deadline:
        time.sleep(0.05)
    child = int(marker.read_text())
    parent.kill()
    parent.wait()
    deadline = time.monotonic() + 10
    while time.monotonic() < deadline and alive(child):
        time.sleep(0.05)
    assert not alive(child)


def alive(pid: int) -> bool:
    try:
        with open(f"/proc/{pid}/stat") as f:
            return f.read().split(")")[-1].split()[0] != "Z"  # a zombie has ended
    except OSError:
        return False
