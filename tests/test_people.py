"""People and ministers found from the text: titles, appositives, later references, hints."""

import pytest

from conftest import grows_linearly

from sourcebook.clean import clean
from sourcebook.model import MinisterHint, Role
from sourcebook.extract.people import find_people
from sourcebook.read import read_source


def doc(text, name="x.txt"):
    return clean(read_source(name, text.encode()))


def people_of(text, hints=()):
    people, mentions = find_people(doc(text), hints)
    return {p.key: p for p in people}, mentions


@pytest.mark.parametrize("text, key, role", [
    ("Defence Minister Gerry Brownlee said so.", "gerry-brownlee", Role("Defence Minister", None)),
    ("Prime Minister John Key announced it.", "john-key", Role("Prime Minister", None)),
    ("Acting Prime Minister Winston Peters spoke.", "winston-peters", Role("Acting Prime Minister", None)),
    ("Foreign Affairs Minister Winston Peters spoke.", "winston-peters", Role("Foreign Affairs Minister", None)),
    ("Iraq's Prime Minister, Adil Abdul Mahdi, spoke.", "adil-abdul-mahdi", Role("Prime Minister", "Iraq")),
    ("The UK Foreign Secretary Philip Hammond spoke.", "philip-hammond", Role("Foreign Secretary", "United Kingdom")),
    ("US Secretary of State Mike Pompeo spoke.", "mike-pompeo", Role("Secretary of State", "United States")),
    ("Iraqi Foreign Minister Ibrahim al-Ja'afari spoke.", "ibrahim-al-jaafari", Role("Foreign Minister", "Iraq")),
    ("Minister of Defence Ron Mark spoke.", "ron-mark", Role("Minister of Defence", None)),
    ("New Zealand's Foreign Minister Murray McCully spoke.", "murray-mccully", Role("Foreign Minister", "New Zealand")),
    ("The talks were led by former Defence Minister Wayne Mapp.", "wayne-mapp", Role("Defence Minister", None, True)),
    ("Gerry Brownlee, the Defence Minister, said so.", "gerry-brownlee", Role("Defence Minister", None)),
    ("Asked again, the Prime Minister, John Key, said no.", "john-key", Role("Prime Minister", None)),
    ("Minister for Foreign Affairs and Trade Julie Bishop spoke.", "julie-bishop", Role("Minister for Foreign Affairs and Trade", None)),
    ("British Home Secretary Priti Patel spoke.", "priti-patel", Role("Home Secretary", "United Kingdom")),
    ("German Chancellor Angela Merkel spoke.", "angela-merkel", Role("Chancellor", "Germany")),
    ("Attorney-General Chris Finlayson spoke.", "chris-finlayson", Role("Attorney-General", None)),
    ("Australian Deputy Prime Minister Michael McCormack spoke.", "michael-mccormack", Role("Deputy Prime Minister", "Australia")),
    ("Associate Defence Minister Mark Mitchell spoke.", "mark-mitchell", Role("Associate Defence Minister", None)),
    ("Whānau Ora Minister Peeni Henare spoke.", "peeni-henare", Role("Whānau Ora Minister", None)),
    ("Iraq's caretaker Prime Minister Adel Abdul Mahdi spoke.", "adel-abdul-mahdi", Role("Prime Minister", "Iraq")),
    ("The outgoing Defence Minister Ron Mark spoke.", "ron-mark", Role("Defence Minister", None)),
    # titles only the United States uses carry its name when the source gives none
    ("Secretary of State Mike Pompeo visited Baghdad.", "mike-pompeo", Role("Secretary of State", "United States")),
    ("Defense Secretary Mark Esper spoke.", "mark-esper", Role("Defense Secretary", "United States")),
    ("Defence Secretary Ben Wallace spoke.", "ben-wallace", Role("Defence Secretary", None)),
    ("Secretary of State for Defence Ben Wallace spoke.", "ben-wallace", Role("Secretary of State for Defence", None)),
    # a title held once, written as one hyphenated word with its portfolio
    ("Then-defence minister Jonathan Coleman said so.", "jonathan-coleman", Role("Defence Minister", None, True)),
    ("The then-Defence Minister Gerry Brownlee said so.", "gerry-brownlee", Role("Defence Minister", None, True)),
    # a form of address between the title and the name
    ("Minister of Foreign Affairs Hon Winston Peters announced it.", "winston-peters", Role("Minister of Foreign Affairs", None)),
    ("Defence Minister Rt Hon Ron Mark spoke.", "ron-mark", Role("Defence Minister", None)),
    # a nationality word that is a surname
    ("Prime Minister Bill English said so.", "bill-english", Role("Prime Minister", None)),
    # the second of two ministers joined by "and" does not take the first one's surname
    ("Foreign Minister Nanaia Mahuta and Defence Minister Peeni Henare spoke.", "peeni-henare", Role("Defence Minister", None)),
    ("Defence Minister Ron Mark, Foreign Minister Winston Peters and Prime Minister Jacinda Ardern met.",
     "jacinda-ardern", Role("Prime Minister", None)),
    # an appositive title after a surname with a form of address, or a title in brackets
    ("Ron Mark said he had arrived.\n\nMr Mark, the Defence Minister, spoke.", "ron-mark", Role("Defence Minister", None)),
    ("Ron Mark (Minister of Defence) said so.", "ron-mark", Role("Minister of Defence", None)),
    # "his Australian counterpart": the same title in the other country
    ("Defence Minister Ron Mark said he had called his Australian counterpart, Linda Reynolds, overnight.",
     "linda-reynolds", Role("Defence Minister", "Australia")),
    ("Foreign Minister Winston Peters met his Iraqi counterpart Mohamed Ali Alhakim in Baghdad.",
     "mohamed-ali-alhakim", Role("Foreign Minister", "Iraq")),
    # "his Defence Minister": the government of the minister named before
    ("Australian Prime Minister Tony Abbott and his Defence Minister, Kevin Andrews, spoke.",
     "kevin-andrews", Role("Defence Minister", "Australia")),
    ("Australian Prime Minister Tony Abbott spoke.\n\nMr Abbott's Defence Minister, Kevin Andrews, agreed.",
     "kevin-andrews", Role("Defence Minister", "Australia")),
    # the owner is the one named, not the last minister; a possessive is no part of the title
    ("Prime Minister John Key met Australian Prime Minister Tony Abbott. Mr Key's Defence Minister, Gerry Brownlee, "
     "agreed.", "gerry-brownlee", Role("Defence Minister", None)),
])
def test_ministerial_titles(text, key, role):
    people, _ = people_of(text)
    assert people[key].role == role


