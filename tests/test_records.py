"""Parliaments' records and transcripts as other sites copy them (issue: extraction that holds on
sources nobody has labelled): who speaks, and what the page is, in short texts written for
these tests."""

from test_web_texts import date_of, doc, extracted, people, quotes

from sourcebook.model import Role


def test_a_record_with_portraits_gives_each_speech_to_the_member_above_it():
    text = ("Oral Answers to Questions\n\nJo Bloggs Excerpts\nTuesday 4th March 2014\n\nCommons Chamber\n"
            "Lord Reyes of Northtown Portrait Mr Reyes\n- Hansard - - - Excerpts\n\n"
            "We are sending more engineers to the harbour, and they will stay through the winter.\n\n"
            "Jo Bloggs Portrait Jo Bloggs (Eastfield) (Con)\n- Hansard - -\n\n"
            "7. What support the Government are giving to the harbour's rebuilding.\n\n"
            "Lord Reyes of Northtown Portrait The Secretary of State for Foreign and Commonwealth Affairs (Mr Tom Reyes)\n"
            "- Hansard - - - Excerpts\n\nAs I said, the engineers will stay, and the port will reopen in spring.\n\n"
            "Jo Bloggs Portrait Jo Bloggs\n- Hansard - -\n\nI thank the Secretary of State for that answer.\n\n"
            "Lord Reyes of Northtown Portrait Mr Reyes\n- Hansard - - - Excerpts\n\nYes, and we will say more soon.\n")
    said = quotes(text)
    assert [(s, t.split()[0]) for s, t in said] == [
        ("tom-reyes", "We"), ("jo-bloggs", "7."), ("tom-reyes", "As"), ("jo-bloggs", "I"), ("tom-reyes", "Yes,")], said
    found = people(text)
    assert found["tom-reyes"].role.title == "Secretary of State for Foreign and Commonwealth Affairs", found
    assert "lord-reyes" not in found, found  # the portrait's caption is his later name, no one else
    document = doc(text)
    assert document.title == "Oral Answers to Questions"
    assert not any("Hansard" in p.text for p in document.paragraphs)


def test_a_record_line_without_its_photo_still_names_the_speaker_and_their_office():
    text = ("Senate debates\nThursday, 6 March 2014\nQuestions without Notice\nHarbour Defences\n3:02 pm\n"
            "Ana Lowe (Northland, Liberal Party, Minister for Defence) Share this | Hansard source\n"
            "I thank the senator for her question. The engineers will stay at the harbour through the winter.\n"
            "The port will reopen in spring, and the ferries will run to the old timetable.\n")
    assert [(s, t.split()[0]) for s, t in quotes(text)] == [("ana-lowe", "I"), ("ana-lowe", "The")], quotes(text)
    assert people(text)["ana-lowe"].role.title == "Minister for Defence"
    assert doc(text).title == "Harbour Defences"  # not "Senate debates", the page's kind
    assert date_of(text)[0].value == "2014-03-06"


def test_a_one_word_heading_under_the_page_kind_and_its_date_is_the_title_and_the_date_stands():
    text = ("House debates\n\nTuesday, 3 March 2015\n\nStatements\n\nHarbour\n\n2:18 pm\n\n"
            "Photo of Tom ReyesTom Reyes (Eastfield, Liberal Party, Prime Minister) Share this | Hansard source\n\n"
            "Madam Speaker, the engineers will stay at the harbour through the winter.\n")
    document = doc(text)
    assert document.title == "Harbour"
    assert date_of(text)[0].value == "2015-03-03"
    # a press conference's kind over a line of marks and a place is still its only title
    assert doc("Press conference\n\n  • Transcript, E&OE\n25 November 2021\nCanberra, ACT\n\n"
               "PRIME MINISTER: The harbour will reopen on Monday, and the ferries will run.").title == "Press conference"


def test_labels_on_lines_of_their_own_open_turns_and_a_title_with_a_surname_names_its_holder():
    text = ("Minister for Ports - Transcript - Morning Radio - Harbour to reopen\n\nRelease details\n\n"
            "The Hon Ana Lowe MP\n\nMinister for Ports\n\nRelease content\n\n10 September 2015\n\n"
            "MINISTER LOWE\n\nGood morning, and thank you for having me.\n\n"
            "QUESTION\n\nWhen will the ferries run again to the old timetable?\n\n"
            "MINISTER LOWE\n\nOn Monday, once the engineers have finished their checks.\n\n"
            "And the night ferry will follow a week later.\n")
    said = quotes(text)
    assert [(s, t.split()[0]) for s, t in said] == [
        ("ana-lowe", "Good"), (None, "When"), ("ana-lowe", "On"), ("ana-lowe", "And")], said
    assert doc(text).title == "Minister for Ports - Transcript - Morning Radio - Harbour to reopen"
    # capitals lines that are no labels open nothing
    assert quotes("Harbour news\n\nADVERTISEMENT\n\nThe ferries ran late.\n\nADVERTISEMENT\n\nThe port stays shut.") == []


def test_a_hansard_speaker_label_may_end_in_a_dash_and_a_time_in_it_is_no_prime_minister():
    text = ("Wednesday, 6 December 2006\nPage: 79\n\n"
            "Dr BLOGGS (2:52 PM) —My question is to the Minister for Ports. What has happened at the harbour?\n\n"
            "Mr REYES (Minister for Ports) —I thank the member for his question. The harbour is closed.\n\n"
            "The engineers will stay there until the work is done.\n")
    said = quotes(text)
    assert [(s, t.split()[0]) for s, t in said] == [("bloggs", "My"), ("reyes", "I"), ("reyes", "The")], said
    found = people(text)
    assert found["bloggs"].role is None, found
    assert found["reyes"].role.title == "Minister for Ports", found


def test_a_notice_at_the_top_is_no_story_and_the_broadcast_line_dates_the_transcript():
    text = ("Note: Where available, the icon below opens the complete document\n"
            "Disclaimer: The Library does not warrant the accuracy of the transcripts. They are copied from the broadcaster.\n"
            "Jo Bloggs speaks with the Ports Minister -\n\nView other segments\n\n"
            "Jo Bloggs speaks with the Ports Minister\n\nBroadcast: 14 May 2006\n\nReporter: Jo Bloggs\n\n"
            "JO BLOGGS: The harbour has been closed for a week. Minister, when will it open?\n\n"
            "ANA LOWE: On Monday, once the engineers have finished.\n")
    assert doc(text).title == "Jo Bloggs speaks with the Ports Minister"
    assert date_of(text)[0].value == "2006-05-14"


def test_a_title_label_in_title_case_opens_a_turn_that_runs_on():
    text = ("Doorstop, Harbourtown\n\n10 July 2019\n\n"
            "Minister: Can I thank the engineers for their work at the harbour this week.\n\n"
            "More importantly, I am here to open the new ferry terminal this morning.\n\n"
            "Journalist: When will the night ferry run again?\n\n"
            "Minister: Next week, once the checks are done.\n")
    said = quotes(text)
    assert [(s, t.split()[0]) for s, t in said] == [(None, "Can"), (None, "More"), (None, "When"), (None, "Next")], said
    pm = ("PM: Kia ora koutou. The harbour will reopen on Monday.\n\nMedia: Prime Minister, when will the ferries run?\n\n"
          "PM: On Monday too, once the checks are done.")
    assert [t.split()[0] for _, t in quotes(pm)] == ["Kia", "Prime", "On"], quotes(pm)


