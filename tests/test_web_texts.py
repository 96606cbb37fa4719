"""The kinds of failure real web texts showed (issue: extraction that holds on sources nobody
has labelled), each in a short text written for this test: page chrome, datelines, transcripts,
statements, other presses' forms of address and quotation marks."""

from sourcebook.clean import clean
from sourcebook.config import load_settings
from sourcebook.extract import extract
from sourcebook.extract.dating import dated
from sourcebook.extract.people import find_people
from sourcebook.extract.quotes import find_quotes
from sourcebook.read import read_source

from conftest import REPO


def doc(text: str):
    return clean(read_source("x.txt", text.encode()))


def extracted(text: str):
    return extract(doc(text), load_settings(str(REPO / "site.yaml")))


def people(text: str) -> dict:
    found, _ = find_people(doc(text), ())
    return {p.key: p for p in found}


def quotes(text: str) -> list[tuple[str | None, str]]:
    document = doc(text)
    found, mentions = find_people(document, ())
    return [(q.speaker, q.text) for q in find_quotes(document, found, mentions)]


def date_of(text: str):
    estimate, _, why, _ = dated(doc(text), ())
    return estimate, why


# Dates ---------------------------------------------------------------------------------------


def test_a_count_before_a_noun_does_not_date_the_source():
    estimate, why = date_of("A record intake, 1912 cadets, passed out at the academy on the parade ground.")
    assert estimate is None and why.startswith("undated")


def test_a_year_from_someone_past_is_no_date_of_the_report():
    estimate, _ = date_of("The veteran said the ship sank when he served on it in 1982, and he still dreams of it.")
    assert estimate is None
    dated_ = date_of("Nelson, 4 May 2019 - The veteran said the ship sank when he served on it in 1982.")[0]
    assert (dated_.value, dated_.rule) == ("2019-05-04", "dateline")


def test_a_site_clock_above_the_headline_is_not_the_date():
    text = ("Sun, 29 March 2020\n\nLogin\n\nCouncil opens the new harbour bridge to cyclists\n\n"
            "The council opened the harbour bridge to cyclists after a long wait, the mayor said of the bridge.")
    estimate, why = date_of(text)
    assert estimate is None, estimate
    assert "no dateline" in why


def test_a_dateline_with_day_and_month_takes_the_year_of_recent_news():
    text = ("HARBOURTOWN, June 12 (Wire) - The ferry strike that began on 2 June 2016 ended, "
            "the port company said, and sailings resumed.")
    estimate, _ = date_of(text)
    assert (estimate.value, estimate.precision, estimate.rule) == ("2016-06-12", "day", "dateline")
    # with no recent date to lend it a year, it stays undated
    assert date_of("HARBOURTOWN, June 12 (Wire) - The ferry strike ended, the port company said.")[0] is None
    # the agency's bracket marks a dateline without a dash too
    assert date_of("HARBOURTOWN, June 12 (Wire) The ferry strike that began on 2 June 2016 ended, "
                   "the port company said.")[0].value == "2016-06-12"


def test_a_crawler_stamp_gives_way_to_the_source_own_dateline():
    text = "date 2018-10-22 October 20, 2018 – Harbourtown – Ministry of Ferries\n\nThe Minister issued a statement today."
    estimate, _ = date_of(text)
    assert estimate.value == "2018-10-20"


def test_a_crawler_stamp_before_what_the_story_reports_as_past_is_not_its_date():
    text = ("date 2017-07-11 Harbour master found guilty of wharf collapse\n\n"
            "A court on Wednesday found the harbour master guilty over the wharf that fell on August 23, 2019, "
            "killing two workers. He was arrested in December 2019.\n")
    estimate, why = date_of(text)
    assert estimate is None or estimate.value >= "2019-12", (estimate, why)
    # a stamp the story does not contradict still dates it
    estimate, _ = date_of("date 2019-12-20 Harbour master arrested\n\nThe harbour master was arrested on Monday.\n")
    assert estimate.value == "2019-12-20"


# Titles --------------------------------------------------------------------------------------


def test_page_chrome_and_a_masthead_are_not_the_title():
    text = ("Skip to main content\nMenu\nThe Harbourtown Chronicle\nWelcome\nLogin to access your account\n\n"
            "Ferry workers end strike after pay deal\n\n"
            "Ferry workers in Harbourtown have ended their strike after the port company offered a pay deal, "
            "and the first ferries sailed on Monday. The strike had stopped every ferry for ten days.")
    document = doc(text)
    assert document.title == "Ferry workers end strike after pay deal"
    assert all(p.text not in ("Menu", "Welcome", "The Harbourtown Chronicle") for p in document.paragraphs)


def test_a_site_suffix_is_cut_from_the_headline_and_its_date_kept():
    document = doc("Port reopens after the storm | News | Coast FM | 28.09.2021\n\n"
                   "The port reopened after the storm, the harbourmaster said, and the storm damage was repaired.")
    assert document.title == "Port reopens after the storm"
    assert dated(document, ())[0].value == "2021-09-28"


def test_breadcrumbs_are_no_headline_and_a_bullet_is_no_part_of_one():
    story = ("\n\nThe ferries ran again on Monday after the strike ended, and the port company said "
             "the pay deal would hold for three years.")
    menu = doc("- Home\n- News releases\n- Ferries running again after strike\nFerries running again after strike" + story)
    assert menu.title == "Ferries running again after strike"
    single = doc("Aug 11, 2021 05:46 UTC\n  • Ferries running again after the strike" + story)
    assert single.title == "Ferries running again after the strike"


def test_a_labelled_title_field_is_the_headline():
    text = ("\"The Ports Archive\" Database (Editor: JONES Mary)\nRecords of harbour boards and ferry companies\n"
            "Institute for Maritime History, The University of the Coast\n\n"
            "[Title] Statement by the Harbourmaster on the Ferry Strike\n\n[Date] March 3, 2021\n\n"
            "The ferries ran again on Monday after the strike ended, the harbourmaster said.")
    document = doc(text)
    assert document.title == "Statement by the Harbourmaster on the Ferry Strike"
    assert dated(document, ())[0].value == "2021-03-03"


def test_a_title_taken_from_the_first_line_stops_at_its_first_sentence():
    document = doc("Harbour Board Minutes #12 of the 3rd Board, 1st Session. (The original is in the archive.) "
                   "The word of the day was tide.\n\nThe board met at noon, and the chair opened the meeting.")
    assert document.title == "Harbour Board Minutes #12 of the 3rd Board, 1st Session"


def test_answers_in_a_press_conference_are_those_of_the_person_its_title_names():
    text = ("Press Conference by Minister Lowe\n\n"
            "Q: Please share your thoughts on the strike that ended yesterday.\n\n"
            "A: The ferries are running again and the workers have a fair deal.\n\n"
            "The deal will hold for three years, and we will review it after two.\n\n"
            "Q: Will fares go up?\n\nA: Fares will stay as they are this year.")
    assert [q[0] for q in quotes(text)] == [None, "lowe", "lowe", None, "lowe"]
    # with nobody named in the title, an answer is nobody's we can name, and "A" is no one's name
    untitled = quotes(text.replace("Press Conference by Minister Lowe", "Press conference on the ferries"))
    assert [q[0] for q in untitled] == [None] * 5


