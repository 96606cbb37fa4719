"""Stage 8: the live preview. Builds into its own folder, serves it with livereload, watches
content/, templates/ and site.yaml through file system events (not polling), sorts each change
by kind, rebuilds only what it affects and tells the browser to reload.

A failed rebuild keeps the last good site on disk and shows the error, with its file and line,
in place of any page until the next good save.
"""

from __future__ import annotations

import errno
import html
import json
import logging
import os
import sys
import threading
import time
from urllib.parse import urlsplit

import watchfiles
from livereload import Server
from livereload.handlers import LiveReloadHandler, StaticFileHandler
from livereload.watcher import Watcher
from tornado import web
from tornado.ioloop import IOLoop

from .errors import BuildError
from .incremental import IncrementalBuilder
from .search import pagefind_available

DEBOUNCE_MS = 40  # folds an editor's burst (write a temp file, rename it over) into one rebuild
SEARCH_STATUS = "_sourcebook/search-status.json"  # no slug starts with "_": no page can have this URL
SEARCH_PAGES = ("search/", "search/index.html")
# Shown on the search page while the index lags the pages; it asks the server until the index
# catches up, then says so. Made at request time: never in a built site, nor in the preview folder.
STALE_NOTICE = (
    '<p class="search-stale" role="status">The search index is being updated after your last edit: '
    "results may not show it yet.</p><script>(function poll(){fetch('/" + SEARCH_STATUS + "',{cache:'no-store'})"
    ".then(function(r){return r.json()}).then(function(s){if(s.stale){setTimeout(poll,500)}else{"
    "document.querySelector('.search-stale').textContent='The search index is up to date.'}})"
    ".catch(function(){setTimeout(poll,1000)})})()</script>"
).encode("utf-8")


class PreviewFiles(StaticFileHandler):
    """Files of the preview folder only; errors and missing pages answered like the real site."""

    error_html: str | None = None  # set while the last rebuild failed
    review_html = None  # () -> the /review/ page, made from the last good build when asked for
    generation = 0  # how many rebuilds have finished
    built = 0  # how many rebuilds wrote pages (the search index must follow)
    indexed = 0  # the value `built` had when the search index now served was started
    served: dict[str, int] = {}  # page path -> the generation it was served at

    async def get(self, path, include_body=True):
        if "\x00" in path:
            raise web.HTTPError(404)  # no file name holds a NUL; the OS would refuse it with an error
        if path == "" or path.endswith(("/", ".html")):
            PreviewFiles.served["/" + path] = PreviewFiles.generation
        if PreviewFiles.error_html and (path == "" or path.endswith(("/", ".html"))):
            self.set_status(500)
            self.set_header("Content-Type", "text/html; charset=utf-8")
            self.set_header("Cache-Control", "no-store")
            self.finish(PreviewFiles.error_html)
            return
        if path == SEARCH_STATUS:
            self.set_header("Content-Type", "application/json")
            self.set_header("Cache-Control", "no-store")
            self.finish(json.dumps({"stale": PreviewFiles.built > PreviewFiles.indexed}))
            return
        if path in SEARCH_PAGES and PreviewFiles.built > PreviewFiles.indexed:
            page = with_stale_notice(os.path.join(self.root, "search", "index.html"))
            if page is not None:
                self.set_header("Content-Type", "text/html; charset=utf-8")
                self.set_header("Cache-Control", "no-store")
                self.finish(page)
                return
        page = PreviewFiles.review_html() if path in ("review", "review/") and PreviewFiles.review_html else None
        if page is not None:
            self.set_header("Content-Type", "text/html; charset=utf-8")
            self.set_header("Cache-Control", "no-store")
            self.finish(page)
            return
        try:
            await super().get(path, include_body)
        except web.HTTPError as exc:
            # Outside the preview folder (../, encoded or not) is simply not found.
            raise web.HTTPError(404) if exc.status_code == 403 else exc

    def compute_etag(self):
        # /review/ is made on request, from no file: nothing to tag
        return super().compute_etag() if getattr(self, "absolute_path", None) else None

    def set_extra_headers(self, path):
        self.set_header("Cache-Control", "no-store")

    def write_error(self, status_code, **kwargs):
        page = os.path.join(self.root, "404.html")
        if status_code == 404 and os.path.isfile(page):
            self.set_header("Content-Type", "text/html; charset=utf-8")
            with open(page, "rb") as f:
                self.finish(f.read())
            return
        super().write_error(status_code, **kwargs)


