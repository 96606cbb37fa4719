"""The per-source cache: stages 1-3 (read, clean, extract) keyed by the file's bytes, its path,
the settings' knowledge and the code that produced them, so a change of any one invalidates it."""

from __future__ import annotations

import hashlib
import os
import pickle
import tempfile
from pathlib import Path

CACHE_FILE = "sources.pickle"


def code_version() -> str:
    """A hash of the package's own source: new extraction rules mean new results."""
    digest = hashlib.sha256()
    root = Path(__file__).parent
    for path in sorted(root.rglob("*.py")):
        digest.update(path.relative_to(root).as_posix().encode())
        digest.update(path.read_bytes())
    return digest.hexdigest()[:16]


class SourceCache:
    """A mapping from cache key to the stage 1-3 result of one source, loaded and saved whole."""

    def __init__(self, folder: str | None):
        self.folder = folder
        self.entries: dict[str, object] = {}
        self.used: set[str] = set()
        self.changed = False
        if folder:
            try:
                with open(os.path.join(folder, CACHE_FILE), "rb") as f:
                    loaded = pickle.load(f)
                if isinstance(loaded, dict):
                    self.entries = loaded
            except (OSError, pickle.UnpicklingError, EOFError, AttributeError, ImportError, TypeError):
                self.entries = {}  # a missing or stale cache only costs time

    @staticmethod
    def key(rel: str, digest: str, settings_digest: str, version: str) -> str:
        return hashlib.sha256(f"{version}\0{settings_digest}\0{rel}\0{digest}".encode()).hexdigest()

    def get(self, key: str):
        found = self.entries.get(key)
        if found is not None:
            self.used.add(key)
        return found

    def put(self, key: str, value) -> None:
        self.entries[key] = value
        self.used.add(key)
        self.changed = True

    def save(self) -> None:
        """Keep only the entries this build used, written atomically."""
        if not self.folder or (not self.changed and self.used == set(self.entries)):
            return
        kept = {k: v for k, v in self.entries.items() if k in self.used}
        os.makedirs(self.folder, exist_ok=True)
        handle, tmp = tempfile.mkstemp(dir=self.folder, prefix=".sources-")
        with os.fdopen(handle, "wb") as f:
            pickle.dump(kept, f, protocol=pickle.HIGHEST_PROTOCOL)
        os.replace(tmp, os.path.join(self.folder, CACHE_FILE))
