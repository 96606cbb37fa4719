"""Shared fixtures: real files in temporary folders, the real command line."""

from __future__ import annotations

import contextlib
import os
import shutil
import threading
from functools import partial
from http.server import SimpleHTTPRequestHandler, ThreadingHTTPServer
from urllib.parse import urlsplit
import subprocess
import sys
import time
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parent.parent
EXAMPLE_CONTENT = REPO / "content"
MINIMAL_CONFIG = """\
title: Test site
base_url: https://example.org/test/
places:
  - name: Taji
    aliases: [Camp Taji, Taji Military Complex]
    description: A base north of Baghdad.
  - name: Baghdad
    description: Capital of Iraq.
phases:
  - name: Planning
    start: 2014-09
    end: 2015-02-23
    cues: [assess, contingency training]
  - name: Deployment
    start: 2015-02-24
    end: 2020-01-02
    cues: [deployed]
  - name: Suspension
    start: 2020-01-03
    end: 2020-06
    cues: [on hold, evacuat]
"""


def run_build(*args: str, cwd: Path | str = REPO, env: dict | None = None, timeout: int = 120) -> subprocess.CompletedProcess:
    """`python build.py ARGS` as a user runs it, from `cwd`."""
    return subprocess.run(
        [sys.executable, str(REPO / "build.py"), *args],
        cwd=cwd, capture_output=True, text=True, timeout=timeout, env={**os.environ, **(env or {})},
    )


@pytest.fixture
def make_site(tmp_path):
    """A project folder with site.yaml and content/ holding the given files (text or bytes)."""

    def make(files: dict[str, str | bytes], config: str = MINIMAL_CONFIG) -> Path:
        root = tmp_path / "project"
        (root / "content").mkdir(parents=True, exist_ok=True)
        (root / "site.yaml").write_text(config, encoding="utf-8")
        for name, data in files.items():
            path = root / "content" / name
            path.parent.mkdir(parents=True, exist_ok=True)
            if isinstance(data, bytes):
                path.write_bytes(data)
            else:
                path.write_text(data, encoding="utf-8")
        return root

    return make


@pytest.fixture
def example_project(tmp_path):
    """A copy of the example site (site.yaml and content/) in a temporary folder."""
    root = tmp_path / "example"
    root.mkdir()
    shutil.copy(REPO / "site.yaml", root / "site.yaml")
    shutil.copytree(EXAMPLE_CONTENT, root / "content")
    return root


def html_files(site: Path) -> list[Path]:
    return sorted(p for p in site.rglob("*.html") if "pagefind" not in p.parts)


CHROMIUM = "/usr/bin/chromium"
CHROMIUM_ARGS = ["--disable-background-networking", "--disable-component-update", "--disable-sync",
                 "--no-first-run", "--disable-quic", "--disable-gpu"]


@pytest.fixture(scope="session")
def browser():
    """A real headless Chromium (Debian's), driven by playwright."""
    from playwright.sync_api import sync_playwright

    if not os.path.exists(CHROMIUM) and not os.environ.get("CI"):
        pytest.skip("Debian's chromium is not installed (apt-get install chromium)")
    with sync_playwright() as p:
        instance = p.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        yield instance
        instance.close()


def free_port() -> int:
    import socket

    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


class RunningServer:
    """`python build.py serve` in its own process (livereload keeps class-level state)."""

    def __init__(self, root: Path, port: int):
        self.root, self.port = root, port
        self.url = f"http://127.0.0.1:{port}/"
        self.log = root / "serve.log"
        self.process = subprocess.Popen(
            [sys.executable, str(REPO / "build.py"), "serve", "--port", str(port)],
            cwd=root, stdout=open(self.log, "w"), stderr=subprocess.STDOUT, text=True,
        )

    def wait_ready(self, timeout: float = 30) -> None:
        import time
        import urllib.request

        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            if self.process.poll() is not None:
                raise AssertionError(f"server exited: {self.log.read_text()}")
            try:
                urllib.request.urlopen(self.url, timeout=1).read()
                return
            except Exception:
                time.sleep(0.1)
        raise AssertionError(f"server not ready: {self.log.read_text()}")

    def stop(self) -> int:
        import signal

        if self.process.poll() is None:
            self.process.send_signal(signal.SIGINT)
            try:
                return self.process.wait(timeout=10)
            except subprocess.TimeoutExpired:
                self.process.kill()
        return self.process.wait()


@pytest.fixture
def served_example(example_project):
    """The example project, with its own copy of the theme, served by the real dev server."""
    shutil.copytree(REPO / "templates", example_project / "templates")
    server = RunningServer(example_project, free_port())
    server.wait_ready()
    yield server
    server.stop()


# ---------------------------------------------------------------- a GitHub Pages-like server

PREFIX = "/repo/"


class PagesHandler(SimpleHTTPRequestHandler):
    """Serves `site` under PREFIX as GitHub Pages does, 404.html for anything missing."""

    def __init__(self, *args, site: Path, **kwargs):
        self.site = site
        super().__init__(*args, directory=str(site), **kwargs)

    def translate_path(self, path):
        path = urlsplit(path).path
        if not path.startswith(PREFIX):
            return str(self.site / ".not-in-the-project-site")  # outside /repo/: nothing there
        return super().translate_path("/" + path[len(PREFIX):])

    def list_directory(self, path):  # Pages never lists a folder
        self.send_error(404)
        return None

    def send_error(self, code, message=None, explain=None):
        page = self.site / "404.html"
        if code != 404 or not page.exists():
            return super().send_error(code, message, explain)
        body = page.read_bytes()
        self.send_response(404)
        self.send_header("Content-Type", "text/html; charset=utf-8")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        if self.command != "HEAD":
            self.wfile.write(body)

    def log_message(self, *args):
        pass


@contextlib.contextmanager
def pages_site(root: Path, verb: str = "build"):
    """The example built with `verb` for http://127.0.0.1:PORT/repo/ and served there as GitHub
    Pages serves a project site: yields (site folder, base URL, the build's result)."""
    shutil.copy(REPO / "site.yaml", root / "site.yaml")
    shutil.copytree(EXAMPLE_CONTENT, root / "content")
    site = root / "site"
    server = ThreadingHTTPServer(("127.0.0.1", 0), partial(PagesHandler, site=site))
    base = f"http://127.0.0.1:{server.server_address[1]}{PREFIX}"
    result = run_build(verb, "--base-url", base, "--no-cache", cwd=root)
    assert result.returncode == 0, result.stdout + result.stderr
    threading.Thread(target=server.serve_forever, daemon=True).start()
    try:
        yield site, base, result
    finally:
        server.shutdown()
        server.server_close()


def grows_linearly(run, make, size: int, factor: float = 30.0):
    """Run `run(make(size))` and `run(make(size // 10))` and return the large run's result, after
    checking that its CPU time is at most `factor` times the small one's: linear work takes about
    ten times as long on ten times the input, a step quadratic in it a hundred. A ratio holds on a
    slow or busy machine where a fixed number of seconds does not."""
    small_input, large_input = make(size // 10), make(size)
    small = min(_cpu(run, small_input)[0] for _ in range(3))
    large, result = _cpu(run, large_input)
    assert large < factor * max(small, 0.002), f"{large:.3f} s for {size}, {small:.3f} s for a tenth"
    return result


def _cpu(run, value):
    started = time.process_time()
    result = run(value)
    return time.process_time() - started, result
