"""When a document was written: front matter, or an estimate from its text, with evidence."""

from __future__ import annotations

from .errors import Problem
from .model import DateEstimate, Document, EventSetting


def estimate_date(
    document: Document, events: tuple[EventSetting, ...]
) -> tuple[DateEstimate | None, tuple[Problem, ...]]:
    """The document's date: front matter wins; otherwise an estimate from the text, or None."""
    value = document.meta.get("date")
    if isinstance(value, str) and value[:4].isdigit():
        iso = value[:10]
        precision = {4: "year", 7: "month", 10: "day"}.get(len(iso), "day")
        return DateEstimate(iso, precision, f"front matter: date: {value}", "front matter", False), ()
    return None, ()