def test_a_transcript_heading_is_its_title_and_the_first_turn_stays_in_the_body():
    document = doc("Press conference - Harbourtown\n\nMINISTER: Good morning. The ferries are running again.")
    assert document.title == "Press conference - Harbourtown"
    assert document.paragraphs[0].text.startswith("MINISTER:")


def test_furniture_and_credits_leave_the_text():
    document = doc("Ferry strike ends\n\nThe strike ended on Monday, the union said today in a statement.\n"
                   "Expand\nThe minister greets workers. (Picture: Wire)\nRead more\nThe ferries sailed at noon.")
    texts = [p.text for p in document.paragraphs]
    assert "Expand" not in texts and "Read more" not in texts
    assert not any("(Picture: Wire)" in t for t in texts)


# Names ---------------------------------------------------------------------------------------


def test_a_month_that_is_a_name_stays_in_it():
    found = people("Prime Minister Theresa May met Internal Affairs Minister Jan Tinetti in May 2019.")
    assert {"theresa-may", "jan-tinetti"} <= set(found) and "theresa" not in found


def test_a_verb_or_a_headline_word_stays_out_of_a_name():
    found = people("Drought Minister Bert Vale visits farms\n\nDefence Secretary Gavin Rowe has said the ships will sail.")
    assert {"bert-vale", "gavin-rowe"} <= set(found)
    assert not any(k.startswith("drought") or k.endswith("-has") for k in found)


def test_a_rank_and_a_form_of_address_are_no_part_of_a_name():
    found = people("Assistant Commissioner Nia Okafor said the inquiry went on. "
                   "The Honourable Luc Benoit, Minister of Transport, issued a statement.")
    assert "nia-okafor" in found and "luc-benoit" in found
    assert found["luc-benoit"].role.title == "Minister of Transport"


def test_things_that_are_not_people():
    found = people("Listen Above\nRead More\nIn Photo\n\nThe El Nino weather brought rain to Elizabeth Gardens, "
                   "and Counter Terrorism Policing said the park was safe. Training Academy staff agreed.")
    assert found == {}


def test_a_name_with_an_attributive_suffix_is_the_person_before_it():
    found = people("Port row\n\nThe union rejected claims by the Anna Kowalczyk-led board that the strike was illegal.")
    assert set(found) == {"anna-kowalczyk"}


def test_a_capitalised_run_after_the_or_a_post_or_a_portfolio_is_no_person():
    text = ("Envoy visits port\n\nDeputy Trade Minister Ivo Brandt met Peter Lind, Personal Representative of the "
            "former Premier Ana Lowe. Brandt, who is the special envoy for the Baltic Coast and Islands, "
            "said talks went well. The Minister of Transport, Ports and Citizenship Maria Holm agreed.")
    found = set(people(text))
    assert {"ivo-brandt", "peter-lind", "ana-lowe"} <= found
    assert not found & {"personal-representative", "baltic-coast", "citizenship-maria-holm"}, found


def test_a_title_case_headline_name_must_be_confirmed_by_the_story():
    story = "\n\nThe minister met fishermen in the port town on Tuesday to explain the plan for the harbour."
    assert "seeks-support" not in people("Trade Minister Seeks Support From Fishing Federation Over Harbour" + story)
    # a surname after a title, or a name the story repeats, is read as ever
    assert "lowe" in people("Press Conference by Minister Lowe (Excerpt)" + story)


def test_a_first_name_alone_joins_the_full_name():
    found = people("Police Minister Aroha Tane spoke at the hui. Later Aroha said the police would return.")
    assert list(found) == ["aroha-tane"]


def test_people_introduced_by_a_description_a_byline_and_a_list():
    text = ("By Helen Marsh\n\nFormer army engineer Tomas Varga and his son were taken to hospital, "
            "police said. Mr Varga was stable, and opposition leader Ana Ruiz visited him.")
    assert {"helen-marsh", "tomas-varga", "ana-ruiz"} <= set(people(text))


# Ministers -----------------------------------------------------------------------------------


def test_a_headline_title_is_the_minister_the_story_opens_on():
    found = people("Transport Minister praises ferry crews\n\nAroha Tane said the crews had done well.")
    assert found["aroha-tane"].role.title == "Transport Minister"


def test_a_portfolio_word_is_not_a_person():
    found = people("Aroha Tane\nMinister, Arts, Culture and Heritage\nMinister of Police\n\nGood afternoon, everyone.")
    assert list(found) == ["aroha-tane"]
    assert found["aroha-tane"].role is not None


def test_a_department_secretary_is_no_minister():
    found = people("The Secretary of Defence Greg Hale and the Chief of the Defence Force stood beside him.")
    assert found["greg-hale"].role is None


# Quotes --------------------------------------------------------------------------------------


def test_british_single_quotation_marks_are_quotes():
    got = quotes("The minister said the attack was ‘a reckless act that we will answer’, "
                 "adding: ‘We stand with our allies.’ Navalny’s team’s lawyers agreed.")
    assert [t for _, t in got] == ["a reckless act that we will answer", "We stand with our allies."]


def test_a_statement_block_is_its_minister_words():
    got = quotes("Foreign Minister Lena Park issued the following statement:\n\n"
                 "“We condemn the attack on the embassy.\n\n"
                 "We call for calm.")
    assert got == [("lena-park", "We condemn the attack on the embassy."), ("lena-park", "We call for calm.")]


def test_a_transcript_turn_runs_on_and_a_surname_label_is_its_person():
    got = quotes("Interview with Host Ana Ruiz\n\nANA RUIZ: How was the trip?\n\nMINISTER: It was long.\n\n"
                 "We saw the ferries and the crews.\n\nRUIZ: Thank you for your time.")
    assert got == [("ana-ruiz", "How was the trip?"), (None, "It was long."),
                   (None, "We saw the ferries and the crews."), ("ana-ruiz", "Thank you for your time.")]


def test_a_quote_whose_speaker_is_named_only_where_they_speak():
    got = quotes('"The crews did well," Aroha Tane said.')
    assert got == [("aroha-tane", "The crews did well")]


def test_an_undated_source_says_why_in_the_export():
    extraction = extracted("The ferry strike, which began in 2015, is over, the union says.")
    assert extraction.date is None and extraction.undated_why.startswith("undated")


def test_he_or_she_is_the_one_who_last_spoke_not_the_one_first_named():
    got = quotes("The dispute over Lena Park's visa has been politicised, ministry spokeswoman Ina Berg said. "
                 '"No evidence has been given to us," she told reporters.')
    assert got == [("ina-berg", "No evidence has been given to us")]


def test_a_verb_of_speech_in_the_passive_names_no_speaker():
    got = quotes("The inquiry led by Judge Tom Reed found no plot, as claimed in a book.\n\n"
                 '"We let our people down," Commander Ana Ruiz said.\n\n"We are sorry for that."')
    assert got[-1][0] == "ana-ruiz"


def test_a_family_name_written_first_is_the_speaker_named_by_it():
    got = quotes('Huawei executive Meng Wanzhou landed on Saturday. "I am home at last," Meng said.')
    assert got == [("meng-wanzhou", "I am home at last")]


def test_words_after_a_quote_that_go_on_with_the_sentence_name_no_one():
    got = quotes("France ‘stabbed in the back’ by its ally, says minister")
    assert got == [(None, "stabbed in the back")]


