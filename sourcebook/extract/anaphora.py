"""A title that stands for someone the text names without one: "Dominic Raab said ... the
foreign secretary said", "its defence minister said on Monday ... Ron Mark said". News names a
person once and then calls them by their office; a reader joins the two when the text has one
person it could be."""

from __future__ import annotations

import re

from ..model import Person, Role
from .mentions import TitleRef, resolve_title
from .names import HONORIFIC, word_pattern
from .turns import named_in
from .vocabulary import SPEECH_VERBS

SPEAKS_AFTER = r"(?:['’]s)?,? (?:has |had |also |later |then )?" + word_pattern(SPEECH_VERBS) + r"\b"
SPEAKS_BEFORE = r"\b(?:said|says|added|according to) (?:" + HONORIFIC + r")?"
# The title as the one who acts: "the foreign secretary said", "its defence minister has
# confirmed", "said the Home Secretary"; not "asked the Minister for ...", "Assistant to the
# Minister", "the Minister's spokesman", a title in a list or after a comma's clause.
ACTS_AFTER = re.compile(r" (?:(?:also|later|then|earlier|previously|has|had|have|will|would|on \w+day) )*"
                        r"(?:" + word_pattern(SPEECH_VERBS) + r"|has|had|is|was|will|would|did|could|can|[a-z]+ed)\b")
ACTS_BEFORE = re.compile(r"\b(?:said|says|added|according to) $")


def titled_by_office(people: tuple[Person, ...], refs: list[TitleRef], texts: dict[str | None, str]) -> tuple[Person, ...]:
    """People given the ministerial title the text calls them by, where one speaking person
    named without a title or description is the only one it can stand for. A title the named
    people already hold ("the Defence Minister" beside "Defence Minister Ron Mark") is theirs;
    two or more untitled speakers leave the title no one's."""
    refs = [r for r in refs if ACTS_AFTER.match(texts[r.paragraph], r.end)
            or ACTS_BEFORE.search(texts[r.paragraph], max(0, r.start - 20), r.start)]
    if not refs:
        return people
    text = "\n".join(texts.values())
    speaking: list[Person] | None = None
    for ref in refs:
        if not ref.anaphoric and resolve_title(ref, people):
            continue
        if any(p.role and p.role.title.lower() == ref.title.lower() and p.role.former == ref.former
               and (ref.country is None or p.role.country in (None, ref.country)) for p in people):
            continue  # the office has its holder here, named with it
        if speaking is None:  # (found once, and only for a text with such a title)
            speaking = [p for p in people if p.role is None and not p.description and " " in p.name and speaks(p.name, text)]
        candidates = speaking
        if len(candidates) > 1:  # the one the headline is about: "Raab summons Russian ambassador"
            headlined = named_in(texts.get(None, ""), candidates)
            candidates = [p for p in candidates if p.key in headlined]
        if len(candidates) != 1:
            continue
        chosen = candidates[0]
        role = Role(ref.title, ref.country, ref.former)
        people = tuple(Person(p.key, p.name, role) if p.key == chosen.key else p for p in people)
        speaking = [p for p in speaking if p.key != chosen.key]  # a title now: no longer untitled
    return people


def speaks(name: str, text: str) -> bool:
    """Whether the text has the person say something: "Jo Bloggs said", "Bloggs told", "said Mr Bloggs"."""
    forms = "|".join(re.escape(f) for f in (name, name.split()[-1]))
    return bool(re.search(r"\b(?:" + forms + r")" + SPEAKS_AFTER, text)
                or re.search(SPEAKS_BEFORE + r"(?:" + forms + r")\b", text))
