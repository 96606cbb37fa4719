"""Quoted passages attributed to their speakers, across paragraphs, with bad input handled."""

from conftest import grows_linearly

from sourcebook.clean import clean
from sourcebook.extract.people import find_people
from sourcebook.extract.quotes import find_quotes
from sourcebook.read import read_source


def quotes_of(text):
    document = clean(read_source("x.txt", text.encode()))
    people, mentions = find_people(document, ())
    return document, find_quotes(document, people, mentions)


def pairs(quotes):
    return [(q.paragraph, q.speaker, q.text) for q in quotes]


def test_speech_verb_after_the_quote():
    text = (
        "Foreign Affairs Minister Winston Peters spoke.\n\n"
        "\"The coalition has worked very hard,\" Peters said.\n\n"
        "\"We will stay the course,\" said Mr Peters.\n\n"
        "\"All personnel are safe,\" a spokesman said."
    )
    _, quotes = quotes_of(text)
    assert pairs(quotes) == [
        ("p2", "winston-peters", "The coalition has worked very hard"),
        ("p3", "winston-peters", "We will stay the course"),
        ("p4", None, "All personnel are safe"),
    ]
    assert quotes[2].speaker_name == "a spokesman"


def test_speaker_after_the_verb_with_two_titles_joined_by_and():
    text = ("Harbour fees to rise\n\n"
            "“Nobody asked the fishermen before the board voted,” says Harbour Party Leader and Northern Bay MP "
            "Rt Hon Ana Ruiz.\n\n“Of most concern to us are the fees on the smallest boats.\n\n"
            "“The board should think again before winter.\n")
    _, quotes = quotes_of(text)
    assert [q.speaker for q in quotes] == ["ana-ruiz"] * 3, pairs(quotes)


def test_speaker_named_with_a_title_after_the_verb():
    text = (
        "Cabinet met on Monday.\n\n"
        "\"It is a sad day,\" said Prime Minister Jacinda Ardern.\n\n"
        "\"It was the right call for us,\" said former defence minister Wayne Mapp.\n\n"
        "According to Defence Minister Ron Mark, \"the job is done\".\n\n"
        "\"We were not told in advance,\" said a spokesman for Defence Minister Ron Mark."
    )
    _, quotes = quotes_of(text)
    assert pairs(quotes) == [
        ("p2", "jacinda-ardern", "It is a sad day"),
        ("p3", "wayne-mapp", "It was the right call for us"),
        ("p4", "ron-mark", "the job is done"),
        ("p5", None, "We were not told in advance"),  # the spokesman spoke, not the minister
    ]
    assert quotes[3].speaker_name == "a spokesman for Defence Minister Ron Mark"


def test_she_is_the_person_the_text_calls_ms():
    text = (
        "Defence Minister Ron Mark met Prime Minister Jacinda Ardern in Wellington.\n\n"
        "\"It was a good meeting,\" she said.\n\n"
        "Mr Mark agreed. \"We are on the same page,\" he said.\n\n"
        "Ms Ardern left early."
    )
    _, quotes = quotes_of(text)
    assert pairs(quotes) == [
        ("p2", "jacinda-ardern", "It was a good meeting"),
        ("p3", "ron-mark", "We are on the same page"),
    ]


def test_a_quote_signed_with_a_dash_and_a_name():
    text = ("Defence Minister Ron Mark met Prime Minister Jacinda Ardern at Linton.\n\n"
            "\"We are proud of every one of them.\" — Ron Mark")
    _, quotes = quotes_of(text)
    assert [(q.paragraph, q.speaker) for q in quotes] == [("p2", "ron-mark")]


def test_quote_running_over_paragraphs_takes_the_speaker_named_at_its_end():
    text = (
        "Defence Minister Ron Mark visited Taji.\n\n"
        "\"We are proud of what our people have done here.\n\n"
        "\"They have done an outstanding job,\" Mr Mark said.\n\n"
        "\"This stands alone and nobody claims it.\n\n"
        "The troops came home in June."
    )
    _, quotes = quotes_of(text)
    assert pairs(quotes) == [
        ("p2", "ron-mark", "We are proud of what our people have done here."),
        ("p3", "ron-mark", "They have done an outstanding job"),
        ("p4", "ron-mark", "This stands alone and nobody claims it."),
    ]