def test_a_relative_named_by_a_first_name_bears_the_family_name():
    found = people("Former army engineer Tomas Varga and his daughter Ilona were found unwell on a bench.")
    assert {"tomas-varga", "ilona-varga"} <= set(found)


def test_honours_after_a_name_and_royal_styles_before_it():
    found = people("A joint release with the Hon. Mia Kerr MP, Minister for Roads, and "
                   "Foreign Minister Sheikh Omar bin Rashid Al Fahim, who visited the port.")
    assert found["mia-kerr"].role.title == "Minister for Roads"
    assert found["omar-bin-rashid-al-fahim"].role.title == "Foreign Minister"


def test_a_lowercase_premier_after_a_place_is_a_title():
    found = people("Pressure grew, including from Northland premier Ana Ruiz, to close the port.")
    assert found["ana-ruiz"].role.title == "Premier"


def test_a_speaker_role_under_a_name_is_not_the_headline():
    document = doc("Aroha Tane\nMinister, Ports and Harbours\nPrime Minister\n"
                   "Good afternoon. I will talk about the ports and the harbours today, and about the ferries.")
    assert document.title == "Aroha Tane"
    assert [p.text for p in document.paragraphs][:2] == ["Minister, Ports and Harbours", "Prime Minister"]


def test_today_on_the_anniversary_of_an_event_is_its_next_anniversary():
    from sourcebook.model import EventSetting
    event = EventSetting("the harbour fire", "2020-08-20", ("the harbour fire",))
    estimate, _, _, _ = dated(doc("Today, on the anniversary of the harbour fire, the council unveiled a plaque. "
                               "The new wharf opened in March 2021."), (event,))
    assert (estimate.value, estimate.rule) == ("2021-08-20", "anniversary of event")


def test_every_quote_of_a_speaker_named_by_surname_is_theirs():
    got = quotes('Ferry chief Ana Ruiz landed. "We are back," Ruiz said. "The crews did well," Ruiz said.')
    assert [s for s, _ in got] == ["ana-ruiz", "ana-ruiz"]


def test_an_age_for_a_name_is_the_person_the_text_is_about():
    got = quotes('Opposition leader Ana Ruiz was released on Monday. "I am well," the 44-year-old said.')
    assert got == [("ana-ruiz", "I am well")]


def test_a_verb_before_a_short_quote_names_its_speaker_when_a_pronoun_after_fits_nobody():
    got = quotes("Kerr said the council would not 'cut and run' as he announced the plan. Mia Kerr is the mayor.")
    assert got[0][0] == "mia-kerr"


def test_a_wire_dateline_or_a_subheading_in_capitals_is_no_speaker():
    assert quotes("HARBOURTOWN: Ferry workers went back to work today after the strike.\n\n"
                  "The union called it a good day for the port and its crews.") == []
    assert quotes("Ferry workers went back to work today after the strike.\n\n"
                  "SAD DAY: The union called it a sad day for the port and its crews.") == []


def test_the_opening_words_of_a_longer_name_are_that_person():
    found = people("Interior Minister Prince Omar bin Saud bin Rashid condemned the report. "
                   "Prince Omar bin Saud said in a statement that the claims were false.")
    assert list(found) == ["omar-bin-saud-bin-rashid"]


def test_a_date_far_above_the_headline_is_the_page_not_the_story():
    text = ("December 6, 2021\n\nNews\n\nNews Network\n\nCouncil sanctions the ferry company over the strike\n\n"
            "The council sanctioned the ferry company over the strike, which stopped every ferry.")
    assert date_of(text)[0] is None
    near = date_of("19 Mar 2019\n\nCouncil sanctions the ferry company over the strike\n\n"
                   "The council sanctioned the ferry company over the strike, which stopped every ferry.")[0]
    assert near.value == "2019-03-19"


def test_an_undated_source_takes_the_one_phase_its_bounds_allow():
    extraction = extracted("Troops stayed on base after Soleimani's killing, and the council met.")
    assert extraction.date is None or extraction.date.rule != "explicit date"
    undated = extracted("Officials met to discuss what followed the killing of Qassem Soleimani.")
    assert undated.date is None and undated.phase.phase == "suspension"
    assert "only suspension fits" in undated.phase.evidence[0]


def test_names_with_accents_and_a_joined_particle_are_people():
    text = ("Diplomacy\n\nIn a radio interview, Zeynep Öztürk outlined the talks with her neighbours.\n\n"
            "\"We will keep talking,\" Öztürk said.\n\n"
            "At the embassy, Karim al-Haddad stressed that the border would stay open.\n\n"
            "\"Nobody wants a closed border,\" he said. Haddad noted the queues had shrunk.")
    found = people(text)
    assert {"zeynep-ozturk", "karim-al-haddad"} <= set(found), found
    assert "haddad" not in found and "ozturk" not in found
    assert quotes(text) == [("zeynep-ozturk", "We will keep talking"), ("karim-al-haddad", "Nobody wants a closed border")]


def test_a_name_owning_the_word_after_it_is_no_speaker():
    found = people("Harbour Plans\n\nMayor Ana Lowe spoke.\n\nPeter Vance's comments on the plan were dismissed by the mayor.")
    assert "peter-vances" not in found and not any(k.endswith("vances") for k in found), found


def test_an_abbreviation_in_a_title_does_not_end_the_sentence():
    text = "Harbour talks\n\n\"The port will reopen next week,\" U.S. Secretary of State Dana Holt said on Monday."
    assert quotes(text) == [("dana-holt", "The port will reopen next week")]


def test_the_pronoun_opening_a_sentence_is_its_speaker_not_a_name_inside_it():
    text = ("Ports\n\nTrade Minister Dana Holt met the unions on Monday.\n\n"
            "She noted that President Ivo Brandt had closed two ports and said: \"We cannot wait for him.\"")
    assert quotes(text) == [("dana-holt", "We cannot wait for him.")]


def test_a_verb_that_puts_words_in_the_subject_mouth_names_the_speaker():
    text = ("Ports\n\nTrade Minister Dana Holt on Friday called the closure \"a blow to every exporter\", "
            "adding that farmers were \"paying for a quarrel they did not start\".\n\n"
            "The mayor was called \"a coward with a chain of office\" in the debate.")
    found = quotes(text)
    assert found[:2] == [("dana-holt", "a blow to every exporter"), ("dana-holt", "paying for a quarrel they did not start")]
    assert found[2][0] is None  # the passive puts the words in nobody's mouth


def test_whom_a_speaker_tells_is_not_the_speaker():
    text = ("Visit\n\nPrime Minister Ivo Brandt visited the town on Thursday.\n\n"
            "One resident told Brandt he should be \"ashamed of what he has done\" to the valley.")
    assert quotes(text) == [(None, "ashamed of what he has done")]


def test_a_verb_of_speech_wins_over_a_verb_inside_what_was_reported():
    text = ("Talks\n\nTrade Minister Dana Holt is in Oslo.\n\nAfter a meeting with the envoy Ivo Brandt, Ms Holt said "
            "she had called on the port authority to hold a \"full and open inquiry\" into the closure.")
    assert quotes(text) == [("dana-holt", "full and open inquiry")]
    # a name the text does not make a person still stops the sentence's first name from speaking
    assert quotes(text.replace("Dana Holt", "Dana Fox"))[0][0] != "ivo-brandt"


