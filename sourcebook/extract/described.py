"""Full names a text marks as a person's, found in its runs of capitalised words: a description
before the name ("journalist Jamal Khashoggi"), a form of address, a byline, an apposition after
it ("Jo Bloggs, a lawyer,"), what befalls a person ("the murder of ..."), or the surname standing
alone elsewhere."""

from __future__ import annotations

import itertools
import re

from .candidates import (
    AGED,
    APPOSITION,
    APPOSITIVE_PHRASE,
    BYLINE,
    BYLINE_JOBS,
    DESCRIBED,
    MAX_WORDS,
    PHRASE_ENDS,
    REPORTS,
    RUN,
    looks_like_name,
)
from .given_names import GIVEN_NAMES
from .mentions import Intro
from .names import (
    ATTRIBUTIVE,
    PLACE_PREPOSITIONS,
    bare,
    is_name_word,
    misspelt_rank,
    read_name,
    word_before,
)
from .vocabulary import HONORIFICS, MEMBER_LETTERS


def described_intros(pid: str | None, text: str, recurring: set[str]) -> list[Intro]:
    """Full names the text marks as a person's. `recurring`: words that stand alone elsewhere in
    the document as a surname does ("Mr Kovrig", "Kovrig said")."""
    found: list[Intro] = []
    for run in RUN.finditer(text):
        words = run.group().split(" ")
        # Words before the name in the same capitalised run may describe it ("Justice Cameron Mander").
        lead = 0
        while lead < len(words) - 2 and not is_name_word(words[lead]):
            lead += 1
        if 0 < lead < len(words) - 1 and misspelt_rank(words[lead], words[lead - 1]):
            lead += 1
        described = [i for i, w in enumerate(words[:-2]) if w.lower() in DESCRIBED]
        if described and described[-1] >= lead:
            lead = described[-1] + 1  # "Huawei CFO Meng Wanzhou": the name is after the description
        if lead == 0 and len(words) >= 3 and word_before(text, run.start()) in PLACE_PREPOSITIONS and words[-3][-1:] != ".":
            lead = len(words) - 2  # "ambassador to London Alexander Bloggs": the place, then the name
        if lead == 0 and len(words) >= 3 and words[-1] in BYLINE_JOBS and given_name_first(" ".join(words[:2])):
            # "Jo Bloggs Political Editor": a byline, the name and then the reporter's job
            found.append(Intro(" ".join(words[:2]), pid, run.start(), run.start() + len(" ".join(words[:2])), None, ""))
            continue
        suffix = ATTRIBUTIVE.search(run.group())
        if lead == 0 and not suffix and word_before(text, run.start()).lower() == "the":
            continue  # "envoy for the Middle East": a name after "the" is a place's or a body's
        start = run.start() + sum(len(w) + 1 for w in words[:lead])
        end = run.end() - (2 if run.group().endswith(("'s", "’s")) else len(suffix.group()) if suffix else 0)
        if words[-1] in MEMBER_LETTERS and len(words) - lead >= 3:
            end -= len(words[-1]) + 1  # "Jo Bloggs TD": a member's letters after the name
        if not (evidence(text, run.start(), start, end, words[:lead], recurring, found) or given_name_first(text[start:end])):
            continue  # cheap first: most capitalised runs have nothing to say they are a person
        span = read_name(text, start, limit=MAX_WORDS + 1)
        if span is None or span[1] != end:
            continue  # the name stops short of the run: a body's or a work's name goes on
        name = text[span[0]:span[1]]
        if 2 <= len(name.split()) <= MAX_WORDS and looks_like_name(name.split()):
            found.append(Intro(name, pid, span[0], span[1], None, ""))
    return found


SPOKEN_KINDS = {"statement", "speech", "remarks", "address"}
# What happens to a person, or who is theirs, before "of" and their name
HAPPENED_TO = {"murder", "killing", "death", "poisoning", "assassination", "arrest", "detention", "release", "funeral",
               "family", "widow", "widower", "wife", "husband", "son", "daughter", "mother", "father", "brother", "sister",
               "relatives", "extradition", "abduction", "kidnapping", "imprisonment", "execution", "shooting", "stabbing",
               "appointment", "resignation", "sacking", "dismissal", "nomination", "election", "condolences", "memory"}


def given_name_first(name: str) -> bool:
    """Two words, or three with an initial, opening with a given name a reader knows: "Sergei Skripal"."""
    words = name.split()
    return words[0] in GIVEN_NAMES and (len(words) == 2 or len(words) == 3 and len(words[1].rstrip(".")) == 1)


def evidence(text: str, run_start: int, start: int, end: int, lead: list[str], recurring: set[str], found) -> bool:
    """Whether the text says the name at [start, end) is a person's: a description within a few
    words before it ("ambassador to China Dominic Barton", "journalists Nicky Hager and"), a
    form of address, a byline, an apposition after it, its surname standing alone elsewhere, or
    a list with a person named just before ("Michael Spavor and Michael Kovrig")."""
    before = text[max(0, run_start - 60):run_start].replace(",", " ").split()[-4:]
    if before and (AGED.fullmatch(before[-1]) or before[-1] == "named" and len(before) > 1 and before[-2].islower()):
        return True  # "56-year-old Jo Bloggs", "an arms trader named Jo Bloggs"
    if len(before) >= 2 and before[-1] == "of" and before[-2].lower() in HAPPENED_TO:
        return True  # "the murder of Jo Bloggs", "the family of Jo Bloggs": what befalls a person
    if len(before) >= 3 and before[-1] == "by" and before[-2] in ("made", "given", "delivered") \
            and before[-3].lower() in SPOKEN_KINDS:
        return True  # "the speech made by Jo Bloggs"
    described = [w.lower().removesuffix("s") for w in lead + before]
    if lead and lead[-1].lower() in DESCRIBED or any(w in DESCRIBED or w + "s" in DESCRIBED for w in described):
        return True
    last = bare(text[start:end].split()[-1])
    if last in recurring or (before and before[-1].rstrip(".") in HONORIFICS) or (lead and lead[-1].rstrip(".") in HONORIFICS):
        return True
    after = text[end:end + 30]
    phrase = APPOSITIVE_PHRASE.match(text[end:end + 60])
    if phrase:
        # the phrase's words up to where it turns to something else (its head may come late: "the half brother")
        rest = (phrase.group(1) + text[phrase.start(2) + end:end + 60]).split()[:5]
        head = list(itertools.takewhile(lambda w: w.lower().strip(",.;:") not in PHRASE_ENDS, rest))
        if any(w.lower().strip(",.;:").removesuffix("s") in DESCRIBED for w in head):
            return True
    if APPOSITION.match(after) or REPORTS.match(after) or (start < 60 and BYLINE.search(text[:start])):
        return True
    joined = re.search(r"(?:,|\band|&)\s*$", text[max(0, run_start - 6):run_start])
    return bool(joined and found and text[found[-1].end:run_start].strip(" ,") in ("", "and", "&", ", and"))
