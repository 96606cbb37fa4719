"""Places of the gazetteer named in a document, and place-like names it does not know."""

from __future__ import annotations

import functools
import re

from ..model import Document, Mention, Person, PlaceSetting
from .candidates import PLACE_WORDS as BUILDINGS
from .names import overlap_test
from .vocabulary import (
    COUNTRIES,
    FUNCTION_WORDS,
    HONORIFICS,
    MONTHS,
    NATIONALITY_PLURALS,
    ORGANISATION_WORDS,
    RANKS,
    WEEKDAYS,
)

# Words after which a capitalised name is most likely a place: "in Auckland", "north of Baghdad".
CUE = re.compile(
    r"(?<![\w'’-])(?:[Ii]n|[Aa]t|[Nn]ear|[Ff]rom|[Tt]o|[Oo]utside|[Ii]nside|[Vv]ia|[Tt]owards?|"
    r"(?:north|south|east|west|north-east|north-west|south-east|south-west)\s+of)\s+"
)
# One to three capitalised words joined by single spaces: the candidate after a cue.
CAPITALISED_RUN = re.compile(r"[A-ZĀĒĪŌŪ][\w'’-]*(?: [A-ZĀĒĪŌŪ][\w'’-]*){0,2}")
POSSESSIVE = re.compile(r"['’]s$")
PLACE_WORDS = {"Camp", "Base"}  # place-like, but the gazetteer names camps itself


def find_places(
    document: Document, places: tuple[PlaceSetting, ...], people: tuple[Person, ...]
) -> tuple[tuple[Mention, ...], tuple[str, ...]]:
    """Mentions of gazetteer places, and capitalised place-like names not in the gazetteer."""
    people_words = {w for p in people for w in p.name.split()}
    pattern, ids = gazetteer_pattern(places)
    mentions: list[Mention] = []
    candidates: dict[str, None] = {}
    for paragraph in document.paragraphs:
        blocked = person_spans(paragraph.text, people)
        in_name = overlap_test(blocked)
        text = paragraph.text
        found = [] if pattern is None else [m for m in pattern.finditer(text)
                                            if not runs_on(text, m.end()) and not GOVERNMENT_VERB.match(text, m.end())]
        for match in found:
            if not in_name(match.start(), match.end()):
                key = ids[normal(match.group())]
                mentions.append(Mention("place", key, paragraph.id, match.start(), match.end(), match.group()))
        matched = overlap_test([(m.start(), m.end()) for m in found])
        for start, end, key in listed_places(text, ids):
            if not in_name(start, end) and not matched(start, end):
                mentions.append(Mention("place", key, paragraph.id, start, end, text[start:end]))
        taken = overlap_test([(m.start(), m.end()) for m in found] + blocked)
        for name in place_candidates(paragraph.text, taken, people_words, ids):
            candidates.setdefault(name, None)
    return tuple(mentions), tuple(candidates)


# "Wellington Central", "Berlin Wall": a known name that a capitalised word carries on is another name.
CARRIED_ON = re.compile(r" (?!(?:" + "|".join(sorted(FUNCTION_WORDS | MONTHS | WEEKDAYS)) + r")\b)[A-Z][a-z]")
# "the Al Noor and Linwood mosques": names sharing one head noun, written once in the plural.
SHARED_HEAD = re.compile(r"\b(mosque|hospital|airport|base|camp|church|station|prison|school|bridge)s\b")
CONNECTOR = re.compile(r"(?:,\s+and|\s+and|,)\s+$")
LIST_ITEM = re.compile(r"((?:[A-Z][\w'’-]*\s){0,2}[A-Z][\w'’-]*)(?:,\s+|\s+and\s+|,\s+and\s+)?$")


# "Moscow has denied", "Beijing said", "Moscow won't accept": a capital that speaks or acts for its
# government is no place the text is about
GOVERNMENT_VERB = re.compile(r" (?:has |had |have |also |later |quickly |firmly |strongly )?"
                             r"(?:said|says|denied|denies|rejected|rejects|considers|insisted|insists|warned|warns|"
                             r"accused|accuses|responded|condemned|demanded|protested|retaliated|won['’]t|will not|"
                             r"would not|does not|did not|refused|refuses|dismissed|blamed|vowed)\b")


def runs_on(text: str, end: int) -> bool:
    """Whether the name ending at `end` goes on as a longer proper name; not a building or a
    place in it ("Christchurch Mosques", "Omsk Hospital"), which names the place too."""
    if not CARRIED_ON.match(text, end):
        return False
    word = re.match(r" ([\w'’-]+)", text[end:end + 30]).group(1)
    return word.removesuffix("s") not in BUILDINGS


