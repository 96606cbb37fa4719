"""Where a cold build's time goes, stage by stage, on a generated corpus (a profile, not a test).

    python bench/stages.py [--sources 10000] [--top 15]
    python bench/stages.py --extraction [--sources 1000]

Prints the wall time of each stage of a build from scratch (gather = read, clean, extract and
index; render on every core; the export; Pagefind), then the top lines of a cProfile of stages
1-3 for 600 sources and of rendering 2,000 source pages in this process. With --extraction,
only the time of stages 1-3 (read, clean, extract) per source: the median over the generated
sources, then over the real texts of the development corpus (.corpus/) where it is gathered.
"""

from __future__ import annotations

import argparse
import cProfile
import io
import os
import pstats
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

from sourcebook import gather, pipeline  # noqa: E402
from sourcebook.cache import SourceCache  # noqa: E402
from sourcebook.config import load_settings  # noqa: E402
from sourcebook.fingerprint import template_digests  # noqa: E402
from sourcebook.plan import plan  # noqa: E402
from sourcebook.read import list_sources, read_bytes  # noqa: E402
from sourcebook.render import asset_versions, render_each  # noqa: E402
from sourcebook.search import build_search_index  # noqa: E402


def timed(label: str, times: dict, work):
    started = time.perf_counter()
    result = work()
    times[label] = time.perf_counter() - started
    return result


def top_lines(work, top: int) -> str:
    profile = cProfile.Profile()
    profile.runcall(work)
    out = io.StringIO()
    pstats.Stats(profile, stream=out).sort_stats("tottime").print_stats(top)
    return "\n".join(line for line in out.getvalue().splitlines() if line.strip())


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sources", type=int, default=10000)
    parser.add_argument("--top", type=int, default=15)
    parser.add_argument("--extraction", action="store_true", help="only stages 1-3, per source (median)")
    args = parser.parse_args()
    if args.extraction:
        extraction_medians(args.sources)
        return
    root = Path(tempfile.mkdtemp(prefix="sourcebook-stages-"))
    try:
        project(args.sources, root)
        settings = load_settings(str(root / "site.yaml"), output=str(root / "site"))
        templates = str(REPO / "templates")
        times: dict[str, float] = {}
        gathered = timed("gather (read, clean, extract, index)", times, lambda: pipeline.gather(settings, SourceCache(None)))
        site = gathered.site
        pages = timed("plan", times, lambda: list(plan(site)))
        assets = asset_versions(os.path.join(templates, "static"))
        timed("page digests", times, lambda: pipeline.page_digests(site, pages, template_digests(templates), assets, gathered.keys))

        def render_and_write():
            (root / "site").mkdir()
            pipeline.write_pages(list(pages), site, templates, str(root / "site"))

        timed(f"render and write ({len(pages)} pages, every core)", times, render_and_write)
        timed("export", times, lambda: pipeline.extra_files(site))
        timed("Pagefind", times, lambda: build_search_index(str(root / "site")))
        for label, seconds in times.items():
            print(f"{label:48} {seconds:7.2f} s")

        raws = [(rel, read_bytes(settings.content, rel)) for rel in list_sources(settings.content).paths[:600]]
        print(f"\nstages 1-3 for {len(raws)} sources, by own time:")
        print(top_lines(lambda: [gather.process(rel, raw, settings) for rel, raw in raws], args.top))
        documents = [p for p in pages if p.template == "document.html"][:2000]
        print(f"\nrendering {len(documents)} source pages, by own time:")
        print(top_lines(lambda: list(render_each(documents, site, templates)), args.top))
    finally:
        shutil.rmtree(root, ignore_errors=True)


def per_source(items: list[tuple[str, bytes]], settings, rounds: int = 5) -> float:
    """Median over sources of each source's best time of `rounds` runs of stages 1-3, in ms."""
    best = []
    for rel, raw in items:
        runs = []
        for _ in range(rounds):
            started = time.perf_counter()
            gather.process(rel, raw, settings)
            runs.append(time.perf_counter() - started)
        best.append(min(runs))
    return statistics.median(best) * 1000


def extraction_medians(sources: int) -> None:
    root = Path(tempfile.mkdtemp(prefix="sourcebook-stages-"))
    try:
        project(sources, root)
        settings = load_settings(str(root / "site.yaml"), output=str(root / "site"))
        raws = [(rel, read_bytes(settings.content, rel)) for rel in list_sources(settings.content).paths]
        print(f"stages 1-3 per source, generated ({len(raws)}): median {per_source(raws, settings):.2f} ms")
        corpus = REPO / ".corpus"
        if corpus.is_dir():
            texts = sorted(corpus.glob("*/*.txt"))
            real = [(p.name, p.read_bytes()) for p in texts]
            print(f"stages 1-3 per source, real texts ({len(real)}): median {per_source(real, settings):.2f} ms")
    finally:
        shutil.rmtree(root, ignore_errors=True)


if __name__ == "__main__":
    main()
