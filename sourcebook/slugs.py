"""Slugs: ASCII, lowercase, hyphenated, stable for the same text."""

from __future__ import annotations

import re
import unicodedata

MAX_SLUG = 60


UNDECOMPOSED = str.maketrans({"ł": "l", "Ł": "L", "đ": "d", "Đ": "D", "ø": "o", "Ø": "O", "æ": "ae", "Æ": "AE",
                              "œ": "oe", "Œ": "OE", "ß": "ss", "þ": "th", "Þ": "Th", "ð": "d", "Ð": "D", "ı": "i"})


def slugify(text: str, limit: int = MAX_SLUG) -> str:
    """'Iraq's Prime Minister, Adil Abdul Mahdi' -> 'iraqs-prime-minister-adil-abdul-mahdi'."""
    # letters Unicode does not decompose into a base letter and a mark would be dropped: "Łódź"
    ascii_text = unicodedata.normalize("NFKD", str(text).translate(UNDECOMPOSED)).encode("ascii", "ignore").decode()
    ascii_text = re.sub(r"['’`]", "", ascii_text.lower())
    slug = re.sub(r"[^a-z0-9]+", "-", ascii_text).strip("-")
    if len(slug) > limit:
        cut = slug[:limit]
        slug = cut.rsplit("-", 1)[0] if "-" in cut else cut
    return slug


def unique_slugs(wanted: list[str], fallback: str = "source") -> list[str]:
    """Make each slug unique, in the given order: the second 'x' becomes 'x-2'."""
    taken: set[str] = set(s for s in wanted if s)
    seen: set[str] = set()
    out = []
    for slug in wanted:
        slug = slug or fallback
        candidate, n = slug, 1
        while candidate in seen or (candidate != slug and candidate in taken):
            n += 1
            candidate = f"{slug}-{n}"
        seen.add(candidate)
        out.append(candidate)
    return out
