"""`review` lists every kind of doubtful inference with its fix; pasting each fix where it says
settles that row and changes the page and the export as stated; a bad correction fails with
`path:line`."""

from __future__ import annotations

import json
import re
import shutil
from pathlib import Path

import pytest

from conftest import run_build
from sourcebook.review import KINDS

CONFIG = """\
title: Doubts
base_url: https://example.org/doubts/
country: New Zealand
places:
  - name: Taji
    aliases: [Camp Taji]
  - name: Baghdad
phases:
  - name: Deployment
    start: 2015-02-24
    end: 2020-01-02
    cues: [deployed]
  - name: Suspension
    start: 2020-01-03
    end: 2020-06
    cues: [on hold, evacuat]
"""
# Short invented sources, one doubt or more each.
SOURCES = {
    # a quote nobody is said to have said; no date at all
    "convoy.txt": '"Nobody expected the convoy to reach the gate before sunrise."\n\n'
                  "Soldiers at Camp Taji unloaded the trucks while the cooks made breakfast for everyone.\n\n"
                  "The convoy had driven through the night from Baghdad without any trouble on the road.\n",
    # a date read from the text; a quote given to one of two people; a name seen once
    "visit.txt": "Minister visits Taji\n\n"
                 "Defence Minister Jo Tane flew to Camp Taji on Tuesday 1 March 2016 to meet the trainers.\n\n"
                 'Jo Tane met Foreign Minister Ana Rua at the base. "We are working closely together on the training," she said.\n\n'
                 "Pita Hemi, who cooks for the camp, served lunch to both ministers.\n",
    # the date says one phase, the wording another; a minister named without a title; a new place
    "pause.txt": "Training paused at Taji\n\n"
                 "The training at Camp Taji was put on hold on Monday 2 May 2016 while the base was repaired.\n\n"
                 "Jo Tane said the trainers would stay until the work was done and nobody would evacuate.\n\n"
                 "Officials later flew on to Mosul to inspect a second site.\n",
}


@pytest.fixture
def doubts(make_site) -> Path:
    return make_site(SOURCES, CONFIG)


def review(root: Path) -> list[dict]:
    result = run_build("review", "--format", "json", cwd=root)
    assert result.returncode == 0, result.stderr
    return json.loads(result.stdout)["rows"]


def export(root: Path) -> dict:
    result = run_build("build", cwd=root)
    assert result.returncode == 0, result.stderr
    data = json.loads((root / "site/data/sourcebook.json").read_text())
    return {d["source"]: d for d in data["documents"]} | {"": data}


def paste(root: Path, fix: dict) -> None:
    """Put a fix where its row says, as a researcher would."""
    name = fix["file"]
    path = root / ("site.yaml" if name == "site.yaml" else f"content/{name}")
    text = path.read_text(encoding="utf-8")
    lines = fix["text"].replace("YYYY-MM-DD", "2016-04-05")  # the date the researcher establishes
    where = fix["where"]
    if where.startswith("at the top of"):
        text = lines + "\n" + text
    elif where.startswith("at the end of"):
        text = text.rstrip("\n") + "\n" + lines + "\n"
    elif where.startswith("under the existing"):
        key = re.search(r"'(\w+):'", where).group(1)
        text = re.sub(rf"(?m)^{key}:.*\n", lambda m: m.group(0) + lines + "\n", text, count=1)
    else:  # into the front matter there is
        text = text.replace("\n---\n", "\n" + lines + "\n---\n", 1)
    path.write_text(text, encoding="utf-8")


def paragraphs(root: Path, slug_source: dict) -> list[tuple[str, str]]:
    page = (root / "site" / slug_source["url"].strip("/") / "index.html").read_text()
    return [(pid, re.sub(r"<[^>]+>", "", body)) for pid, body in re.findall(r'<p id="(p\d+)">(.*?)</p>', page, re.S)]


def test_review_lists_every_kind_with_a_fix(doubts):
    rows = review(doubts)
    assert sorted({r["kind"] for r in rows}) == sorted(KINDS)
    assert rows[0]["kind"] == "undated"  # most doubtful first
    assert all(r["fix"]["text"].strip() for r in rows)
    text = run_build("review", cwd=doubts)
    assert text.returncode == 0 and "convoy.txt" in text.stdout and "- name: Mosul" in text.stdout
    strict = run_build("review", "--strict", cwd=doubts)
    assert strict.returncode == 1
    assert not (doubts / "site").exists()  # review writes no site


# What each kind's fix changes in the export of its source.
def changed_as_stated(kind: str, fix: dict, row: dict, before: dict, after: dict) -> None:
    doc, was = after.get(row["source"] or ""), before.get(row["source"] or "")
    if kind == "undated":
        assert was["date"] is None and doc["date"] == "2016-04-05"
        assert doc["date_evidence"] == "date given in the source's front matter"
    elif kind == "estimated-date":
        assert was["date_estimated"] and not doc["date_estimated"] and doc["date"] == was["date"]
    elif kind == "phase-conflict":
        assert was["phase_conflict"] and not doc["phase_conflict"]
        assert doc["phase_evidence"] == ["phase given in the source's front matter"]
    elif kind in ("no-speaker", "speaker-choice"):
        pid = row["evidence"][0]["paragraph"]
        assert [q["speaker_given"] for q in doc["quotes"] if q["paragraph"] == pid] == [True]
        assert [q["speaker"] for q in doc["quotes"] if q["paragraph"] == pid] == [q["speaker"] for q in was["quotes"] if q["paragraph"] == pid]
    elif kind == "role-elsewhere":
        assert was["roles_elsewhere"] and not doc["roles_elsewhere"] and "jo-tane" in doc["ministers"]
    elif kind == "name-once" and fix["key"] == "not_people":
        assert "pita-hemi" in was["people"] and "pita-hemi" not in doc["people"]
    elif kind == "name-once":
        assert "pita-hemi" in doc["people"]
    elif kind == "place-candidate":
        assert not after[""]["place_candidates"] and "mosul" in {p["id"] for p in after[""]["places"]}