def test_a_surname_after_a_comma_is_that_person_not_part_of_a_longer_name():
    text = ("Visit\n\nSpokesman Tor Lind said opposition leader Mira Kask was visited in hospital.\n\n"
            "In a post on Twitter, Kask denied the visit was \"secret\".\n\n"
            "\"There was a visit, but it was a private one,\" the 51-year-old wrote.")
    assert quotes(text)[-1] == ("mira-kask", "There was a visit, but it was a private one")


def test_a_sentence_opening_with_she_keeps_her_as_the_one_it_is_about():
    text = ("Briefing\n\nSpokeswoman Ilse Varga said the claims were false.\n\n"
            "She pointed to the case of opposition leader Mira Kask in the capital. \"Look how many stories there are,\" she noted.")
    assert quotes(text)[-1][0] == "ilse-varga"


def test_a_named_speaker_after_the_verb_is_who_goes_on_speaking():
    text = ("Fires\n\nPrime Minister Ivo Brandt was criticised for his holiday, says Radio North reporter Ana Lowe.\n\n"
            "\"People here feel abandoned while the fires burn around them,\" Ms Lowe said.\n\n"
            "\"And they are angry, with good reason, about the whole affair.\"")
    assert [q[0] for q in quotes(text)] == ["ana-lowe", "ana-lowe"]
    # and the narration before any quote: the one who speaks is the one named after 'says'
    text = text.replace('," Ms Lowe said.', '."')
    assert quotes(text)[0][0] == "ana-lowe"


def test_a_quoted_subheading_is_nobody_words_here():
    text = ("Grief\n\nThe imam Omar Said spoke to the crowd.\n\n\"We stand together as one,\" he said.\n\n"
            "‘A gentle neighbour’\n\nOne of the dead was a teacher who ran a chess club.")
    assert quotes(text) == [("omar-said", "We stand together as one"), (None, "A gentle neighbour")]


def test_a_headline_quote_echoing_the_story_is_its_speaker():
    # "says minister" names nobody; the story gives the words to one of its two ministers
    # (a crawled page: the headline with a date stamp, then the headline again with plain marks)
    text = ("date 2021-03-16 Owners ‘sold us out’ on the port sale, says minister\n\n"
            "Owners 'sold us out' on the port sale, says minister\n\n"
            "Trade Minister Ana Lowe spoke of her anger on Monday at the sale of the port.\n\n"
            "\"They sold us out behind our backs,\" Ms Lowe said.\n\n"
            "Finance Minister Ivo Brandt said: \"The owners will keep every worker on.\"")
    assert ("ana-lowe", "sold us out") in quotes(text)
    # words the story gives to nobody, or to two people, leave the headline's quote with nobody
    both = text.replace("will keep every worker on", "sold us nothing, out of spite")
    assert (None, "sold us out") in quotes(both)


def test_the_country_s_minister_is_the_one_minister_of_that_title():
    text = ("Ferries\n\nForeign Minister Ana Lowe spoke in Harbourtown.\n\n"
            "Addressing reporters, the Norwegian Foreign Minister said: \"The ferries will run again on Monday.\"")
    assert quotes(text) == [("ana-lowe", "The ferries will run again on Monday.")]
    # two Foreign Ministers of unsaid countries: which one the text means, it does not say
    two = text.replace("spoke in Harbourtown.", "and Foreign Minister Ivo Brandt spoke in Harbourtown.")
    assert quotes(two)[0][0] is None


def test_a_surname_that_speaks_as_he_or_she_is_a_person():
    text = ("Ferries\n\nLowe said that she had raised the strike with the port company. "
            "\"We want the ferries back,\" she said.\n\nHarbourtown said it would pay the workers.")
    assert "lowe" in people(text) and "harbourtown" not in people(text)
    assert quotes(text) == [("lowe", "We want the ferries back")]


def test_a_pronoun_opening_the_next_sentence_is_no_tag_of_the_quote():
    text = ("Ferries\n\nMayor Ivo Brandt spoke first.\n\n"
            "Asked about the deal, Trade Minister Ana Lowe said, \"My view is clear. I want the ferries back.\" "
            "He said the port company had agreed.")
    assert quotes(text) == [("ana-lowe", "My view is clear. I want the ferries back.")]


def test_a_coordinated_verb_of_speech_keeps_the_sentence_subject():
    text = ("Ferries\n\nIvo Brandt said the ferries were late. In a speech, Mr Brandt blamed \"poor planning\" and said the town had been "
            "\"left out in the cold\".")
    assert ("ivo-brandt", "left out in the cold") in quotes(text)
    # the person spoken to is no subject: an unnamed protester said it
    told = ("Ferries\n\nOne worker told Mayor Ivo Brandt he should be \"ashamed\" and said he had "
            "\"left the town in the cold\".")
    assert (None, "left the town in the cold") in quotes(told)


def test_a_statement_paragraph_after_another_speaker_quote_is_that_speaker():
    text = ("Deployment\n\nHon Ana Lowe\n\nForeign Minister Ana Lowe and Defence Minister Ivo Brandt today announced a deployment.\n\n"
            "\"The mission will run for two years,\" Ms Lowe said.\n\n"
            "Mr Brandt said forty staff would go.\n\n"
            "\"The staff will train local engineers and medics,\" Mr Brandt says.\n\n"
            "\"It is important that the gains are not lost.\"")
    assert [q[0] for q in quotes(text)] == ["ana-lowe", "ivo-brandt", "ivo-brandt"]


def test_a_given_name_a_reader_knows_makes_a_pair_of_words_a_person():
    text = ("Talks\n\nThe envoy raised the case of Matthew Corbel, held since May, and sent regards to "
            "Hatice Demirel. The Ruby Valley Road was closed and Grace Church stayed open.")
    found = people(text)
    assert {"matthew-corbel", "hatice-demirel"} <= set(found), found
    assert not {"ruby-valley", "grace-church"} & set(found)


def test_two_given_names_share_the_family_name_after_them():
    found = people("Inquiry\n\nThe attack on Sergei and Yulia Varenko shocked the town of Oakby.")
    assert {"sergei-varenko", "yulia-varenko"} <= set(found), found


def test_a_description_inside_a_capitalised_run_is_not_the_name():
    found = people("Court\n\nShipping firm CFO Lan Zhiwei was arrested; Executive Board Director Lan Zhiwei denies it.")
    assert "lan-zhiwei" in found and "board-director" not in found, found


def test_an_apposition_says_a_person_only_with_a_word_for_one():
    found = people("Visit\n\nThey were met by Tomas Brandl, Canada's ambassador to Peru. "
                   "Funds went to Kaupapa Rangahau, the extremism research centre, this year.")
    assert "tomas-brandl" in found and "kaupapa-rangahau" not in found, found


def test_photo_credits_name_nobody_of_the_story():
    text = ("Fire crews\n\nCrews at the fire line. Photo: Radio North / Colin Marsh\n\n"
            "A ship left port with water.(City News: Alison Perry)\n\n"
            "The premier on the beach. Photograph: Daniel Wray/Agency Images\n\n"
            "Fire chief Ana Lowe said crews were tired.")
    assert set(people(text)) == {"ana-lowe"}


