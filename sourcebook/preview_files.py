"""The preview's folder, updated in place: a file is written only when its bytes changed, and
atomically, so the server never serves half of one."""

from __future__ import annotations

import os

from .read import TEXT_EXTENSIONS
from .write import safe_join


def listed(content: str, rel: str) -> bool:
    """Whether read.list_sources lists the file `rel`: a text source, not hidden, not a link."""
    return (os.path.splitext(rel)[1].lower() in TEXT_EXTENSIONS and not any(part.startswith(".") for part in rel.split("/"))
            and not any(os.path.islink(os.path.join(content, *rel.split("/")[:i + 1])) for i in range(rel.count("/") + 1)))


def write_if_changed(root: str, rel: str, data: bytes, last: bytes | None = None) -> bool:
    """Write `data` unless the file already holds it; atomically, so a reader never sees half.
    `last`: what the caller last wrote there (the 16 MB export is not read back to compare)."""
    path = safe_join(root, rel)
    if last is not None:
        if last == data and os.path.exists(path):
            return False
    else:
        try:
            with open(path, "rb") as f:
                if f.read() == data:
                    return False
        except OSError:
            pass
    replace_file(path, (data,))
    return True


def write_chunks_if_changed(root: str, rel: str, chunks: tuple[bytes, ...], last: tuple[bytes, ...]) -> bool:
    """write_if_changed for a file given in pieces (the 16 MB data export), compared with the
    pieces last written there, and written without joining them."""
    path = safe_join(root, rel)
    if chunks == last and os.path.exists(path):
        return False
    replace_file(path, chunks)
    return True


def replace_file(path: str, chunks: tuple[bytes, ...]) -> None:
    """Write `path` whole or not at all: a temporary file beside it, then renamed over it."""
    os.makedirs(os.path.dirname(path), exist_ok=True)
    tmp = f"{path}.tmp-{os.getpid()}"
    with open(tmp, "wb") as f:
        f.writelines(chunks)
    os.replace(tmp, path)


def sync_static(static: str, dest: str) -> int:
    """Copy changed static assets and remove deleted ones."""
    count, present = 0, set()
    for folder, _, files in os.walk(static):
        for name in files:
            src = os.path.join(folder, name)
            rel = os.path.relpath(src, static)
            present.add(rel)
            with open(src, "rb") as f:
                count += write_if_changed(dest, rel, f.read())
    for folder, _, files in os.walk(dest):
        for name in files:
            rel = os.path.relpath(os.path.join(folder, name), dest)
            if rel not in present:
                os.remove(os.path.join(folder, name))
                count += 1
    return count


def remove_stale(root: str, gone: set[str]) -> int:
    """Delete the files of pages that no longer exist, and folders left empty."""
    for rel in gone:
        path = safe_join(root, rel)
        if os.path.exists(path):
            os.remove(path)
            folder = os.path.dirname(path)
            while folder != root and os.path.isdir(folder) and not os.listdir(folder):
                os.rmdir(folder)
                folder = os.path.dirname(folder)
    return len(gone)
