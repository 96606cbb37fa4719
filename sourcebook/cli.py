"""The command line: build, serve, check. Exit 0 on success, 1 on a build or check failure,
2 on a usage error. Problems are printed as `path:line: message`, never as a traceback."""

from __future__ import annotations

import argparse
import os
import sys

from .config import load_settings
from .errors import BuildError


def packaged_theme() -> str:
    """The default theme: templates/ of the repository, or the copy installed with the package."""
    repository = os.path.join(os.path.dirname(os.path.dirname(os.path.abspath(__file__))), "templates")
    if os.path.isdir(repository):
        return repository
    return os.path.join(os.path.dirname(os.path.abspath(__file__)), "theme")


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
    top = argparse.ArgumentParser(prog="sourcebook", description="Build a cross-linked site from a folder of sources.", parents=[common])
    verbs = top.add_subparsers(dest="verb")
    verbs.add_parser("build", parents=[common], help="build the site (the default)")
    serve = verbs.add_parser("serve", parents=[common], help="build, serve and rebuild on every change")
    serve.add_argument("--host", default="127.0.0.1")
    serve.add_argument("--port", type=int, default=8000)
    verbs.add_parser("check", parents=[common], help="build, then validate links, anchors, pages, feed and sitemap")
    return top


def main(argv: list[str] | None = None) -> int:
    args = parser().parse_args(argv)
    verb = args.verb or "build"
    templates = args.templates or templates_beside(args.config)
    try:
        overrides = {"content": args.content, "output": args.output, "base_url": args.base_url, "cache": args.cache}
        if verb == "serve":
            from .serve import serve

            return serve(args.config, overrides, templates, args.host, args.port, not args.no_cache)
        settings = load_settings(args.config, **overrides)
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
        errors = sum(1 for p in exc.problems if not p.warning)
        print(f"build failed: {errors or len(exc.problems)} problem(s); the previous output is untouched", file=sys.stderr)
        return 1
    except KeyboardInterrupt:
        print("interrupted", file=sys.stderr)
        return 130


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
