"""Which phase of the story a document belongs to, with the evidence."""

from __future__ import annotations

from .model import DateEstimate, Document, PhaseEstimate, PhaseSetting


def assign_phase(
    document: Document, date: DateEstimate | None, phases: tuple[PhaseSetting, ...]
) -> PhaseEstimate:
    """The phase the date falls in; for an undated document, the phase its cue phrases point to."""
    return PhaseEstimate(None, ())