def test_words_run_together_by_markup_are_no_name():
    found = people("Envoy returns\n\nAfter President DoeJohn DoeSmith lays down demands said the envoy Ana Lowe.")
    assert not any("doejohn" in k or "doesmith" in k for k in found), found
    # a surname that only begins like "Mac" or "De" is no prefix: "MacleanRobert" is two words glued
    found = people("Envoy returns\n\nPresident Robert MacleanRobert Ian MacleanScottish said the envoy Ana Lowe.")
    assert not any("macleanrobert" in k or "macleanscottish" in k for k in found), found
    # while "MacKenzie" and "DeLuca" are one name each
    assert {"fiona-mackenzie", "paul-deluca"} <= set(people("Fiona MacKenzie said so, and Paul DeLuca said so."))


def test_a_reporter_byline_does_not_head_a_statement():
    text = ("Envoy summoned over poisoning\n\n‘There is a case to answer,’ says ministry\n\nAshley Corbel\n\n"
            "Political Correspondent\n\nThe envoy was summoned, Foreign Minister Ana Lowe said.\n\n"
            "A spokesperson for the ministry added: \"The government registered its concern about the poisoning.\"\n\n"
            "\"It is unacceptable that a banned weapon was used against him.\"")
    assert [q[0] for q in quotes(text)][-2:] == [None, None]


def test_a_name_in_brackets_after_a_title_is_its_holder():
    found = people("Ties\n\nHe said the positions of the defence minister [Ivo Brandt] and the foreign minister (Tui Kava) were clear.")
    assert found["ivo-brandt"].role.title == "Defence Minister" and found["tui-kava"].role.title == "Foreign Minister", found


def test_a_speaker_after_a_comma_is_not_named_by_the_lowercase_title_before_it():
    found = people("Summons\n\nThe envoy must explain the attack on the country's opposition leader, Tomas Brandl has said.")
    assert found["tomas-brandl"].description == "", found


def test_a_date_alone_far_above_the_headline_is_the_page_not_a_bound():
    text = ("December 6, 2031\n\nNews\n\nMenu\n\nSearch\n\nHarbour bridge reopens to cyclists\n\n"
            "The council reopened the harbour bridge to cyclists, as it promised in January 2019.")
    estimate, why = date_of(text)
    assert estimate is None and "2031" not in why, why


def test_one_date_read_as_past_and_as_planned_bounds_no_phase():
    extraction = extracted("Troop pullout in March 2020 follows the deaths\n\n"
                           "Officials said the trainers would be withdrawn in March 2020, after the talks.")
    assert extraction.date is None and extraction.phase.phase is None, extraction.phase


def test_the_days_the_text_allows_decide_the_phase_of_a_month():
    # "2015-02" is mostly Planning; the weekday and date say the 25th, which is Deployment
    extraction = extracted("Trainers leave for the base\n\n"
                           "On Wednesday 25 February 2015 the trainers left Auckland for the base, officials said.")
    assert extraction.date.value.startswith("2015-02") and extraction.phase.phase == "deployment", extraction


def test_a_cue_of_a_phase_the_dates_rule_out_does_not_place_the_source():
    extraction = extracted("Minister reflects on the mission\n\n"
                           "A year after the killing of Qassem Soleimani, the minister recalled the contingency "
                           "training and the reconnaissance trips that came long before.")
    assert extraction.phase.phase != "planning", extraction.phase


def test_a_day_month_year_joined_by_hyphens_is_a_date():
    estimate, _ = date_of("Ministry of Trade\n\n01-May-2017 17:18 IST\n\nThe minister opened the standards conclave.")
    assert estimate is not None and estimate.value == "2017-05-01", estimate


def test_a_rank_misspelt_as_a_surname_is_still_a_rank():
    text = ("Inquiry report\n\nAir Marshall Tane Rowe has apologised for the errors.\n\n"
            "Air Marshall Rowe, the chief of the air force, spoke to media.\n\n"
            "\"The errors were ours,\" Air Marshall Rowe said.")
    assert set(people(text)) == {"tane-rowe"}, people(text)
    assert quotes(text) == [("tane-rowe", "The errors were ours")]


def test_a_date_opening_a_clause_takes_the_tense_of_that_clause():
    estimate, why = date_of("Reef plan\n\nWe are a partner of the reef network, which is designed to share "
                            "practice, and in 2031-33 the country will chair the network.")
    assert estimate is None and "written after" not in why and "(planned)" in why, why


def test_a_person_the_text_calls_by_given_name_is_that_person():
    text = ("Crash\n\nPrime Minister Amir Hashim Razali has demanded justice for the crash.\n\n"
            "Amir said President Tomas Brandl had promised an inquiry.\n\n"
            "He said the airline had received no distress call.\n\n"
            "\"The route was declared safe by the aviation authorities,\" he added.")
    assert quotes(text)[-1][0] == "amir-hashim-razali"


def test_a_name_that_owns_something_is_not_the_subject_of_the_verb_after_it():
    text = ("Warning\n\nOfficials said the envoy warned the government to release Ana Lowe or face "
            "\"grave consequences\" for ignoring Ana Lowe's rights, calling the arrest \"unlawful and vile in nature.\"")
    assert [q for q in quotes(text) if q[1].startswith("unlawful")][0][0] != "ana-lowe"


def test_a_given_name_an_editor_put_in_brackets_is_part_of_the_name():
    found = people("Holiday\n\n\"The work has been well managed by the Acting Prime Minister, Minister [Tui] Kava,\" he said.")
    assert found["tui-kava"].role.title == "Minister", found


def test_a_name_before_a_title_whose_portfolio_runs_on_holds_it():
    found = people("Package\n\nThe Hon. Ana Lowe MP, Minister for the National Flood Relief Scheme and Minister "
                   "for Roads, announced the package today.")
    assert found["ana-lowe"].role.title.startswith("Minister for the National Flood Relief Scheme"), found
    assert not any("scheme" in k for k in found), found


# A parliament's record and a government's release page ---------------------------------------

DEBATE = ("Skip to main content\nHansard\nCanal Collapse - Hansard - Parliament\nHansard\nCanal Collapse\n"
          "Volume 812: debated on Wednesday 3 March 2021\nShare this debate\n2.14 pm\n"
          "The Secretary of State for Waterways (Nora Quill)\n"
          "With permission, I shall make a statement about the collapse of the canal bank at Ebbridge on Sunday.\n"
          "Nobody was hurt, and the towpath will reopen within the month.\n"
          "Ben Tarrant (Ebbridge North) (Lab)\n"
          "I am grateful for advance sight of the statement. Why were the warnings of the lock keepers ignored?\n"
          "Nora Quill\n"
          "The warnings were heeded, and the inspection was brought forward by a week.\n")


def test_a_parliament_record_dates_itself_and_its_debate_title_is_the_headline():
    document = doc(DEBATE)
    assert document.title == "Canal Collapse"
    estimate = dated(document, ())[0]
    # the debate's own date, though the text reports a Sunday after it
    assert (estimate.value, estimate.rule) == ("2021-03-03", "dateline"), estimate
    cited = dated(doc("HC Deb 9 May 2001 vol 368 cc20-31\n\nThe Minister said on Monday that the bill would pass.\n"), ())[0]
    assert cited.value == "2001-05-09", cited