def test_pasting_each_fix_settles_its_row(doubts, tmp_path):
    rows = review(doubts)
    before = export(doubts)
    for row in rows:
        for fix in (row["fix"], row["alternative"]):
            if fix is None:
                continue
            root = tmp_path / f"fix-{len(list(tmp_path.iterdir()))}"
            shutil.copytree(doubts, root, ignore=shutil.ignore_patterns("site", ".cache"))
            paste(root, fix)
            after_rows = review(root)
            same = [r for r in after_rows if (r["kind"], r["source"], r["summary"]) == (row["kind"], row["source"], row["summary"])]
            assert same == [], f"{row['kind']} still open after pasting {fix['text']!r}"
            after = export(root)
            changed_as_stated(row["kind"], fix, row, before, after)
            if row["source"]:
                # front matter added to a .txt: its text, paragraph ids and anchors stay
                assert paragraphs(root, after[row["source"]]) == paragraphs(doubts, before[row["source"]])


def test_a_title_in_front_matter_keeps_the_paragraphs(doubts):
    before = export(doubts)["visit.txt"]
    old = paragraphs(doubts, before)
    path = doubts / "content/visit.txt"
    path.write_text('---\ntitle: "The minister at Taji"\n---\n' + path.read_text(), encoding="utf-8")
    after = export(doubts)["visit.txt"]
    assert after["title"] == "The minister at Taji" and before["title"] != after["title"]
    assert paragraphs(doubts, after) == old


BAD = {
    "unknown paragraph": ("visit.txt", 'speakers:\n  "p9 We are working": Jo Tane', 3,
                          "front matter 'speakers': no paragraph p9 in this source (it has p1 to p3)"),
    "no such quote": ("visit.txt", 'speakers:\n  "p2 We never said": Jo Tane', 3,
                      "front matter 'speakers': no quote in p2 begins 'We never said'"),
    "speaker not in the text": ("visit.txt", 'speakers:\n  "p2 We are working": Mere Kahu', 3,
                                "front matter 'speakers': 'Mere Kahu' is not named in this source"),
    "name not in the text": ("visit.txt", "not_people:\n  - Hone Heke", 3,
                             "front matter 'not_people': 'Hone Heke' is not in the text of this source"),
    "phrase not in the text": ("visit.txt", "people:\n  the admiral: Jo Tane", 3,
                               "front matter 'people': 'the admiral' is not in the text of this source"),
    "date that does not parse": ("convoy.txt", "date: next spring", 2,
                                 "front matter 'date': 'next spring' is not a date"),
    "unknown phase": ("convoy.txt", "phase: withdrawal", 2,
                      "front matter 'phase': 'withdrawal' is not a phase of site.yaml (its phases: deployment, suspension)"),
}


@pytest.mark.parametrize("case", sorted(BAD))
def test_a_bad_correction_fails_with_its_line(doubts, case):
    name, lines, line, message = BAD[case]
    path = doubts / "content" / name
    path.write_text(f"---\n{lines}\n---\n" + path.read_text(), encoding="utf-8")
    (doubts / "site").mkdir()
    (doubts / "site/index.html").write_text("previous good build")
    result = run_build("build", cwd=doubts)
    assert result.returncode == 1
    assert f"{name}:{line}: error: {message}" in result.stderr, result.stderr
    assert "Traceback" not in result.stderr
    assert (doubts / "site/index.html").read_text() == "previous good build"


def test_site_hints_apply_to_every_source(doubts):
    (doubts / "site.yaml").write_text(CONFIG + "people:\n  - name: Pita Hemi\n    not_person: true\n"
                                      "  - name: Jo Tane\n    roles:\n      - title: Defence Minister\n        from: 2016\n        to: 2016\n",
                                      encoding="utf-8")
    after = export(doubts)
    assert "pita-hemi" not in after["visit.txt"]["people"]
    assert "jo-tane" in after["pause.txt"]["ministers"]
    bad = doubts / "site.yaml"
    bad.write_text(CONFIG + "people:\n  - name: Jo Tane\n    roles:\n      - from: 2016\n", encoding="utf-8")
    result = run_build("build", cwd=doubts)
    line = CONFIG.count("\n") + 4  # the role without a title
    assert result.returncode == 1 and f"site.yaml:{line}: error: 'people[0].roles[0]' needs a title" in result.stderr, result.stderr


def test_a_name_inside_a_quote_is_no_rival_speaker(make_site):
    sources = {"thanks.txt": "Minister thanks trainers\n\n"
                             "\"I thank our cook Matthew Corbel and every trainer at Camp Taji,\" Defence Minister Jo Tane said.\n"}
    rows = review(make_site(sources, CONFIG))
    assert rows and not [r for r in rows if "speaker" in json.dumps(r) and "among" in json.dumps(r)], rows