def test_a_labelled_surname_with_a_form_of_address_is_a_person_of_the_briefing():
    text = ("2:16 p.m. EDT\n\nMR BLOGGS: Good afternoon. I have one item at the top on the harbour.\n\n"
            "QUESTION: When will it reopen?\n\nMR BLOGGS: On Monday, once the engineers are done.\n")
    assert "bloggs" in people(text)
    assert [s for s, _ in quotes(text)] == ["bloggs", None, "bloggs"], quotes(text)


def test_a_briefing_labels_its_questioners_by_name_but_an_agency_is_nobody():
    text = ("Transcript of Weekly Media Briefing by the Official Spokesperson (March 16, 2023)\n\n"
            "Jo Bloggs, Official Spokesperson: Good afternoon to all of you. I will take questions.\n\n"
            "Ana Lowe: Sir, Ana Lowe from the Harbour Times. When will the port reopen?\n\n"
            "Tomas: Sir, Tomas from Radio North. Is the ferry running?\n\n"
            "Bloomberg: About the harbour, is there any news on the engineers?\n")
    found = people(text)
    assert {"jo-bloggs", "ana-lowe", "tomas"} <= set(found) and "bloomberg" not in found, found
    said = quotes(text)
    assert [s for s, _ in said][:3] == ["jo-bloggs", "ana-lowe", "tomas"], said
    assert not any(s == "bloomberg" for s, _ in said), said


def test_the_text_of_a_statement_made_by_a_minister_is_their_words_to_its_end():
    text = ("Blog\n\nJo Bloggs – 2017 Statement to Parliament on the Harbour\n\n"
            "Below is the text of the statement made by Jo Bloggs, the Foreign Secretary, to the House of Commons on 15 November 2017.\n\n"
            "In the early hours of this morning, the harbour wall gave way near the ferry terminal.\n\n"
            "At two o'clock the port was closed, and the ferries were held at their moorings.\n\n"
            "We have updated our travel advice, and our embassy is in touch with every traveller.\n")
    said = quotes(text)
    assert [(s, t.split()[0]) for s, t in said] == [("jo-bloggs", "In"), ("jo-bloggs", "At"), ("jo-bloggs", "We")], said


# Names of other presses and forces ----------------------------------------------------------------

def test_a_commodore_named_by_surname_and_by_the_name_he_goes_by_is_one_person():
    text = ("Ports aid suspended\n\nThe Government condemned the actions of military commander "
            "Commodore Tevita (Tom) Reyes and the army.\n\n"
            "The ambassador called on Cdre Reyes to restore the elected government.\n\n"
            "\"I have with much reluctance taken charge of the harbour,\" Reyes said.\n")
    found = people(text)
    assert set(found) == {"tevita-tom-reyes"}, found
    assert [s for s, _ in quotes(text)] == ["tevita-tom-reyes"], quotes(text)
    assert set(people("The ban would apply to Commodore Reyes, who led last week's coup, and his family.")) == {"reyes"}


def test_malay_names_keep_their_inner_title_and_a_middle_name_stands_for_the_whole():
    text = ("Harbour row\n\nPrime Minister Datuk Seri Anwar Tun Hamid has called on the neighbours to reopen the port.\n\n"
            "Home Minister Ahmad Zaki Hamidi confirmed the ship's identity, and Deputy Home Minister Datuk Nur Aina Mohamed "
            "spoke to reporters.\n\n\"We have our own ways of checking,\" Zaki said.\n\n\"The port will reopen,\" Anwar said.\n")
    found = people(text)
    assert set(found) == {"anwar-tun-hamid", "ahmad-zaki-hamidi", "nur-aina-mohamed"}, found
    assert found["nur-aina-mohamed"].role.title == "Deputy Home Minister", found
    assert [s for s, _ in quotes(text)] == ["ahmad-zaki-hamidi", "anwar-tun-hamid"], quotes(text)


def test_a_story_opening_on_a_place_in_capitals_and_a_colon_names_no_one_there():
    text = ("Ports row\n\nKUALA LUMPUR: Prime Minister Jo Bloggs has called on the neighbours to free the crew.\n\n"
            "\"I condemn this act in the strongest terms,\" Mr Bloggs said.\n")
    assert set(people(text)) == {"jo-bloggs"}, people(text)
    assert [s for s, _ in quotes(text)] == ["jo-bloggs"], quotes(text)
    # a one-label transcript opening on a full name is that person's
    assert "ana-lowe" in people("Friday, 30 October 2020\n\nPress Conference\n\nANA LOWE: Can I thank the engineers for their work.")


# Titles -------------------------------------------------------------------------------------------

def test_a_headline_opening_on_a_ministers_title_is_a_headline_not_a_role_line():
    text = ("Minister Lowe tours the harbour to talk about the ferry timetable\n\nNews release\n\n"
            "April 22, 2020 - Harbourtown - Ministry of Ports\n\n"
            "The Honourable Ana Lowe, Minister of Ports, will tour the harbour on Monday to talk about the ferry timetable.\n\n"
            "Minister Lowe will meet the engineers who rebuilt the harbour wall.\n")
    assert doc(text).title == "Minister Lowe tours the harbour to talk about the ferry timetable"
    # a release's line naming its minister is still no headline
    release = ("Minister for Ports\n\nThe harbour reopens on Monday\n\n12 May 2021\n\n"
               "The harbour will reopen on Monday, the minister said, once the engineers are done.\n")
    assert doc(release).title == "The harbour reopens on Monday"


def test_skip_links_a_wires_version_tag_and_a_credit_run_into_the_headline_are_no_part_of_it():
    text = ("Go Search Go Contents Go to bottom site map\n\n(4th LD) Harbour wall gives way in the storm\n\n"
            "2017/02/15 01:55\n\nHARBOURTOWN, Feb. 14 (Agency) -- The harbour wall gave way on Tuesday in the storm.\n")
    assert doc(text).title == "Harbour wall gives way in the storm"
    glued = (" date 2021-04-18 Ports stand with the harbour's response to 'reckless acts'Reuters | Harbourtown | "
             "Updated: 18-04-2021 23:35 IST\nThe ports said on Sunday they stood with the harbour's response to the storm.\n"
             "\"The ports stand with the harbour in its firm response to reckless acts,\" said a spokesman.\n")
    assert doc(glued).title == "Ports stand with the harbour's response to 'reckless acts'"


# Quotes -------------------------------------------------------------------------------------------

def test_an_office_that_speaks_is_not_its_owner():
    text = ("Harbour probe\n\nProsecutors' spokesman Tom Reyes said his office had taken over the case.\n\n"
            "“There are enough signs that the attack was ordered by a foreign government” to suggest a motive, "
            "Mr Reyes’s office said in a statement.\n")
    assert [s for s, _ in quotes(text)] == [None], quotes(text)