def with_stale_notice(path: str) -> bytes | None:
    """The search page with STALE_NOTICE at the top of its main content."""
    try:
        with open(path, "rb") as f:
            page = f.read()
    except OSError:
        return None
    main = page.find(b"<main")
    at = page.find(b">", main) + 1 if main >= 0 else 0
    return page[:at] + STALE_NOTICE + page[at:] if at else None


def reload_late_joiners() -> None:
    """A page served just before a rebuild may connect its reload socket just after the reload
    was sent; it is told to reload when it says hello, so no edit is missed."""
    say_hello = LiveReloadHandler.on_message

    def on_message(self, message):
        say_hello(self, message)
        try:
            info = json.loads(message)
        except ValueError:
            return
        if info.get("command") == "info" and isinstance(info.get("url"), str):
            seen = PreviewFiles.served.get(urlsplit(info["url"]).path)
            if seen is not None and seen < PreviewFiles.generation:
                self.send_message({"command": "reload", "path": "*", "liveCSS": True})

    LiveReloadHandler.on_message = on_message


class SearchIndexer:
    """Re-indexes the preview for search in a background thread, after the reload went out:
    at thousands of pages Pagefind takes seconds, and the edited page should not wait for it."""

    def __init__(self, builder: IncrementalBuilder, log: logging.Logger):
        self.builder, self.log = builder, log
        self.wanted = threading.Event()
        threading.Thread(target=self.run, daemon=True).start()

    def request(self) -> None:
        self.wanted.set()

    def run(self) -> None:
        while True:
            self.wanted.wait()
            self.wanted.clear()
            # Pages written before `built` last grew are on disk now: this index will hold them.
            built = PreviewFiles.built
            problem = self.builder.update_search_index()
            if problem:
                self.log.warning(str(problem))
            if problem is None or not pagefind_available():  # without Pagefind there is no index to wait for
                PreviewFiles.indexed = built


class EventWatcher(Watcher):
    """Tells livereload not to poll: our own watcher threads push changes."""

    def start(self, callback):
        return True


class Preview:
    """The preview server's state: the builder, and what to do with each batch of changes."""

    def __init__(self, builder: IncrementalBuilder, content: str, templates: str, config: str):
        self.builder = builder
        self.content = os.path.realpath(content)
        self.templates = os.path.realpath(templates)
        self.config = os.path.realpath(config)

    def kind(self, path: str) -> tuple[str, str] | None:
        """('content', rel) | ('static', rel) | ('templates', rel) | ('config', name) | None."""
        path = os.path.realpath(path) if os.path.exists(path) else os.path.abspath(path)
        if path == self.config:
            return "config", os.path.basename(path)
        for kind, root in (("content", self.content), ("templates", self.templates)):
            if path.startswith(root + os.sep):
                rel = os.path.relpath(path, root).replace(os.sep, "/")
                if any(part.startswith(".") for part in rel.split("/")) or rel.endswith("~"):
                    return None  # editor swap and backup files
                if kind == "templates" and rel.startswith("static/"):
                    return "static", rel[len("static/"):]
                return kind, rel
        return None

    def rebuild(self, paths: set[str]) -> str | None:
        """Rebuild for the changed paths; the log line, or None when nothing relevant changed."""
        changes = sorted({k for k in map(self.kind, paths) if k})
        if not changes:
            return None
        kinds = sorted({k for k, _ in changes})
        sources = {rel for k, rel in changes if k == "content"}
        # A folder event (a rename of a folder, say) may hide which sources changed: read them all.
        if any(os.path.isdir(p) for p in paths if p.startswith(self.content)):
            sources = None
        names = ", ".join(rel for _, rel in changes[:3]) + (f" and {len(changes) - 3} more" if len(changes) > 3 else "")
        try:
            result = self.builder.rebuild(sources, config_changed="config" in kinds)
        except BuildError as exc:
            PreviewFiles.error_html = error_page(exc)
            return f"{'/'.join(kinds)} changed ({names}): build failed, showing the error:\n" + "\n".join(
                f"  {p}" for p in exc.problems)
        PreviewFiles.error_html = None
        how = "re-indexed" if result.reindexed else "patched into the index" if result.spliced else "patched in place"
        return (f"{'/'.join(kinds)} changed ({names}), {how}: {result.pages} pages rewritten, "
                f"{result.removed} removed, {result.milliseconds:.0f} ms")


