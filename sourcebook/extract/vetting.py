"""Whether a name found is a person the text talks about: not a Title Case headline's words the
story never names, not a ship or a firm called "the ...", not a photographer's credit; and a
surname alone is one where a title stands before it."""

from __future__ import annotations

import re

from ..model import Document
from .given_names import GIVEN_NAMES
from .mentions import Intro
from .names import ADDRESS_BEFORE
from .vocabulary import SPEECH_VERBS

# "Photo / Mark Mitchell", "Photo: RNZ / Tim Brown", "Photograph: Jo Bloggs/Getty", "(ABC News: Jo Bloggs)"
# "Pic: Jo Bloggs/Agency", "© Agency Images / Jo Bloggs"
CREDIT = re.compile(r"(?:(?:Photo(?:graph)?s?|Image|Picture|Pics?|Video|Graphic|Credit)\s*[/:|]\s*(?:[\w.&' ]{1,25}\s*[/:|]\s*)?"
                    r"|\((?:[\w.&' ]{1,25}):\s*|©\s*(?:[\w.&' ]{1,25}\s*/\s*)?)$")

# a photographer's name before their agency, as a picture's credit sets it: "Jo Bloggs, AFP/AFP archive |"
AGENCY_AFTER = re.compile(r",?\s*(?:AFP|AP|Reuters|Getty Images|EPA|AAP|PA|Shutterstock|Alamy|Anadolu(?: Agency)?|Xinhua|Bloomberg)"
                          r"(?:/|\s*\|| archive\b)")  # (not "By Jo Bloggs, AP": a byline)


def unconfirmed_in_title_case(document: Document, intros: list) -> list:
    """In a headline Written In Title Case every word looks like a name ("Economy Minister Seeks
    Understanding"): a name of several words read there counts only if the story names it too,
    or if it opens with a given name a reader knows, or a form of address stands before it. A surname after a title ("Press Conference
    by Minister Nishimura") is read as ever."""
    long_words = [w for w in document.title.split() if len(w) >= 4 and w[:1].isalpha()]
    if all(i.paragraph is not None for i in intros) or len(long_words) < 4 or sum(w[:1].isupper() for w in long_words) < 0.8 * len(long_words):
        return intros
    body = " ".join(p.text for p in document.paragraphs)
    intros = [confirmed_part(i, body) if i.paragraph is None else i for i in intros]
    title = document.title
    # (a verb of speech inside is the headline's, not the name's: "Merkel Warns Erdogan to Stop ...")
    intros = [i for i in intros if i.paragraph is not None or not any(w.lower() in SPEECH_VERBS for w in i.name.split()[1:])]
    return [i for i in intros if i.paragraph is not None or " " not in i.name or i.name.split()[0] in GIVEN_NAMES
            or re.search(r"\b" + re.escape(i.name.split()[-1]) + r"\b", body)
            or ADDRESS_BEFORE.search(title, 0, i.start)]  # "Interview with Mr K Bloggs, Minister for ..."


def confirmed_part(intro: Intro, body: str) -> Intro:
    """A Title Case headline's name cut to the longest start of it the story names ("Taoiseach Jo
    Bloggs Assembly Statement on ..." read as "Jo Bloggs Assembly Statement", the story's "Jo Bloggs")."""
    words = intro.name.split()
    for n in range(len(words) - 1, 1, -1):
        part = " ".join(words[:n])
        if re.search(r"\b" + re.escape(part) + r"\b", body) and not re.search(r"\b" + re.escape(intro.name) + r"\b", body):
            return intro._replace(name=part, end=intro.start + len(part))
    return intro


# "Trudeau said that he ...": a surname that speaks and is "he" or "she" in the same sentence.
def titled_surname(intro: Intro, text: str) -> bool:
    """"President Obama said": a capitalised title names its holder by surname, where the name
    ends the capitalised run ("Commander Joint Forces" is a body's name) and the text goes on
    after it (a copy cut short may end mid-word)."""
    after = text[intro.end:intro.end + 2]
    return bool(intro.paragraph and intro.description[:1].isupper() and after[:1] in (" ", ",", ".", "'", "’", ";", ":")
                and not after[1:2].isupper() and not after[1:2].isdigit())


# "the Stena Impero has left", "The Adrian Darya 1 is": a name with "the" before it is a ship's or a body's
AFTER_THING = re.compile(r"(?: \d+)?(?:\s+(?:is|was|has|had|will|would|could|can|remains|left|arrived|sailed|said|under|in|at|off)\b|\s*[,.;:])")


def named_as_a_thing(name: str, texts: dict) -> bool:
    """Whether the text calls the name "the ...", as it calls a ship, a vessel or a firm and never a person."""
    if " " not in name:
        return False
    for text in texts.values():
        for called in ("the " + name, "The " + name):
            at = text.find(called)
            while at != -1:
                if (at == 0 or not (text[at - 1].isalnum() or text[at - 1] == "-")) and AFTER_THING.match(text, at + len(called)):
                    return True
                at = text.find(called, at + 1)
    return False


def is_credit(intro: Intro, text: str) -> bool:
    """A name in a photo credit ("Photo / Mark Mitchell", "Jo Bloggs, AFP/AFP archive | ...") is
    nobody the text talks about."""
    return bool(CREDIT.search(text, max(0, intro.start - 40), intro.start) or AGENCY_AFTER.match(text, intro.end))
