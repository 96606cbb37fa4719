"""Gazetteer places found whole-word and case-aware; unknown place-like names as candidates."""

from conftest import grows_linearly

from sourcebook.clean import clean
from sourcebook.model import Person, PlaceSetting
from sourcebook.extract.places import find_places
from sourcebook.read import read_source

GAZETTEER = (
    PlaceSetting("taji", "Taji", ("Camp Taji", "Taji Military Complex")),
    PlaceSetting("baghdad", "Baghdad"),
    PlaceSetting("linton", "Linton"),
)


def places_in(text, people=()):
    document = clean(read_source("x.txt", text.encode()))
    mentions, candidates = find_places(document, GAZETTEER, people)
    return document, mentions, candidates


def test_aliases_and_the_longest_match():
    document, mentions, _ = places_in("Troops at Camp Taji and the Taji Military Complex, not Taji alone, flew to Baghdad.")
    assert [(m.key, m.text) for m in mentions] == [
        ("taji", "Camp Taji"), ("taji", "Taji Military Complex"), ("taji", "Taji"), ("baghdad", "Baghdad"),
    ]
    for m in mentions:
        assert document.paragraph(m.paragraph).text[m.start:m.end] == m.text


def test_possessive_counts_and_parts_of_words_do_not():
    _, mentions, _ = places_in("Baghdad's Green Zone was hit; Bagdhadi and Tajikistan and taji are not places here.")
    assert [(m.key, m.text) for m in mentions] == [("baghdad", "Baghdad")]


def test_a_place_before_a_lowercase_suffix_is_the_place():
    _, mentions, candidates = places_in("The Taji-based trainers met Baghdad-area officials and Linton-Smith, a contractor.")
    assert [(m.key, m.text) for m in mentions] == [("taji", "Taji"), ("baghdad", "Baghdad")]
    assert candidates == ()


def test_a_place_inside_a_person_name_is_not_the_place():
    person = Person("linton-jones", "Linton Jones", None)
    _, mentions, _ = places_in("Linton Jones said the soldiers trained at Linton.", (person,))
    assert [(m.start, m.text) for m in mentions] == [(42, "Linton")]


def test_candidates_after_place_cues():
    _, _, candidates = places_in(
        "The minister met him in Auckland today. Soldiers flew from Ohakea to Baghdad, near Taji, "
        "and the contingent trained north of Palmerston North."
    )
    assert candidates == ("Auckland", "Ohakea", "Palmerston North")


def test_candidates_leave_out_countries_months_people_and_bodies():
    people = (Person("john-key", "John Key", None),)
    _, _, candidates = places_in(
        "In June the troops went to Iraq and to Australia. They spoke to John Key, then to Cabinet, "
        "and to the Coalition to Defeat ISIS, in Parliament, from NZDF and from Auckland Peace Action. "
        "In a statement, officials at Islamic State sites were named on Monday.",
        people,
    )
    assert candidates == ()


def test_without_a_gazetteer_every_place_is_a_candidate():
    document = clean(read_source("x.txt", b"Troops went to Taji."))
    assert find_places(document, (), ()) == ((), ("Taji",))


def test_very_long_paragraph_is_fast():
    sentence = "Troops at Camp Taji near Baghdad met officials in Auckland on Monday with John Key. "
    people = (Person("john-key", "John Key", None),)
    mentions, candidates = grows_linearly(
        lambda d: find_places(d, GAZETTEER, people),
        lambda n: clean(read_source("x.txt", (sentence * (n // len(sentence))).encode())), 1_000_000)
    assert candidates == ("Auckland",) and len(mentions) > 20_000


MOSQUES = (
    PlaceSetting("al-noor", "Al Noor Mosque"),
    PlaceSetting("linwood", "Linwood Mosque"),
    PlaceSetting("riverton", "Riverton"),
)


def test_names_sharing_one_plural_head_are_each_the_place():
    document = clean(read_source("x.txt", b"Flowers were laid at the Al Noor and Linwood mosques on Friday."))
    mentions, _ = find_places(document, MOSQUES, ())
    assert sorted(m.key for m in mentions) == ["al-noor", "linwood"]
    assert {m.text for m in mentions} == {"Al Noor", "Linwood"}


def test_a_known_name_carried_on_by_a_capitalised_word_is_another_name():
    text = b"The member for Riverton Central spoke. The Riverton Mosques inquiry began in Riverton."
    mentions, _ = find_places(clean(read_source("x.txt", text)), MOSQUES, ())
    assert [m.text for m in mentions] == ["Riverton", "Riverton"]
    assert mentions[0].start > text.index(b"Central")


def test_a_long_list_before_plural_heads_is_read_in_linear_time():
    sentence = "Flowers lay at the Al Noor and Linwood mosques, and at the Riverton, Oak and Elm mosques. "
    mentions, _ = grows_linearly(
        lambda d: find_places(d, MOSQUES, ()),
        lambda n: clean(read_source("x.txt", (sentence * (n // len(sentence))).encode())), 500_000)
    assert len({m.key for m in mentions}) == 3


def test_a_capital_that_speaks_for_its_government_is_no_place_of_the_story():
    _, mentions, _ = places_in("Baghdad has denied any part in the attack. Baghdad won't accept the report, and the "
                               "trainers flew to Baghdad on Monday.")
    assert [(m.key, m.start) for m in mentions] == [("baghdad", 101)]