def test_speech_verb_before_the_quote_and_continuation():
    text = (
        "Defence Minister Gerry Brownlee made the announcement.\n\n"
        "Brownlee said: \"Those personnel continue to assess the mission.\n\n"
        "\"They are doing their own reconnaissance.\n\n"
        "\"This does not pre-empt any Cabinet decisions.\""
    )
    _, quotes = quotes_of(text)
    assert [q.speaker for q in quotes] == ["gerry-brownlee"] * 3
    assert quotes[0].text == "Those personnel continue to assess the mission."


def test_pronoun_is_the_subject_of_the_last_sentence_not_its_object():
    text = (
        "Foreign Minister Murray McCully said Dr Ibrahim al-Ja'afari made it clear.\n\n"
        "\"They are looking for support from many countries,\" he said.\n\n"
        "In a press conference, Iraqi Foreign Minister Ibrahim al-Ja'afari described the war.\n\n"
        "\"The goals of IS are globalised,\" he said."
    )
    _, quotes = quotes_of(text)
    assert [q.speaker for q in quotes] == ["murray-mccully", "ibrahim-al-jaafari"]


def test_wholly_quoted_paragraph_continues_the_last_speaker():
    text = (
        "Mr Shearer, a Labour MP, was unconvinced. David Shearer said he was worried.\n\n"
        "\"It is certainly going to put people in harm's way.\""
    )
    _, quotes = quotes_of(text)
    assert pairs(quotes) == [("p2", "david-shearer", "It is certainly going to put people in harm's way.")]


def test_a_body_speaking_leaves_no_person_to_continue():
    text = (
        "\"We will go,\" Prime Minister John Key said.\n\n"
        "The National Party, meanwhile, has said the troops should stay.\n\n"
        "\"Leaving now would be a mistake for everyone.\""
    )
    _, quotes = quotes_of(text)
    assert [q.speaker for q in quotes] == ["john-key", None]


def test_scare_quotes_are_not_speech():
    text = (
        "Prime Minister John Key spoke.\n\n"
        "The pressure came from \"the club\" and he feared \"mission creep\".\n\n"
        "Officials have \"strongly advised\" people to leave, Mr Key said."
    )
    _, quotes = quotes_of(text)
    assert quotes == ()


def test_short_quote_claimed_by_a_speech_verb_is_kept():
    _, quotes = quotes_of("Asked if troops would leave, Prime Minister John Key said: \"No.\"")
    assert pairs(quotes) == [("p1", "john-key", "No.")]


def test_partial_quote_inside_reported_speech():
    text = "Defence Minister Ron Mark told reporters the Government was \"coolly, calmly assessing the situation\" today."
    document, quotes = quotes_of(text)
    assert pairs(quotes) == [("p1", "ron-mark", "coolly, calmly assessing the situation")]
    q = quotes[0]
    assert document.paragraph("p1").text[q.start:q.end] == q.text


def test_curly_and_straight_quotes_mixed():
    text = "Prime Minister John Key spoke.\n\n“We are not immune from the threat,\" Mr Key says. \"It is real and present.”"
    _, quotes = quotes_of(text)
    assert pairs(quotes) == [
        ("p2", "john-key", "We are not immune from the threat"),
        ("p2", "john-key", "It is real and present."),
    ]


def test_a_quote_that_never_closes_ends_with_its_paragraph():
    text = (
        "The Cabinet met on Monday.\n\n"
        "Prime Minister John Key said: “The mission will be reviewed after nine months\n\n"
        "The debate went on."
    )
    document, quotes = quotes_of(text)
    assert pairs(quotes) == [("p2", "john-key", "The mission will be reviewed after nine months")]
    assert quotes[0].end == len(document.paragraph("p2").text)


