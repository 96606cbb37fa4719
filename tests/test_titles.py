"""Headlines on scraped pages: what the site put around them is not the title. Fixtures are
invented, in the shapes real pages take."""

from test_web_texts import date_of, people

from sourcebook.clean import clean
from sourcebook.read import read_source

STORY = (
    "The harbour board voted on Tuesday to close the northern wharf to cruise ships for the winter, "
    "after storms damaged its pilings twice in a month.\n\n"
    "Board chair Ana Ruiz said the wharf closure would last until repairs were finished.\n\n"
    "Cruise operators said the harbour wharf decision came too late for bookings already made.\n"
)
HEADLINE = "Harbour board closes northern wharf to cruise ships"


def title_of(top: str, story: str = STORY) -> str:
    return clean(read_source("x.txt", (top + "\n\n" + story).encode())).title


def test_the_site_asking_its_reader_for_notifications_is_no_headline():
    top = ("Stay up to date with notifications from The Harbourtown Courier\n\n"
           "Notifications can be managed in browser preferences.\n\n" + HEADLINE)
    assert title_of(top) == HEADLINE


def test_a_site_greeting_after_the_crawler_stamp_is_no_headline_and_the_stamp_stays():
    top = (" date 2021-06-02 Welcome to the harbournews.com BETA. Read our note on what is new.\n\n"
           "World\n\n" + HEADLINE)
    document = clean(read_source("x.txt", (top + "\n\n" + STORY).encode()))
    assert document.title == HEADLINE
    assert document.paragraphs[0].text == "date 2021-06-02"


def test_a_programme_notice_and_a_list_of_programmes_stand_above_a_dated_headline():
    top = ("Jo BloggsJo Bloggs presents Drive Monday to Friday from 5:10pm on City Radio. "
           "Join Jo for the day's news as it happens.\n\n"
           "Podcast - Full Program Podcast - Individual Items\n\n"
           "Our 40th year - a look back at the history of the station's evening program.\n\n"
           "The Morning ShowThe Morning Show\n\n"
           "More Current Affairs:\n\n"
           + HEADLINE + "\n\n"
           "Drive - Tuesday, 4 May , 2004  18:10:00\n\n"
           "Reporter: Sam Oduya")
    assert title_of(top) == HEADLINE


def test_a_page_field_naming_its_category_is_no_headline():
    story = STORY + ("\nThe board's press release said the closure was a safety matter.\n\n"
                     "Earlier press releases had promised the wharf would stay open.\n")
    assert title_of("Category: Press Releases\n\n" + HEADLINE, story) == HEADLINE


def test_a_date_with_an_ordinal_day_is_no_headline():
    story = ("The Member’s question to the Transport Secretary on the closure of the northern wharf.\n\n"
             "I thank the Secretary of State for his answer on the harbour and ask him when the wharf will reopen.\n")
    assert title_of("4th May 2004", story) == \
        "The Member’s question to the Transport Secretary on the closure of the northern wharf"


def test_breadcrumbs_run_into_the_headline_are_cut():
    assert title_of(f"Home PORTS {HEADLINE}\n\n{HEADLINE}") == HEADLINE


def test_the_site_section_after_a_dash_is_cut():
    assert title_of(f"{HEADLINE} – politics") == HEADLINE


def test_a_line_of_keywords_is_no_headline():
    assert title_of(f"Harbour, wharf, cruise, cruise ships NZ\n\n{HEADLINE}") == HEADLINE


def test_a_government_banner_an_archive_notice_and_the_issuing_office_are_no_headline():
    top = ("An official website of the Harbour Republic government\n"
           "A .gov website belongs to an official government organization of the Harbour Republic.\n"
           "A lock (lock ) or https:// means you’ve safely connected to the .gov website.\n\n"
           "This is historical material “frozen in time”. The website is no longer updated.\n\n"
           "Office of the Vice President\n\n"
           "For Immediate Release\n\n" + HEADLINE + "\n\nBy Harbour Board Public Affairs Office")
    assert title_of(top) == HEADLINE


def test_a_written_answer_is_titled_by_its_heading_not_its_department_or_its_question():
    text = ("Written answers\nTuesday, 4 May 2004\nDepartment of Ports and Harbours\nWharf Repairs\n"
            "Jo Bloggs (Northtown, Harbour Party)\n"
            "80. To ask the Minister for Ports if he will report on the repairs to the northern wharf; "
            "and if he will make a statement on the matter. [12345/04]\n"
            "Ana Ruiz (Southtown, Shore Party)\n"
            "The northern wharf will reopen once the pilings are replaced. My Department expects the "
            "work to take until the end of the winter, and I will keep the House informed.\n")
    assert clean(read_source("x.txt", text.encode())).title == "Wharf Repairs"


def test_a_date_run_on_after_the_headline_is_cut_and_kept_for_dating():
    document = clean(read_source("x.txt", f"{HEADLINE}   4 May 2004\n\n{STORY}".encode()))
    assert document.title == HEADLINE
    assert "4 May 2004" in document.paragraphs[0].text
    # a date the headline's own words lead into is the headline's
    assert title_of("Remarks on the harbour at the board's meeting, 4 May 2004") == \
        "Remarks on the harbour at the board's meeting, 4 May 2004"