@pytest.mark.parametrize("text, key, description", [
    ('"No," opposition defence spokesman Mark Mitchell said.', "mark-mitchell", "opposition defence spokesman"),
    ("They met shadow foreign affairs minister David Shearer.", "david-shearer", "shadow foreign affairs minister"),
    ("They met Leader of the Opposition Andrew Little.", "andrew-little", "Leader of the Opposition"),
    ("US President Donald Trump warned Iran.", "donald-trump", "US President"),
    ("Peace activist Valerie Morse said so.", "valerie-morse", "activist"),
    ("The commanding officer, Lieutenant Colonel Jo Smith, said so.", "jo-smith", "Lieutenant Colonel"),
])
def test_non_ministers_keep_a_description(text, key, description):
    people, _ = people_of(text)
    assert people[key].role is None
    assert people[key].description == description


def test_photo_credit_is_no_mention():
    text = "Ron Mark said it was on hold.\n\nDefence Minister Ron Mark says it. Photo / Mark Mitchell extra words here"
    people, mentions = people_of(text)
    assert "mark-mitchell" not in people
    assert all(m.key != "mark-mitchell" for m in mentions)


def test_later_references_resolve_to_the_full_name():
    text = (
        "Prime Minister John Key spoke first.\n\n"
        "\"We will go,\" Mr Key said.\n\n"
        "Key said later that it was safe.\n\n"
        "Iraqi Foreign Minister Ibrahim al-Ja'afari agreed, and Dr al-Ja'afari thanked him."
    )
    _, mentions = people_of(text)
    assert [(m.paragraph, m.key, m.text) for m in mentions] == [
        ("p1", "john-key", "John Key"),
        ("p2", "john-key", "Mr Key"),
        ("p3", "john-key", "Key"),
        ("p4", "ibrahim-al-jaafari", "Ibrahim al-Ja'afari"),
        ("p4", "ibrahim-al-jaafari", "Dr al-Ja'afari"),
    ]


