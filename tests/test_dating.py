"""Reading dates from text: the parser on phrases, and the estimate a reader would give."""

import datetime as dt
from conftest import grows_linearly

import pytest

from sourcebook.clean import clean
from sourcebook.extract.dateparse import find_dates, find_relatives, numeric_order
from sourcebook.extract.dating import dated, estimate_date
from sourcebook.model import EventSetting
from sourcebook.read import read_source

D = dt.date
SOLEIMANI = EventSetting(
    "the killing of Qassem Soleimani", "2020-01-03",
    ("killing of Qassem Soleimani", "Soleimani's killing", "killing of a top Iranian commander"),
)


def doc(text: str):
    return clean(read_source("x.txt", text.encode()))


def estimate(text: str, events=()):
    found, problems = estimate_date(doc(text), tuple(events))
    assert problems == ()
    return found


def why(text: str, events=()) -> str:
    """Why a source is undated: what its text bounds the date by."""
    found, _, reason, _ = dated(doc(text), tuple(events))
    assert found is None, found
    return reason


def only(text: str, order=None):
    found = find_dates(text, order)
    assert len(found) == 1, found
    return found[0]


# The parser: explicit dates ----------------------------------------------------------------


@pytest.mark.parametrize(
    "text, first, last, precision",
    [
        ("on 24 February 2015", D(2015, 2, 24), D(2015, 2, 24), "day"),
        ("on February 24, 2015", D(2015, 2, 24), D(2015, 2, 24), "day"),
        ("the 3rd of March 2016", D(2016, 3, 3), D(2016, 3, 3), "day"),
        ("by Sept. 30, 2019", D(2019, 9, 30), D(2019, 9, 30), "day"),
        ("in June 2020", D(2020, 6, 1), D(2020, 6, 30), "month"),
        ("wrapping up by June, 2020.", D(2020, 6, 1), D(2020, 6, 30), "month"),
        ("in November 2014", D(2014, 11, 1), D(2014, 11, 30), "month"),
        ("released 2015-02-24", D(2015, 2, 24), D(2015, 2, 24), "day"),
        ("updated 2015-02", D(2015, 2, 1), D(2015, 2, 28), "month"),
        ("in February 2016", D(2016, 2, 1), D(2016, 2, 29), "month"),
        ("since 2015.", D(2015, 1, 1), D(2015, 12, 31), "year"),
    ],
)
def test_explicit_dates(text, first, last, precision):
    found = only(text)
    assert (found.kind, found.first, found.last, found.precision) == ("date", first, last, precision)


@pytest.mark.parametrize(
    "text, first, last, tail",
    [
        ("between March and May 2015", D(2015, 3, 1), D(2015, 5, 31), D(2015, 5, 1)),
        ("from March to May 2015", D(2015, 3, 1), D(2015, 5, 31), D(2015, 5, 1)),
        ("the 2014-2020 mission", D(2014, 1, 1), D(2020, 12, 31), D(2020, 1, 1)),
        ("the 2014–20 mission", D(2014, 1, 1), D(2020, 12, 31), D(2020, 1, 1)),
        ("the 2019-20 budget", D(2019, 1, 1), D(2020, 12, 31), D(2020, 1, 1)),
        ("between 2014 and 2016", D(2014, 1, 1), D(2016, 12, 31), D(2016, 1, 1)),
        ("December 2019 to January 2020", D(2019, 12, 1), D(2020, 1, 31), D(2020, 1, 1)),
    ],
)
def test_ranges(text, first, last, tail):
    found = only(text)
    assert (found.kind, found.first, found.last, found.tail) == ("range", first, last, tail)


def test_two_years_joined_by_and_are_two_dates_not_a_range():
    assert [f.first.year for f in find_dates("in 2014 and 2016")] == [2014, 2016]


@pytest.mark.parametrize(
    "text",
    [
        "the Battle of Hastings in 1066",
        "a plan for the year 2999",
        "it would need another 2000 soldiers",
        "some 2015 personnel were sent",
        "a cost of $2015 each",
        "on 31 February 2015",
        "on 30 February, 2020",
        "a 12015 metre climb",
        "version 3.2015",
        "",
    ],
)
def test_not_dates(text):
    assert find_dates(text) == []


