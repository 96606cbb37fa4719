"""Events the story's site.yaml dates, named in a text: what they say of when it was written."""

from __future__ import annotations

import functools
import re

from ..model import EventSetting
from .clues import (
    ANNIVERSARY,
    DAY,
    DAYS_AFTER,
    RECALLED,
    Clue,
    quote,
    sentence_end,
    sentence_start,
    tense,
)
from .dateparse import period


@functools.lru_cache(maxsize=256)  # an event's pattern is the same for every document of the build
def event_pattern(event: EventSetting) -> re.Pattern | None:
    """One regex for an event's phrases: case-insensitive, articles and possessives optional."""
    alternatives = ["\\s+".join(optional + re.escape(word) + r"(?:['’]s?)?" for optional, word in words)
                    for words in phrase_words(event)]
    if not alternatives:
        return None
    return re.compile(r"(?i)\b(?:" + "|".join(alternatives) + r")(?!\w)")


ARTICLE = r"(?:(?:a|an|the)\s+)?"


def phrase_words(event: EventSetting) -> list[list[tuple[str, str]]]:
    """Each phrase's words as (optional article before it, the word without a possessive)."""
    phrases = []
    for phrase in event.phrases:
        words, optional = [], ""
        for word in phrase.replace("’", "'").split():
            if word.lower() in {"a", "an", "the"}:
                optional = ARTICLE
                continue
            words.append((optional, re.sub(r"'s?$", "", word)))
            optional = ""
        if words:
            phrases.append(words)
    return phrases


@functools.cache
def event_words(event: EventSetting) -> tuple[tuple[str, ...], ...]:
    """Each phrase's words in lowercase: a phrase is named only where all of them occur."""
    return tuple(tuple(word.lower() for _, word in words) for words in phrase_words(event))


def may_name(event: EventSetting, lowered: str) -> bool:
    """A cheap test that must hold for event_pattern to match the text (`lowered`, in lowercase):
    a case-insensitive search over a whole text is slow, and most texts name no event."""
    return any(all(word in lowered for word in words) for words in event_words(event))


# "the rioting in Honiara, and following yesterday's request": another clause, another act
CLAUSE_BREAK = re.compile(r",\s+(?:and|but|while|whereas|who|which|whose)\b|;")  # (", who died after ...": a clause about someone, not the news)


def tells_of(text: str, relative, match) -> bool:
    """Whether a relative day ("yesterday", "on Wednesday") dates the event named at `match`: in
    the same clause, and not as the owner of another noun ("yesterday's request")."""
    lo, hi = min(relative.start, match.start()), max(relative.end, match.end())
    if CLAUSE_BREAK.search(text, lo, hi):
        return False
    owner = text.startswith(("'s ", "’s "), relative.end)
    return not owner or match.start() == relative.end + 3


def event_clues(pid, text, bounds, relatives, event: EventSetting, pattern) -> list[Clue]:
    """Clues from mentions of a dated event: shortly after it with "last week", else after it."""
    if pattern is None:
        return []
    day = period(event.date)[0]
    clues = []
    for match in pattern.finditer(text):
        lo_s, hi_s = sentence_start(bounds, match.start()), sentence_end(text, bounds, match.end())
        recalled = RECALLED.search(text, lo_s, hi_s)  # "on the anniversary of the poisoning": not this week
        near = [r for r in relatives if lo_s <= r.start < hi_s and (r.word in DAYS_AFTER or r.kind == "weekday")
                and not recalled and tells_of(text, r, match)
                and not (r.kind == "weekday" and tense(text, r.start, bounds) == "future")]  # "would deploy on Thursday"
        near.sort(key=lambda r: abs(r.start - match.start()))
        named = f"{event.name}, {event.date}"
        today = [r for r in relatives if lo_s <= r.start < hi_s and r.word == "today"]
        if today and ANNIVERSARY.search(text, lo_s, hi_s):  # an anniversary is recalled, too
            # "Today, on the anniversary of the poisoning": the same day of a later year, which
            # the other clues settle (dating.anniversary_clue)
            evidence = f"{quote(text, min(match.start(), today[0].start), max(match.end(), today[0].end))} ({named})"
            clues.append(Clue(day + DAY, None, "anniversary", 1, "anniversary of event", evidence, day, "day", pid))
        elif near:
            rel = near[0]
            a, b = DAYS_AFTER["weekday" if rel.kind == "weekday" else rel.word]
            evidence = f"{quote(text, min(match.start(), rel.start), max(match.end(), rel.end))} ({named})"
            clues.append(Clue(day + a * DAY, day + b * DAY, "near", 5, "relative to event", evidence, day,
                              paragraph=pid, relative=rel))
        else:
            evidence = f"text: '{match.group(0)}' ({named})"
            clues.append(Clue(day, None, "reported", 3, "after event", evidence, day, "day", pid))
    return clues
