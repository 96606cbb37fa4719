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
