"""Stage 2: boilerplate, paragraphs, titles and slugs."""

from __future__ import annotations

from sourcebook.clean import assign_slugs, clean
from sourcebook.read import read_source


def doc(text: str, name: str = "a.txt"):
    return clean(read_source(name, text.encode("utf-8")))


def test_photo_captions_are_dropped():
    d = doc("Troops trained at Camp Taji since 2015. Photo / Supplied\nThe mission continues.\n\nMore text here.")
    assert [x.reason for x in d.dropped] == ["caption"]
    assert all("Photo /" not in p.text for p in d.paragraphs)
    d2 = doc("A minister speaks. Photo: Getty Images\n\nBody text follows here.")
    assert [x.reason for x in d2.dropped] == ["caption"]


def test_page_furniture_lines_are_dropped():
    d = doc("NZ troops to stay\n\n3 minutes to read\n\nShare on Facebook\n\nDefence Minister Ron Mark said "
            "the troops would stay.\n\nEmail\n\nUpdated 2 hours ago\n\nHe would not say how long for, or email us.")
    assert [p.text for p in d.paragraphs] == [
        "Defence Minister Ron Mark said the troops would stay.", "He would not say how long for, or email us."]
    assert [x.reason for x in d.dropped] == ["furniture"] * 4


def test_a_sentence_about_photos_is_not_a_caption():
    d = doc("The minister said the photo showed troops.\n\nThey posed for a photo / video shoot, he said.")
    assert d.dropped == ()


def test_verbatim_repeated_line_is_dropped_once():
    text = "First paragraph here.\n\nThis line is repeated in the scraped page.\n\nMiddle.\n\nThis line is repeated in the scraped page.\n"
    d = doc(text)
    assert [(x.reason, x.line) for x in d.dropped] == [("repeated", 7)]
    assert sum("repeated in the scraped" in p.text for p in d.paragraphs) == 1


def test_run_of_related_headlines_is_dropped_but_not_a_lone_heading():
    text = (
        "Soldiers returned home on Friday after the mission ended.\n\n"
        "Background\n\n"
        "The mission began in 2015.\n\n"
        "How Iran could retaliate to US attack\n"
        "US President warns of 52 targets if Iran retaliates\n"
        "Iran vows 'harsh' response after US airstrike\n\n"
        "The final paragraph ends here.\n"
    )
    d = doc(text)
    assert [x.reason for x in d.dropped] == ["headlines"] * 3
    texts = [p.text for p in d.paragraphs]
    assert "Background" in texts and "The final paragraph ends here." in texts


def test_leading_headline_and_byline_are_kept_and_headline_becomes_title():
    d = doc("Troops head home from Iraq\nBy Jane Smith\nWellington\n\nThe last troops left Camp Taji today.")
    assert d.dropped == ()
    assert d.title == "Troops head home from Iraq"
    assert d.paragraphs[0].text == "By Jane Smith"


def test_paragraph_ids_and_one_line_per_paragraph_without_blank_lines():
    d = doc("First sentence here.\nSecond paragraph line.\nThird one, which\ncontinues on a lowercase line.")
    assert [p.id for p in d.paragraphs] == ["p1", "p2", "p3"]
    assert d.paragraphs[2].text == "Third one, which continues on a lowercase line."
    assert [p.line for p in d.paragraphs] == [1, 2, 3]


def test_hard_wrapped_paragraphs_are_joined():
    text = (
        "The New Zealand Defence Force has confirmed that the training\n"
        "mission at Camp Taji will continue despite the tension in the\n"
        "region, officials said on Monday.\n\nA second paragraph."
    )
    d = doc(text)
    assert len(d.paragraphs) == 2
    assert d.paragraphs[0].text.startswith("The New Zealand") and d.paragraphs[0].text.endswith("on Monday.")


def test_a_list_of_short_lines_is_not_a_wrapped_paragraph():
    # A press release names its ministers one per line; a narrow column runs its sentences on.
    listing = doc("Headline\n\nHon Jacinda Ardern, Prime Minister\nHon Ron Mark, Minister of Defence\n"
                  "Rt Hon Winston Peters, Minister of Foreign Affairs\n\nBody.")
    assert [p.text for p in listing.paragraphs][:3] == [
        "Hon Jacinda Ardern, Prime Minister", "Hon Ron Mark, Minister of Defence",
        "Rt Hon Winston Peters, Minister of Foreign Affairs"]
    column = doc("Headline\n\nTroops at Camp Taji will\nstay for another year, the\nminister said on Monday.\n\nBody.")
    assert column.paragraphs[0].text == "Troops at Camp Taji will stay for another year, the minister said on Monday."


def test_long_first_sentence_title_is_cut_at_a_word_boundary():
    long = "New Zealand Defence Force personnel have secured approval from the defence ministry to start specific contingency training for a possible deployment to Iraq."
    d = doc(long + "\n\nSecond paragraph.")
    assert d.title_inferred
    assert len(d.title) <= 91 and d.title.endswith("…")
    assert long.startswith(d.title[:-1])
    assert not d.title[:-1].endswith(" ")


def test_short_first_sentence_title_loses_its_full_stop():
    d = doc("Troops leave Iraq. They flew home on Friday.\n\nMore.")
    assert d.title == "Troops leave Iraq"


def test_front_matter_title_and_url_win():
    d = doc("---\ntitle: Given title\nurl: https://example.org/x\n---\nBody text.")
    assert d.title == "Given title" and not d.title_inferred and d.url == "https://example.org/x"


def test_non_http_url_is_dropped_with_a_warning():
    d = doc("---\ntitle: T\nurl: javascript:alert(1)\n---\nBody.")
    assert d.url is None
    assert [str(w) for w in d.warnings] == ["a.txt:3: warning: front matter 'url' is not an http(s) address; ignored"]


def test_slugs_are_ascii_unique_and_stable():
    a = doc("---\ntitle: Māori Battalion returns\n---\nText.", "b.txt")
    b = doc("---\ntitle: Māori Battalion returns\n---\nOther text.", "a.txt")
    c = doc("---\ntitle: Other\nslug: ../../etc/passwd\n---\nText.", "c.txt")
    slugs = {d.source: d.slug for d in assign_slugs([a, b, c])}
    assert slugs == {"a.txt": "maori-battalion-returns", "b.txt": "maori-battalion-returns-2", "c.txt": "etc-passwd"}
    assert {d.source: d.slug for d in assign_slugs([c, b, a])} == slugs


def test_a_slug_keeps_the_letters_unicode_does_not_decompose():
    from sourcebook.slugs import slugify
    assert slugify("Władysław Bartoszewski in Łódź") == "wladyslaw-bartoszewski-in-lodz"
    assert slugify("Søren Østergaard and Æsa Þórsdóttir") == "soren-ostergaard-and-aesa-thorsdottir"


def test_markdown_is_rendered_and_sanitised():
    d = doc("# Heading\n\nSome *text* about Taji.<script>alert(1)</script>\n\n- one\n- two\n", "m.md")
    assert d.title == "Heading"
    assert d.paragraphs[0].html == "<p>Some <em>text</em> about Taji.</p>"
    assert d.paragraphs[0].text == "Some text about Taji."
    assert d.paragraphs[1].html.startswith("<ul>")
    assert "script" not in "".join(p.html for p in d.paragraphs)


def test_plain_text_markup_is_text():
    d = doc("He wrote <b>bold</b> & {{ 7*7 }} here.\n\nMore.")
    assert d.paragraphs[0].html == "<p>He wrote &lt;b&gt;bold&lt;/b&gt; &amp; {{ 7*7 }} here.</p>"
