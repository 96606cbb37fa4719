"""Surnames: a person a source names only by surname is the one person other sources name in
full with it. Part of stage 4 (index.py), across all sources; the preview's patch
(index_patch.aliases_after) refuses an edit that would resolve a surname otherwise."""

from __future__ import annotations

from collections import defaultdict
from dataclasses import replace

from .model import Extraction
from .slugs import slugify


def surname_aliases(extractions: dict[str, Extraction]) -> dict[str, str]:
    """A person a source names only by surname ("Defence Minister Mapp") is the one person
    other sources name in full with that surname (Wayne Mapp); with two such people, or none,
    the surname stays on its own rather than be guessed. Surname key -> full name's key."""
    full_names: dict[str, set[str]] = defaultdict(set)
    for extraction in extractions.values():
        for person in extraction.people:
            words = person.name.split()
            if len(words) > 1:
                full_names[slugify(words[-1])].add(person.key)
    aliases = {}
    for extraction in extractions.values():
        for person in extraction.people:
            if len(person.name.split()) == 1 and len(full_names.get(person.key, ())) == 1:
                aliases[person.key] = next(iter(full_names[person.key]))
    return aliases


def with_aliases(extraction: Extraction, aliases: dict[str, str]) -> Extraction:
    """The extraction with surname-only keys replaced by the full name's key."""
    if not any(p.key in aliases for p in extraction.people) and not any(
        m.kind == "person" and m.key in aliases for m in extraction.mentions
    ):
        return extraction
    people, seen = [], set()
    for person in extraction.people:
        key = aliases.get(person.key, person.key)
        if key not in seen:
            seen.add(key)
            people.append(replace(person, key=key) if key != person.key else person)
    mentions = tuple(
        replace(m, key=aliases[m.key]) if m.kind == "person" and m.key in aliases else m
        for m in extraction.mentions
    )
    quotes = tuple(replace(q, speaker=aliases.get(q.speaker, q.speaker)) for q in extraction.quotes)
    return replace(extraction, people=tuple(people), mentions=mentions, quotes=quotes)