def test_mention_spans_point_into_the_paragraph():
    document = doc("Intro line here.\n\nSeparately, Defence Minister Ron Mark said Mark agreed.")
    _, mentions = find_people(document, ())
    for m in mentions:
        assert document.paragraph(m.paragraph).text[m.start:m.end] == m.text
    assert [m.text for m in mentions] == ["Ron Mark", "Mark"]


def test_shared_surname_is_not_resolved_silently():
    text = (
        "Foreign Affairs Minister Winston Peters met Jenny Peters, an activist, said officials.\n\n"
        "Peters said the meeting went well."
    )
    people, mentions = people_of(text)
    assert {"winston-peters", "jenny-peters"} <= people.keys()
    assert [m for m in mentions if m.paragraph == "p2"] == []


def test_first_name_of_one_is_not_the_surname_of_another():
    text = "Defence Minister Ron Mark spoke, and opposition defence spokesman Mark Mitchell replied."
    _, mentions = people_of(text)
    assert [(m.key, m.text) for m in mentions] == [("ron-mark", "Ron Mark"), ("mark-mitchell", "Mark Mitchell")]


def test_the_minister_resolves_only_when_unambiguous():
    one = "Defence Minister Ron Mark arrived.\n\nThe Defence Minister said little."
    two = "Defence Minister Ron Mark met Foreign Minister Winston Peters.\n\nThe minister said little."
    _, mentions = people_of(one)
    assert [(m.paragraph, m.key) for m in mentions] == [("p1", "ron-mark"), ("p2", "ron-mark")]
    _, mentions = people_of(two)
    assert [m for m in mentions if m.paragraph == "p2"] == []


def test_title_with_no_name_is_nobody():
    people, mentions = people_of("The Defence Minister said the troops were safe.")
    assert people == {} and mentions == ()


def test_role_is_per_source():
    minister, _ = people_of("Former Defence Minister Wayne Mapp said so.")
    plain, _ = people_of("Wayne Mapp, a lecturer, said so.")
    assert minister["wayne-mapp"].role.former
    assert plain["wayne-mapp"].role is None


def test_country_comes_from_a_later_introduction():
    text = "Foreign Minister Murray McCully met him.\n\nNew Zealand's Foreign Minister Murray McCully said so."
    people, _ = people_of(text)
    assert people["murray-mccully"].role == Role("Foreign Minister", "New Zealand")


@pytest.mark.parametrize("text, key, roles", [
    ("Deputy Prime Minister and Foreign Minister Winston Peters spoke.", "winston-peters",
     (Role("Deputy Prime Minister", None), Role("Foreign Minister", None))),
    ("Australian Deputy Prime Minister and Foreign Minister Julie Bishop spoke.", "julie-bishop",
     (Role("Deputy Prime Minister", "Australia"), Role("Foreign Minister", "Australia"))),
    # "the Prime Minister" is someone else: only Peters's own title is his
    ("The Prime Minister and Foreign Minister Winston Peters met.", "winston-peters", (Role("Foreign Minister", None),)),
])
def test_titles_joined_by_and_are_all_the_persons(text, key, roles):
    people, _ = people_of(text)
    assert (people[key].role, *people[key].also) == roles


def test_second_role_reaches_the_ministers_page(tmp_path):
    from sourcebook.config import load_settings
    from sourcebook.cache import SourceCache
    from sourcebook.pipeline import gather

    (tmp_path / "content").mkdir()
    (tmp_path / "content" / "a.txt").write_text("Peters speaks\n\nDeputy Prime Minister and Foreign Minister Winston Peters spoke.\n")
    (tmp_path / "site.yaml").write_text("title: t\n")
    site = gather(load_settings(str(tmp_path / "site.yaml")), SourceCache(None)).site
    assert [r.title for r in site.ministers["winston-peters"].roles] == ["Deputy Prime Minister", "Foreign Minister"]


