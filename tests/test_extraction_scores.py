"""Extraction scored against hand labels: the example sources must come out right, and texts in
other styles (transcript, press release, Markdown, no minister, a UK report) must score well."""

import os

import pytest

from scoring import HERE, extract_file, load_labels, not_ministers_taken, score
from sourcebook.config import load_settings

ROOT = os.path.dirname(HERE)


@pytest.fixture(scope="module")
def settings():
    return load_settings(os.path.join(ROOT, "site.yaml"))


def run(labels, folder, settings):
    return {name: extract_file(os.path.join(folder, name), settings) for name in labels}


def test_example_is_extracted_exactly(settings):
    labels = load_labels("example.yaml")
    extractions = run(labels, os.path.join(ROOT, "content"), settings)
    scores = score(labels, extractions)
    print("\n" + scores.line("example"), *scores.misses, sep="\n  ")
    assert scores.minister_recall == 1.0, scores.misses
    assert scores.minister_precision == 1.0, scores.misses
    assert scores.role_accuracy == 1.0, scores.misses
    assert scores.place_recall == 1.0 and scores.place_precision == 1.0, scores.misses
    assert scores.quote_accuracy == 1.0, scores.misses
    assert not_ministers_taken(labels, extractions) == []


def test_example_candidates_are_places(settings):
    extraction = extract_file(os.path.join(ROOT, "content", "003_b6566e3df28cf3a0.txt"), settings)
    assert extraction.place_candidates == ("Auckland",)


def test_own_texts_score_well(settings):
    labels = load_labels("own.yaml")
    extractions = run(labels, os.path.join(HERE, "fixtures", "extraction"), settings)
    scores = score(labels, extractions)
    print("\n" + scores.line("own texts"), *scores.misses, sep="\n  ")
    assert scores.minister_precision >= 0.9, scores.misses
    assert scores.minister_recall >= 0.8, scores.misses
    assert scores.place_precision >= 0.9 and scores.place_recall >= 0.8, scores.misses
    assert scores.quote_accuracy >= 0.8, scores.misses
    assert not_ministers_taken(labels, extractions) == []


def test_the_data_export_of_the_example_scores_the_same(settings, tmp_path):
    """What the published site says (the data export), scored against the same hand labels."""
    import json
    import shutil

    from conftest import run_build
    from scoring import extractions_from_export, with_home_country

    shutil.copy(os.path.join(ROOT, "site.yaml"), tmp_path / "site.yaml")
    shutil.copytree(os.path.join(ROOT, "content"), tmp_path / "content")
    assert run_build("build", "--no-cache", cwd=tmp_path).returncode == 0
    export = json.loads((tmp_path / "site" / "data" / "sourcebook.json").read_text())
    labels = with_home_country(load_labels("example.yaml"), settings.country)
    extractions = extractions_from_export(export)
    scores = score(labels, extractions)
    print("\n" + scores.line("example, data export"), *scores.misses, sep="\n  ")
    assert (scores.minister_precision, scores.minister_recall, scores.role_accuracy) == (1.0, 1.0, 1.0), scores.misses
    assert (scores.place_precision, scores.place_recall, scores.quote_accuracy) == (1.0, 1.0, 1.0), scores.misses
    assert not_ministers_taken(labels, extractions) == []


def test_the_extraction_bench_scores_the_example_fully():
    """bench/extraction.py on the five examples: every field right (one source's date is only
    bounded by its text, so three of five are dated)."""
    import subprocess
    import sys

    out = subprocess.run([sys.executable, os.path.join(ROOT, "bench", "extraction.py"), os.path.join(ROOT, "content"),
                          os.path.join(HERE, "labels", "example.yaml")], capture_output=True, text=True, timeout=120)
    assert out.returncode == 0, out.stderr
    summary = out.stdout.strip().splitlines()[-1]
    assert summary == (
        "summary: dates 1.00 right, 0.60 dated; phase 1.00; title 1.00; people P 1.00 R 1.00; "
        "ministers F1 1.00, 0 non-ministers taken; quotes found 1.00, right speaker 1.00; places F1 1.00"
    ), out.stdout