def test_a_speaker_telling_reporters_or_saying_after_a_dated_abbreviation_keeps_the_quote():
    telling = ("Harbour row\n\nThe ports scoffed at the claim, with ports spokesman Jo Bloggs telling reporters there are "
               "“no serious grounds there, and there can’t be”.\n")
    assert [s for s, _ in quotes(telling)] == ["jo-bloggs"], quotes(telling)
    dated = ("Harbour row\n\nAfter the expulsions, Harbour President Ana Lowe on Dec. 9 said: “There are unwritten rules "
             "in such cases: you expel ours, we expel yours.”\n")
    assert [s for s, _ in quotes(dated)] == ["ana-lowe"], quotes(dated)


def test_a_described_speaker_is_the_one_person_so_described_and_of_that_country():
    judge = ("Harbour verdict\n\nPresiding judge Tom Reyes said the attack had been planned for months.\n\n"
             "\"Four children lost their father; two sisters, their brother,\" the judge also said.\n")
    assert [s for s, _ in quotes(judge)] == ["tom-reyes"], quotes(judge)
    top = ("Harbour row\n\nGerman Foreign Minister Ana Lowe said the ministry had summoned Russian Ambassador Jo Bloggs.\n\n"
           "“The man convicted today shot another man in broad daylight. The court agreed with the prosecutor,” "
           "the top German diplomat noted.\n")
    assert [s for s, _ in quotes(top)] == ["ana-lowe"], quotes(top)  # the foreign minister, not the ambassador
    russian = top.replace("the top German diplomat noted", "the Russian diplomat noted")
    assert [s for s, _ in quotes(russian)] == ["jo-bloggs"], quotes(russian)
    wrong_country = top.replace("the top German diplomat noted", "the Chinese diplomat noted")
    assert [s for s, _ in quotes(wrong_country)] == [None], quotes(wrong_country)


def test_a_commons_record_under_its_date_line_keeps_the_date_line_out_of_the_title():
    text = ("Skip to main content\n\n\nVolume 653: debated on Tuesday 22 January 2019\n\n"
            "I spoke to the harbour's minister on the telephone on 14 November, and again in December.\n\n"
            "I thank the Minister for his response. Does he agree that the harbour should reopen?\n")
    document = doc(text)
    assert not document.title.startswith("Volume"), document.title
    assert [(s, t.split()[0]) for s, t in quotes(text)] == [(None, "I"), (None, "I")], quotes(text)
    assert date_of(text)[0].value == "2019-01-22"


def test_a_written_question_gives_the_question_to_its_asker_and_the_answer_to_its_answerer():
    text = ("Written questions and answers\n\nShowing 1-20 out of 585\n\nQ\nAsked by Dr Jo Bloggs\n(Eastfield)\n"
            "Asked on: 28 March 2018\nMinistry of Ports\nHarbour: Ferries\nCommons\n"
            "To ask the Secretary of State for Ports, if he will make representations on the ferry timetable.\n"
            "A\nAnswered by: Sir Tom Reyes\nAnswered on: 18 April 2018\n\n"
            "We are closely following the work at the harbour, and the ferries will run from Monday.\n"
            "Q\nAsked by Ana Lowe\n(Northtown)\nCommons\nTo ask the Secretary of State for Ports, what steps he is taking.\n")
    said = quotes(text)
    assert [(s, t.split()[0]) for s, t in said] == [("jo-bloggs", "To"), ("tom-reyes", "We"), ("ana-lowe", "To")], said


# Names and titles as other presses write them ---------------------------------------------------------

def test_people_introduced_by_an_age_a_naming_or_an_apposition_whose_noun_comes_late():
    assert "tomas-brandl" in people("Harbour case\n\nThe court sentenced 56-year-old Tomas Brandl to life today.")
    assert "tomas-brandl" in people("Harbour case\n\nA Northland arms trader named Tomas Brandl organised the deal, the paper said.")
    assert "kim-tae-oh" in people("Harbour case\n\nThe ports closed after the murder of Kim Tae Oh, the half brother of the leader.")
    # an apposition about a party is no person's
    assert people("Harbour case\n\nHe gave up the posts of his own Christian Democratic Appeal, the majority coalition partner.") == {}


def test_titles_in_lowercase_with_their_portfolio_and_a_clause_after_them():
    found = people("Harbour row\n\nAt a news conference on Saturday the minister of the interior, Jan Novak, said the "
                   "government was expelling 18 members of the embassy staff.")
    assert found["jan-novak"].role.title == "Minister of the Interior", found
    found = people("Harbour row\n\nJan Novak, the interior minister who is also acting foreign minister, said the "
                   "diplomats had been ordered to leave.")
    assert found["jan-novak"].role.title == "Interior Minister", found
    found = people("Harbour row\n\nThis follows the announcement by Prime Minister of Iraq Haider al-Bakri earlier this month.")
    assert (found["haider-al-bakri"].role.title, found["haider-al-bakri"].role.country) == ("Prime Minister", "Iraq"), found


def test_a_name_then_who_they_are_then_the_verb_is_the_speaker_and_they_is_nobody_alone():
    text = ("Harbour\n\nPort officials said Sunday that the ferry sank after the storm.\n\n"
            "\"They went to the front of the queue because the harbour was shut the day before,\" Tomas Brandl, "
            "director of relations for the port, the harbour's owners, told the Associated Press.\n")
    assert quotes(text) == [("tomas-brandl", "They went to the front of the queue because the harbour was shut the day before")]
    joint = ("Harbour\n\nPrime Minister Ana Lowe and Foreign Minister Jo Bloggs said in a joint statement the harbour "
             "would reopen.\n\n\"They must stop the blockade and restore the ferries, or suffer the consequences,\" they said.\n")
    assert [s for s, _ in quotes(joint)] == [None], quotes(joint)


def test_a_member_with_a_malay_form_of_address_asks_the_question_he_queried():
    text = ("Harbour debate\n\nDeputy Home Minister Datuk Nur Aina Mohamed answered in the house.\n\n"
            "Datuk Tomas Brandl (Northtown) had raised the ferries' safety months before the storm.\n\n"
            "\"Why then did the port not act to protect the passengers when it had the warning?\" he queried.\n")
    assert "tomas-brandl" in people(text), people(text)
    assert [s for s, _ in quotes(text)] == ["tomas-brandl"], quotes(text)


def test_a_release_quote_signed_on_the_line_below_is_the_signers():
    text = ("Minister Lowe tours the harbour\n\nNews release\n\nApril 22, 2020 - Harbourtown - Ministry of Ports\n\n"
            "The Honourable Ana Lowe, Minister of Ports, will tour the harbour on Monday, and Jo Bloggs will join her.\n\n"
            "Quotes\n\n“As the harbour is rebuilt, it is crucial that the ferries are ready for the summer.”\n\n"
            "- Ana Lowe, Minister of Ports\n\n“We will be there to meet every ferry as it comes in.”\n\n"
            "- Jo Bloggs, harbour master\n\nContacts\n")
    assert [s for s, _ in quotes(text)] == ["ana-lowe", "jo-bloggs"], quotes(text)


# A release reprinted from an email, and captions -------------------------------------------------