def test_a_counterpart_is_a_minister_only_when_the_person_before_is_one():
    text = ("Defence Minister Ron Mark spoke.\n\n"
            "Chief of Defence Force Air Marshal Kevin Short met his Australian counterpart Angus Campbell, they said.")
    people, _ = people_of(text)
    assert people.get("angus-campbell") is None or people["angus-campbell"].role is None


def test_cut_title_is_not_read_for_names():
    # The inferred title stops at "Jacinda…": nobody called "Jacinda" is introduced by it.
    text = "Defence Minister Ron Mark, Foreign Minister Winston Peters and Prime Minister Jacinda Ardern met on Tuesday in Wellington."
    people, _ = people_of(text)
    assert "jacinda" not in people and "jacinda-ardern" in people


def test_a_nationality_word_does_not_open_a_name():
    people, _ = people_of("A statement from the Welsh Guards said the soldiers were safe.")
    assert people == {}


def test_nationality_surname_is_a_mention_only_where_the_person_acts():
    text = ("Prime Minister Bill English spoke.\n\n\"We stay,\" English said.\n\n"
            "The English version came later.\n\nMr English left.")
    _, mentions = people_of(text)
    assert [(m.paragraph, m.text) for m in mentions] == [("p1", "Bill English"), ("p2", "English"), ("p4", "Mr English")]


@pytest.mark.parametrize("name", ["release.txt", "release.md"])
def test_press_release_lists_its_ministers_one_per_line(name):
    text = ("Mission to end\n\nHon Jacinda Ardern, Prime Minister\nHon Ron Mark, Minister of Defence\n"
            "Rt Hon Winston Peters, Minister of Foreign Affairs\n\nThe mission will end in June.")
    people, _ = find_people(doc(text, name), ())
    assert {k: p.role.title for k, p in ((p.key, p) for p in people)} == {
        "jacinda-ardern": "Prime Minister", "ron-mark": "Minister of Defence",
        "winston-peters": "Minister of Foreign Affairs"}


def test_headline_gives_the_role_of_a_surname():
    text = '---\ntitle: "Defence Minister Mapp defends plan"\n---\n\nMapp said it was safe.\n\nDr Mapp agreed.\n'
    people, mentions = find_people(doc(text, "s.md"), ())
    assert people[0].key == "mapp" and people[0].role == Role("Defence Minister", None)
    assert [m.text for m in mentions] == ["Mapp", "Dr Mapp"]


def test_macrons_and_transcript_names():
    text = (
        "Te URUROA FLAVELL (Co-Leader—Māori Party): Will the Minister answer?\n\n"
        "Hon NANAIA MAHUTA (Minister of Foreign Affairs): Yes. Kelvin Davis agrees."
    )
    people, _ = people_of(text)
    assert people["te-ururoa-flavell"].role is None
    assert people["nanaia-mahuta"].role == Role("Minister of Foreign Affairs", None)
    assert people["nanaia-mahuta"].name == "Nanaia Mahuta"


def test_hints_alias_exclude_and_country():
    text = "Defence Minister Gerry Brownlee spoke.\n\nGezza said more. Prime Minister John Key agreed."
    hints = (
        MinisterHint("Gerry Brownlee", aliases=("Gezza",), country="New Zealand"),
        MinisterHint("John Key", exclude=True),
    )
    people, mentions = people_of(text, hints)
    assert people["gerry-brownlee"].role == Role("Defence Minister", "New Zealand")
    assert people["john-key"].role is None
    assert ("p2", "gerry-brownlee", "Gezza") in [(m.paragraph, m.key, m.text) for m in mentions]


def test_common_word_surname_opening_a_sentence():
    text = "Leader of the Opposition Andrew Little spoke.\n\nLittle has changed since then, little by little."
    _, mentions = people_of(text)
    assert [m.paragraph for m in mentions] == ["p1"]


NEWS = (
    "Defence Minister Ron Mark said the troops at Camp Taji were safe. \"We are watching closely,\" "
    "Mr Mark said. Opposition defence spokesman Mark Mitchell said in Auckland that the Government "
    "had been \"slow\" to act, while US President Donald Trump warned Iran. "
)