def test_a_debate_speaker_line_gives_the_paragraphs_below_it_to_that_speaker():
    found = quotes(DEBATE)
    assert found[:4] == [
        ("nora-quill", found[0][1]), ("nora-quill", found[1][1]), ("ben-tarrant", found[2][1]), ("nora-quill", found[3][1]),
    ], found
    assert found[0][1].startswith("With permission") and found[3][1].startswith("The warnings were heeded")
    assert people(DEBATE)["nora-quill"].role.title == "Secretary of State for Waterways"
    # one speaker line is no debate: a release's "Name (Office)" heads nothing
    assert quotes("Flood grants\n\nAna Lowe (Hillcrest)\nThe council will pay flood grants from Monday to every household.\n") == []


def test_a_cookie_banner_is_no_headline_and_a_statement_begins_below_its_introduction():
    text = ("Skip to main content\nCookies on RIVERS.GOV\nWe use some essential cookies to make this service work.\n"
            "Accept additional cookies\nReject additional cookies\nView cookies\nRIVERS.GOV\nHome\n"
            "Press release\nWaterways Secretary responds to canal collapse\n"
            "The Waterways Secretary has responded to the collapse of the canal bank at Ebbridge.\n"
            "Published\n4 March 2021\nWaterways Secretary Nora Quill said:\n"
            "The collapse at Ebbridge is a serious failure and the inspection regime will be reviewed.\n"
            "We owe that to the families who live beside the canal.\nFurther information\n")
    document = doc(text)
    assert document.title == "Waterways Secretary responds to canal collapse"
    assert dated(document, ())[0].value == "2021-03-04"
    found = quotes(text)
    assert [s for s, _ in found] == ["nora-quill", "nora-quill"], found
    assert found[0][1].startswith("The collapse at Ebbridge")


RECORD = ("Skip to main content\nFerry Safety\nVolume 640: debated on Thursday 8 April 2021\n"
          "[Dame Ada Ferris in the Chair]\nShare this debate\n"
          "To ask the Secretary of State for Transport, if he will make a statement on ferry safety\n"
          "I am grateful to the hon. Member for raising this question. The inspectors will report next month.\n"
          "I beg to move,\n")


def test_a_record_of_a_debate_without_speaker_names_gives_its_speeches_to_nobody():
    document = doc(RECORD)
    assert document.title == "Ferry Safety"  # a short heading over its date line, not the question
    found = quotes(RECORD)
    assert [s for s, _ in found] == [None, None, None], found
    assert [t.split()[0] for _, t in found] == ["To", "I", "I"], found
    # the same paragraphs in a news story are the writer's, not speeches
    assert quotes(RECORD.replace("debated on ", "")) == []


def test_a_section_breadcrumb_or_a_chair_note_is_no_headline():
    document = doc("Ferries / Harbour Islands\n\nFerries resume between the islands\n\n"
                   "Ferries between the islands resumed on Monday after the strike ended, and the islands cheered.")
    assert document.title == "Ferries resume between the islands"


def test_a_description_that_opens_the_sentence_is_its_subject_not_a_person_named_after_it():
    text = ("Court\n\n\"No hearing was held today,\" Chief Judge Omar Haddad said on Sunday.\n\n"
            "The court's spokesman dismissed reports that Ana Lowe would face a second trial after "
            "Foreign Minister Tom Reyes visited, saying, \"These reports are simply false.\"")
    assert dict((t, s) for s, t in quotes(text)).get("These reports are simply false.") != "ana-lowe"


def test_a_name_then_an_auxiliary_or_an_adverb_is_the_subject_of_the_verb():
    text = ("Talks\n\nThe cabinet will meet on Friday, but foreign minister Tom Reyes has already said "
            "'the last piece of the puzzle is in place'.")
    assert quotes(text)[0][0] == "tom-reyes"


def test_a_rank_inside_a_long_capitalised_run_and_a_double_nationality_are_no_part_of_a_name():
    found = people("Deploy\n\nCommander Joint Forces Southland Rear Admiral Tom Reyes said the ships would sail.\n\n"
                   "Reports that Turkish-Canadian Ana Lowe had been freed were denied, Ms Lowe's lawyer said.")
    assert "tom-reyes" in found and not any(k.endswith("-tom-reyes") for k in found), found
    assert not any(k.startswith("turkish") for k in found), found


def test_a_member_named_by_seat_and_a_portfolio_the_vocabulary_lacks():
    found = people("Question\n\nI thank the hon. Member for Northtown and Ebbridge (Ana Lowe) for her question, "
                   "and my right hon. Friend the Member for Southport (Mr Tom Reyes).\n\n"
                   "I met Harbour Islands Minister of Foreign Affairs and Ocean Trade Omar Haddad by video link.\n\n"
                   "The talks were opened on Monday by the Minister of the Coastal Waters Nora Quill during a visit.")
    assert found["ana-lowe"].description == "Member for Northtown and Ebbridge" and found["ana-lowe"].role is None
    assert "tom-reyes" in found, found
    assert found["omar-haddad"].role.title.endswith("Minister of Foreign Affairs and Ocean Trade"), found
    assert found["nora-quill"].role.title == "Minister of the Coastal Waters", found
    listed = people("Talks\n\nShe spoke alongside the Minister of Ports, Ferries and Harbours Tom Reyes, who said little.")
    assert listed["tom-reyes"].role.title == "Minister of Ports, Ferries and Harbours", listed


def test_a_counterpart_from_any_country_holds_the_minister_title_there():
    found = people("Talks\n\nPortuguese Foreign Minister Tom Reyes met his Rwandan counterpart Ana Lowe in Kigali, "
                   "and the Uruguayan Defence Minister, Omar Haddad, joined them.")
    assert (found["ana-lowe"].role.title, found["ana-lowe"].role.country) == ("Foreign Minister", "Rwanda"), found
    assert found["omar-haddad"].role.country == "Uruguay", found


def test_a_role_label_opens_a_turn_even_when_it_is_the_only_label():
    text = ("Press conference\n\n12 May 2021\n\nPRIME MINISTER: Good afternoon. I'm joined by the Minister for "
            "Ports, and we have news about the harbour.\n\n"
            "The harbour will reopen on Monday, and the ferries will run to the old timetable.")
    found = quotes(text)
    assert [t.split()[0] for _, t in found] == ["Good", "The"], found
    assert all(s is None for s, _ in found), found
    # a place's label opens a wire story: nobody speaks
    assert quotes("Ferries\n\nWELLINGTON: The ferries ran late on Tuesday after the storm.") == []


def test_a_joint_release_names_each_minister_and_gives_its_words_to_neither():
    text = ("Joint media release\nSenator the Hon Ana Lowe\nMinister for Foreign Affairs\nThe Hon Tom Reyes MP\n"
            "Minister for Defence\n12 March 2021\nThe country will send twenty more trainers to the harbour base.\n"
            "We are proud of the work our people do there for the region.\n")
    found = people(text)
    assert found["ana-lowe"].role.title == "Minister for Foreign Affairs", found
    assert found["tom-reyes"].role.title == "Minister for Defence", found
    assert all(s is None for s, _ in quotes(text)), quotes(text)


def test_a_statement_page_ends_where_its_contacts_begin():
    text = ("Statement by Minister Lowe on the harbour attack\nFrom: Ministry of Ports\nStatement\n"
            "January 6, 2022 - Harbourtown\nThe Honourable Ana Lowe, Minister of Ports, today issued the following statement:\n"
            "“We condemn the attack on the harbour in the strongest terms.\n"
            "“Our thoughts are with the families of the injured.”\nContacts\nMedia Relations Office\n")
    assert [t.split()[0] for _, t in quotes(text)] == ["We", "Our"], quotes(text)


