"""Bad input: a clear message naming the file (and line), never a traceback, and never a
half-written site. Each invalid site under tests/sites_invalid/ asserts its exact message."""

from __future__ import annotations

from pathlib import Path

import pytest

from conftest import run_build

INVALID = Path(__file__).parent / "sites_invalid"


@pytest.mark.parametrize("case", sorted(p.name for p in INVALID.iterdir() if p.is_dir()))
def test_invalid_site_fails_with_its_message(case, tmp_path):
    import shutil

    root = tmp_path / case
    shutil.copytree(INVALID / case, root)
    expected = (root / "expected.txt").read_text().strip()
    (root / "expected.txt").unlink()
    previous = root / "site"
    previous.mkdir()
    (previous / "index.html").write_text("previous good build")
    result = run_build("build", "--config", str(root / "site.yaml"), cwd=root)
    assert result.returncode == 1, result.stdout + result.stderr
    assert expected in result.stderr, result.stderr
    assert "Traceback" not in result.stderr
    assert (previous / "index.html").read_text() == "previous good build"
    assert sorted(p.name for p in previous.iterdir()) == ["index.html"]


def test_empty_file_is_skipped_with_a_warning(make_site):
    root = make_site({"empty.txt": "", "blank.md": "  \n\n\t\n", "real.txt": "Troops arrived at Camp Taji today."})
    result = run_build("build", cwd=root)
    assert result.returncode == 0, result.stderr
    assert "empty.txt: warning: file is empty; skipped" in result.stderr
    assert "blank.md: warning: file is empty; skipped" in result.stderr
    assert "1 sources read (0 from cache, 2 skipped)" in result.stdout


def test_cp1252_file_is_decoded_with_a_warning(make_site):
    raw = "The minister said \u201cwe are ready\u201d in Wellington \u2013 caf\u00e9.\n".encode("cp1252")
    root = make_site({"old.txt": raw})
    result = run_build("build", cwd=root)
    assert result.returncode == 0, result.stderr
    assert "old.txt:1: warning: not UTF-8; decoded as Windows-1252 (cp1252)" in result.stderr
    page = next((root / "site" / "documents").glob("*/index.html")).read_text()
    assert "\u201cwe are ready\u201d" in page and "caf\u00e9" in page


def test_strict_turns_warnings_into_failure(make_site):
    root = make_site({"empty.txt": "", "real.txt": "Troops arrived at Camp Taji on 3 May 2015."})
    result = run_build("build", "--strict", cwd=root)
    assert result.returncode == 1
    assert "empty.txt: warning: file is empty; skipped" in result.stderr
    assert not (root / "site").exists()


def test_missing_content_folder_named_with_exit_1(make_site, tmp_path):
    root = make_site({})
    result = run_build("build", "--content", str(tmp_path / "nowhere"), cwd=root)
    assert result.returncode == 1
    assert "nowhere: error: content folder not found" in result.stderr
    assert "Traceback" not in result.stderr


def test_usage_error_exits_2(make_site):
    root = make_site({"a.txt": "Text."})
    result = run_build("build", "--no-such-option", cwd=root)
    assert result.returncode == 2
    assert "usage:" in result.stderr


def test_missing_config_is_named(tmp_path):
    result = run_build("build", "--config", str(tmp_path / "nope.yaml"), cwd=tmp_path)
    assert result.returncode == 1
    assert "nope.yaml: error: configuration file not found" in result.stderr


def test_a_template_error_names_the_template_and_line(make_site, tmp_path):
    import shutil

    from conftest import REPO

    root = make_site({"a.txt": "Troops arrived at Camp Taji."})
    shutil.copytree(REPO / "templates", root / "templates")
    (root / "templates" / "404.html").write_text("{% extends 'base.html' %}\n{% block main %}\n{{ oops( }}\n{% endblock %}\n")
    result = run_build("build", cwd=root)
    assert result.returncode == 1
    assert "404.html:3: error:" in result.stderr, result.stderr
    assert "Traceback" not in result.stderr
