"""The cold build's shortcuts give what the long way gave: the roles table answers as the scan
of Minister.roles did, and a first build that skips the survey still makes the next build with
the same inputs a no-op."""

from __future__ import annotations

import re
from pathlib import Path

from conftest import run_build

from sourcebook.cache import SourceCache
from sourcebook.config import load_settings
from sourcebook.pipeline import gather
from sourcebook.roles import roles_in


def test_roles_table_answers_as_the_scan_did(example_project):
    settings = load_settings(str(example_project / "site.yaml"), output=str(example_project / "site"))
    site = gather(settings, SourceCache(None)).site
    asked = 0
    for key, minister in site.ministers.items():
        for doc_id in site.documents:
            expected = tuple(r for r in minister.roles if r.document == doc_id)
            assert roles_in(site, key, doc_id) == expected
            asked += bool(expected)
    assert asked >= 3  # the example titles ministers in several sources, so the table was used
    assert roles_in(site, "nobody-at-all", next(iter(site.documents))) == ()


def test_a_new_site_gets_a_new_table(example_project):
    """The table is kept for one Site: a rebuild's Site (the preview's) must not answer from the
    old one. After an edit that takes a minister's title out of a source, the new Site's answer
    is its own scan's, not the old Site's."""
    settings = load_settings(str(example_project / "site.yaml"), output=str(example_project / "site"))
    first = gather(settings, SourceCache(None)).site
    key, doc_id = next((k, m.roles[0].document) for k, m in first.ministers.items() if m.roles)
    assert roles_in(first, key, doc_id)
    source = example_project / "content" / first.documents[doc_id].source
    title = first.ministers[key].roles[0].title
    source.write_text(source.read_text().replace(title, "spokesperson"))
    second = gather(settings, SourceCache(None)).site
    for k, minister in second.ministers.items():
        for d in second.documents:
            assert roles_in(second, k, d) == tuple(r for r in minister.roles if r.document == d)
    old = roles_in(first, key, doc_id)
    assert roles_in(second, key, doc_id) != old or key not in second.ministers


def test_first_build_then_same_inputs_is_a_no_op_with_the_same_output(example_project, tmp_path):
    """The first build (no previous report) takes the inputs' digest from gather, not from a
    survey; the second build, which does survey, must find it equal and write nothing."""
    first = run_build("--output", str(tmp_path / "cached"), cwd=example_project)
    assert first.returncode == 0, first.stderr
    again = run_build("--output", str(tmp_path / "cached"), cwd=example_project)
    assert again.returncode == 0, again.stderr
    assert re.search(r"\b0 pages written \(0 files\)", again.stdout + again.stderr), again.stdout + again.stderr
    clean = run_build("--no-cache", "--output", str(tmp_path / "clean"), cwd=example_project)
    assert clean.returncode == 0, clean.stderr
    assert tree(tmp_path / "cached") == tree(tmp_path / "clean")


def tree(root: Path) -> dict[str, bytes]:
    return {p.relative_to(root).as_posix(): p.read_bytes() for p in sorted(root.rglob("*")) if p.is_file()}


def test_export_records_are_the_export(example_project):
    """The preview's export, kept record by record (export_records.py), is export_json's bytes,
    made whole or from the last Records with a record marked changed."""
    from dataclasses import replace

    from sourcebook.export import export_json
    from sourcebook.export_records import records_of

    settings = load_settings(str(example_project / "site.yaml"), output=str(example_project / "site"))
    site = gather(settings, SourceCache(None)).site
    records = records_of(site)
    assert records.data == export_json(site)
    doc_id = next(iter(site.documents))
    retitled = replace(site, documents={**site.documents, doc_id: replace(site.documents[doc_id], title="A <new> title & more")})
    assert records_of(retitled, records, {doc_id}).data == export_json(retitled)
    assert records_of(retitled, records, set()).data != export_json(retitled)  # a record not marked is kept
