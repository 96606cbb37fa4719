"""The command line: new, build, serve, check, review. Exit 0 on success, 1 on a build or check failure,
2 on a usage error. Problems are printed as `path:line: message`, never as a traceback."""

from __future__ import annotations

import argparse
import os
import shlex
import sys
import textwrap

from . import __version__
from .config import load_settings
from .errors import BuildError


def packaged_theme() -> str:
    """The default theme: templates/ of the repository, or the copy installed with the package."""
    repository = os.path.join(os.path.dirname(os.path.dirname(os.path.abspath(__file__))), "templates")
    if os.path.isdir(repository):
        return repository
    return os.path.join(os.path.dirname(os.path.abspath(__file__)), "theme")


VERBS = {
    "new": ("start a story: a folder with site.yaml, an example source and the Pages workflow",
            "Create DIR with a commented site.yaml, content/ holding one example source, a "
            ".gitignore, requirements.txt and a GitHub Pages workflow, ready to serve. DIR must be "
            "new or empty: nothing is ever overwritten.",
            "sourcebook new my-story && cd my-story && sourcebook serve"),
    "build": ("build the site (the default verb)",
              "Read the sources in content/, write the site to site/ and print a report. A failed "
              "build leaves the previous site/ untouched.",
              "sourcebook build --base-url https://user.github.io/my-story/"),
    "serve": ("preview the site, rebuilding on every change",
              "Build into a preview folder (never site/), serve it and rebuild when a source, a "
              "template or site.yaml changes; the open page reloads itself. Ctrl-C stops it.",
              "sourcebook serve --port 8080"),
    "check": ("build, then validate links, anchors, pages, feed and sitemap",
              "Build, then check the output: every internal link and #anchor resolves, every page "
              "parses and has text, the feed, sitemap and data export parse. Exits 1 on any problem.",
              "sourcebook check --strict"),
    "review": ("list what the build inferred rather than read, each with the fix that settles it",
               "List, most doubtful first, what the build guessed: undated sources and estimated "
               "dates with their evidence, phase conflicts, quotes with no speaker or a speaker chosen "
               "among several, roles inferred from other sources, names seen once, place candidates. "
               "Each row ends with the front matter or site.yaml lines that settle it. Writes nothing; "
               "with --strict, exits 1 while any row is open.",
               "sourcebook review --format json"),
}


def parser() -> argparse.ArgumentParser:
    common = argparse.ArgumentParser(add_help=False)
    common.add_argument("--config", default="site.yaml", help="site settings (default: site.yaml)")
    common.add_argument("--content", help="folder of sources (default: from the config)")
    common.add_argument("--output", help="folder to write the site to (default: from the config)")
    common.add_argument("--base-url", help="where the site will be published")
    common.add_argument("--cache", help="cache folder (default: .cache/sourcebook beside the config)")
    common.add_argument("--no-cache", action="store_true", help="build from scratch")
    common.add_argument("--strict", action="store_true", help="treat warnings as failures")
    common.add_argument("--templates", default=None, help=argparse.SUPPRESS)
    top = argparse.ArgumentParser(
        prog="sourcebook", parents=[common], formatter_class=argparse.RawDescriptionHelpFormatter,
        description="Build a cross-linked reference site from a folder of sources about one story.",
        epilog="examples:\n  sourcebook new my-story     start a story in the folder my-story\n"
               "  sourcebook serve            preview it at http://127.0.0.1:8000/\n"
               "  sourcebook VERB --help      what each verb does, and its options")
    top.add_argument("--version", action="version", version=f"sourcebook {__version__}", help="print the version and exit")
    verbs = top.add_subparsers(dest="verb", title="verbs")
    for verb, (summary, description, example) in VERBS.items():
        sub = verbs.add_parser(verb, parents=[] if verb == "new" else [common], help=summary,
                               description=textwrap.fill(description, 78), epilog=f"example:\n  {example}",
                               formatter_class=argparse.RawDescriptionHelpFormatter)
        if verb == "new":
            sub.add_argument("folder", metavar="DIR", help="the folder to create (new, or empty)")
        if verb == "serve":
            sub.add_argument("--host", default="127.0.0.1", help="address to serve on (default: 127.0.0.1)")
            sub.add_argument("--port", type=int, default=8000, help="port to serve on (default: 8000)")
        if verb == "review":
            sub.add_argument("--format", choices=("text", "json"), default="text", help="text (default) or json")
    return top


