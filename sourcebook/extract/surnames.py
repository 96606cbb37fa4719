"""People a text names by surname alone: after a form of address ("Mr Churkin"), or speaking
and called "he" or "she" in the same sentence ("Trudeau said that he ..."); and a surname two full
names share, which is neither's for certain."""

from __future__ import annotations

import re

from .mentions import Intro
from .names import FORMS_OF_ADDRESS, HONORIFIC
from .titled import plausible
from .titles import ANCHOR
from .vocabulary import COUNTRIES, FUNCTION_WORDS, MONTHS, WEEKDAYS

ADDRESSED = re.compile(r"(?=[" + "".join(sorted({f[0] for f in FORMS_OF_ADDRESS})) + r"])(?<![.\w])" + HONORIFIC)
SURNAME_ADDRESS = {"mr", "mrs", "ms", "miss", "dr"}


def addressed_surname(honorific: re.Match, name: str) -> bool:
    """Whether a name read after a form of address may be a person's surname alone ("Mr Churkin"):
    one word, after "Mr", "Mrs", "Ms", "Miss" or "Dr" (not "Sir" or "Dame", which go before a
    given name), and no title ("Mr Speaker")."""
    return (" " not in name and honorific.group().rstrip(". ").lower() in SURNAME_ADDRESS
            and plausible(name, single=True) and not ANCHOR.fullmatch(name))


def addressed_surnames(singles: list[Intro], intros: list[Intro], hints) -> list[Intro]:
    """People a text names only by surname after a form of address, never in full ("Mr Churkin
    said", a record's "Mr. Churkin (Russian Federation): ..."): the surname is the person. Not
    where a full name of the text or a hint ends with it ("Mr Key" is John Key). `singles`: the
    surnames plain_intros read after a form of address, in the text's order."""
    ends = {i.name.split()[-1] for i in intros} | {n.split()[-1] for n in hints}
    return [i for i in singles if i.name not in ends]


SURNAME_SPEAKS = re.compile(r"(?=[A-Z])(?<![\w'’.-])([A-Z][a-z][\w'’-]+) (?:said|says|added|told|stressed|noted|insisted)\b([^.!?]{0,120})")
PERSONAL = re.compile(r"\b(?:he|she|his|her|him)\b")


def pronoun_surnames(pid: str | None, text: str) -> list[Intro]:
    """A person the text names by surname alone: one that speaks and is "he" or "she" in the
    same sentence ("Trudeau said that he brought it up"). A place, a country or a body that
    speaks ("Beijing said", "Reuters said") is "it" or "they"."""
    found = []
    for match in SURNAME_SPEAKS.finditer(text):
        word = match.group(1)
        # the last word of a longer name ("Ron Mark said he") is that name's, read elsewhere
        alone = not re.search(r"[A-Z][\w'’.-]*\s$", text[max(0, match.start() - 30):match.start()])
        if alone and PERSONAL.search(match.group(2)) and word not in FUNCTION_WORDS and word not in COUNTRIES \
                and word not in WEEKDAYS and word not in MONTHS:  # "on Tuesday told ... his"
            found.append(Intro(word, pid, match.start(1), match.end(1), None, ""))
    return found


def shared_surnames(names: set[str]) -> set[str]:
    """One-word names that two or more longer names end with."""
    ends: dict[str, set[str]] = {}
    for name in names:
        words = name.split()
        if len(words) > 1:
            ends.setdefault(words[-1], set()).add(name)
    return {n for n in names if " " not in n and len(ends.get(n, ())) > 1}
