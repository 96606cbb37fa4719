"""The preview's rebuild time for each kind of one-source edit, on a generated corpus.

Builds the corpus once through the preview's IncrementalBuilder (in this process, no server or
browser), then for each kind of edit changes five sources one at a time, rebuilds, and puts the
source back. Prints the median rebuild time, files rewritten, and how many edits were patched
in place rather than re-indexed. bench/preview.py times the same through the real server.

    python bench/edits.py [--sources 10000] [--edits 5]
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


EDITS = {
    "body wording": plain_words,
    "a quote's words": in_body(lambda t: re.sub(r'("[A-Z][^"\n]{10,}?) (\w+)', r"\1 indeed \2", t, count=1)),
    "a sentence naming Taji": in_body(lambda t: t.replace("Taji", "Taji itself", 1)),
    "retitle": lambda t: t.replace('title: "', 'title: "Updated: ', 1),
    "change the date": lambda t: re.sub(r"^date: (\d{4})", lambda m: f"date: {int(m.group(1)) + 1}", t, count=1, flags=re.M),
}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sources", type=int, default=10000)
    parser.add_argument("--edits", type=int, default=5)
    args = parser.parse_args()
    root = Path(tempfile.mkdtemp(prefix="sourcebook-edits-"))
    try:
        project(args.sources, root)
        builder = IncrementalBuilder(str(root / "site.yaml"), {"cache": str(root / "cache")},
                                     str(REPO / "templates"), str(root / "preview"))
        started = time.perf_counter()
        builder.rebuild()
        print(f"{args.sources} sources, first build {time.perf_counter() - started:.1f} s")
        sources = sorted(p.relative_to(root / "content").as_posix() for p in (root / "content").rglob("*") if p.is_file())
        picks = sources[len(sources) // 2:][:args.edits]
        for name, change in EDITS.items():
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
            if results:
                print(f"  {name:24} median {statistics.median(r.milliseconds for r in results):7.0f} ms, "
                      f"{statistics.median(r.pages for r in results):5} files rewritten, "
                      f"patched in place {sum(not r.reindexed for r in results)}/{len(results)}")
    finally:
        shutil.rmtree(root, ignore_errors=True)


if __name__ == "__main__":
    main()
