"""Ministerial and other titles as news writes them: "Defence Minister", "Minister of Foreign
Affairs", "Britain's Secretary of State for Defence", "former defence minister", read around an anchor word."""

from __future__ import annotations

import re
from typing import NamedTuple

from .names import country_of, is_name_word, word_pattern
from .vocabulary import (
    COUNTRY_BEFORE,
    FORMER,
    NOT_IN_OFFICE,
    OTHER_ROLE_WORDS,
    PORTFOLIO_WORDS,
    RANKS,
    SECRETARY_PORTFOLIOS,
    WORD,
)

# (Ireland's prime minister and deputy prime minister are the Taoiseach and the Tánaiste)
MINISTER_HEADS = {"minister", "secretary", "chancellor", "premier", "treasurer", "attorney-general", "attorney general", "pm",
                  "taoiseach", "tánaiste", "tanaiste"}
CAPITALISED_ONLY = {"chancellor", "premier", "treasurer", "pm"}
TITLE_MODIFIERS = {"deputy", "associate", "acting", "assistant", "junior", "senior", "vice"}
# Words about the holder's standing, not part of the title; the country may stand before them
# ("Iraq's caretaker Prime Minister").
STANDING_WORDS = {"caretaker", "interim", "outgoing", "new", "current", "embattled", "veteran", "long-serving"}
FORWARD_WORDS = PORTFOLIO_WORDS | {"state", "exchequer", "opposition", "staff", "army", "navy", "force", "forces", "duchy", "lancaster"}
DETERMINERS = {"the", "a", "an"}
PLACE_BEFORE = re.compile(r"(?<![.!?] )(?<!^)\b[A-Z][a-z]+(?:['’]s)? $")
FULL_NAME_AFTER = re.compile(r" [A-Z][a-z][\w'’-]* (?:[A-Z][a-z][\w'’-]* )?[A-Z][a-z][\w'’-]*\b")
FORMER_PREFIXES = ("ex-", "then-")
ANCHOR_WORDS = word_pattern(
    {"attorney-general", "attorney general", "minister", "secretary", "chancellor", "premier",
     "treasurer", "leader of the opposition", "taoiseach", "tánaiste", "tanaiste"} | OTHER_ROLE_WORDS
)
ANCHOR = re.compile(r"\b(?i:" + ANCHOR_WORDS + r")\b|\bPM\b")
# The same words sought in a lowercased copy of the text, which the engine scans faster than
# a case-blind pattern; "PM" only in capitals, in the text itself.
LOWER_ANCHOR = re.compile(r"\b" + ANCHOR_WORDS + r"\b")
PM = re.compile(r"\bPM\b")


class Anchor(NamedTuple):
    """A title's head word found in a text: what ANCHOR's match would give."""

    text: str
    at: int
    until: int

    def group(self) -> str:
        return self.text[self.at:self.until]

    def start(self) -> int:
        return self.at

    def end(self) -> int:
        return self.until


def anchors(text: str) -> list:
    """ANCHOR's matches in `text`, in order."""
    lowered = text.lower()
    if len(lowered) != len(text):  # a letter whose lowercase is longer ("İ"): offsets would drift
        return list(ANCHOR.finditer(text))
    found = [Anchor(text, m.start(), m.end()) for m in LOWER_ANCHOR.finditer(lowered)]
    found += [Anchor(text, m.start(), m.end()) for m in PM.finditer(text)]
    return sorted(found, key=lambda a: a.at)


# The rest of a portfolio listed with commas, up to the comma before its holder's name: ",
# Oceans and the Canadian Coast Guard" before ", the Honourable Jo Bloggs" or ", Jo Bloggs,"
PORTFOLIO_LIST = re.compile(r"((?:,? (?:[A-Z][\w'’-]+|and|the|&)){1,8})(?=, (?:the )?(?:(?:Hon|Honourable|Rt Hon|Deputy|Senator)\.? )?"
                            r"(?:(?:Mr|Ms|Mrs|Dr)\.? )?[A-Z][\w'’-]+ [A-Z][\w'’-]+)")


def read_title(text: str, anchor: re.Match):
    """The title phrase around an anchor word: (start, end, words, country, former, minister,
    determiner), or None when it is no title."""
    head = anchor.group().lower().replace(" ", "-") if anchor.group().lower().startswith("attorney") else anchor.group().lower()
    if (head in CAPITALISED_ONLY and not anchor.group()[0].isupper()
            and not PLACE_BEFORE.search(text[max(0, anchor.start() - 40):anchor.start()])
            and not FULL_NAME_AFTER.match(text, anchor.end())):  # "premier Jo Bloggs told journalists"
        return None  # "the chancellor said" is anyone's; "Queensland premier Campbell Newman" is a title
    end, forward = read_forward(text, anchor.end(), lowercase=anchor.group()[0].islower())
    start, backward, country, modifiers, determiner = read_backward(text, anchor.start(), anchor.group()[0].isupper())
    words = backward + [anchor.group()] + forward
    minister = head in MINISTER_HEADS
    if head == "secretary":
        minister = any(w.lower() in SECRETARY_PORTFOLIOS for w in backward + forward)
        # "Secretary of Defence", spelt the Commonwealth's way, heads a department: a public
        # servant (its ministers are "Defence Secretary", "Secretary of State for Defence")
        if forward[:2] == ["of", "Defence"]:
            minister = False
    if head == "chancellor" and any(w.lower() == "vice" for w in backward):
        minister = False
    if modifiers & NOT_IN_OFFICE:
        minister = False
    return start, end, words, country, bool(modifiers & FORMER), minister, determiner


