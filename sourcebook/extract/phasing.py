"""Which phase of the story a document belongs to, with the evidence."""

from __future__ import annotations

import bisect
import datetime as dt
import functools
import itertools
import re
from dataclasses import dataclass

from ..model import DateEstimate, Document, PhaseEstimate, PhaseSetting
from .datelines import with_title
from .dateparse import period


def assign_phase(
    document: Document, date: DateEstimate | None, phases: tuple[PhaseSetting, ...], window=(None, None)
) -> PhaseEstimate:
    """The phase the date falls in; for an undated document, the phase its cue phrases point to,
    or the one phase the window of days its text allows (`window`) overlaps."""
    cues = count_cues(document, phases)
    by_cues = leaders(cues.counts)
    lo, hi = window
    if date is not None and period(date.value):
        first, last = period(date.value)
        if date.estimated and lo and hi and max(first, lo) <= min(last, hi):
            # "2021-01", read from the days 27 January to 2 February: those days decide the phase
            first, last = max(first, lo), min(last, hi)
        return by_date(date, phases, cues, by_cues, (first, last))
    possible = [p.id for p in phases if (lo or hi) and overlap(lo or dt.date.min, hi or dt.date.max, p) > 0]
    if lo or hi:
        # a cue of a phase the text's own dates rule out recalls it ("a year after the poisoning")
        by_cues = leaders({pid: n for pid, n in cues.counts.items() if pid in possible})
    if not by_cues and len(possible) == 1:
        bounds = f"after {lo.isoformat()}" if lo else ""
        bounds += (" and " if lo and hi else "") + (f"before {hi.isoformat()}" if hi else "")
        return PhaseEstimate(possible[0], (f"undated, but written {bounds}: only {possible[0]} fits",))
    if not by_cues:
        return PhaseEstimate(None, ("no date and no cue phrase of any phase",))
    # Of tied phases, the one cued first: the lede states what the story is about.
    chosen = min(by_cues, key=lambda pid: cues.first[pid])
    evidence = tuple(e for pid in by_cues for e in cues.evidence[pid])
    if len(by_cues) > 1:
        evidence += (f"tie between {', '.join(by_cues)}: {chosen} is cued first",)
    return PhaseEstimate(chosen, evidence, conflict=len(by_cues) > 1)


def by_date(date, phases, cues: Cues, by_cues: list[str], days) -> PhaseEstimate:
    """The phase covering most of the date's period (`days`, narrowed to what the text allows);
    cues break a tie and are checked against it."""
    first, last = days
    overlaps = {p.id: overlap(first, last, p) for p in phases}
    best = max(overlaps.values(), default=0)
    if best == 0:
        return PhaseEstimate(None, (f"date {date.value} falls in no phase",))
    covering = [p for p in phases if overlaps[p.id] == best]
    if best < (last - first).days + 1:
        # a date less precise than the phases, over two or more of them: the cues choose among those
        # it overlaps ("2017-03", told from an event of the 11th, in a story cued to that event)
        cued = [p for p in phases if p.id in by_cues and overlaps[p.id] > 0]
        covering = cued or covering
    if len(covering) > 1:
        cued = [p for p in covering if p.id in by_cues]
        covering = cued or covering
    phase = covering[0]
    how = "falls in" if best == (last - first).days + 1 else "falls mostly in"
    evidence = (f"date {date.value} {how} {phase.name} ({phase.start or '…'} to {phase.end or '…'})",)
    conflict = bool(by_cues) and phase.id not in by_cues
    if not conflict:
        evidence += tuple(cues.evidence.get(phase.id, ()))
    else:
        evidence += tuple(e for pid in by_cues for e in cues.evidence[pid]) + (
            f"the cues point to {', '.join(by_cues)}; the date wins",
        )
    return PhaseEstimate(phase.id, evidence, conflict=conflict)


def overlap(first: dt.date, last: dt.date, phase: PhaseSetting) -> int:
    """Days of [first, last] inside the phase (an open end is unbounded)."""
    start = period(str(phase.start))[0] if phase.start else dt.date.min
    end = period(str(phase.end))[1] if phase.end else dt.date.max
    return max(0, (min(last, end) - max(first, start)).days + 1)


@dataclass(frozen=True)
class Cues:
    """What the cue phrases of each phase found in one document."""

    counts: dict[str, int]  # phase id -> matches
    evidence: dict[str, list[str]]  # phase id -> ["cue 'on hold' in p1, p4"]
    first: dict[str, tuple[int, int]]  # phase id -> (paragraph index, offset) of its first match


def count_cues(document: Document, phases) -> Cues:
    """Every match of every phase's cues in the document's title and paragraphs."""
    cues = Cues({p.id: 0 for p in phases}, {p.id: [] for p in phases}, {})
    texts = [(paragraph.id, paragraph.text.replace("’", "'")) for paragraph in with_title(document)]
    # One text, scanned once for the cues whose first word it holds at all; a match's paragraph
    # is found from where each paragraph starts.
    joined = "\n".join(text for _, text in texts)
    folded = joined.casefold()
    present = tuple((phase.id, cue) for phase in phases for cue in phase.cues
                    if cue.split() and cue.replace("’", "'").split()[0].casefold() in folded)
    pattern, owners = cues_pattern(present)
    if pattern is None:
        return cues
    starts = list(itertools.accumulate((len(text) + 1 for _, text in texts[:-1]), initial=0))
    where: dict[int, list[str]] = {}
    for match in pattern.finditer(joined):
        owner = int(match.lastgroup[1:])
        index = bisect.bisect_right(starts, match.start()) - 1
        where.setdefault(owner, []).append(texts[index][0])
        phase_id = owners[owner][0]
        here = (index, match.start() - starts[index])
        cues.first[phase_id] = min(cues.first.get(phase_id, here), here)
    for owner in sorted(where):
        phase_id, cue = owners[owner]
        cues.counts[phase_id] += len(where[owner])
        cues.evidence[phase_id].append(f"cue '{cue}' in {', '.join(dict.fromkeys(where[owner]))}")
    return cues


@functools.lru_cache(maxsize=1024)
def cues_pattern(cues: tuple[tuple[str, str], ...]):
    """One pattern for (phase id, cue) pairs, each cue a named group, and group -> (phase, cue)."""
    parts, owners = [], []
    for phase_id, cue in cues:
        words = [re.escape(w) for w in cue.replace("’", "'").split()]
        if words:
            parts.append(f"(?P<c{len(owners)}>" + r"\s+".join(words) + ")")
            owners.append((phase_id, cue))
    if not parts:
        return None, owners
    return re.compile(r"(?i)(?<!\w)(?:" + "|".join(parts) + ")"), owners


def leaders(counts: dict[str, int]) -> list[str]:
    """The phases with the most cue matches (none when no cue matched)."""
    most = max(counts.values(), default=0)
    return [pid for pid, n in counts.items() if n == most and n > 0]