def test_a_release_cut_at_a_fixed_width_is_read_as_paragraphs_and_its_lead_names_the_speaker():
    text = (" date 2021-08-27 Harbour allies must not be left behind\n"
            "Friday, 27 August 2021, 10:47 am\nPress Release: Northland Party\n"
            "Northland must urgently step up plans to bring home the\n"
            "harbour's crews following the storm at the outer wall, says\n"
            "Leader of the Opposition Ana Lowe.\n"
            "“The Port Authority has ended efforts to bring home our\n"
            "crews and their families from the outer islands but there\n"
            "are still people who helped our crews who remain there.\n"
            "“We support the decision to end New\n"
            "Zealand's part in the search, given the very clear danger\n"
            "of the storm that is still blowing at the harbour mouth.\n")
    document = doc(text)
    assert document.title == "Harbour allies must not be left behind"  # not run on into its date line
    assert any(p.text.startswith("“We support the decision to end New Zealand's part") for p in document.paragraphs), document.paragraphs
    assert [s for s, _ in quotes(text)] == ["ana-lowe", "ana-lowe"], quotes(text)


def test_a_caption_signed_by_its_agency_is_dropped_and_an_opening_phrase_is_no_subject():
    text = ("Harbour praise\n\nThe ambassador said the harbour had missed an opportunity.\n\n"
            "Foreign Secretary Jo Bloggs spoke to reporters on Sunday. (PA)\n\n"
            "\"That is wrong, and the harbour will pay for it,\" he said.\n")
    assert not any("(PA)" in p.text for p in doc(text).paragraphs)
    opening = ("Harbour praise\n\nIn a statement after talks with Mr Bloggs in London, Secretary Ana Lowe praised the harbour.\n\n"
               "And she said of the port: \"Rather than helping the ferries, the company has shown its true face.\"\n")
    assert [s for s, _ in quotes(opening)] == ["ana-lowe"], quotes(opening)


def test_a_doorstop_label_with_a_name_and_title_names_the_holder_of_the_title_alone_later():
    text = ("Doorstop, Harbourtown\n\n  • Transcript, E&OE\nSubjects: Ferries; Harbour.\n\n"
            "Question: Good to be here tonight, Ana?\n\n"
            "Ana Lowe, Foreign Minister: It's very good to be here after a long time between visits.\n\n"
            "Question: Minister, what would a good trip look like?\n\n"
            "Foreign Minister: The mark of success is the talks themselves, and the ferries running again.\n")
    found = people(text)
    assert found["ana-lowe"].role.title == "Foreign Minister", found
    assert [s for s, _ in quotes(text)] == [None, "ana-lowe", None, "ana-lowe"], quotes(text)


def test_a_portfolio_before_a_full_name_is_no_part_of_it():
    text = ("Ferries\n\nThe Government must speedily pass the harbour law, Northland's Foreign Affairs Jo Bloggs says.\n\n"
            "“We totally condemn the decision to close the harbour to the ferries.\n")
    assert set(people(text)) == {"jo-bloggs"}, people(text)
    assert [s for s, _ in quotes(text)] == ["jo-bloggs"], quotes(text)


def test_a_post_cabinet_transcript_is_titled_by_its_dated_heading_not_its_source_or_transcriber():
    text = ("Source: Northland Government\nPOST-CABINET PRESS CONFERENCE: Monday, 5 May 2025\nEPIQ TRANSCRIPT\n"
            "PM: Well, good afternoon, everyone. The harbour will reopen on Monday, and the ferries will run.\n"
            "Media: Prime Minister, when will the night ferry run?\n")
    assert doc(text).title == "POST-CABINET PRESS CONFERENCE: Monday, 5 May 2025"
    debate = ("House debates\n\nThursday, 26 August 2021\n\nAdjournment\n\nHarbour\n\n4:56 pm\n\n"
              "Photo of Ana LoweAna Lowe (Northland, Liberal Party) Share this | | Hansard source\n\n"
              "I rise to speak on the harbour, which has been closed for a week.\n")
    assert doc(debate).title == "Harbour"


def test_a_label_with_a_two_word_title_and_a_surname_is_the_one_person_of_that_surname():
    text = ("Remarks by Vice President Jo Bloggs and Harbour Republic Prime Minister Ana Lowe\n\n"
            "PRIME MINISTER LOWE: Good morning, and welcome to the Harbour Republic, sir.\n\n"
            "We spoke about the ferries, and about the new wharf.\n\n"
            "VICE PRESIDENT BLOGGS: Thank you, Prime Minister, for having me.\n")
    assert [s for s, _ in quotes(text)] == ["ana-lowe", "ana-lowe", "jo-bloggs"], quotes(text)


def test_a_portfolio_of_several_words_is_no_part_of_the_holders_name():
    text = ("Ports deal signed\n\nMinister for Harbour Procurement Jo Bloggs signed the deal on Monday.\n\n"
            "Minister for Agriculture, Food and the Marine, Ana Lowe TD, welcomed it.\n\n"
            "“This is a good day for the harbour,” Minister for Harbour Procurement Jo Bloggs said.\n")
    assert set(people(text)) == {"jo-bloggs", "ana-lowe"}, people(text)


def test_a_photographers_credit_after_a_slash_leaves_the_caption_and_names_no_one():
    text = ("Harbour board closes northern wharf\n\nHarbour Board Spokesman Jo Bloggs Ana Ruiz/HNA\n\n"
            "© Ana Ruiz/HNA\n\nThe harbour board closed the northern wharf on Monday, spokesman Jo Bloggs said.\n\n"
            "“The pilings are unsafe,” Bloggs told reporters.\n")
    assert set(people(text)) == {"jo-bloggs"}, people(text)
    assert quotes(text) == [("jo-bloggs", "The pilings are unsafe")]


def test_a_speech_headed_by_its_speaker_over_a_portfolio_tag_is_their_words():
    text = ("Opening address - Harbour Policy School\n\n  • Ana Lowe\nPorts and Harbours\n\n"
            "I want to start with the obvious. In shipping, size matters.\n\n"
            "Our harbour handles a small share of the world's cargo, and we rely on rules that bind everyone.\n")
    assert "ana-lowe" in people(text)
    assert [s for s, _ in quotes(text)] == ["ana-lowe", "ana-lowe"], quotes(text)


def test_a_listing_of_speeches_gives_each_to_the_person_its_note_says_made_it():
    text = ("Tag: Speeches\n\n  • Ana Lowe – 2024 Statement on the Harbour\n\n"
            "    The statement made by Ana Lowe, the Deputy Prime Minister, on 26 January 2024.\n\n"
            "    The Government has approved the new wharf. We will keep the harbour open to all.\n\n"
            "  • Kofi Mensah – 2024 Speech at the Dock Forum\n\n"
            "    The speech made by Kofi Mensah, the Economic Secretary, on 25 January 2024.\n\n"
            "    This building and this city have been my home, and I am glad to be back.\n")
    assert [s for s, _ in quotes(text)] == ["ana-lowe", "kofi-mensah"], quotes(text)


def test_a_title_naming_its_speaker_before_the_kind_of_text_gives_them_its_words():
    text = ("Taoiseach Ana Lowe Assembly Statement on Harbour Appointments\n\n"
            "I would like to congratulate Deputy Kofi Mensah on his appointment as Minister for Ports.\n\n"
            "This appointment is a tribute to his work for the harbour, and I wish him well.\n\n"
            "Ana Lowe spoke in the Assembly on Tuesday.\n")
    assert [s for s, _ in quotes(text)] == ["ana-lowe", "ana-lowe"], quotes(text)


