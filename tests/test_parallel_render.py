"""Above PARALLEL_THRESHOLD pages the build renders on every core: the output must be the one
page-by-page rendering gives, and a template error must still name its file and line."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from conftest import REPO, run_build
from sourcebook import pipeline
from sourcebook.config import load_settings

SOURCES = pipeline.PARALLEL_THRESHOLD + 20


@pytest.fixture
def many(make_site):
    return make_site({f"s{i:03d}.txt": f"Report {i}: troops trained at Camp Taji on {1 + i % 28} March 2016.\n"
                      for i in range(SOURCES)})


def files(folder: Path) -> dict[str, bytes]:
    return {str(p.relative_to(folder)): p.read_bytes() for p in sorted(folder.rglob("*")) if p.is_file()}


def test_parallel_rendering_writes_what_rendering_one_by_one_writes(many, monkeypatch):
    settings = lambda out: load_settings(str(many / "site.yaml"), output=str(many / out), cache=str(many / ".nocache"))
    pipeline.build(settings("parallel"), str(REPO / "templates"), use_cache=False)
    monkeypatch.setattr(pipeline, "PARALLEL_THRESHOLD", 10**9)
    pipeline.build(settings("serial"), str(REPO / "templates"), use_cache=False)
    parallel, serial = files(many / "parallel"), files(many / "serial")
    assert len(parallel) > SOURCES
    assert parallel.keys() == serial.keys()
    assert [name for name in parallel if parallel[name] != serial[name]] == []


def test_a_template_error_in_a_worker_names_the_template_and_line(many):
    shutil.copytree(REPO / "templates", many / "templates")
    document = many / "templates" / "document.html"
    document.write_text(document.read_text().replace("{% block main %}", "{% block main %}\n{{ site.nothing_here }}", 1))
    result = run_build("build", cwd=many)
    assert result.returncode == 1
    assert "document.html" in result.stderr and "nothing_here" in result.stderr, result.stderr
    assert "Traceback" not in result.stderr
    assert not (many / "site").exists()  # nothing half-written
