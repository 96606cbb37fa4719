"""Relatives and couples named by a given name that shares a family name: "Sergei and Yulia
Skripal", "his widow Marina"."""

from __future__ import annotations

import re

from .candidates import UPPER, looks_like_name
from .given_names import GIVEN_NAMES
from .mentions import Intro
from .names import is_name_word

COORDINATED = re.compile(r"(?=" + UPPER + r")(?<![\w'’-])(" + UPPER + r"[\w-]+) and (" + UPPER + r"[\w-]+) (" + UPPER + r"[\w'’-]+)")
KIN = re.compile(r"\b(?:his|her|their) (?:daughter|son|wife|husband|brother|sister|mother|father|partner|widow|"
                 r"fiancée|fiance|niece|nephew|cousin) ([A-Z][a-z][\w'’-]*)\b(?![ -][A-Z])")


def coordinated_intros(pid: str | None, text: str) -> list[Intro]:
    """"Sergei and Yulia Skripal": two given names sharing the family name after the second."""
    found = []
    for match in COORDINATED.finditer(text):
        first, second, family = match.groups()
        before = text[max(0, match.start() - 30):match.start()].split()
        if before and before[-1] in GIVEN_NAMES:
            continue  # "Jo Charles and Tim Dunn": the first is a full name of its own
        if first in GIVEN_NAMES and second in GIVEN_NAMES and is_name_word(family) and looks_like_name([family]):
            found.append(Intro(f"{first} {family}", pid, match.start(1), match.end(1), None, ""))
    return found


def kin_intros(pid: str | None, text: str, here: list[Intro], before: list[Intro], told: list[str] | tuple[str, ...] = ()) -> list[Intro]:
    """"Sergei Brand and his daughter Yulia": a relative named by a first name alone bears the
    family name of the person the "his" or "her" goes back to: the last one named in full in the
    same sentence; in a later paragraph, the one the text so far (`told`) names most."""
    found = []
    for match in KIN.finditer(text):
        sentence = max(text.rfind(". ", 0, match.start()), 0)
        near = [i for i in sorted(here, key=lambda i: i.start)
                if sentence <= i.start and i.end <= match.start() and len(i.name.split()) > 1]
        earlier = [i for i in before if len(i.name.split()) > 1]
        if near:
            owner = near[-1]
        elif earlier:
            # "... his widow Marina", paragraphs after he was named: the one the story is about
            surnames, so_far = {i.name.split()[-1] for i in earlier}, " ".join(told)
            counts = {w: len(re.findall(r"\b" + re.escape(w) + r"\b", so_far)) for w in surnames}
            owner = max(reversed(earlier), key=lambda i: counts[i.name.split()[-1]])
        else:
            continue
        if is_name_word(match.group(1)):
            full = f"{match.group(1)} {owner.name.split()[-1]}"
            found.append(Intro(full, pid, match.start(1), match.end(1), None, ""))
    return found
