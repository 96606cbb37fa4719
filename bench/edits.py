"""The preview's rebuild time for each kind of one-source edit, on a generated corpus.

Builds the corpus once through the preview's IncrementalBuilder (in this process, no server or
browser), then for each kind of edit changes five sources one at a time, rebuilds, and puts the
source back. Prints the median rebuild time, files rewritten, and how many edits were patched
in place rather than re-indexed. The time is the rebuild call, from the saved file to the
rewritten files. bench/preview.py times the same through the real server.

    python bench/edits.py [--sources 10000] [--edits 5] [--only NAME] [--project DIR]

--project keeps the generated corpus and its extraction cache in DIR, so a second run skips
the first build's extraction (the edits' figures are the same either way).
"""

from __future__ import annotations

import argparse
import re
import shutil
import statistics
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
REPO = HERE.parent
sys.path.insert(0, str(HERE))
sys.path.insert(0, str(REPO))

from generate import project  # noqa: E402

from sourcebook.incremental import IncrementalBuilder  # noqa: E402


def in_body(change):
    """Apply `change` to the text after the front matter only."""
    def apply(text: str) -> str:
        head, sep, body = text.partition("\n---\n")
        return head + sep + change(body) if sep else change(text)
    return apply


def plain_words(text: str) -> str:
    lines = text.split("\n")
    plain = [i for i, line in enumerate(lines) if " the " in line and not re.search(r"[\"“”]|Taji|^\w+:", line)]
    if plain:
        lines[plain[0]] = lines[plain[0]].replace(" the ", " the very ", 1)
    return "\n".join(lines)


def named_minister(text: str) -> str:
    """A paragraph naming a minister the source did not name (one of the corpus's own)."""
    name = "Marise Payne" if "Payne" not in text else "Mike Pompeo"
    title = "Australian Defence Minister" if name == "Marise Payne" else "US Secretary of State"
    return text.rstrip("\n") + f"\n\n{title} {name} was briefed on the plans.\n"


def unnamed_minister(text: str) -> str:
    """The source without its second minister: the paragraph that introduces them and the one
    that names them again by surname (generate.py's fourth and ninth paragraphs)."""
    paragraphs = text.split("\n\n")
    fourth = next(i for i, p in enumerate(paragraphs) if "told reporters the coalition" in p)
    surname = paragraphs[fourth].split(" told reporters")[0].split()[-1]
    return "\n\n".join(p for i, p in enumerate(paragraphs)
                       if i != fourth and not p.startswith(f"{surname} said the next review"))


def new_to_the_site(text: str) -> str:
    """A paragraph naming a minister no source names: the site gains a minister."""
    return text.rstrip("\n") + "\n\nAssociate Defence Minister Tui Ngata visited the base.\n"


EDITS = {
    "body wording": plain_words,
    "a quote's words": in_body(lambda t: re.sub(r'("[A-Z][^"\n]{10,}?) (\w+)', r"\1 indeed \2", t, count=1)),
    "a sentence naming Taji": in_body(lambda t: t.replace("Taji", "Taji itself", 1)),
    "retitle": lambda t: t.replace('title: "', 'title: "Updated: ', 1),
    # a year on moves most sources to another phase (generate.py's phases are 2014-2020)
    "change the date": lambda t: re.sub(r"^date: (\d{4})", lambda m: f"date: {int(m.group(1)) + 1}", t, count=1, flags=re.M),
    "name another minister": named_minister,
    "unname a minister": unnamed_minister,
    "a minister new to the site": new_to_the_site,
}
NEW_SOURCE = "---\ntitle: \"Troops return from Taji, report {n}\"\ndate: 2020-06-12\n---\n\n" \
    "The last New Zealand troops left Camp Taji, Defence Minister Ron Mark said on 12 June 2020.\n"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sources", type=int, default=10000)
    parser.add_argument("--edits", type=int, default=5)
    parser.add_argument("--only", action="append", help="time only this kind of edit (repeatable)")
    parser.add_argument("--project", help="keep the corpus and its cache in this folder")
    args = parser.parse_args()
    root = Path(args.project) if args.project else Path(tempfile.mkdtemp(prefix="sourcebook-edits-"))
    try:
        if not (root / "content").is_dir():
            root.mkdir(parents=True, exist_ok=True)
            project(args.sources, root)
        builder = IncrementalBuilder(str(root / "site.yaml"), {"cache": str(root / "cache")},
                                     str(REPO / "templates"), str(root / "preview"))
        started = time.perf_counter()
        builder.rebuild()
        print(f"{args.sources} sources, first build {time.perf_counter() - started:.1f} s", flush=True)
        builder.save_cache()
        sources = sorted(p.relative_to(root / "content").as_posix() for p in (root / "content").rglob("*") if p.is_file())
        picks = sources[len(sources) // 2:][:args.edits]
        for name, change in EDITS.items():
            if args.only and name not in args.only:
                continue
            results = []
            for rel in picks:
                path = root / "content" / rel
                original = path.read_text(encoding="utf-8")
                if change(original) == original:
                    continue
                path.write_text(change(original), encoding="utf-8")
                results.append(builder.rebuild({rel}))
                path.write_text(original, encoding="utf-8")
                builder.rebuild({rel})
            report(name, results)
        # A source added, then deleted again.
        added, deleted = [], []
        for n, rel in enumerate(picks if not args.only or {"a new source", "a deleted source"} & set(args.only) else ()):
            new = root / "content" / "new" / f"{n}.md"
            new.parent.mkdir(exist_ok=True)
            new.write_text(NEW_SOURCE.format(n=n), encoding="utf-8")
            added.append(builder.rebuild({new.relative_to(root / "content").as_posix()}))
            new.unlink()
            deleted.append(builder.rebuild({new.relative_to(root / "content").as_posix()}))
        for name, results in (("a new source", added), ("a deleted source", deleted)):
            if not args.only or name in args.only:
                report(name, results)
    finally:
        if not args.project:
            shutil.rmtree(root, ignore_errors=True)


def report(name: str, results: list) -> None:
    if results:
        print(f"  {name:26} median {statistics.median(r.milliseconds for r in results):7.0f} ms, "
              f"{statistics.median(r.pages for r in results):5} files rewritten, "
              f"patched in place {sum(not r.reindexed for r in results)}/{len(results)}", flush=True)
    stages = [r.stages for r in results if r.stages]
    if stages:  # where a spliced edit's time goes, median of each stage
        print("      " + ", ".join(f"{name} {statistics.median(dict(s)[name] for s in stages):.0f} ms"
                                   for name, _ in stages[0]), flush=True)


if __name__ == "__main__":
    main()
