"""The search index: Pagefind reads the built pages and writes a static index beside them, so
search runs in the reader's browser with no server, fast at 10,000 sources."""

from __future__ import annotations

import gzip
import hashlib
import importlib.util
import json
import os
import shutil
import subprocess
import sys

import cbor2

from .errors import Problem, warning

BUNDLE = "pagefind"


def pagefind_available() -> bool:
    return importlib.util.find_spec("pagefind_bin") is not None or shutil.which("pagefind") is not None


def build_search_index(folder: str, background: bool = False) -> Problem | None:
    """Index the HTML pages under `folder` into `folder/pagefind/`; a warning if it cannot.
    In the `background` (the preview's), Pagefind runs at low priority so it never slows the
    next rebuild, which the writer is waiting for."""
    bundle = os.path.join(folder, BUNDLE)
    if not pagefind_available():
        return warning("search", "Pagefind is not installed (pip install 'pagefind[bin]'); the site has no search index")
    # A fresh index each time (Pagefind's output is then deterministic), written beside the old
    # one and renamed over it, so a page being served never meets half an index.
    fresh = os.path.join(folder, f".{BUNDLE}-new")
    shutil.rmtree(fresh, ignore_errors=True)
    command = [sys.executable, "-m", "pagefind", "--site", folder, "--output-path", fresh, "--silent"]
    if background and shutil.which("nice"):
        command = ["nice", "-n", "15"] + command  # not preexec_fn: the preview runs threads
    done = subprocess.run(command, capture_output=True, text=True, timeout=600, env=pagefind_environment())
    if done.returncode != 0:
        shutil.rmtree(fresh, ignore_errors=True)
        detail = (done.stderr or done.stdout).strip().splitlines()[-1:] or ["no message"]
        return warning("search", f"Pagefind failed ({done.returncode}): {detail[0]}")
    settle_filters(fresh)
    old = os.path.join(folder, f".{BUNDLE}-old")
    shutil.rmtree(old, ignore_errors=True)
    if os.path.isdir(bundle):
        os.rename(bundle, old)
    os.rename(fresh, bundle)
    shutil.rmtree(old, ignore_errors=True)
    return None


# Pagefind's allocator (jemalloc) keeps freed memory in one arena per thread group and returns
# it to the system only after 10 s; at 10,000 pages that is about 190 MiB of its 1.5 GiB peak.
# One arena and a quicker return cost no CPU measurably (paired runs at 10,000: CPU 0.99x,
# peak 0.87x) and change no byte of the index. A value the user set is left alone.
ALLOCATOR = ("_RJEM_MALLOC_CONF", "narenas:1,dirty_decay_ms:500,muzzy_decay_ms:0")


def pagefind_environment() -> dict[str, str]:
    name, value = ALLOCATOR
    return {name: value, **os.environ}


SIGNATURE = b"pagefind_dcd"


def settle_filters(bundle: str) -> None:
    """Make Pagefind's filter indexes deterministic.

    Pagefind 1.5 writes each filter's values, and the list of filters, in hash-map order, which
    changes from run to run (its maintainers know; fragments were fixed in 1.3, filters not).
    The order carries no meaning, so it is sorted here and the files renamed after their new
    content, which keeps "the same inputs give byte-identical output" true for the whole site.
    An index in a format this does not know is left as Pagefind wrote it.
    """
    entry_path = os.path.join(bundle, "pagefind-entry.json")
    try:
        with open(entry_path, encoding="utf-8") as f:
            entry = json.load(f)
        for language, info in entry["languages"].items():
            meta_path = os.path.join(bundle, f"pagefind.{info['hash']}.pf_meta")
            meta = read_index_file(meta_path)
            filters = []
            for name, old in meta[3]:
                path = os.path.join(bundle, "filter", f"{old}.pf_filter")
                content = read_index_file(path)
                content[1] = sorted(content[1], key=lambda pair: pair[0])
                new = f"{language}_{content_hash(content)[:7]}"
                os.remove(path)
                write_index_file(os.path.join(bundle, "filter", f"{new}.pf_filter"), content)
                filters.append([name, new])
            meta[3] = sorted(filters)
            os.remove(meta_path)
            info["hash"] = f"{language}_{content_hash(meta)[:13]}"
            write_index_file(os.path.join(bundle, f"pagefind.{info['hash']}.pf_meta"), meta)
    except (OSError, KeyError, IndexError, TypeError, ValueError, cbor2.CBORError):
        return
    with open(entry_path, "w", encoding="utf-8") as f:
        json.dump(entry, f, ensure_ascii=False, separators=(",", ":"))


def read_index_file(path: str):
    raw = gzip.decompress(open(path, "rb").read())
    if not raw.startswith(SIGNATURE):
        raise ValueError(f"not a Pagefind index file: {path}")
    return cbor2.loads(raw[len(SIGNATURE):])


def write_index_file(path: str, content) -> None:
    with open(path, "wb") as f:
        f.write(gzip.compress(SIGNATURE + cbor2.dumps(content), mtime=0))


def content_hash(content) -> str:
    return hashlib.sha256(cbor2.dumps(content)).hexdigest()