def test_a_record_on_a_parliament_monitoring_site_names_each_speaker_above_their_words():
    text = ("Canal Collapse\n\nPart of the debate – in the House of Commons at 2:14 pm on 3rd March 2021.\n\n"
            "Photo of Nora Quill Nora Quill The Secretary of State for Waterways 2:14 pm, 3rd March 2021\n\n"
            "With permission, I shall make a statement about the collapse of the canal bank at Ebbridge.\n\n"
            "Nobody was hurt, and the towpath will reopen within the month.\n\n"
            "Photo of Ben TarrantBen Tarrant (Ebbridge North, Labour) Share this | | Hansard source\n\n"
            "Why were the warnings of the lock keepers ignored by the department?\n")
    found = quotes(text)
    assert [s for s, _ in found] == ["nora-quill", "nora-quill", "ben-tarrant"], found
    assert people(text)["nora-quill"].role.title.startswith("Secretary of State for Waterways")


def test_a_transcript_label_may_give_the_speaker_role_after_a_comma():
    text = ("Interview\n\nANA LOWE: We spoke to the Ports Minister a short time ago. Minister, thanks for joining us.\n\n"
            "TOM REYES, PORTS MINISTER: Good evening, Ana, it is a pleasure.\n\n"
            "ANA LOWE: Will the harbour reopen on Monday?\n\n"
            "TOM REYES: It will, and the ferries will run to the old timetable.\n")
    assert people(text)["tom-reyes"].role.title == "Ports Minister"
    assert [s for s, _ in quotes(text)] == ["ana-lowe", "tom-reyes", "ana-lowe", "tom-reyes"], quotes(text)


def test_a_place_after_to_or_in_and_a_hyphenated_office_are_no_part_of_a_name():
    found = people("Envoy\n\nThe Southland Ambassador to Harbourtown Omar Haddad said the report was a provocation.\n\n"
                   "Prosecutor-General Ana Lowe said the soldier would be summonsed to appear.")
    assert "omar-haddad" in found and "ana-lowe" in found, found
    assert not any(k.startswith(("harbourtown", "prosecutor")) for k in found), found


def test_a_wire_story_credits_and_a_byline_in_capitals_name_people():
    found = people("Troops\n\nBy ANA LOWE\n\nThe troops will leave the harbour by August, the ministry said on Thursday.\n\n"
                   "(Reporting by Omar Haddad, Nora Quill and Ben Tarrant-Smith; Editing by Tom Reyes)\n")
    assert {"ana-lowe", "omar-haddad", "nora-quill", "ben-tarrant-smith", "tom-reyes"} <= set(found), found
    assert "ana-lowe" in people("Diplomats expelled\n\nAna Lowe Political Editor\n\nWednesday 14 March 2018 18:46 GMT\n\n"
                                "The minister expelled the diplomats on Wednesday, the ministry said.")


def test_a_broadcaster_name_a_call_to_the_reader_and_a_source_line_are_no_part_of_the_title():
    assert doc("Harbourtown Broadcasting Corporation\n\nBroadcast: 25/05/2006\n\nFerries to resume after the harbour strike\n\n"
               "Harbourtown ferries will resume on Monday after the harbour strike ended, the broadcasting "
               "union said.").title == "Ferries to resume after the harbour strike"
    assert doc("Get Updates\nGet notified of breaking news and must-see stories!\n\nFerries to resume after the strike\n\n"
               "The ferries will resume on Monday after the strike ended, the port company said on Sunday.").title \
        == "Ferries to resume after the strike"
    assert doc("Ferries to resume after the strike\nharbournews.com.au | 26th May 2006 | Ana Lowe\n\n"
               "The ferries will resume on Monday after the strike ended, the port company said on Sunday.").title \
        == "Ferries to resume after the strike"


def test_a_counterpart_with_a_form_of_address_and_a_name_typed_twice():
    found = people("Visit\n\nDefence Minister Tom Reyes met his Australian counterpart Dr Ana Lowe in the capital.\n\n"
                   "Ports Minister Omar Haddad Haddad warned the ferries would not sail.")
    assert (found["ana-lowe"].role.title, found["ana-lowe"].role.country) == ("Defence Minister", "Australia"), found
    assert "omar-haddad" in found and "omar-haddad-haddad" not in found, found


def test_a_relative_named_later_belongs_to_the_person_the_story_is_about():
    found = people("Inquiry\n\nThe inquiry found Omar Haddad was poisoned in 2006. Mr Haddad died in hospital.\n\n"
                   "It said Tom Reyes and Ben Tarrant were probably acting for the agency when they poisoned Mr Haddad.\n\n"
                   "The minister paid tribute to his widow Nora for her efforts to find the truth about Mr Haddad.")
    assert "nora-haddad" in found and "nora-tarrant" not in found, found


def test_a_capitalised_title_names_its_holder_by_surname_where_the_name_ends():
    found = people("Talks\n\nPresident Haddad said the talks had gone well, and thanked the ministers.\n\n"
                   "Commander Joint Forces said the ships would sail on Monday.")
    assert "haddad" in found, found
    assert "joint" not in found, found


def test_the_diplomat_who_speaks_is_the_one_the_text_calls_an_ambassador():
    text = ("Report\n\nHARBOURTOWN, May 3. The report will damage relations, Southland's Ambassador to Harbourtown "
            "Omar Haddad told reporters, and the Foreign Minister Tom Reyes agreed.\n\n"
            "\"This is a gross provocation and cannot but damage our ties,\" the diplomat said after the meeting.\n\n"
            "\"We cannot accept it,\" the minister said.")
    found = dict((t.split()[0], s) for s, t in quotes(text))
    assert found["This"] == "omar-haddad", found
    assert found["We"] == "tom-reyes", found


def test_a_dotted_numeric_date_is_day_first_and_a_page_age_leaves_a_dateline_alone():
    story = "\n\nThe minister visited the troops at the harbour base on Monday, the ministry said in a statement.\n"
    assert date_of("Minister visits the harbour base\n\n12.03.2018" + story)[0].value == "2018-03-12"
    assert date_of("Minister visits the harbour base\n\n12/03/2018" + story)[0] is None  # slashes: either order
    dated_ = date_of("Minister visits the harbour base\n\nMarch 12, 2018 / 4:39 PM / Updated 6 years ago" + story)[0]
    assert (dated_.value, dated_.rule) == ("2018-03-12", "dateline")


def test_a_broadcaster_page_furniture_captions_and_a_published_and_edited_line():
    text = ("Harbour attack: Minister says the port is 'unsafe'\n12 March 2018\nShare this with Facebook\n"
            "Image copyright Getty Images\nImage caption Ana Lowe said the port would stay closed\n"
            "The port is unsafe and will stay closed until the inquiry reports, Ports Minister Ana Lowe has said.\n"
            "Media playback is unsupported on your device\nMedia caption Ana Lowe: 'We will not take risks'\n"
            "Ms Lowe told MPs: 'We will not take risks with the lives of dock workers.'\n")
    document = doc(text)
    assert not any(p.text.startswith(("Image", "Share", "Media playback")) for p in document.paragraphs)
    found = quotes(text)
    assert [s for s, _ in found] == ["ana-lowe", "ana-lowe"], found
    assert found[1][1].startswith("We will not take risks with"), found  # the caption's turn stops at it
    assert date_of("Harbour attack a 'circus', says ministry\n\nPublished time: 12 Mar, 2018 17:52 Edited time: "
                   "13 Mar, 2018 08:16\n\nThe ministry called the claims about the harbour attack a circus show "
                   "on Monday.")[0].value == "2018-03-12"


