"""A parliament's record laid out by sitting, as some sites copy it: above each speech, the debate's
topic, the clock, the member's seat and party on lines of their own, then the member's line, which
runs their name into the party and their office or seat ("Jo Bloggs LiberalMinister of Ports",
"Jo Bloggs Bloc Northtown, QC", "The Deputy Chair NDP Jo Bloggs")."""

from __future__ import annotations

import re
from typing import NamedTuple

from ..model import Document, Role
from ..page_lines import party_in
from .candidates import looks_like_name
from .mentions import Intro
from .names import is_name_word
from .titles import ANCHOR, normal_title, read_title

CLOCK = re.compile(r"^\d{1,2}(?::\d\d)?\s?(?:[ap]\.\s?m\.|[ap]m)$|^\d{1,2}:\d\d$")
ABOVE_MEMBER = 3  # lines at most between the clock and the member's line: seat, party
FURNITURE_WIDTH = 80
SMALL_WORDS = {"of", "the", "and", "for", "on", "to", "in", "a", "an", "de", "du", "la"}
INITIAL = re.compile(r"[A-Z]\.")
SITTINGS = 2  # member's lines at least: one clock over one name may be anything, unless the page says it is a record
RECORD_HEAD = re.compile(r"\b(?:Hansard|Debates|Official Report)\b")
HEAD_LINES = 3
MOVED = re.compile(r"^(?:moved|seconded)(?: that)?:?$")  # "moved:" over the motion the member moves


class Member(NamedTuple):
    """Who speaks next, from their line: the name's place in it, and the office after the party."""

    name: str
    start: int
    end: int
    role: Role | None


def sitting_lines(document: Document) -> tuple[dict[str, Member], frozenset[str]]:
    """The member's line of each speech (by paragraph id), and the lines above it that are the
    record's furniture (topic, clock, seat, party), which are nobody's words."""
    paragraphs = document.paragraphs
    members: dict[str, Member] = {}
    furniture: set[str] = set()
    for i, paragraph in enumerate(paragraphs):
        if not CLOCK.match(paragraph.text.strip()):
            continue
        block = [paragraph.id]
        if i and is_furniture(paragraphs[i - 1].text):
            block.append(paragraphs[i - 1].id)  # the debate's topic, repeated over every speech
        for j in range(i + 1, min(i + 2 + ABOVE_MEMBER, len(paragraphs))):
            line = paragraphs[j].text.strip()
            member = member_line(line, paragraphs[j - 1].text.strip()) if j > i + 1 else None
            if member:
                members[paragraphs[j].id] = member
                furniture.update(block)
                if j + 1 < len(paragraphs) and MOVED.match(paragraphs[j + 1].text.strip()):
                    furniture.add(paragraphs[j + 1].id)
                break
            if not is_furniture(line):
                break
            block.append(paragraphs[j].id)
    record = any(RECORD_HEAD.search(p.text) for p in paragraphs[:HEAD_LINES])
    if len(members) < (1 if record else SITTINGS):
        return {}, frozenset()
    return members, frozenset(furniture)


def is_furniture(text: str) -> bool:
    """A short line of capitalised words that says nothing: "Brampton East Ontario", "Liberal"."""
    words = text.split()
    return (0 < len(text) <= FURNITURE_WIDTH and not text.rstrip().endswith((".", "?", "!", ":", ",", ";"))
            and all(w[:1].isupper() or w[:1].isdigit() or w in SMALL_WORDS for w in words))


def member_line(line: str, party: str) -> Member | None:
    """The member's line under the line naming their party, which it repeats: the name before the
    party and the office after it, or a presiding officer's title before it and the name after."""
    at = party_in(line, party) if is_furniture(party) and len(line) <= FURNITURE_WIDTH * 2 else None
    if not at:
        return None
    if line.startswith("The "):
        start, end = at.end() + 1, len(line)  # "The Deputy Chair NDP Jo Bloggs"
        after = ""
    else:
        start, end = 0, at.start() - 1
        after = line[at.end():].strip()
    name = line[start:end].strip()
    words = name.split()
    if not (2 <= len(words) <= 4 and looks_like_name([w for w in words if not INITIAL.fullmatch(w)])
            and all(is_name_word(w) or INITIAL.fullmatch(w) for w in words)):
        return None
    return Member(name, start, start + len(name), office_role(after))


def office_role(text: str) -> Role | None:
    """A ministerial office the member's line gives after the party ("Minister of Transport");
    a seat ("Montcalm, QC") or a parliamentary secretary's post is none."""
    anchor = ANCHOR.match(text)
    title = read_title(text, anchor) if anchor else None
    if not (title and title[5] and title[0] == 0):
        return None
    return Role(normal_title(title[2]), title[3], title[4])


def sitting_intros(document: Document) -> list[Intro]:
    """The members the record's lines name, each with the office their line gives."""
    members, _ = sitting_lines(document)
    return [Intro(m.name, pid, m.start, m.end, m.role, "") for pid, m in members.items()]