def listed_places(text: str, ids: dict[str, str]) -> list[tuple[int, int, str]]:
    """Known places named in a list before a shared plural head: (start, end, place id)."""
    found = []
    for head in SHARED_HEAD.finditer(text):
        cursor = head.start() - 1
        while cursor > 0:
            item = LIST_ITEM.search(text, max(0, cursor - 60), cursor)
            if not item or not item.group(1):
                break
            key = ids.get(normal(f"{item.group(1)} {head.group(1)}"))
            if key is None:
                break
            found.append((item.start(1), item.end(1), key))
            cursor = item.start(1)
            connector = CONNECTOR.search(text, max(0, cursor - 12), cursor)
            if not connector:
                break
            cursor = connector.start()
    return found


@functools.lru_cache(maxsize=16)  # compiled once for the site's gazetteer, not per source
def gazetteer_pattern(places: tuple[PlaceSetting, ...]) -> tuple[re.Pattern | None, dict[str, str]]:
    """One whole-word pattern for every name and alias, longest first, and name -> place id."""
    ids: dict[str, str] = {}
    for place in places:
        for name in (place.name, *place.aliases):
            if name.strip():
                ids.setdefault(normal(name), place.id)
    if not ids:
        return None, ids
    forms = set()
    for place in places:
        for name in (place.name, *place.aliases):
            if name.strip():
                forms |= {" ".join(name.split()), " ".join(name.split()).upper()}
    alternation = "|".join(
        r"\s+".join(re.escape(w) for w in form.split()) for form in sorted(forms, key=len, reverse=True)
    )
    # Case-aware: the name as the gazetteer writes it (or in capitals), never "taji" in a word;
    # "Taji-based" is Taji, "Linton-Smith" is someone's name.
    return re.compile(r"(?<![\w-])(?:" + alternation + r")(?!\w)(?!-[A-Z])"), ids


def normal(name: str) -> str:
    """The lookup form of a place name: single spaces, case folded."""
    return " ".join(name.split()).casefold()


def person_spans(text: str, people: tuple[Person, ...]) -> list[tuple[int, int]]:
    """Where the full names of the document's people stand in this paragraph."""
    # (str.find for each name, not a regex of them all: compiling one per document cost more
    # than the search; the leftmost, then the longest, as the regex's alternation took them)
    found = []
    for name in {p.name for p in people if len(p.name.split()) > 1}:
        at = text.find(name)
        while at != -1:
            found.append((at, at + len(name)))
            at = text.find(name, at + 1)
    spans, end = [], 0
    for start, stop in sorted(found, key=lambda span: (span[0], -span[1])):
        if start >= end:
            spans.append((start, stop))
            end = stop
    return spans


def place_candidates(text: str, taken, people_words: set[str], known: dict[str, str]) -> list[str]:
    """Capitalised names after a place cue that are not known places, people, bodies or dates."""
    found = []
    for cue in CUE.finditer(text):
        run = CAPITALISED_RUN.match(text, cue.end())
        if not run or taken(run.start(), run.end()):
            continue
        if inside_proper_name(text, cue.start(), people_words):
            continue
        name = trim(run.group())
        if name and looks_like_place(name, people_words, known):
            found.append(name)
    return found


def inside_proper_name(text: str, cue_start: int, people_words: set[str]) -> bool:
    """'Coalition to Defeat ISIS', 'Minister for Whānau Ora': the cue is inside a capitalised name
    (a person's name before the cue does not count: "Murray McCully in Auckland")."""
    before = re.search(r"(\S+)\s+$", text[max(0, cue_start - 40):cue_start])
    word = before.group(1) if before else ""
    return word[:1].isupper() and word[-1:] not in ",.;:!?" and POSSESSIVE.sub("", word) not in people_words


def trim(run: str) -> str:
    """Drop a possessive and trailing words that are dates or sentence words, not the place."""
    words = run.split()
    words[-1] = POSSESSIVE.sub("", words[-1])
    while words and (words[-1] in MONTHS or words[-1] in WEEKDAYS or words[-1] in FUNCTION_WORDS):
        words.pop()
    return " ".join(words)


def looks_like_place(name: str, people_words: set[str], known: dict[str, str]) -> bool:
    """Precision first: anything that could be a person, a body, a country or a date is left out."""
    words = name.split()
    return not (
        normal(name) in known
        or name in COUNTRIES
        or any(w in COUNTRIES or w in NATIONALITY_PLURALS for w in words)
        or any(w in ORGANISATION_WORDS or w in PLACE_WORDS or w in RANKS for w in words)
        or any(w in people_words or w in HONORIFICS for w in words)
        or words[0] in FUNCTION_WORDS or words[0] in MONTHS or words[0] in WEEKDAYS
        or any(w.isupper() and len(w) > 1 for w in words)
        or any(c.isdigit() for c in name)
    )
