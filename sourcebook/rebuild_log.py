"""What one preview rebuild did, for its log line; and the marker a patched export leaves."""

from __future__ import annotations

from dataclasses import dataclass

from .pipeline import EXPORT

# After a patch the export's digest is not made (a digest of every page's, 20,000 of them): the
# preview's export is kept up to date record by record (export_records.py), and this marker,
# never a digest, has the next full rebuild make the export again and write it if it differs.
PATCHED_EXPORT = {name: "patched" for name in EXPORT}


@dataclass(frozen=True)
class Rebuild:
    """What one rebuild did, for its log line."""

    pages: int  # files rendered and found different
    removed: int
    rendered: int
    milliseconds: float
    reindexed: bool = True  # False: an edit inside sources, patched into the last Site
    spliced: bool = False  # the edit reached other pages and was spliced into the index (index_patch.py)
    stages: tuple = ()  # (stage, milliseconds) of a spliced edit, for bench/edits.py