def test_a_year_after_a_time_word_is_a_year_even_before_a_plural():
    assert only("In 2015 troops arrived at Taji").first == D(2015, 1, 1)


def test_numeric_dates_with_an_unknown_order_keep_only_the_year():
    found = only("on 03/04/2015")
    assert (found.precision, found.first, found.last) == ("year", D(2015, 1, 1), D(2015, 12, 31))
    assert "order unknown" in found.note


@pytest.mark.parametrize("order, day", [("dmy", D(2015, 4, 3)), ("mdy", D(2015, 3, 4))])
def test_numeric_dates_follow_the_order_given(order, day):
    assert only("on 03/04/2015", order).first == day


def test_numeric_dates_that_can_only_be_read_one_way():
    assert only("on 24/02/2015").first == D(2015, 2, 24)
    assert only("on 02/24/2015").first == D(2015, 2, 24)
    assert find_dates("on 13/13/2015") == []


@pytest.mark.parametrize(
    "texts, language, order",
    [
        (["on 24/02/2015 and 03/04/2015"], None, "dmy"),
        (["on 02/24/2015 and 03/04/2015"], "en-NZ", "mdy"),  # the text's own dates outrank the language
        (["on 03/04/2015"], "en-US", "mdy"),
        (["on 03/04/2015"], "en-NZ", "dmy"),
        (["on 03/04/2015"], None, None),
        (["24/02/2015", "02/24/2015"], "en-GB", None),  # the text contradicts itself
    ],
)
def test_numeric_order(texts, language, order):
    assert numeric_order(texts, language) == order


def test_relative_phrases_and_weekdays():
    found = find_relatives("Last week and on Wednesday, two days ago, over the weekend; Tuesday, 24 February")
    assert [(f.kind, f.word) for f in found] == [
        ("relative", "last week"), ("weekday", "wednesday"), ("relative", "days ago"), ("relative", "over the weekend"),
    ]


# Estimates: past and future ------------------------------------------------------------------


def test_a_headline_drops_is_before_a_plan():
    # "Iraq mission to end in June 2020" is "is to end": the source was written before June 2020
    assert "before 2020-06-30" in why("Iraq mission to end in June 2020\n\nThe Government made the announcement.")
    # in the body, "to" + a verb may be a purpose ("went to Iraq in 2015 to train"), so a date after it is reported
    assert "after 2015-05-01" in why("Troops went to Iraq to train soldiers in May 2015.")


def test_when_an_ongoing_thing_began_is_background_not_the_news():
    # "which began in May 2015" says the source is later, not that it reports May 2015
    assert estimate("Troops came home, ending a mission that began in 2015.") is None
    reason = why("The mission, which began in May 2015, will now run until November 2018.")
    assert "after 2015-05-01" in reason and "before 2018-11-30" in reason
    assert "after 2015-05-01" in why("The mission began in May 2015.")  # a main clause still reports it


def test_a_planned_date_means_the_source_is_before_it():
    # A plan says when the source was not written, never when it was: undated, with the bound.
    reason = why("It was agreed to send planners to Iraq in November 2014 to assess the options.")
    assert reason.endswith("before 2014-11-30 (text: 'in November 2014' (planned))")


def test_planning_after_a_preposition_is_an_act_not_a_plan():
    # "accused of planning the raid" reports the raid; "is planning a raid" announces one
    assert "after 2019-06-12" in why("Two officers were accused of planning the raid on the depot on 12 June 2019.")
    assert "before 2019-06-12" in why("The council is planning a vote on the depot on 12 June 2019.")


def test_since_alone_is_a_bound_not_a_date():
    assert estimate("Troops have trained Iraqi forces at Taji since 2015.") is None


def test_since_and_a_deadline_in_the_same_year_give_that_year():
    got = estimate("Troops have been at Taji since January 2020. They will leave by June 2020.")
    assert (got.value, got.precision, got.rule) == ("2020", "year", "date range")


def test_a_reported_date_only_bounds_the_source():
    # A report may recall any earlier day ("when I was deployed in 1982", "the crash on 17 July
    # 2014" in a report of 2018): a past date says the source is later, not when.
    reason = why("On 24 February 2015 Cabinet agreed to deploy a training mission.")
    assert reason == ("undated: no dateline; the text only bounds its date: written after 2015-02-24 "
                      "(text: 'On 24 February 2015')")
    assert "after 2014-07-17" in why("The airliner was shot down on 17 July 2014. Families still wait for answers.")