def read_forward(text: str, pos: int, lowercase: bool = False) -> tuple[int, list[str]]:
    """'of Defence', 'for Foreign Affairs and Trade', 'of State (for Defence)', 'of the Opposition'
    after a head; after a head in lowercase, the portfolio may be too ("the minister of the interior")."""
    match = re.match(r" (of|for) (the )?", text[pos:pos + 9])
    if not match:
        return pos, []
    words, cursor = [match.group(1)] + ([match.group(2).strip()] if match.group(2) else []), pos + match.end()
    taken = []
    while len(taken) < 6:
        word = WORD.match(text, cursor)
        if not word or not (word.group().lower() in FORWARD_WORDS and (word.group()[0].isupper() or lowercase or word.group() in ("and", "&"))):
            break
        taken.append(word)
        cursor = word.end() + 1
        if text[word.end():word.end() + 1] != " ":
            break
    while taken and taken[-1].group() in ("and", "&"):
        taken.pop()
    if not taken:
        return pos, []
    end, words = taken[-1].end(), words + [w.group() for w in taken]
    listed = PORTFOLIO_LIST.match(text, end)
    run = listed.group(1) if listed else ""
    # (the list stops before a part in capitals: ", DIRCO Media Briefing" names an event, not a portfolio)
    run = run[:next((m.start() for m in re.finditer(r",[^,]*\b[A-Z]{2,}\b", run)), len(run))]
    if run.strip(", "):  # "of Fisheries, Oceans and the Canadian Coast Guard, the Honourable Jo Bloggs"
        end += len(run)
        for token in run.split():
            if token == ",":
                words[-1] += ","
            else:
                words.append(token)
    if words[-1] == "State" and text.startswith(" for ", end):
        # Britain's "Secretary of State for Defence": the portfolio follows the rank
        more_end, more = read_forward(text, end, lowercase)
        if more and more[-1] != "State":
            return more_end, words + more
    return end, words


def read_backward(text: str, pos: int, capitalised: bool):
    """Portfolio words, a country and modifiers before a head: (start, words, country, modifiers, determiner)."""
    words, country, modifiers, determiner, start, unknown = [], None, set(), None, pos, 0
    starts: list[int] = []  # where each of `words` starts
    matches = list(WORD.finditer(text, max(0, pos - 100), pos))
    while matches and determiner is None:
        found = COUNTRY_BEFORE.search(text, max(0, start - 40), start) if country is None else None
        if found:
            country, start = country_of(found.group(1)), found.start(1)
            matches = [m for m in matches if m.end() <= start]
            continue
        match = matches.pop()
        if text[match.end():start] != " ":
            break
        word, lower = match.group(), match.group().lower()
        if word.endswith(("'s", "’s")):
            break  # "Mr Key's Defence Minister": whose minister, not part of the title
        # "ex-defence minister", "then-Defence Minister": held once, not now
        prefix = lower[:lower.index("-") + 1] if lower.startswith(FORMER_PREFIXES) else ""
        core, bare = word[len(prefix):], lower[len(prefix):]
        if lower in FORMER or lower in NOT_IN_OFFICE:
            modifiers.add(lower)
        elif lower in DETERMINERS:
            determiner = lower
        elif country or modifiers - TITLE_MODIFIERS:
            break
        elif word in STANDING_WORDS and words:
            pass  # skipped: neither title nor country
        elif lower in TITLE_MODIFIERS or word in RANKS:
            modifiers |= {lower} if lower in TITLE_MODIFIERS else set()
            words.insert(0, word)
            starts.insert(0, match.start())
        elif bare in PORTFOLIO_WORDS and (core[:1].isupper() or not capitalised or bare in ("and", "&")):
            words.insert(0, core)
            starts.insert(0, match.start())
            modifiers |= {"ex"} if prefix else set()
        elif capitalised and is_name_word(word) and unknown < 2 and len(words) < 3 and words[:1] not in (["and"], ["&"]):
            # a portfolio the vocabulary lacks ("Biosecurity Minister"), but not the end of
            # the name before a second title ("Nanaia Mahuta and Defence Minister")
            unknown += 1
            words.insert(0, word)
            starts.insert(0, match.start())
        else:
            break
        start = match.start()
    while words and words[0] in ("and", "&"):
        dropped = starts.pop(0)
        words.pop(0)
        if start == dropped:
            start = starts[0] if starts else pos
    return start, words, country, modifiers, determiner


def normal_title(words: list[str]) -> str:
    """['defence', 'minister'] -> 'Defence Minister'; 'PM' -> 'Prime Minister'."""
    if words[-1:] == ["PM"]:  # "Acting PM"
        words = words[:-1] + ["Prime", "Minister"]
    small = {"of", "for", "the", "and", "&"}
    # ("Immigration , Refugees" from a list read word by word: a comma belongs to the word before)
    return " ".join(w if w in small else w[:1].upper() + w[1:] for w in words).replace(" ,", ",")