def test_a_transcripts_turn_labels_name_people_even_with_a_place_word_for_a_surname():
    text = ("Harbour diplomat expelled\n\nANA HALL: The Government this morning expelled a diplomat over the wharf.\n\n"
            "We're joined now by reporter Kofi Mensah. Kofi, what did the Minister say?\n\n"
            "KOFI MENSAH: Well, this goes back to the night the wharf burned.\n\n"
            "ANA HALL: And what happens now?\n")
    assert {"ana-hall", "kofi-mensah"} <= set(people(text)), people(text)
    assert [s for s, _ in quotes(text)][:2] == ["ana-hall", "ana-hall"], quotes(text)


def test_labels_ending_in_a_colon_on_lines_of_their_own_open_turns():
    text = ("Transcript of the harbour chat\n\nTHE HARBOUR SHOW\n\nANDREW BLOGGS:\n\n"
            "You famously cry at the ferry races, don't you?\n\nGEORGE MENSAH:\n\nI have to confess I do.\n\n"
            "ANDREW BLOGGS:\n\nAnd the wharf?\n")
    assert [s for s, _ in quotes(text)] == ["andrew-bloggs", "george-mensah", "andrew-bloggs"], quotes(text)


def test_a_surname_after_a_form_of_address_names_a_person_but_not_a_ships_prefix_or_a_shared_surname():
    assert set(people("Council meets\n\nMr Churkin said the vote was wrong.\n")) == {"churkin"}
    assert set(people("Frigate shadowed\n\nJets flew close to the Zr.Ms. Harbourline, a Dutch frigate.\n")) == set()
    both = ("Spy case\n\nFormer spy Jo Bloggs died in London; his wife Ana Bloggs said he was poisoned.\n\n"
            "The murder of Mr Bloggs is an outrage.\n")
    assert set(people(both)) == {"jo-bloggs", "ana-bloggs"}, people(both)


def test_a_name_the_excerpt_cuts_off_at_its_end_is_no_one():
    text = ("Harbour welcome\n\nThe rains stopped and Mr Warner was given a traditional welcome.\n\n"
            "(applause)\n\nThen Mr War")
    assert set(people(text)) == {"warner"}, people(text)



def test_a_title_label_is_the_one_minister_the_interviews_title_names_and_no_one_else():
    text = ("Edited Transcript of Minister for Foreign Affairs Dr. Ana Lowe’s Radio Interview on Harbour FM, 8 November 2019\n\n"
            "Host: Good morning, Minister.\n\nMinister: Hi, good morning.\n\n"
            "Host: It has been a while.\n\nMinister: It has. The wharf has changed since then.\n")
    assert [s for s, _ in quotes(text)] == [None, "ana-lowe", None, "ana-lowe"], quotes(text)
    # a doorstop whose minister goes unnamed: "Minister:" is not the other minister it mentions
    other = ("Doorstop, Harbourtown\n\n  • Transcript, E&OE\n\n"
             "Minister: I am here today to attend the meeting convened by Ports Minister Kofi Mensah.\n\n"
             "Journalist: What will you raise?\n\nMinister: The ferries.\n")
    assert "kofi-mensah" not in [s for s, _ in quotes(other)], quotes(other)


def test_a_phrase_quoted_after_a_verb_of_promise_or_description_is_the_subjects():
    text = ("Harbour wins its bid\n\nMayor Ana Lowe vowed that the town would be a \"small harbour with a big welcome\" "
            "after it won the bid.\n")
    assert quotes(text) == [("ana-lowe", "small harbour with a big welcome")], quotes(text)


def test_the_honourable_minister_issuing_a_statement_on_a_day_gives_it_to_them():
    text = ("Harbour Day Statement 22 November\n\nPorts and Harbours Canada\n\n"
            "Ottawa, ON - The Minister of Ports, Harbours and the Coast Watch, the Honourable Ana Lowe, "
            "today issued the following statement on Harbour Day:\n\n"
            "\"Harbours play an important role in our economy.\n\n\"On Harbour Day, let us thank the pilots.\"\n")
    assert "ana-lowe" in people(text)
    assert [s for s, _ in quotes(text)] == ["ana-lowe", "ana-lowe"], quotes(text)


def test_a_portfolio_listed_with_commas_runs_to_its_holders_name():
    text = ("Harbour Day\n\nThe Minister of Ports, Harbours and the Coast Watch, the Honourable Ana Lowe, spoke today.\n\n"
            "I worked with the Minister for Arts, Sport and Tourism, Deputy Kofi Mensah, in those years.\n")
    found = people(text)
    assert found["ana-lowe"].role.title == "Minister of Ports, Harbours and the Coast Watch", found
    assert found["kofi-mensah"].role.title == "Minister for Arts, Sport and Tourism", found


def test_initials_after_a_full_name_label_are_that_persons_turns():
    text = ("Interview transcript for the Harbour Minister's interview with Radio North:\n\n"
            "Andrew Bloggs: Well, listening to that was the Harbour Minister, Ana Lowe, good morning.\n\n"
            "Ana Lowe: Good morning.\n\nAB: Before we turn to the ferries, the wharf.\n\n"
            "AL: Well, they didn't give permission for that.\n")
    assert [s for s, _ in quotes(text)] == ["andrew-bloggs", "ana-lowe", "andrew-bloggs", "ana-lowe"], quotes(text)


def test_a_committees_labels_with_colons_on_lines_of_their_own_open_turns():
    text = ("Oral Evidence Taken Before the Harbour Committee\n\n-- Rt. Hon Ana Lowe MP, Secretary of State for Ports,\n\n"
            "Q1 Chair:\n\nSecretary of State, welcome to the committee's inquiry.\n\n"
            "Ms Lowe:\n\nThank you, Chairman. It gives me great pleasure to be here.\n\n"
            "Q2 Chair:\n\nWith what in mind exactly?\n")
    assert [s for s, _ in quotes(text)] == [None, "ana-lowe", None], quotes(text)


def test_a_title_standing_for_the_one_untitled_speaker_gives_them_the_office():
    # news names a minister once and then calls them by their office, before or after the name
    text = ("Harbour deal signed\n\nNorthland will buy two ferries, its transport minister said on Monday.\n\n"
            "Ana Lowe said the ferries would arrive in spring.\n\n\"They will run every hour,\" Lowe said.\n")
    assert people(text)["ana-lowe"].role == Role("Transport Minister", None, False)
    text = ("Lowe pledges ferries\n\nNorthland is sending two ferries to the islands, the Transport Secretary "
            "has confirmed.\n\nAna Lowe said the ferries would sail on Friday. Tom Reyes, a harbour master, said "
            "he was pleased.\n")
    assert people(text)["ana-lowe"].role.title == "Transport Secretary"
    assert people(text)["tom-reyes"].role is None
    # "the former transport secretary" is someone who held the office once
    text = "Ferries return\n\nThe ferries will return, the former transport secretary said.\n\nAna Lowe said so.\n"
    assert people(text)["ana-lowe"].role == Role("Transport Secretary", None, True)