def test_a_date_with_its_weekday_is_a_day_just_past():
    # Writers name the weekday of a day in the last week: "on Thursday, 21 March 2019".
    got = estimate("On Thursday, 21 March 2019, the Prime Minister announced a ban on the rifles.")
    assert (got.value, got.precision, got.rule) == ("2019-03", "month", "weekday and date")


def test_the_latest_reported_date_is_the_lower_bound():
    assert "after 2015-05-01" in why("The US invaded Iraq in 2003. In May 2015 the first New Zealand troops arrived at Taji.")


def test_a_reported_range_bounds_the_source_after_its_end():
    assert "after 2015-05-01" in why("Between March and May 2015 the soldiers trained at Linton.")


def test_last_year_next_to_a_past_year_gives_the_next_year():
    got = estimate("Last year, in 2019, the Government reviewed the deployment.")
    assert (got.value, got.precision, got.rule) == ("2020", "year", "relative to date")


def test_last_year_about_an_announcement_is_not_paired_with_the_future_date_it_announced():
    reason = why("The Government last year announced it would be ending the mission in June 2020.")
    assert "before 2020-06-30" in reason


def test_next_year_next_to_a_future_year_gives_the_year_before():
    got = estimate("Next year, in 2016, the mission will be reviewed by Cabinet.")
    assert (got.value, got.precision) == ("2015", "year")


def test_a_month_next_year_that_the_text_also_dates_gives_the_year_before():
    got = estimate("Troops will leave by June next year. The mission will end in June 2020.")
    assert (got.value, got.precision, got.rule) == ("2019", "year", "relative to date")
    assert "June 2020, so written in 2019" in got.evidence


def test_a_month_last_year_is_only_read_when_the_text_gives_one_year_for_it():
    assert estimate("Planners went to Iraq last November. They arrived in November 2014.").value == "2015"
    ambiguous = estimate("Planners went last November. In November 2013 and November 2014 they met.")
    assert ambiguous is None


def test_a_year_long_window_is_not_narrowed_by_weekdays():
    got = estimate("Last year, in 2019, the Government reviewed the deployment. On Monday it spoke.")
    assert (got.value, got.precision) == ("2020", "year")


def test_yesterday_next_to_a_date_gives_the_day_after():
    got = estimate("Cabinet agreed yesterday (24 February 2015) to deploy troops.")
    assert (got.value, got.precision) == ("2015-02-25", "day")


# Estimates: dated events ---------------------------------------------------------------------


def test_an_event_last_week_dates_the_source_shortly_after():
    got = estimate("Officials have made plans since Soleimani's killing last week.", [SOLEIMANI])
    assert (got.value, got.precision, got.rule) == ("2020-01", "month", "relative to event")
    assert "the killing of Qassem Soleimani, 2020-01-03" in got.evidence


def test_an_event_near_the_end_of_a_month_dates_the_source_to_the_next():
    event = EventSetting("a strike", "2020-01-29", ("the strike on the base",))
    got = estimate("The strike on the base last week shocked officials.", [event])
    assert (got.value, got.precision) == ("2020-02", "month")


def test_event_phrases_tolerate_case_possessives_and_articles():
    for text in (
        "After SOLEIMANI’S KILLING on Friday, troops stayed on base.",
        "After the Soleimani killing on Friday, troops stayed on base.",
        "He described the killing of top Iranian commander Qasem Soleimani over the weekend.",
    ):
        got = estimate(text, [SOLEIMANI])
        assert (got.value, got.rule) == ("2020-01", "relative to event"), text


def test_an_event_without_a_relative_phrase_means_on_or_after_it():
    # A story names the events of its background too ("since the mosque attacks" a year on).
    assert "after 2020-01-03" in why("Tension has grown since the killing of Qassem Soleimani.", [SOLEIMANI])
    later = why("After the killing of Qassem Soleimani, training stopped. In March 2020 the last troops left.", [SOLEIMANI])
    assert "after 2020-03-01" in later