def error_page(exc: BuildError) -> str:
    items = "".join(f"<li><code>{html.escape(str(p))}</code></li>" for p in exc.problems)
    return (
        "<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>Build failed</title>"
        "<style>body{font:16px/1.5 system-ui,sans-serif;max-width:50rem;margin:2rem auto;padding:0 1rem}"
        "code{white-space:pre-wrap}li{margin:.5rem 0}</style></head><body>"
        "<h1>Build failed</h1><p>The preview keeps the last good site; fix this and save to bring it back.</p>"
        f"<ul class=\"build-errors\">{items}</ul></body></html>"
    )


def watch_in_background(paths: list[str], recursive: bool, on_batch, stop: threading.Event) -> None:
    """A daemon thread that hands each debounced batch of changed paths to `on_batch`."""

    def run():
        for batch in watchfiles.watch(*paths, debounce=DEBOUNCE_MS, step=10, recursive=recursive,
                                      stop_event=stop, raise_interrupt=False, rust_timeout=500):
            on_batch({path for _, path in batch})

    threading.Thread(target=run, daemon=True).start()


def serve(config: str, overrides: dict, templates: str, host: str, port: int, use_cache: bool = True) -> int:
    """Build, serve on host:port and rebuild on every change until Ctrl-C."""
    log = logging.getLogger("sourcebook")
    logging.basicConfig(level=logging.INFO, format="%(message)s", stream=sys.stderr)
    logging.getLogger("livereload").setLevel(logging.WARNING)
    logging.getLogger("tornado.access").setLevel(logging.WARNING)
    logging.getLogger("watchfiles").setLevel(logging.WARNING)

    from .config import load_settings
    from .review_page import review_html

    settings = load_settings(config, **overrides)
    output = os.path.join(settings.cache, "preview")
    builder = IncrementalBuilder(config, overrides, templates, output, use_cache)
    preview = Preview(builder, settings.content, templates, config)
    try:
        first = builder.rebuild()
        builder.update_search_index()
        builder.save_cache()
        log.info(f"built {len(builder.page_digests)} files in {first.milliseconds:.0f} ms into {output}")
    except BuildError as exc:
        os.makedirs(output, exist_ok=True)
        PreviewFiles.error_html = error_page(exc)
        for problem in exc.problems:
            log.error(str(problem))

    loop_holder: dict = {}
    indexer = SearchIndexer(builder, log)

    def review_page() -> str | None:
        if builder.site is None:
            return None
        try:
            return review_html(builder.site, builder.settings.config_path, templates, builder.env, builder.theme[1])
        except BuildError as exc:  # a template error in review.html, with its line
            return error_page(exc)

    PreviewFiles.review_html = review_page

    def on_batch(paths: set[str]) -> None:
        loop_holder["loop"].add_callback(apply, paths)

    def apply(paths: set[str]) -> None:
        line = preview.rebuild(paths)
        if line:
            PreviewFiles.generation += 1
            if PreviewFiles.error_html is None:
                PreviewFiles.built += 1  # before the reload: the reloaded search page says it is stale
            log.info(time.strftime("%H:%M:%S ") + line)
            changed_css = all(p.endswith(".css") for p in paths)
            LiveReloadHandler.reload_waiters(next(iter(paths)) if changed_css else "*")
            if PreviewFiles.error_html is None:
                indexer.request()

    server = Server(watcher=EventWatcher())
    server.SFH = PreviewFiles
    stop = threading.Event()
    server.root = output
    server.default_filename = "index.html"
    try:
        server.application(port, host, live_css=True)
    except OSError as exc:
        if exc.errno == errno.EADDRINUSE:
            print(f"error: port {port} on {host} is in use; stop the other server or choose --port", file=sys.stderr)
        else:
            print(f"error: cannot serve on {host}:{port}: {exc.strerror}", file=sys.stderr)
        return 1
    loop_holder["loop"] = IOLoop.current()
    watch_in_background([settings.content, templates], True, on_batch, stop)
    watch_in_background([os.path.dirname(os.path.abspath(config))], False, on_batch, stop)
    reload_late_joiners()
    LiveReloadHandler.start_tasks()
    log.info(f"serving {output} on http://{host}:{port}/ (Ctrl-C to stop)")
    try:
        IOLoop.current().start()
    except KeyboardInterrupt:
        log.info("stopped")
    finally:
        stop.set()
        builder.save_cache()
    return 0