def main(argv: list[str] | None = None) -> int:
    args = parser().parse_args(argv)
    verb = args.verb or "build"
    if verb == "new":
        return new_story(args.folder)
    templates = args.templates or templates_beside(args.config)
    try:
        overrides = {"content": args.content, "output": args.output, "base_url": args.base_url, "cache": args.cache}
        if verb == "serve":
            from .serve import serve

            return serve(args.config, overrides, templates, args.host, args.port, not args.no_cache)
        settings = load_settings(args.config, **overrides)
        if verb == "review":
            return review(settings, args)
        from .pipeline import build

        report = build(settings, templates, use_cache=not args.no_cache, strict=args.strict)
        print_report(report, settings.output)
        if verb == "check":
            from .check import check_site

            problems = check_site(settings.output, settings.base_url)
            for problem in problems:
                print(problem, file=sys.stderr)
            print(f"check: {len(problems)} problem(s) in {settings.output}")
            return 1 if problems else 0
        return 0
    except BuildError as exc:
        for problem in exc.problems:
            print(problem, file=sys.stderr)
        if not os.path.exists(args.config):
            print(f"no {args.config} here: start a story with `sourcebook new DIR`, or give --config FILE", file=sys.stderr)
        errors = sum(1 for p in exc.problems if not p.warning)
        print(f"build failed: {errors or len(exc.problems)} problem(s); the previous output is untouched", file=sys.stderr)
        return 1
    except KeyboardInterrupt:
        print("interrupted", file=sys.stderr)
        return 130


def new_story(folder: str) -> int:
    """`sourcebook new DIR`: 0 when written, 2 when DIR is in use, 1 when it cannot be written."""
    from .new import create_story, refusal

    reason = refusal(folder)
    if reason:
        print(f"error: {reason}", file=sys.stderr)
        return 2
    try:
        written = create_story(folder)
    except OSError as exc:
        print(f"error: cannot write {exc.filename or folder}: {exc.strerror}", file=sys.stderr)
        return 1
    print(f"created {folder}: {', '.join(written)}")
    print(f"next: cd {shlex.quote(folder)} && sourcebook serve   (then edit site.yaml and add your sources to content/)")
    return 0


def review(settings, args) -> int:
    """Print the review; with --strict, exit 1 while any row is open. Nothing is written."""
    from .cache import SourceCache
    from .gather import gather
    from .review import review_rows
    from .review_report import as_json, as_text

    cache = SourceCache(None if args.no_cache else settings.cache)
    site = gather(settings, cache).site
    cache.save()
    rows = review_rows(site)
    print(as_json(site, rows, settings.config_path) if args.format == "json" else as_text(site, rows, settings.config_path))
    return 1 if args.strict and rows else 0


def templates_beside(config: str) -> str:
    """The theme next to the config when a user has one (a fork), else the packaged default."""
    local = os.path.join(os.path.dirname(os.path.abspath(config)), "templates")
    return local if os.path.isdir(local) else packaged_theme()


def print_report(report, output: str) -> None:
    for warning in report.warnings:
        print(warning, file=sys.stderr)
    print(
        f"{report.sources} sources read ({report.cached} from cache, {report.skipped} skipped), "
        f"{report.boilerplate} boilerplate lines dropped, {report.pages} pages written "
        f"({report.files} files) to {os.path.relpath(output)}, {len(report.warnings)} warnings, "
        f"{report.undated} undated, {report.seconds:.2f} s"
    )
    if report.phase_conflicts:
        print(f"phase evidence conflicts in {len(report.phase_conflicts)} source(s): {', '.join(report.phase_conflicts[:10])}")
    if report.candidates:
        names = ", ".join(f"{name} ({n})" for name, n in report.candidates[:20])
        print(f"place candidates not in the gazetteer: {names}")


if __name__ == "__main__":
    sys.exit(main())