def test_an_anniversary_of_an_event_is_not_the_event():
    event = EventSetting("the poisoning", "2020-08-20", ("the poisoning of the opposition leader",))
    assert why("Today, on the anniversary of the poisoning of the opposition leader, we act.", [event])


def test_weekdays_narrow_a_window_after_an_event():
    text = "Officials met after Soleimani's killing last week. Iran fired missiles on Wednesday."
    got = estimate(text, [SOLEIMANI])
    assert got.value == "2020-01" and "2020-01-08" in got.evidence


def test_a_weekday_after_an_event_late_in_a_month_moves_to_the_next_month():
    event = EventSetting("a strike", "2020-01-31", ("the strike on the base",))
    assert estimate("The strike on the base on Friday shocked officials.", [event]).value == "2020-02"


def test_a_dateline_taken_for_the_title_still_dates_the_source():
    got = estimate("Published 10 June 2019\n\nTroops will leave Iraq by June 2020, the Prime Minister said.")
    assert (got.value, got.precision, got.rule) == ("2019-06-10", "day", "dateline")


# Estimates: bad input ------------------------------------------------------------------------


def test_implausible_years_and_nonsense_are_undated():
    assert estimate("The Battle of Hastings in 1066. A plan for 2999. 99/99/9999 ~~ ☃ asdf.") is None
    assert estimate("Nothing here says when.") is None


def test_thirty_first_of_february_does_not_crash_or_date():
    assert estimate("The soldiers arrived on 31 February.") is None


def test_twenty_years_give_the_latest_past_one():
    text = " ".join(f"In {year} the coalition met." for year in range(2001, 2021))
    assert "after 2020-01-01" in why(text)


def test_a_count_is_not_a_year():
    assert estimate("Australia would need another 2000 soldiers.") is None
    assert "after 2015-01-01" in why("In 2015 Australia sent 2000 soldiers.")