def test_a_page_kind_a_reader_notice_and_a_minister_line_are_no_headline():
    story = "\n\nI welcome today's vote in the harbour council in support of the ferry offer, the minister said.\n"
    assert doc("The Hon. Ana Lowe, MP\n\nMedia Release\n\nFA84 - 11 July 2003\n\nHarbour Council Supports the Ferry Offer"
               + story).title == "Harbour Council Supports the Ferry Offer"
    assert doc("Senator the Hon. Ana Lowe   Minister for Ports\n\n23 Jun 2010\n\nMinisterial Statement on the Harbour"
               + story).title == "Ministerial Statement on the Harbour"
    text = ("Note: Where available, the PDF icon below is provided to view the complete document\n"
            "Ferries will sail again to restore the island service.\n\nDownload Word\n\n"
            "This transcript has been prepared by a source external to the library, and may not be checked.\n\n"
            "Wednesday 25 June 2003\n\nFerries will sail again to restore the island service\n\n"
            "ANA LOWE: The ferries will sail again on Monday to restore the island service.\n")
    assert doc(text).title == "Ferries will sail again to restore the island service"


def test_other_governments_titles_and_transcript_labels():
    text = ("Briefing\n\nExternal Affairs Minister (Shrimati Ana Lowe): Namaskar friends. We meet to mark a year of the ferry.\n\n"
            "Question: Will the ferries run on Sundays?\n\n"
            "Shri Omar Haddad, Official Spokesperson: A very good afternoon to all of you.\n")
    assert quotes(text) == [("ana-lowe", "Namaskar friends. We meet to mark a year of the ferry."),
                            (None, "Will the ferries run on Sundays?"), ("omar-haddad", "A very good afternoon to all of you.")]
    assert people(text)["ana-lowe"].role.title == "External Affairs Minister"
    found = people("Talks\n\nTánaiste and Minister for Foreign Affairs, Nora Quill TD, will attend the meeting.\n\n"
                   "\"New elections will be held,\" premier Tom Reyes told journalists in the capital.")
    assert found["nora-quill"].role is not None and found["tom-reyes"].role.title.lower() == "premier", found


def test_a_name_the_text_calls_the_something_is_a_ship_or_a_body():
    found = people("Tanker leaves\n\nTracking shows the long-detained tanker Vela Maris has finally departed, and owner "
                   "Blue Lines has confirmed her release.\n\n\"The Vela Maris has now left the waters,\" said Blue Lines "
                   "chief Ana Lowe.\n\nThe authorities said the Maris was free to go on Monday, and the Maris's "
                   "detention ended.")
    assert "ana-lowe" in found and "vela-maris" not in found, found


def test_datelines_under_a_long_heading_on_a_monitoring_site_and_a_wire_stamp_a_day_ahead():
    heading = ("Ministry Press Statement: Senior Parliamentary Secretary for Ports and Ferries Ana Lowe's Comments in response "
               "to media queries on a newspaper interview (‘Lessons from the strike’ on 5 April 2014)")
    dated_ = date_of(heading + "\n\n10 April 2014\n\nResponding to press queries about an interview on 5 April 2014, "
                     "the Secretary said the ferries would sail, and thanked the crews for their work on 9 April 2014.")[0]
    assert (dated_.value, dated_.rule) == ("2014-04-10", "dateline"), dated_
    record = date_of("Ferry Safety\n\nPart of the debate – in the House of Commons at 5:06 pm on 22nd July 2019.\n\n"
                     "With permission, I will make a statement on the ferries seized on Friday.")[0]
    assert record.value == "2019-07-22", record
    wire = date_of("Ferry escorted by warship\n\nSource: Wire| 2019-07-21 03:56:39|Editor: ann\n\n"
                   "HARBOURTOWN, July 20 (Wire) -- The seized ferry was escorted to port by a warship, officials said.")[0]
    assert (wire.value, wire.rule) == ("2019-07-20", "dateline"), wire


def test_ranks_of_the_ranks_a_surname_tan_and_indian_forms_of_address():
    found = people("Loss\n\nThe loss of Sapper Omar Haddad and Trooper Nora Quill was felt deeply.\n\n"
                   "Senior Parliamentary Secretary (Ports and Ferries) Sam Tan said the ferries would sail.\n\n"
                   "It is a tribute to late Shri Tom Reyes Bhatt, a towering statesman.")
    assert {"omar-haddad", "nora-quill", "sam-tan", "tom-reyes-bhatt"} <= set(found), found


def test_a_stamp_of_the_first_of_january_gives_only_the_year_and_a_source_line_is_no_title():
    estimate = date_of("date 2021-01-01 Ferry crews sent to the islands\n\nThe ferry crews were sent to the islands "
                       "after the riots, the company said.")[0]
    assert (estimate.value, estimate.precision) == ("2021", "year"), estimate
    assert doc("Source: Harbour Parliament – Hansard\n\nFerry Safety Questions\n\nThe ferry safety questions were "
               "answered by the minister in the House today.").title == "Ferry Safety Questions"


def test_a_statement_introduced_after_another_name_is_the_introducing_verb_subject():
    text = ("Comments\n\nResponding to press queries about an interview with the committee chairman, Dr Omar Haddad, "
            "in which he said the port could have done better, Senior Parliamentary Secretary Ana Lowe said:\n\n"
            "The Government position has been set out clearly and the port did its best.\n")
    assert quotes(text) == [("ana-lowe", "The Government position has been set out clearly and the port did its best.")]


def test_a_country_of_two_words_a_staff_byline_and_a_team_are_nobody():
    found = people("Election\n\nThe Prime Minister also congratulated the President of South Africa on the election.\n\n"
                   "By the Harbour Wire Staff\n\nThe troops were replaced by the multinational Combined Team Harbour "
                   "commanded by Colonel Tom Reyes, and the Combined Team Harbour arrived on Sunday.")
    assert not {"south-africa", "wire-staff", "harbour-wire-staff", "combined-team-harbour"} & set(found), found


def test_a_byline_under_a_headline_with_a_title_is_not_the_titled_person():
    found = people("Ferry poisoning: minister says Southland 'highly likely' responsible\n\n"
                   "Ana Lowe and Ben Tarrant\n\nMon 12 Mar 2018 17.30 GMT\n\n"
                   "Tom Reyes told the Commons it was highly likely that Southland was responsible for the attack.")
    assert found["ana-lowe"].role is None, found


def test_a_release_headed_by_its_minister_above_the_headline_gives_them_its_first_person_words():
    text = ("Hon Ana Lowe\nMinister of Ports\nFerry service to continue to the islands\n"
            "Wednesday, 12 June 2019, 10:00 am\n"
            "The ferry service to the outer islands will continue for another year, Ports Minister Ana Lowe announced.\n"
            "The Government has set aside $12 million for the service.\n"
            "I am proud of the crews who keep our islands connected.\n")
    assert quotes(text) == [("ana-lowe", "I am proud of the crews who keep our islands connected.")]