def test_a_title_with_two_untitled_speakers_or_that_is_nobody_acting_gives_no_one_the_office():
    # two people who speak, neither in the headline: the title could be either's
    text = ("Ferries return\n\nThe ferries will return, the transport secretary said.\n\n"
            "Ana Lowe said so. Tom Reyes said he was pleased.\n")
    assert {p.role for p in people(text).values()} == {None}
    # asked of the minister, an assistant to the minister: the title is no one who speaks here
    text = ("Ferries return\n\nAna Lowe asked the Minister for Transport when the ferries would return.\n\n"
            "Tom Reyes, Parliamentary Assistant to the Minister for Transport, said he was pleased.\n")
    assert {p.role for p in people(text).values()} == {None}
    # the office already has its named holder: another untitled speaker is not them
    text = ("Ferries return\n\nTransport Minister Jo Bloggs opened the service. The ferries will return, "
            "the transport minister said.\n\nAna Lowe said she was pleased.\n")
    assert people(text)["ana-lowe"].role is None


def test_a_full_name_and_another_joined_by_and_are_two_people_not_a_couple():
    found = people("Wharf fight\n\nAna Charles and Tom Reyes met the board on Monday, and Ana Charles said so.\n")
    assert {"ana-charles", "tom-reyes"} <= set(found) and "charles-reyes" not in found, found


def test_a_name_before_two_joined_titles_holds_both_and_his_excellency_is_no_part_of_a_name():
    found = people("Wharf talks\n\nThe board met Mr Jo Bloggs, Minister for Ports and Minister for Roads, on Monday.\n")
    assert found["jo-bloggs"].role.title == "Minister for Ports", found
    assert [r.title for r in found["jo-bloggs"].also] == ["Minister for Roads"]
    found = people("Wharf talks\n\nThe board met His Excellency Tom Reyes, Minister of Ports of Northland, on Monday.\n")
    assert "tom-reyes" in found and found["tom-reyes"].role, found


def test_minister_turns_in_an_interview_whose_title_names_the_minister_and_the_host_are_the_ministers():
    text = ("Transcript of Minister for Ports Dr Ana Ruiz’s Interview on Harbour Radio’s “Morning Show with Tom Reyes” "
            "on 2 June 2021\n\nTom Reyes (Harbour Radio): Welcome to the show, Minister.\n\n"
            "Minister: Thank you. It is good to be here.\n\nTom Reyes: When will the wharf reopen?\n\n"
            "Minister: In spring, once the pilings are sound.\n")
    said = [q.speaker for q in extracted(text).quotes]
    assert said == ["tom-reyes", "ana-ruiz", "tom-reyes", "ana-ruiz"], said
    # a headline in Title Case names the minister it addresses, though the turns call him "Minister"
    text = ("Transcript Of Harbour Radio’s Interview With Mr K Ruiz, Minister For Ports, On 2 June 2021\n\n"
            "Question: When will the wharf reopen?\n\nMinister: In spring.\n")
    said = [q.speaker for q in extracted(text).quotes]
    assert said == [None, "k-ruiz"], said


def test_a_senators_label_with_her_office_in_capitals_opens_her_turn_and_subjects_are_no_ones_words():
    text = ("Doorstop - Parliament House - 29/10/2020\n\nSUBJECTS: Harbour closure; ferries; the budget.\n\n"
            "JOURNALIST: What should the Government be doing about the wharf?\n\n"
            "SENATOR ANA RUIZ, SHADOW MINISTER FOR PORTS: Well, I cannot see why the Minister has not acted.\n\n"
            "The Minister still has not spoken to the board.\n\nJOURNALIST: Senator, is that enough?\n\n"
            "RUIZ: It is only a start.\n")
    said = [(s, t.split()[0]) for s, t in quotes(text)]
    assert said == [(None, "What"), ("ana-ruiz", "Well,"), ("ana-ruiz", "The"), (None, "Senator,"), ("ana-ruiz", "It")], said


def test_a_ministers_initials_in_capitals_after_her_form_of_address_open_her_name_and_an_event_ends_her_title():
    text = ("Statement by Dr ABC Ruiz, Minister of Ports and Harbour Works, HARBOUR Media Briefing, Town Hall, "
            "Northtown, 31 January 2024\n\nThank you for coming to this briefing. This year we mark thirty years "
            "of the port.\n\nWe wish to set out our priorities for the year.\n")
    found = people(text)
    assert found["abc-ruiz"].role.title == "Minister of Ports and Harbour Works", found
    assert [s for s, _ in quotes(text)] == ["abc-ruiz", "abc-ruiz"], quotes(text)


def test_a_common_english_or_irish_given_name_opens_a_name_the_text_says_nothing_more_of():
    found = people("Wharf inquiry\n\nThe collision in which Harry Bloggs was killed is under review, and Niamh "
                   "Reyes has written to the board.\n")
    assert {"harry-bloggs", "niamh-reyes"} <= set(found), found


def test_a_picture_credit_after_pic_or_a_copyright_sign_names_no_one_and_a_judge_is_her_surname():
    found = people("Wharf anger\n\nThe harbour board met on Monday. Pic: Tom Reyes/Harbour Images\n\n"
                   "The wharf at dawn © Harbour Images / Ana Lowe\n\n"
                   "The case was heard by Mrs Justice Bloggs-Hart, who said the board had failed.\n")
    assert "tom-reyes" not in found and "ana-lowe" not in found, found
    assert "bloggs-hart" in found, found


def test_a_transcript_setting_first_names_in_capitals_without_colons_takes_turns_and_ads_are_no_ones():
    text = ("Harbour Weekly: Ana Ruiz interviewed by Tom Reyes\n\nANA RUIZ\nInterviewed by TOM REYES\n\n"
            "GREG First, here is Tom with Ports Minister Ana Ruiz.\n\n"
            "TOM Thanks, Greg. And thank you for your time, Minister. Is the plan bold?\n\n"
            "ANA I think it is realistic about what the port can afford.\n\n"
            "TOM $20 million sounds like a lot. Did you want more?\n\n"
            "Advertisement - scroll to continue reading\n\n"
            "Subscribe to Harbour Weekly’s ‘The Wrap’, our free weekly newsletter sent to your inbox every Monday.\n\n"
            "ANA We asked for what the wharf needs.\n")
    said = [(q.speaker, q.text.split()[0]) for q in extracted(text).quotes]
    assert said == [("greg", "First,"), ("tom-reyes", "Thanks,"), ("ana-ruiz", "I"), ("tom-reyes", "$20"),
                    ("ana-ruiz", "We")], said


def test_a_name_after_what_befalls_a_person_is_a_persons():
    found = people("Wharf inquiry\n\nThe inquiry into the death of Zoltan Brandvik heard from the family of "
                   "Oreste Calloway on Monday.\n")
    assert {"zoltan-brandvik", "oreste-calloway"} <= set(found), found
    assert "new-zealand" not in people("Votes\n\nThe election of New Zealand to the council was welcomed.\n")


