"""A build killed half-way leaves the last good site as it was, and the next build succeeds; two
builds started at once into one folder take turns and leave what one clean build leaves."""

from __future__ import annotations

import os
import shutil
import signal
import subprocess
import sys
import time
from pathlib import Path

from conftest import MINIMAL_CONFIG, REPO, run_build


def tree(site: Path) -> dict[str, bytes]:
    return {str(p.relative_to(site)): p.read_bytes() for p in sorted(site.rglob("*")) if p.is_file()}


def corpus(content: Path, count: int) -> None:
    """`count` distinct sources, enough work that a build takes a few seconds."""
    content.mkdir(parents=True, exist_ok=True)
    for i in range(count):
        day, month = 1 + i % 28, 1 + i % 12
        text = "\n\n".join(
            f"Defence Minister Gerry Brownlee said on {day} {['January', 'March', 'May', 'July'][i % 4]} "
            f"{2015 + i % 5} that {i * 3 + k} soldiers had trained at Camp Taji near Baghdad, paragraph {k}."
            for k in range(40))
        (content / f"{i:04}.txt").write_text(f"---\ntitle: Source number {i} month {month}\n---\n{text}\n")


def leftovers(root: Path) -> list[str]:
    return sorted(p.name for p in root.iterdir() if p.name.startswith((".site.new-", ".site.old-")))


def test_a_build_killed_mid_way_leaves_the_previous_site_and_the_next_build_succeeds(tmp_path):
    root = tmp_path / "project"
    (root / "content").mkdir(parents=True)
    (root / "site.yaml").write_text(MINIMAL_CONFIG)
    (root / "content" / "one.txt").write_text("Troops arrived at Camp Taji on 3 May 2015.\n")
    assert run_build("build", cwd=root).returncode == 0
    before = tree(root / "site")
    assert "index.html" in before

    corpus(root / "content", 600)
    build = subprocess.Popen([sys.executable, str(REPO / "build.py"), "build", "--no-cache"], cwd=root,
                             stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, start_new_session=True)
    killed_while_writing = False
    deadline = time.monotonic() + 120
    while time.monotonic() < deadline and build.poll() is None:
        if leftovers(root):  # the fresh folder exists: the build is writing pages
            time.sleep(0.05)
            killed_while_writing = True
            break
        time.sleep(0.01)
    assert build.poll() is None, "the build finished before it could be killed; use a larger corpus"
    os.killpg(build.pid, signal.SIGKILL)  # the build and the workers and indexer it started
    build.wait(timeout=30)
    assert killed_while_writing
    assert tree(root / "site") == before  # byte for byte the last good site

    result = run_build("build", cwd=root, timeout=300)
    assert result.returncode == 0, result.stderr
    assert "601 sources read" in result.stdout
    assert leftovers(root) == []
    assert len(list((root / "site" / "documents").iterdir())) == 601


def test_two_builds_at_once_into_one_folder_equal_one_clean_build(tmp_path):
    root = tmp_path / "project"
    (root / "content").mkdir(parents=True)
    (root / "site.yaml").write_text(MINIMAL_CONFIG)
    corpus(root / "content", 60)
    clean = tmp_path / "clean"
    shutil.copytree(root, clean)

    builds = [subprocess.Popen([sys.executable, str(REPO / "build.py"), "build"], cwd=root,
                               stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True) for _ in range(2)]
    results = [(b.wait(timeout=300), b.stderr.read()) for b in builds]
    for code, err in results:
        assert code == 0, err
        assert "Traceback" not in err

    assert run_build("build", "--no-cache", cwd=clean).returncode == 0
    together, alone = tree(root / "site"), tree(clean / "site")
    assert sorted(together) == sorted(alone)
    assert [name for name in alone if together[name] != alone[name]] == []
    assert leftovers(root) == []
