"""Stage 6: Page -> HTML (or XML, text) with Jinja2; mentions in a source's body become links.

Templates get the Site and a few helpers (page_helpers.py); they never see raw source markup,
only text that autoescaping escapes and paragraph HTML that clean.py sanitised.
"""

from __future__ import annotations

import hashlib
import os

import jinja2

from .errors import BuildError, error
from .filters import excerpt, format_date, json_ld
from .model import Page, Site
from .page_helpers import PageHelpers


def make_environment(templates: str) -> jinja2.Environment:
    """The Jinja2 environment: autoescaping everywhere, undefined names are errors."""
    env = jinja2.Environment(
        loader=jinja2.FileSystemLoader(templates),
        autoescape=jinja2.select_autoescape(["html", "xml"], default_for_string=True),
        undefined=jinja2.StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
        keep_trailing_newline=True,
    )
    env.filters["date"] = format_date
    env.filters["json_ld"] = json_ld
    env.filters["excerpt"] = excerpt
    env.list_items = {}  # PageHelpers.list_item's rendered items; the preview's builder empties it
    return env


def render(pages, site: Site, templates: str, env: jinja2.Environment | None = None,
           assets: dict[str, str] | None = None) -> dict[str, bytes]:
    """Render the given pages; a template error is reported with its file and line."""
    return dict(render_each(pages, site, templates, env, assets))


def render_each(pages, site: Site, templates: str, env: jinja2.Environment | None = None,
                assets: dict[str, str] | None = None):
    """(output path, bytes) for each page, one at a time."""
    env = env or make_environment(templates)
    assets = assets if assets is not None else asset_versions(os.path.join(templates, "static"))
    for page in pages:
        yield page.output_path, render_page(env, page, site, assets)


def render_page(env: jinja2.Environment, page: Page, site: Site, assets: dict[str, str]) -> bytes:
    helpers = PageHelpers(site, page, assets, getattr(env, "list_items", None))
    try:
        template = env.get_template(page.template)
        text = template.render(site=site, page=page, h=helpers, **page.context)
    except jinja2.TemplateSyntaxError as exc:
        raise BuildError([error(template_path(exc.filename, exc.name), exc.message or "syntax error", exc.lineno)]) from None
    except jinja2.TemplateError as exc:
        raise BuildError([error(f"templates/{page.template}", f"{type(exc).__name__}: {exc}", template_line(exc))]) from None
    return text.encode("utf-8")


def template_path(filename: str | None, name: str | None) -> str:
    if filename:
        return os.path.relpath(filename)
    return f"templates/{name}"


def template_line(exc: Exception) -> int | None:
    """The template line of a runtime error, from the traceback Jinja rewrites."""
    tb = exc.__traceback__
    line = None
    while tb is not None:
        if tb.tb_frame.f_code.co_filename.endswith((".html", ".xml", ".txt")):
            line = tb.tb_lineno
        tb = tb.tb_next
    return line


def asset_versions(static: str) -> dict[str, str]:
    """A short content hash per static asset, so a changed stylesheet is never served stale."""
    versions = {}
    for folder, _, files in os.walk(static):
        for name in sorted(files):
            path = os.path.join(folder, name)
            rel = os.path.relpath(path, static).replace(os.sep, "/")
            with open(path, "rb") as f:
                versions[rel] = hashlib.sha256(f.read()).hexdigest()[:10]
    return versions