def test_a_name_that_becomes_or_is_appointed_to_an_office_holds_it():
    found = people("Portfolios reallocated\n\nOreste Calloway will become the Minister of Ports. Zoltan Brandvik "
                   "was appointed Minister for Roads. Ana Ruiz met a minister.\n")
    assert found["oreste-calloway"].role.title == "Minister of Ports", found
    assert found["zoltan-brandvik"].role.title == "Minister for Roads", found


def test_three_titles_joined_before_a_name_are_all_hers_and_the_first_says_whose_words_follow():
    text = ("Harbour minister at EU meeting\n\nDeputy Premier and Minister for Ports and Minister for Roads, "
            "Ana Ruiz TD, will attend the meeting on Monday.\n\nOn the harbour, the Deputy Premier said:\n\n"
            "“The wharf will reopen in spring.\n\n“We will not wait for the board.”\n")
    found = people(text)
    assert [r.title for r in (found["ana-ruiz"].role, *found["ana-ruiz"].also)] == [
        "Deputy Premier", "Minister for Ports", "Minister for Roads"], found
    assert [s for s, _ in quotes(text)] == ["ana-ruiz", "ana-ruiz"], quotes(text)


def test_a_label_running_a_known_given_name_into_a_surname_is_that_person_and_a_journalist_is_no_one():
    text = ("Doorstop - Northtown\n\n  • Transcript, E&OE\n\nANARUIZ: The wharf will reopen in spring.\n\n"
            "JOURNALIST: How soon in spring?\n\nANARUIZ: As soon as the pilings are sound.\n")
    found = extracted(text)
    assert [q.speaker for q in found.quotes] == ["ana-ruiz", None, "ana-ruiz"], found.quotes
    assert {p.key: p.name for p in found.people}.get("ana-ruiz") == "Ana Ruiz", found.people


def test_titles_opening_a_sentence_name_their_holder_after_a_comma_and_dotted_member_letters_are_no_initial():
    found = people("Ports meeting\n\nMinister for Ports and Minister for Roads, Ana Ruiz T.D. will attend a meeting "
                   "in Luxembourg on Monday.\n\nNorthland is sending aid after the poisoning of the country’s "
                   "opposition leader, Tom Reyes has said.\n\nMinister, Ministerial Services\n")
    assert found["ana-ruiz"].role.title == "Minister for Ports", found
    assert "ana-ruiz-t" not in found and "ministerial" not in found, found
    assert found["tom-reyes"].role is None, found


def test_bodies_and_page_links_are_no_people():
    found = people("Seat won\n\nNorthland won 145 votes in the 193-nation General Assembly, the Red Cross said.\n\n"
                   "View Speech\n\nHarbour Transcript\n\nThe Operational Policy unit agreed.\n")
    assert not found, found


def test_an_acting_prime_ministers_header_names_her_and_her_words_follow():
    text = ("Ana Ruiz\nActing Prime Minister\nMinister, Ports\nMinister, Roads\n"
            "Good afternoon. Today’s Cabinet discussed the wharf, which Minister Reyes will speak to shortly. "
            "On Wednesday I’ll be visiting the port.\n"
            "You’ll be aware that earlier today the board reported on the pilings, and we will respond.\n")
    found = extracted(text)
    ruiz = next(p for p in found.people if p.key == "ana-ruiz")
    assert ruiz.role.title == "Acting Prime Minister", found.people
    assert [q.speaker for q in found.quotes] == ["ana-ruiz", "ana-ruiz"], found.quotes


def test_one_portrait_speaker_line_opens_a_turn_its_caption_names_the_member_and_a_peer_is_his_title_name():
    text = ("Harbour Closure\n\nAna Ruiz Excerpts\nThursday 9th July 2020\n\nCommons Chamber\n"
            "Ana Ruiz Portrait Ms Ruiz\n- Hansard - -\n\nThank you, Madam Deputy Speaker, for this debate on the wharf.\n\n"
            "Tom Reyes Portrait Tom Reyes (Northtown) (Con) [V]\n\nMy constituency, close to the wharf, has suffered.\n")
    said = [(s, t.split()[0]) for s, t in quotes(text)]
    assert said == [("ana-ruiz", "Thank"), ("tom-reyes", "My")], said
    assert "ruiz" not in people(text), people(text)
    text = ("Harbour\n\nLord Bloggs Excerpts\nMonday 5th September 2011\n\nLords Chamber\n"
            "Lord Bloggs Portrait The Chancellor of the Duchy of Lancaster (Lord Bloggs)\n- Hansard - -\n\n"
            "My Lords, it may be convenient to repeat a Statement on the wharf.\n")
    found = people(text)
    assert found["bloggs"].role.title == "Chancellor of the Duchy of Lancaster", found
    assert [s for s, _ in quotes(text)] == ["bloggs"], quotes(text)


def test_a_letter_read_out_in_quotation_marks_is_its_writers_and_the_speech_goes_on_after_it():
    text = ("Wharf Expansion\n\nAna Ruiz Excerpts\nThursday 9th July 2020\n\nCommons Chamber\n"
            "Ana Ruiz Portrait Ana Ruiz (Northtown) (Con)\n\nThank you, Madam Deputy Speaker, for this debate.\n\n"
            "In 2015 the then Secretary of State wrote to me, saying:\n\n"
            "“about 300 of the workers leaving the old wharf are expected to transfer to the new one.”\n\n"
            "As the local MP, I was given a tour of the new wharf.\n")
    said = [(s, t.split()[0]) for s, t in quotes(text)]
    assert said == [("ana-ruiz", "Thank"), ("ana-ruiz", "In"), (None, "about"), ("ana-ruiz", "As")], said


def test_a_speech_page_saying_who_delivered_it_gives_them_its_paragraphs_and_a_keynote_is_no_one():
    text = ("Minister of Ports Keynote Speech Harbour Conference 90th Northtown Meeting on Ports and Shipping "
            "March 11, 2022 – Harbour Hotel\n\n"
            "Speech\n\nAs delivered by Minister Ruiz\n\nIntroduction\n\nGood afternoon, everyone.\n\n"
            "It is a great pleasure to be with you this afternoon at the harbour.\n\n"
            "We are facing the greatest threats to the port in a generation.\n")
    found = extracted(text)
    assert "keynote" not in {p.key for p in found.people}, found.people
    assert [q.speaker for q in found.quotes] == ["ruiz", "ruiz", "ruiz"], found.quotes


def test_a_record_set_out_by_sittings_gives_each_speech_to_the_member_line_above_it():
    # topic, clock, seat and party over each speech, then the member's line running the name into
    # the party and the office; the same member's line comes again over their next speech
    sitting = ("Harbour FeesOral Questions\n\n{clock}\n\nNorthbay East Harbourland\n\nWaterfront\n\n"
               "Tom Reyes Waterfront Northbay East, HL\n\n{words}\n\n"
               "Harbour FeesOral Questions\n\n{clock}\n\nSouthbay Coast\n\nProgressive\n\n"
               "Ana Ruiz ProgressiveMinister of Ports\n\n{answer}\n\n")
    text = ("Harbourland House Hansard #12 of the 3rd Parliament. The word of the day was wharf.\n\nTopics\n\n"
            + sitting.format(clock="2:15 p.m.", words="Mr. Speaker, the fees on small boats doubled in a year.",
                             answer="Mr. Speaker, the board set the fees, not the Government.\n\nWe asked.")
            + sitting.format(clock="2:20 p.m.", words="Mr. Speaker, will the minister ask the board again?",
                             answer="Mr. Speaker, we will ask the board before the winter."))
    found = people(text)
    assert {"tom-reyes", "ana-ruiz"} <= set(found), found
    assert found["ana-ruiz"].role and found["ana-ruiz"].role.title == "Minister of Ports", found["ana-ruiz"]
    assert not found["tom-reyes"].role
    said = [(s, t.split(".")[0]) for s, t in quotes(text)]
    assert said == [("tom-reyes", "Mr"), ("ana-ruiz", "Mr"), ("ana-ruiz", "We asked"),
                    ("tom-reyes", "Mr"), ("ana-ruiz", "Mr")], said


