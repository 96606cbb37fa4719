"""Stage 7: rendered files, static assets and the data export into a fresh folder (new_tree),
swapped in for the output folder at the end (swap_in), so a failed or killed build never leaves
a half-written site. Two builds into one folder take turns (build_lock)."""

from __future__ import annotations

import contextlib
import fcntl
import os
import shutil
import tempfile

from .errors import BuildError, error

ASSETS = "assets"


def new_tree(output: str) -> str:
    """An empty folder beside `output` for the next site; a build removes it if it fails."""
    output = os.path.abspath(output)
    parent = os.path.dirname(output)
    os.makedirs(parent, exist_ok=True)
    return tempfile.mkdtemp(prefix=f".{os.path.basename(output)}.new-", dir=parent)


def fill_tree(fresh: str, output: str, static: str, reuse: set[str] = frozenset()) -> None:
    """Link into `fresh` the unchanged files named in `reuse` from the current `output`, and copy
    the static assets."""
    for rel in sorted(reuse):
        link_file(output, fresh, rel)
    copy_static(static, os.path.join(fresh, ASSETS))


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
    os.chmod(fresh, 0o755)
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
