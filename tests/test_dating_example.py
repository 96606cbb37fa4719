"""Dates and phases of the example sources (content/) and of the story texts in tests/fixtures/dating.

Run with `pytest -s tests/test_dating_example.py` to see the accuracy table.
"""

import fnmatch
from pathlib import Path

import pytest
import yaml

from sourcebook.clean import clean
from sourcebook.config import load_settings
from sourcebook.extract import extract
from sourcebook.read import read_source

ROOT = Path(__file__).resolve().parent.parent
FIXTURES = Path(__file__).resolve().parent / "fixtures" / "dating"

# What the issue expects of the example: acceptable values (fnmatch patterns), None allowed, phase.
EXAMPLE = {
    # 000 names only a plan ("in November 2014"): it bounds the date, and undated is honest.
    "000_550c2b39810ba3ce.txt": (["2014", "2014-10", "2014-11"], True, "planning"),
    "001_6815e00bd8c9d89b.txt": (["2015-02-24"], False, "deployment"),
    "002_855aa30f19ba18b0.txt": (["2020-01"], False, "suspension"),
    "003_b6566e3df28cf3a0.txt": (["2015", "2015-0[12]", "2015-0[12]-*"], True, "planning"),
    "004_a3c286e22370bfac.txt": (["2020-01"], False, "suspension"),
}


@pytest.fixture(scope="module")
def settings():
    return load_settings(str(ROOT / "site.yaml"))


def run(path: Path, settings):
    return extract(clean(read_source(path.name, path.read_bytes())), settings)


def date_ok(date, accept, none_ok) -> bool:
    if date is None:
        return none_ok
    return any(fnmatch.fnmatchcase(date.value, pattern) for pattern in accept)


def score(rows) -> str:
    """A table of (name, date, phase, date ok, phase ok) with the accuracy of each."""
    lines = [f"{name:28} {value or '-':11} {'ok' if d else 'WRONG':6} {phase or '-':11} {'ok' if p else 'WRONG'}"
             for name, value, phase, d, p in rows]
    dates, phases = sum(r[3] for r in rows), sum(r[4] for r in rows)
    lines.append(f"dates {dates}/{len(rows)}, phases {phases}/{len(rows)}")
    return "\n".join(lines)


@pytest.mark.parametrize("name", sorted(EXAMPLE))
def test_example_source(name, settings):
    accept, none_ok, phase = EXAMPLE[name]
    got = run(ROOT / "content" / name, settings)
    assert date_ok(got.date, accept, none_ok), got.date
    assert got.phase.phase == phase, got.phase
    assert got.date is None or got.date.evidence
    assert got.phase.evidence
    assert got.warnings == ()  # 001's front matter agrees with its text


def test_front_matter_is_not_an_estimate(settings):
    got = run(ROOT / "content" / "001_6815e00bd8c9d89b.txt", settings)
    assert (got.date.rule, got.date.estimated, got.date.precision) == ("front matter", False, "day")


def test_accuracy_on_the_example_and_the_story_texts(settings):
    example = []
    for name, (accept, none_ok, phase) in sorted(EXAMPLE.items()):
        got = run(ROOT / "content" / name, settings)
        value = got.date and got.date.value
        example.append((name, value, got.phase.phase, date_ok(got.date, accept, none_ok), got.phase.phase == phase))
    expected = yaml.safe_load((FIXTURES / "expected.yaml").read_text())
    texts = []
    for name, want in sorted(expected.items()):
        got = run(FIXTURES / name, settings)
        value = got.date and got.date.value
        ok = date_ok(got.date, want["accept"], want.get("none_ok", False))
        texts.append((name, value, got.phase.phase, ok, got.phase.phase == want["phase"]))
    print("\n\nexample (content/)\n" + score(example))
    print("\nstory texts (tests/fixtures/dating/)\n" + score(texts))
    assert all(row[3] and row[4] for row in example)
    assert len(texts) == 5