def test_a_row_of_links_is_no_headline():
    top = "Read Full debate Read Hansard Text Watch Debate\n\n" + HEADLINE
    story = STORY + ("\nThe debate in the assembly is in Hansard's full text.\n\n"
                     "Read the debate in Hansard, where the full text is kept.\n")
    assert title_of(top, story) == HEADLINE


def test_a_records_heading_with_a_full_stop_over_its_date_line_is_the_title():
    top = ("Wharf Repairs.\n\nHarbour Assembly Debate, Tuesday - 4 May 2004\n\nTuesday, 4 May 2004")
    story = ("Questions (12)\n\nJo Bloggs\n\n"
             "12. Jo Bloggs asked the Minister when the wharf repairs will be finished.\n\n"
             "The wharf repairs will be finished by the winter, and the wharf will reopen then.\n")
    assert title_of(top, story) == "Wharf Repairs"


def test_an_old_browser_notice_and_an_agency_byline_run_on_are_no_part_of_the_headline():
    assert title_of("You are using an older browser version. Please use a supported version.\n\n" + HEADLINE) == HEADLINE
    dated = f"{HEADLINE} by The Associated Press\n\nPosted Jun 10, 2019 9:18 pm EDT"
    assert title_of(dated) == HEADLINE


def test_an_icon_font_after_the_stamp_is_no_story_and_a_headline_typed_twice_is_said_once():
    top = (" date 2021-06-02  icon bookmark-bicon bookmarkicon cameraicon chevron downicon closeicon editicon mailicon\n"
           "Harbour board’s wharf closes to cruise ships\n\n2 Jun, 2021 10:15\n"
           "Harbour board's wharf closes to cruise ships\n")
    document = clean(read_source("x.txt", (top + "\n" + STORY).encode()))
    assert document.title == "Harbour board’s wharf closes to cruise ships"
    assert not any("icon" in p.text or "closes to cruise" in p.text for p in document.paragraphs)
    assert document.paragraphs[0].text == "date 2021-06-02"  # the crawler's date stays to be read


def test_a_byline_of_several_reporters_over_its_date_is_no_headline_and_names_each_of_them():
    top = ("Weather Sunny\n\nHarbour News\n\nCruise lines fume as wharf shuts early\n\n"
           "By Ana Ruiz, Tom Reyes and Jo Bloggs The Associated Press\nJune 2, 2021 - 6:12 pm")
    assert title_of(top) == "Cruise lines fume as wharf shuts early"
    found = people(top + "\n\n" + STORY)
    assert {"ana-ruiz", "tom-reyes", "jo-bloggs"} <= set(found), found


def test_skip_links_run_together_a_pictures_alt_text_and_its_credited_caption_are_no_headline():
    top = ("Skip to main contentSkip to navigation\n"
           "Ana Ruiz at the northern wharf\n"
           "Ana Ruiz at the northern wharf, where the pilings gave way on Monday. Photograph: Tom Reyes/Harbour Images\n\n"
           + HEADLINE + "\n\nThis article is more than 2 years old")
    assert title_of(top) == HEADLINE


def test_a_caption_ending_on_its_agency_is_no_headline():
    top = "The northern wharf, whose pilings gave way twice in a month. PA\n\n" + HEADLINE
    assert title_of(top) == HEADLINE


def test_the_papers_name_on_its_edition_day_is_no_headline_nor_a_standfirst_signed_by_its_writer():
    top = ("The Harbourtown Herald - Saturday\n\n‘We were never told the wharf would close’\n\n"
           "The cruise operators, whose bookings ran to spring, on a winter without ships. By Jo Bloggs\n\n-")
    assert title_of(top) == "‘We were never told the wharf would close’"


def test_a_long_record_title_over_its_publication_date_is_whole_and_dates_the_record_by_what_it_records():
    title = ("Transcript of the Harbourtown Herald’s Interview with Ms Ana Ruiz, Minister for Ports and Minister "
             "for Harbours, on 2 June 2021")
    text = title + "\n\nPublished: 7 June 2021\n\nQuestion: When will the wharf reopen?\n\nMinister: In spring.\n"
    assert clean(read_source("x.txt", text.encode())).title == title
    assert date_of(text)[0].value == "2021-06-02"


def test_a_long_heading_line_of_one_sentence_is_the_title_whole():
    heading = "Ms Ruiz’s Question to the Ports Minister on the closing by the harbour board of the Northern Wharf"
    top = "22nd July 2019\n\n" + heading + ". \n\nHarbour Statement. House of Commons, Monday, 22nd July, 2019"
    assert title_of(top) == heading


def test_links_run_together_and_a_last_updated_line_are_no_headline():
    top = ("Help\nHarbour NewsMorning Show\n\nMORE PROGRAMMES\n\n"
           "Page last updated at 10:41 GMT, Sunday, 27 March 2011 11:41 UK\n\nTranscript of Ana Ruiz interview")
    assert title_of(top) == "Transcript of Ana Ruiz interview"
