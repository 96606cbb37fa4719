"""Stage 7: rendered files, static assets and the data export into a fresh folder, swapped in
for the output folder at the end, so a failed or killed build never leaves a half-written site."""

from __future__ import annotations

import contextlib
import fcntl
import os
import shutil
import tempfile

from .errors import BuildError, error

ASSETS = "assets"


def write_site(output: str, files, static: str, finish=None, reuse: set[str] = frozenset()) -> int:
    """Write `files` (relative path -> bytes, or an iterable of such pairs), link the unchanged files named in `reuse` from
    the current output, copy the static assets; call `finish(folder)` on the complete new tree
    (the search indexer); swap it in for `output`.

    Returns the number of files written. Two builds into one folder take turns (a lock file).
    """
    output = os.path.abspath(output)
    parent = os.path.dirname(output)
    os.makedirs(parent, exist_ok=True)
    with build_lock(output):
        fresh = tempfile.mkdtemp(prefix=f".{os.path.basename(output)}.new-", dir=parent)
        try:
            written = set()
            for rel, data in (sorted(files.items()) if isinstance(files, dict) else files):
                write_file(fresh, rel, data)
                written.add(rel)
            for rel in sorted(reuse - written):
                link_file(output, fresh, rel)
            copy_static(static, os.path.join(fresh, ASSETS))
            if finish is not None:
                finish(fresh)
            os.chmod(fresh, 0o755)
            swap_in(fresh, output)
        except BaseException:
            shutil.rmtree(fresh, ignore_errors=True)
            raise
    return len(written)


def safe_join(root: str, rel: str) -> str:
    """`root/rel`, refusing any path that would land outside `root`."""
    if "\x00" in rel or rel.startswith(("/", "\\")) or "\\" in rel:
        raise BuildError([error(rel, "refusing to write an output path that is absolute or odd")])
    path = os.path.normpath(os.path.join(root, rel))
    if os.path.commonpath([root, path]) != os.path.normpath(root):
        raise BuildError([error(rel, "refusing to write outside the output folder")])
    return path


def write_file(root: str, rel: str, data: bytes) -> None:
    path = safe_join(root, rel)
    os.makedirs(os.path.dirname(path), exist_ok=True)
    with open(path, "wb") as f:
        f.write(data)


def link_file(old_root: str, new_root: str, rel: str) -> None:
    """The unchanged file `rel` of the old tree, in the new one: a hard link, not a copy."""
    source, target = safe_join(old_root, rel), safe_join(new_root, rel)
    os.makedirs(os.path.dirname(target), exist_ok=True)
    try:
        os.link(source, target)
    except FileNotFoundError:
        raise BuildError([error(rel, "the output folder changed during the build; build again")]) from None
    except OSError:
        shutil.copy2(source, target)  # a file system without hard links


def copy_static(static: str, dest: str) -> None:
    if os.path.isdir(static):
        shutil.copytree(static, dest, dirs_exist_ok=True)


def swap_in(fresh: str, output: str) -> None:
    """Replace `output` by `fresh` with two renames; the old tree is removed afterwards."""
    old = None
    if os.path.lexists(output):
        old = tempfile.mkdtemp(prefix=f".{os.path.basename(output)}.old-", dir=os.path.dirname(output))
        os.rmdir(old)
        os.rename(output, old)
    os.rename(fresh, output)
    if old:
        shutil.rmtree(old, ignore_errors=True)
    remove_leftovers(output)


def remove_leftovers(output: str) -> None:
    """Folders left by builds that were killed mid-way (their lock is gone, so they are stale)."""
    parent, name = os.path.dirname(output), os.path.basename(output)
    for entry in os.listdir(parent):
        if entry.startswith((f".{name}.new-", f".{name}.old-")):
            shutil.rmtree(os.path.join(parent, entry), ignore_errors=True)


@contextlib.contextmanager
def build_lock(output: str):
    """An exclusive lock beside the output folder, released even when the process is killed."""
    path = os.path.join(os.path.dirname(output), f".{os.path.basename(output)}.lock")
    with open(path, "a") as handle:
        fcntl.flock(handle, fcntl.LOCK_EX)
        try:
            yield
        finally:
            fcntl.flock(handle, fcntl.LOCK_UN)