def test_a_clock_over_a_name_on_a_news_page_is_no_record():
    text = ("Fees rise at the harbour\n\n10:30 a.m.\n\nHarbourland\n\nTom Reyes Harbourland correspondent\n\n"
            "The harbour board raised its fees again on Monday, the second rise this year.\n\n"
            "Fishermen say the small boats will leave for the southern ports.\n")
    assert [s for s, _ in quotes(text)] == [], quotes(text)


def test_a_question_and_answer_interview_gives_questions_to_the_interviewer_and_answers_to_the_one_interviewed():
    text = ("Harbour talk\n\nPort reporter Tom Reyes spoke to harbour master Ana Ruiz as the winter began.\n\n"
            "Ana Ruiz has run the port for ten years.\n\n"
            "Q. How was the year at the port?\n\nBusy, and harder than the last one.\n\n"
            "The fees went up twice and the small boats felt it.\n\n"
            "Q. Will the fees rise again?\n\nNot this winter, I think.\n")
    said = [(s, t.split()[0]) for s, t in quotes(text)]
    assert said == [("tom-reyes", "How"), ("ana-ruiz", "Busy,"), ("ana-ruiz", "The"),
                    ("tom-reyes", "Will"), ("ana-ruiz", "Not")], said
    # with no introduction naming who was interviewed, nobody is given the answers
    anonymous = text.replace("Port reporter Tom Reyes spoke to harbour master Ana Ruiz as the winter began.", "The winter began.")
    assert all(s != "ana-ruiz" for s, _ in quotes(anonymous)), quotes(anonymous)


def test_a_records_list_of_who_attended_is_people_not_a_run_of_headlines():
    text = ("Harbour Council\n\n412th meeting\n\nMonday, 3 June 2019, 10 a.m.\n\nNorthport\n\n"
            "Mr. Reyes\n\nMs. Lowe\n\nMr. Van Tane\n\nNorthland\n\nMr. Okafor\n\n"
            "The meeting was called to order at 10.05 a.m.\n\nThe agenda was adopted.\n")
    assert {"reyes", "lowe", "van-tane", "okafor"} <= set(people(text)), people(text)


def test_a_meetings_record_gives_the_chairs_words_to_nobody_named_and_a_titled_speakers_to_them():
    text = ("Harbour Council\n\n412th meeting\n\nMonday, 3 June 2019, 10 a.m.\n\n"
            "The President (spoke in French): I welcome the members of the Council to this meeting.\n\n"
            "I now give the floor to the Secretary-General.\n\n"
            "The Secretary-General, Ana Lowe: I thank the President for calling this meeting.\n\n"
            "The harbour wall failed in the storm, and the port has been closed since.\n\n"
            "Mr. Reyes (Northland): My country will send engineers to the harbour.\n")
    said = [(s, t.split()[0]) for s, t in quotes(text)]
    assert said == [(None, "I"), (None, "I"), ("ana-lowe", "I"), ("ana-lowe", "The"), ("reyes", "My")], said


def test_a_line_saying_whose_statement_follows_gives_them_its_paragraphs():
    text = ("Press release: Harbourland condemns the attack on the port\n\n"
            "The press release issued by the Harbour Office on 15 April 2024.\n\n"
            "Statement by Ambassador Jo Bloggs, Harbourland's Permanent Representative, at the Council briefing, 14 April 2024.\n\n"
            "Harbourland condemns unequivocally the attack on the northern port.\n\n"
            "The scale of the attack poses grave risks to every ship in the bay.\n")
    said = [(s, t.split()[0]) for s, t in quotes(text)]
    assert said == [("jo-bloggs", "Harbourland"), ("jo-bloggs", "The")], said


def test_a_members_short_line_ending_in_a_colon_runs_on_into_what_it_introduces():
    text = ("Harbour debates\n\nWednesday, 2 September 2020\n\nNomination of a Harbour Master: Motion\n\n"
            "Photo of Jo BloggsJo Bloggs (Northport, Harbour Party) | Record source\n\n"
            "I move:\n\nThat the House approves the nomination of Ana Ruiz as Harbour Master.\n\n"
            "Photo of Tom ReyesTom Reyes (Southport, Independent) | Record source\n\n"
            "We will not oppose the motion.\n")
    said = [(s, t.split()[0]) for s, t in quotes(text)]
    assert said == [("jo-bloggs", "I"), ("jo-bloggs", "That"), ("tom-reyes", "We")], said


def test_numbered_written_questions_are_their_askers_and_the_answer_the_minister_named_in_brackets():
    text = ("12. Deputy Tom Reyes asked the Minister for Ports his views on the closing of the northern wharf; "
            "and if he will make a statement on the matter. (Question 123/19 asked on 3 Jun 2019 - Harbour)\n\n"
            "Minister for Ports (Deputy Ana Ruiz): I can assure the Deputy that the wharf will reopen.\n\n"
            "As he will be aware, the board is responsible for the harbour walls.\n\n"
            "15. Deputy Jo Bloggs\n")
    said = [(s, t.split()[0]) for s, t in quotes(text)]
    assert said == [("tom-reyes", "12."), ("ana-ruiz", "I"), ("ana-ruiz", "As"), ("jo-bloggs", "15.")], said
    found = people(text)
    assert found["ana-ruiz"].role and found["ana-ruiz"].role.title == "Minister for Ports", found


def test_a_doorstop_with_no_labels_gives_questions_to_nobody_and_answers_to_the_minister_heading_it():
    from sourcebook.clean import clean
    from sourcebook.extract.people import find_people
    from sourcebook.extract.quotes import find_quotes
    from sourcebook.read import read_source
    text = ("---\ntitle: Minister for Ports - Transcript - Doorstop\n---\n\nThe Hon Ana Ruiz MP\n\nMinister for Ports\n\n"
            "15 September 2015\n\nMinister, you must be disappointed?\n\n"
            "The board made a decision. That is the fact, and the wharf stays shut for the winter.\n\n"
            "Will you stay on as Ports Minister?\n\nThis is a busy time for the harbour. I would be happy to stay on.\n\n"
            "What do you think the board")
    document = clean(read_source("x.md", text.encode()))
    found, mentions = find_people(document, ())
    said = [(q.speaker, q.text.split()[0]) for q in find_quotes(document, found, mentions)]
    assert said == [(None, "Minister,"), ("ana-ruiz", "The"), (None, "Will"), ("ana-ruiz", "This")], said