def test_very_long_paragraph_is_fast():
    # A step quadratic in the paragraph would take minutes on a megabyte.
    people, mentions = grows_linearly(lambda d: find_people(d, ()), lambda n: doc(NEWS * (n // len(NEWS))), 1_000_000)
    assert {p.key for p in people} == {"ron-mark", "mark-mitchell", "donald-trump"}
    assert len(mentions) > 10_000


def test_pathological_input_is_linear():
    def make(n):
        k = n // 200_000
        return doc("Minister " * 30_000 * k + "A" * 50_000 * k + " al-" * 10_000 * k + " Mr" * 20_000 * k)
    grows_linearly(lambda d: find_people(d, ()), make, 2_000_000)


def test_front_matter_ministers_and_portfolios_in_step():
    from sourcebook.extract.listed import listed_ministers

    text = ("---\ntitle: Troops to stay\nministers:\n  - Gerry Brownlee\n  - Murray McCully\n"
            "portfolios:\n  - Defence\n  - Foreign Affairs\n---\n\n"
            "The troops will stay, Mr Brownlee says.\n\nForeign Minister Murray McCully agreed.\n")
    document = doc(text, "release.md")
    listed, problems = listed_ministers(document, "New Zealand")
    people, mentions = find_people(document, (), listed)
    roles = {p.key: p.role for p in people}
    assert problems == ()
    assert roles["gerry-brownlee"] == Role("Minister of Defence", "New Zealand")  # the text gives no title
    assert roles["murray-mccully"] == Role("Foreign Minister", None)  # the text's own title wins
    assert [(m.key, m.text) for m in mentions][:1] == [("gerry-brownlee", "Mr Brownlee")]


@pytest.mark.parametrize("front, expected", [
    ("ministers: [Jacinda Ardern, Ron Mark]\nportfolios: [Prime Minister]", ["Minister", "Minister"]),  # not in step
    ("ministers: Ron Mark\nportfolios: Associate Defence", ["Associate Minister of Defence"]),
    ("ministers: [Christopher Finlayson]\nportfolios: [Attorney-General]", ["Attorney-General"]),
])
def test_front_matter_portfolios_become_titles(front, expected):
    from sourcebook.extract.listed import listed_ministers

    listed, _ = listed_ministers(doc(f"---\ntitle: T\n{front}\n---\n\nBody.\n", "r.md"), None)
    assert [role.title for _, role in listed] == expected


def test_front_matter_ministers_of_the_wrong_shape_warn_with_their_line():
    from sourcebook.extract.listed import listed_ministers

    listed, problems = listed_ministers(doc("---\ntitle: T\nministers:\n  name: Ron Mark\n---\n\nBody.\n", "r.md"), None)
    assert listed == ()
    [problem] = problems
    assert problem.warning and problem.line == 3 and "ministers" in problem.message


def test_a_headlines_title_held_by_someone_named_below_goes_to_no_one_else_and_a_credit_is_no_one():
    text = ("Ruiz 'escalates' row over the harbour, says Dutch PM\n\n"
            "Jo Bloggs, AFP/AFP archive | Dutch Prime Minister Tom Reyes (left) and Southland President Ana Ruiz.\n\n"
            "Dutch Prime Minister Tom Reyes on Tuesday told reporters that Ms Ruiz had to tone down his rhetoric.\n")
    found, _ = people_of(text)
    assert "jo-bloggs" not in found and "tuesday" not in found, found
    assert found["tom-reyes"].role and found["tom-reyes"].role.title == "Prime Minister", found


def test_a_minister_named_after_a_form_of_address_and_a_portfolio_joined_by_and():
    found, _ = people_of("Protest note\n\nWe protest the treatment of our Minister of Family and Social Policies "
                   "Mrs. Ana Ruiz, who was kept from the consulate.\n")
    assert list(found) == ["ana-ruiz"] and found["ana-ruiz"].role.title == "Minister of Family and Social Policies", found


def test_a_title_case_headlines_verb_is_no_part_of_a_name():
    text = ("Ruiz Warns Reyes to Stop Harbour Comparisons\n\n"
            "Chancellor Ana Ruiz on Monday warned President Tom Reyes to stop comparing the port to a prison. Reyes said nothing.\n")
    assert set(people_of(text)[0]) == {"ana-ruiz", "tom-reyes"}, people_of(text)[0]
