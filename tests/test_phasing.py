"""Placing a document in a phase: by its date, by its cue phrases when undated."""

import pytest

from sourcebook.clean import clean
from sourcebook.model import DateEstimate, PhaseSetting
from sourcebook.extract.phasing import assign_phase
from sourcebook.read import read_source

PHASES = (
    PhaseSetting("planning", "Planning", "2014-09", "2015-02-23", cues=("assess", "contingency training")),
    PhaseSetting("deployment", "Deployment", "2015-02-24", "2020-01-02", cues=("rotation", "trained")),
    PhaseSetting("suspension", "Suspension", "2020-01-03", "2020-06", cues=("on hold", "evacuat")),
)


def doc(text: str):
    return clean(read_source("x.txt", text.encode()))


def dated(value: str) -> DateEstimate:
    precision = ("year", "month", "day")[value.count("-")]
    return DateEstimate(value, precision, "test", "explicit date")


@pytest.mark.parametrize(
    "value, phase",
    [
        ("2014-10", "planning"),
        ("2015-02-23", "planning"),
        ("2015-02-24", "deployment"),
        ("2016", "deployment"),
        ("2020-01", "suspension"),  # 2 days of deployment, 29 of suspension
        ("2020-06-30", "suspension"),  # an end given as a month includes its last day
        ("2014", "planning"),  # only its last months lie in any phase
    ],
)
def test_a_dated_source_falls_in_the_phase_covering_most_of_its_date(value, phase):
    got = assign_phase(doc("Nothing to cue here."), dated(value), PHASES)
    assert (got.phase, got.conflict) == (phase, False)
    assert got.evidence[0].startswith(f"date {value} ")


def test_the_evidence_names_the_phase_and_its_range():
    got = assign_phase(doc("Nothing."), dated("2020-01"), PHASES)
    assert got.evidence[0] == "date 2020-01 falls mostly in Suspension (2020-01-03 to 2020-06)"


def test_a_date_outside_every_phase_has_no_phase():
    got = assign_phase(doc("Training was put on hold."), dated("2021-03"), PHASES)
    assert got.phase is None and "no phase" in got.evidence[0]


def test_date_and_cues_that_disagree_keep_the_date_and_report_a_conflict():
    got = assign_phase(doc("Planners will assess options. Contingency training began."), dated("2016-05"), PHASES)
    assert (got.phase, got.conflict) == ("deployment", True)
    assert any("cue 'assess' in p1" in e for e in got.evidence)


def test_cues_agreeing_with_the_date_are_listed_without_conflict():
    got = assign_phase(doc("Training is on hold."), dated("2020-01-08"), PHASES)
    assert (got.phase, got.conflict) == ("suspension", False)
    assert "cue 'on hold' in p1" in got.evidence


def test_a_date_split_evenly_between_two_phases_goes_to_the_one_the_cues_name():
    phases = (
        PhaseSetting("a", "A", "2020-04-01", "2020-04-15", cues=("first",)),
        PhaseSetting("b", "B", "2020-04-16", "2020-04-30", cues=("second",)),
    )
    assert assign_phase(doc("The second stage."), dated("2020-04"), phases).phase == "b"
    assert assign_phase(doc("The first stage."), dated("2020-04"), phases).phase == "a"


def test_open_ended_phases():
    phases = (PhaseSetting("before", "Before", None, "2015"), PhaseSetting("after", "After", "2016", None))
    assert assign_phase(doc("x"), dated("1990-05"), phases).phase == "before"
    assert assign_phase(doc("x"), dated("2030"), phases).phase == "after"


def test_an_undated_source_goes_to_the_phase_with_most_cues():
    text = "Training is on hold.\n\nAn evacuation is planned.\n\nThe last rotation left."
    got = assign_phase(doc(text), None, PHASES)
    assert (got.phase, got.conflict) == ("suspension", False)
    assert got.evidence == ("cue 'on hold' in p1", "cue 'evacuat' in p2")


def test_cues_match_word_prefixes_without_case_but_not_inside_words():
    assert assign_phase(doc("EVACUATIONS were discussed."), None, PHASES).phase == "suspension"
    assert assign_phase(doc("They will reassess it."), None, PHASES).phase is None
    assert assign_phase(doc("The training was\non  hold."), None, PHASES).phase == "suspension"


def test_a_tie_of_cues_is_a_conflict_won_by_the_phase_cued_first():
    got = assign_phase(doc("They assess the rotation."), None, PHASES)
    assert (got.phase, got.conflict) == ("planning", True)
    got = assign_phase(doc("The rotation will assess it."), None, PHASES)
    assert (got.phase, got.conflict) == ("deployment", True)
    assert any("tie" in e for e in got.evidence)


def test_the_title_is_cued_too():
    got = assign_phase(doc("---\ntitle: Training on hold\n---\nNothing else."), None, PHASES)
    assert (got.phase, got.evidence) == ("suspension", ("cue 'on hold' in title",))


def test_no_date_and_no_cue_means_no_phase():
    got = assign_phase(doc("Nothing to see."), None, PHASES)
    assert (got.phase, got.conflict) == (None, False) and got.evidence


def test_no_phases_at_all():
    assert assign_phase(doc("Training is on hold."), dated("2020-01"), ()).phase is None
    assert assign_phase(doc("Training is on hold."), None, ()).phase is None


def test_a_date_less_precise_than_the_phases_it_spans_lets_the_cues_choose_among_them():
    # "2020-01": two days of deployment, 29 of suspension; the text is about the last rotation
    got = assign_phase(doc("The last rotation of trainers left Taji."), dated("2020-01"), PHASES)
    assert got.phase == "deployment", got
    # a cue of a phase the date does not touch does not move it
    got = assign_phase(doc("Planners will assess options."), dated("2020-01"), PHASES)
    assert got.phase == "suspension", got