@pytest.mark.parametrize(
    "unit",
    [
        "On Wednesday 24 February 2015 the 2000 troops, since 2014-2020, waited; ",  # dates everywhere
        "The training mission at Camp Taji went on as before, and officials said little. ",  # prose
        "1 2 3 4 January January 1999 March to ",  # near-misses of every pattern
    ],
)
def test_a_megabyte_paragraph_takes_time_in_proportion(unit):
    # CPU time, compared with a tenth of the text: a busy or slow machine must not fail this test.
    grows_linearly(lambda d: estimate_date(d, (SOLEIMANI,)), lambda n: doc((unit * (n // len(unit) + 1))[:n]), 1_000_000)


# Front matter --------------------------------------------------------------------------------


def front(date_line: str, body: str, events=()):
    document = doc(f"---\ntitle: A source\n{date_line}\n---\n{body}\n")
    return estimate_date(document, tuple(events))


def test_front_matter_wins_and_agrees_silently():
    got, problems = front("date: 2020-01-09", "Soleimani's killing last week worried officials.", [SOLEIMANI])
    assert (got.value, got.precision, got.rule, got.estimated) == ("2020-01-09", "day", "front matter", False)
    assert problems == ()


def test_front_matter_contradicting_the_text_is_kept_with_a_warning():
    got, problems = front("date: 2012-05-01", "Soleimani's killing last week worried officials.", [SOLEIMANI])
    assert got.value == "2012-05-01"
    [problem] = problems
    assert (problem.path, problem.line, problem.warning) == ("x.txt", 3, True)
    assert "2020-01" in problem.message


@pytest.mark.parametrize("value", ["next tuesday", "'2015-13-45'"])
def test_front_matter_that_is_no_date_warns_and_falls_back_to_the_text(value):
    got, problems = front(f"date: {value}", "Cabinet agreed yesterday (24 February 2015) to deploy.")
    assert (got.value, got.rule) == ("2015-02-25", "relative to date")
    [problem] = problems
    assert (problem.line, problem.warning) == (3, True)
    assert "not a date" in problem.message


@pytest.mark.parametrize(
    "value, iso, precision",
    [("2015-02-24 10:30:00", "2015-02-24", "day"), ("24 February 2015", "2015-02-24", "day"), ("2015", "2015", "year"),
     ("'2015-02'", "2015-02", "month")],
)
def test_front_matter_forms(value, iso, precision):
    got, problems = front(f"date: {value}", "Nothing dated here.")
    assert (got.value, got.precision, got.estimated, problems) == (iso, precision, False, ())


@pytest.mark.parametrize("text, value", [
    ("Published: 12:05 PM January 8, 2020\n\nTroops at Camp Taji were safe, officials said on Wednesday.", "2020-01-08"),
    ("By Jane Smith | 24 February 2015\n\nThe Government announced a deployment of 106 personnel.", "2015-02-24"),
    ("Wellington, 3 November 2014 - Defence Minister Gerry Brownlee said planners would travel next week.", "2014-11-03"),
    ("Sunday 12 January 2020\n\nForeign Affairs Minister Winston Peters said on Friday the troops were safe.", "2020-01-12"),
    ("Updated 5.32pm, 7 January 2020\n\nThe mission is on hold.", "2020-01-07"),
    # a press release lists its ministers above the date
    ("Mission to end\n\nHon Jacinda Ardern, Prime Minister\nHon Ron Mark, Minister of Defence\n"
     "Rt Hon Winston Peters, Minister of Foreign Affairs\n\n9 June 2019\n\nThe mission at Taji will end in June 2020.",
     "2019-06-09"),
])
def test_a_dateline_dates_the_source_to_the_day(text, value):
    found = estimate(text)
    assert (found.value, found.precision, found.rule) == (value, "day", "dateline")


@pytest.mark.parametrize("text", [
    "Troops left Taji on 3 May 2015.\n\nThe mission went on.",  # a short sentence, not a dateline
    "The talks, held on 3 May 2015 in Baghdad, went well.",
    "Ministers met in Wellington on 3 November 2014 to discuss the deployment.",
])
def test_a_date_in_a_sentence_is_no_dateline(text):
    found = estimate(text)
    assert found is None or found.rule != "dateline"


def test_a_relative_day_of_another_clause_or_another_act_does_not_date_the_event():
    riots = EventSetting("the riots", "2021-11-24", ("rioting in the harbour",))
    other = estimate("We are concerned by the rioting in the harbour, and following yesterday's request we "
                     "have moved quickly to help.", [riots])
    assert other is None or other.rule != "relative to event", other
    # (the day after the event, said as its month: an event phrase may name a neighbouring act)
    assert estimate("Troops arrived after the rioting in the harbour yesterday.", [riots]).value == "2021-11"
    announced = EventSetting("the announcement", "2021-12-01", ("an assessment team",))
    plan = estimate("The minister said an assessment team would deploy on Thursday.", [announced])
    assert plan is None or plan.rule != "relative to event", plan


def test_a_day_told_only_relative_to_an_event_is_stated_as_its_month():
    # "today received the report" next to the event "the report released": another act of the
    # story, days apart; a reader can trust the month, not the day
    report = EventSetting("the report released", "2020-12-08", ("the report",))
    got = estimate("The minister today received the report from the inquiry.", [report])
    assert (got.value, got.precision, got.rule) == ("2020-12", "month", "relative to event"), got
    # a dateline still gives the day
    got = estimate("Wellington, 3 December 2020 - The minister today received the report.", [report])
    assert (got.value, got.precision) == ("2020-12-03", "day"), got


def test_a_source_with_no_paragraphs_is_undated_not_an_error():
    from sourcebook.read import read_source
    document = clean(read_source("x.md", b">"))
    assert document.paragraphs == () and dated(document, ())[0] is None
    assert clean(read_source("y.md", b"---\n{}\n---\n---\n0")).title  # an empty line where a headline might be


def test_a_sites_clock_over_the_headline_gives_way_to_the_storys_own_date_under_it():
    text = ("close\nFriday April 26, 2024\n\nHarbour wall gives way in the storm\n\nBy our correspondents\n"
            "February 25, 2017\n\nHARBOURTOWN: The harbour wall gave way on Friday in the storm, the port said.\n\n"
            "The ferries were held at their moorings.\n")
    assert estimate(text).value == "2017-02-25"


def test_a_pages_widgets_run_into_its_dateline_leave_it_a_dateline():
    text = ("Harbour board closes northern wharf\n\nHarbournews, October 18, 2016 Adjust font size:\n\n"
            "The harbour board on Tuesday closed the northern wharf to cruise ships for the winter.\n")
    assert estimate(text).value == "2016-10-18"


def test_a_dateline_without_a_year_takes_the_one_year_the_storys_events_leave_it():
    events = (EventSetting("the ship's passage", "2021-06-23", ("the passage",)),
              EventSetting("the ambassador summoned", "2021-06-24", ("summoned",)))
    text = ("Harbourtown says warship broke the rules\n\nHARBOURTOWN, June 25. /HNA/. The ministry said on "
            "Friday that the destroyer had broken the rules of the sea.\n")
    assert estimate(text, events).value == "2021-06-25"
    # a story whose events span years leaves the day in more than one: undated
    spread = events + (EventSetting("the treaty", "2019-05-01", ("the treaty",)),)
    assert "undated" in why(text, spread)


def test_a_sites_stamp_with_dashed_numbers_updated_and_created_the_same_day_dates_it():
    text = ("Harbour closes to cruise ships\n\nHNA | Harbourtown | Updated: 25-02-2022 04:51 IST | Created: 25-02-2022 04:51 IST\n\n"
            "The harbour board closed the northern wharf to cruise ships on Friday.\n")
    assert estimate(text).value == "2022-02-25"


def test_a_date_run_into_the_first_paragraph_or_inside_an_agencys_dateline_dates_it():
    glued = ("Mayor defends harbour passage\n\nJune 24, 2021Harbourtown's mayor on Thursday said it was right "
             "to send the ferry through the strait.\n")
    assert estimate(glued).value == "2021-06-24"
    bracketed = ("Harbour regrets passage\n\nHARBOURTOWN (Harbour Point News / HNA - 24th June, 2021) Harbourtown "
                 "regrets the actions of a ferry in the strait, the mayor said on Thursday.\n")
    assert estimate(bracketed).value == "2021-06-24"


def test_a_date_alone_on_its_line_under_a_standfirst_and_a_byline_dates_it():
    text = ("Fake passports used by harbour suspects\n\nSix of the eleven suspects wanted over the wharf fire were using "
            "fake passports, officials said, as the investigation widened to three more countries and two more ports.\n\n"
            "Jo Bloggs, diplomatic editor\n\nTue 16 Feb 2010 08.34 EST\n\n"
            "Officials said today that the passports used by six suspects were fraudulent.\n")
    assert estimate(text).value == "2010-02-16"


def test_a_release_date_before_the_words_press_release_dates_it():
    text = "12.12.2019 - Press release\n\nThe ministry issued the following statement on the wharf.\n\nThe wharf is closed.\n"
    assert estimate(text).value == "2019-12-12"


def test_a_weekday_does_not_date_an_event_told_in_a_clause_about_someone():
    event = EventSetting("Ana Ruiz dies at the wharf", "2019-08-27", ("died after the wharf collapsed",))
    got = estimate("The minister met the harbour board on Tuesday to urge it to act for the family of Ana Ruiz, "
                   "who died after the wharf collapsed.", [event])
    assert got is None or got.rule != "relative to event", got
    got = estimate("Ana Ruiz died after the wharf collapsed on Tuesday.", [event])
    assert got.rule == "relative to event", got


def test_a_record_title_closing_on_its_date_in_brackets_dates_the_record_not_its_posting():
    text = ("Transcript of Press Conference by the Ports Minister on the Harbour Plan (March 16, 2023)\n\n"
            "March 17, 2023\n\nOfficial Spokesperson, Jo Bloggs: Good afternoon and welcome.\n")
    assert estimate(text).value == "2023-03-16"


def test_a_picture_desks_caption_dates_the_picture_not_the_story():
    # "File photo dated ... Issue date: <day>.": the agency's caption for a picture filed days before
    text = ("Wharf plans found in a skip\n\nFile photo dated 12/03/2020 of the harbour wall, which gave way in the "
            "storm, the port has said. Issue date: Wednesday June 23, 2021.\n\n"
            "Plans of the northern wharf were found in a skip early on Tuesday morning, the board said.\n")
    found = estimate(text)
    assert found is None or found.value != "2021-06-29" and "Wednesday June 23" not in found.evidence, found