def test_transcript_speaker_lines():
    text = (
        "Hon GERRY BROWNLEE (Minister of Defence): They will not take part in combat.\n\n"
        "Mr SPEAKER: Order! The member will be heard."
    )
    _, quotes = quotes_of(text)
    assert [(q.speaker, q.speaker_name, q.text) for q in quotes] == [
        ("gerry-brownlee", None, "They will not take part in combat."),
        (None, "Mr SPEAKER", "Order! The member will be heard."),
    ]


def test_quote_without_any_person_or_speaker():
    _, quotes = quotes_of("\"Nobody knows what will happen next in the region.\"")
    assert [(q.speaker, q.speaker_name) for q in quotes] == [(None, None)]


def test_very_long_paragraph_is_fast():
    unit = (
        "Defence Minister Ron Mark spoke. \"We are watching the situation very closely,\" he said. "
        "Officials called it \"fluid\" and said “the troops are safe. "
    )
    def make(n):
        document = clean(read_source("x.txt", (unit * (n // len(unit))).encode()))
        return document, *find_people(document, ())
    quotes = grows_linearly(lambda made: find_quotes(*made), make, 1_000_000)
    assert len(quotes) > 5_000 and quotes[0].speaker == "ron-mark"


def test_only_marks_and_a_50000_character_paragraph():
    grows_linearly(quotes_of, lambda n: "\"" * (n // 2) + " word" * (n // 10) + "“" * (n // 50), 50_000)


def test_many_verbs_after_commas_in_one_paragraph_are_read_in_linear_time():
    sentence = 'Ana Lowe met Tomas Brandl, said "the talks went well", says reporter Jo Tane, '

    def run(document):
        found, mentions = find_people(document, ())
        return find_quotes(document, found, mentions)

    grows_linearly(run, lambda n: clean(read_source("x.txt", (sentence * (n // len(sentence))).encode())), 200_000)


def test_a_participle_is_the_words_of_its_clauses_subject_and_a_letter_of_its_sender():
    from test_web_texts import quotes
    text = ("Minister writes to family over the wharf\n\nBut the family’s spokesman Tom Reyes said the Ports Minister Ana Ruiz has written to "
            "Mr Bloggs’s family about Ms Lowe, saying: “The board has now told us the wharf will reopen.”\n\n"
            "The letter, sent by Ana Ruiz to the family, said: “We have pressed the board for a date.”\n")
    assert [s for s, _ in quotes(text)] == ["ana-ruiz", "ana-ruiz"], quotes(text)
    # another clause's verb between the name and the participle: the name is not its subject
    text = ("Wharf letter\n\nThe harbour chief rejected reports that Ana Ruiz might resign and the board could "
            "be dissolved, saying: “These reports are false from start to end.”\n")
    assert [s for s, _ in quotes(text)] == [None], quotes(text)


def test_a_family_named_for_a_person_or_a_spokesperson_said_before_a_name_is_not_that_person():
    from test_web_texts import quotes
    text = ("Wharf anger\n\nAna Bloggs died when the wharf gave way.\n\n"
            "A spokesman for the Bloggs family said: “The board's comments are insensitive and clumsy.”\n")
    assert [s for s, _ in quotes(text)] == [None], quotes(text)
    text = ("Wharf anger\n\nA harbour board spokesperson said Friday that closing the wharf to Ana Bloggs would "
            "be \"highly inappropriate.\"\n\n\"The board has a strong record on safety,\" the spokesperson added.\n")
    assert [s for s, _ in quotes(text)][-1] is None, quotes(text)


def test_a_tag_closing_the_sentence_and_a_second_quote_joined_to_the_first_are_the_speakers():
    from test_web_texts import quotes
    text = ("Harbour chief visits the wharf\n\nPorts minister Ana Ruiz met the harbour board on Tuesday. Ruiz said "
            "the plan “has been firmly confirmed.”\n\nThe board's report “is extremely important to calm the rumours” "
            "that hurt the port's trade, she said.\n\nShe said that because of the collapse, workers are \"angry\" and "
            "\"perhaps frightened right now\".\n")
    assert [s for s, _ in quotes(text)] == ["ana-ruiz", "ana-ruiz", "ana-ruiz"], quotes(text)


def test_a_quote_whose_opening_mark_was_typed_as_an_apostrophe_is_still_a_quote():
    from test_web_texts import quotes
    text = ("PM approves ferry visit\n\nThe ferry has been cleared to visit by Prime Minister Ana Ruiz.\n\n"
            "'Under the harbour's rules I am required to be satisfied that any ferry is safe,” says Ruiz.\n")
    assert quotes(text) == [("ana-ruiz", "Under the harbour's rules I am required to be satisfied that any ferry is safe")]


def test_words_quoted_in_a_sentence_about_its_one_named_subject_are_the_subjects():
    text = ("Harbour fees\n\n"
            "Jo Bloggs has defended the new fees as a way to stop the port \"falling behind its neighbours\" this winter.\n\n"
            "Harbour Minister Ana Ruiz was also frank that the board had \"always chosen the big ships\" over the small.\n\n"
            "Ana Ruiz met Tom Reyes, who wants the fees \"dropped before the spring\".\n\n"
            "Jo Bloggs decided to keep the fees, the Harbour Times reported, citing a \"source close to the harbour board\".\n")
    _, quotes = quotes_of(text)
    assert [q.speaker for q in quotes] == ["jo-bloggs", "ana-ruiz", None, None], pairs(quotes)


def test_an_addressed_surname_is_the_one_person_of_that_surname_not_someone_of_that_given_name():
    text = ("Wharf deal\n\nPorts Minister Ana Mark said the wharf would reopen in spring.\n\n"
            "\"It is the only option we had,\" Ms Mark said on Monday.\n\n"
            "Opposition spokesman Mark Tane backs the deal.\n\n"
            "\"We were not consulted at all,\" Baroness Lowe said.\n")
    document, quotes = quotes_of(text)
    assert [q.speaker for q in quotes] == ["ana-mark", "lowe"], pairs(quotes)


def test_a_verb_with_a_colon_after_a_quote_opens_the_next_quote_and_a_described_subject_is_nobody_named():
    text = ("Wharf talks\n\nThe harbour master, Jo Bloggs, called it a \"misunderstanding\". "
            "The union leader replied: \"You made a big mistake, closing the wharf.\" "
            "Ms Bloggs responded: \"I did not know the boats were coming.\"\n")
    _, quotes = quotes_of(text)
    said = [(q.speaker, q.speaker_name, q.text.split()[0]) for q in quotes if len(q.text.split()) > 2]
    assert said == [(None, "The union leader", "You"), ("jo-bloggs", None, "I")], said


def test_someone_speaking_for_or_kin_to_a_named_person_is_not_that_person():
    text = ("Passports row\n\n\"I have not left the country for years,\" Tom Reyes said.\n\n"
            "The wife of Jo Bloggs, another dual citizen, echoed him, telling the paper: "
            "\"It started as a joke, but now we do not know what to think.\"\n\n"
            "A lawyer for Ana Ruiz told the court: \"My client was never in the harbour that night.\"\n")
    _, quotes = quotes_of(text)
    said = [(q.speaker, q.speaker_name) for q in quotes]
    assert said == [("tom-reyes", None), (None, "The wife of Jo Bloggs"), (None, "A lawyer for Ana Ruiz")], said


def test_a_body_that_says_something_of_a_named_person_is_the_speaker_not_the_person():
    text = ("Envoys summoned\n\nHarbour Office says Ambassador Jo Bloggs \"had no new information\" "
            "after the meeting.\n\n\"We take grave exception to this,\" said Ambassador Jo Bloggs.\n")
    _, quotes = quotes_of(text)
    assert [q.speaker for q in quotes] == [None, "jo-bloggs"], pairs(quotes)
