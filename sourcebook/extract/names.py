"""Reading a person's name or a country at a position of a text, and small helpers for patterns."""

from __future__ import annotations

import functools
import re
from bisect import bisect_right
from typing import Callable

from .vocabulary import (
    COUNTRIES,
    FORMS_OF_ADDRESS,
    FUNCTION_WORDS,
    MEMBER_LETTERS,
    MONTHS,
    NATIONALITY_PLURALS,
    ORGANISATION_WORDS,
    PARTICLES,
    PORTFOLIO_WORDS,
    POSSESSIVE,
    RANKS,
    SURNAME_NATIONALITIES,
    WEEKDAYS,
    WORD,
)

HONORIFIC = r"(?:(?:" + "|".join(FORMS_OF_ADDRESS) + r")\.?\s+)"
ADDRESS_BEFORE = re.compile(HONORIFIC + r"\Z")  # a form of address just before: "Mr ", "Dr "
INITIAL = re.compile(r"[A-Z]")
INITIALS = re.compile(r"[A-Z]{2,3}")
DOTTED_MEMBER = r"(?:T\.D|M\.P|Q\.C|K\.C|M\.L\.A|M\.E\.P)\."  # "Jo Bloggs T.D.": a member's letters with their stops
MEMBER_DOTS = re.compile(r"(?<= )" + DOTTED_MEMBER)
NICKNAME = re.compile(r" \([A-Z][a-z]+\)(?= [A-Z][a-z])")  # the name a person goes by, in brackets after their given name  # a middle initial, written with its full stop
# "the Justin Trudeau-led government": the suffix makes the name describe something else
ATTRIBUTIVE = re.compile(r"-(?:led|backed|based|born|owned|run|linked|era|style|funded|appointed|aligned|allied)$")
PLACE_PREPOSITIONS = {"to", "in", "at", "from"}  # before a capitalised run, its first words are a place's
INNER_TITLES = {"Tun"}  # a title inside a Malay name, before the father's: "Najib Tun Razak"
NOT_FIRST = PARTICLES | RANKS | SURNAME_NATIONALITIES  # words that cannot open a name read backwards


@functools.lru_cache(maxsize=16384)  # pure, and asked of the same words again and again
def is_name_word(word: str, leading: bool = True) -> bool:
    """A capitalised word that can be part of a person's name; a rank or title of address
    cannot open one ("Colonel Jo Smith") but can end one ("Julie Bishop")."""
    core = POSSESSIVE.sub("", word)
    return (
        bool(core)
        and core[0].isupper()
        and core not in FUNCTION_WORDS
        and not (leading and core in RANKS)
        and core not in ORGANISATION_WORDS
        and core not in MONTHS
        and core not in WEEKDAYS
        and (core not in COUNTRIES or (not leading and core in SURNAME_NATIONALITIES))
        and not ("-" in core and all(part in COUNTRIES for part in core.split("-")))  # "Iranian-British"
        and core not in NATIONALITY_PLURALS
        and not (core.isupper() and len(core) > 1)
        and (core.isalpha() or not any(c.isdigit() for c in core))  # "Bloggs15:45": a byline run into its time
        and not core.endswith("-General")  # "Prosecutor-General": a title, as "Attorney-General" is
    )


def is_word_char(char: str) -> bool:
    return char.isalnum() or char == "_"  # what \w matches


def is_particle(word: str) -> bool:
    """A lowercase name part ("bin", "van") or a prefixed surname ("al-Ja'afari")."""
    if word in PARTICLES:
        return True
    head, _, rest = word.partition("-")
    return head in PARTICLES and bool(rest) and rest[0].isupper()


def misspelt_rank(word: str, before: str) -> bool:
    """'Air Marshall Kevin Short': the rank Marshal, as the press often misspells it after Air."""
    return word == "Marshall" and before in ("Air", "Vice", "Field", "Chief", "Vice-Air")


def word_before(text: str, pos: int) -> str:
    """The word just before `pos` ("" at the start)."""
    words = text[max(0, pos - 40):pos].split()
    return words[-1] if words else ""


def bare(word: str) -> str:
    """A surname without a particle joined to it: "al-Jubeir" is also "Jubeir"."""
    head, _, rest = word.partition("-")
    return rest if head in PARTICLES and rest[:1].isupper() else word


def read_name(text: str, pos: int, limit: int = 5) -> tuple[int, int] | None:
    """The span of a person's name starting at `pos` (words joined by single spaces), or None."""
    words, cursor = [], pos
    while len(words) < limit:
        match = WORD.match(text, cursor)
        if not match:
            break
        words.append(match)
        gap = text[match.end():match.end() + 2]
        if INITIAL.fullmatch(match.group()) and gap == ". ":
            cursor = match.end() + 2  # "Antony J. Blinken": an initial and its full stop
            continue
        nickname = NICKNAME.match(text, match.end())
        if nickname and len(words) == 1:
            cursor = nickname.end() + 1  # "Voreqe (Frank) Bainimarama": the name goes on past it
            continue
        if POSSESSIVE.search(match.group()) or gap[:1] != " ":
            break
        if match.group()[0].islower() and match.group() not in PARTICLES and not is_particle(match.group()):
            break  # no name goes on past a word in lowercase: reading further is wasted
        cursor = match.end() + 1
    end = None
    for i, match in enumerate(words):
        word = match.group()
        suffix = ATTRIBUTIVE.search(word)
        if suffix:  # the name ends before it: "Justin Trudeau-led" names Justin Trudeau
            end = match.start() + suffix.start() if is_name_word(word[:suffix.start()], leading=end is None) else end
            break
        after = words[i + 1].group() if i + 1 < len(words) else ""
        if i > 1 and (word == words[i - 1].group() or word in MEMBER_LETTERS):
            break  # "Brendan Nelson Nelson warned": a word typed twice is one; "Jo Bloggs TD"
        if i == 0 and INITIALS.fullmatch(word) and is_name_word(after) and ADDRESS_BEFORE.search(text, max(0, pos - 14), pos):
            end = match.end()  # "Dr GNM Pandor": a form of address, initials in capitals, the surname
            continue
        if (is_name_word(word, leading=end is None) or is_particle(word) and "-" in word
                or month_in_name(word, end is not None, after, text[match.end():match.end() + 4])):
            end = match.end()
        elif not ((word in PARTICLES or word in INNER_TITLES) and i > 0):
            break
    if end is None:
        return None
    if MEMBER_DOTS.match(text, end - 1) and end - 2 > pos:
        end -= 2  # "Jo Bloggs T.D.": a member's letters with their full stops, no initial
    return (pos, end - 2) if POSSESSIVE.search(text[pos:end]) else (pos, end)


def read_name_before(text: str, end: int, limit: int = 5) -> tuple[int, int] | None:
    """The span of a person's name ending just at `end` (read backwards), or None."""
    words = list(WORD.finditer(text, max(0, end - 120), end))[-limit:]
    start, boundary, taken = None, end, 0
    for k in range(len(words) - 1, -1, -1):
        match = words[k]
        gap = text[match.end():boundary]
        if gap != ("" if start is None else " ") and not (gap == ". " and INITIAL.fullmatch(match.group())):
            break
        word = match.group()
        if taken >= 2 and (word in RANKS or word.lower() in PORTFOLIO_WORDS):
            break  # "Rear Admiral Jim Gilmour", "Foreign Affairs Jo Bloggs": a rank or a portfolio before a full name is no part of it
        taken += 1
        if not (is_name_word(word, leading=False) or is_particle(word)
                or month_in_name(word, k > 0 and is_name_word(words[k - 1].group()) and start is None,
                                 words[k + 1].group() if start is not None and k + 1 < len(words) else "",
                                 text[match.end():match.end() + 4])
                or INITIAL.fullmatch(word) and start is not None
                or INITIALS.fullmatch(word) and start is not None and ADDRESS_BEFORE.search(text, max(0, match.start() - 14), match.start())):
            break
        start, boundary = match.start(), match.start()
    if start is not None and len(set(text[start:end].split()[-2:])) == 1 and " " in text[start:end]:
        return None  # "Brendan Nelson Nelson warned": a word typed twice; read forward, it is one
    if start is not None and taken >= 3 and word_before(text, start) in PLACE_PREPOSITIONS:
        start = end - len(" ".join(text[start:end].split(" ")[-2:]))  # "envoy to London Jo Bloggs said"
    while start is not None and (text[start:end].split(" ", 1)[0] in NOT_FIRST
                                 or misspelt_rank(text[start:end].split(" ", 1)[0], word_before(text, start))):
        rest = text[start:end].split(" ", 1)
        start = start + len(rest[0]) + 1 if len(rest) > 1 else None
    return (start, end) if start is not None else None


def month_in_name(word: str, after_name: bool, following: str, right_after: str) -> bool:
    """A month that is a name: a surname after a given name ("Theresa May"), or a given name
    before a surname ("Jan Tinetti", "April Jones"); never before a number ("May 2015")."""
    if word not in MONTHS or right_after[:2].strip()[:1].isdigit() or right_after.startswith((" 1", " 2", " 3", " 0")):
        return False
    return after_name or (following[:1].isupper() and is_name_word(following) and following not in MONTHS)


def country_of(word: str) -> str | None:
    """'Iraqi' -> 'Iraq', "Iraq's" -> 'Iraq', 'UK' -> 'United Kingdom'; None for other words."""
    return COUNTRIES.get(POSSESSIVE.sub("", word.strip()))


def title_case(word: str) -> str:
    """'GOFF' -> 'Goff', 'McCULLY' -> 'McCully', "O'CONNOR" -> "O'Connor", 'al-JA'AFARI' kept readable."""
    if word in PARTICLES:
        return word
    if word.startswith("Mc") and len(word) > 2:
        return "Mc" + word[2:].capitalize()
    parts = re.split(r"([-'’])", word)
    out = []
    for i, part in enumerate(parts):
        if part in ("-", "'", "’") or not part:
            out.append(part)
        elif i == 0 and part.lower() in PARTICLES and len(parts) > 1:
            out.append(part.lower())
        elif i > 0 and parts[i - 1] in ("'", "’") and len(part) <= 2 and part.lower() == "s":
            out.append(part.lower())
        else:
            out.append(part[:1].upper() + part[1:].lower())
    return "".join(out)


def overlap_test(spans: list[tuple[int, int]]) -> Callable[[int, int], bool]:
    """A function telling whether a span overlaps any of `spans` (in log time: long texts)."""
    merged: list[tuple[int, int]] = []
    for start, end in sorted(spans):
        if merged and start < merged[-1][1]:
            merged[-1] = (merged[-1][0], max(end, merged[-1][1]))
        else:
            merged.append((start, end))
    starts = [start for start, _ in merged]

    def overlaps(start: int, end: int) -> bool:
        i = bisect_right(starts, start) - 1
        return (i >= 0 and merged[i][1] > start) or (i + 1 < len(merged) and merged[i + 1][0] < end)

    return overlaps


def word_pattern(words) -> str:
    """An alternation of words as a trie ("mi(?:nister|litary)"), so a long text is scanned
    once per position instead of once per word."""
    trie: dict = {}
    for word in words:
        node = trie
        for char in word:
            node = node.setdefault(char, {})
        node[""] = {}
    return _trie_regex(trie)


def _trie_regex(node: dict) -> str:
    ends = "" in node
    branches = [re.escape(char) + _trie_regex(child) for char, child in sorted(node.items()) if char]
    if not branches:
        return ""
    body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
    if ends:
        return "(?:" + body + ")?"
    return body
