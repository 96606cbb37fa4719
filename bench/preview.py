"""Time from a save to the new text in the browser, through the real preview server.

For the example site and generated corpora of the given sizes: start `python build.py serve`,
open a source page in headless Chromium, then ten times change one sentence of that source on
disk and wait until the page shows it. Prints the median time from the save to the first paint
of the reloaded page (and until playwright noticed the text, which adds its polling delay), and
the median rebuild time and files rewritten from the server's own log lines.

    python bench/preview.py [--sizes 0 1000 10000] [--edits 10]     (0 = the example site)
"""

from __future__ import annotations

import argparse
import json
import re
import shutil
import socket
import statistics
import subprocess
import sys
import tempfile
import time
import urllib.request
from pathlib import Path

HERE = Path(__file__).resolve().parent
REPO = HERE.parent
sys.path.insert(0, str(HERE))

from generate import project  # noqa: E402

PAINTED_AT = """performance.timeOrigin + (performance.getEntriesByName('first-contentful-paint')[0]
                 || performance.getEntriesByType('navigation')[0]).startTime"""
LOG_LINE = re.compile(r"content changed .*?: (\d+) pages rewritten, \d+ removed, (\d+) ms")


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def measure(size: int, edits: int, browser) -> dict:
    root = project(size, Path(tempfile.mkdtemp(prefix="sourcebook-preview-")))
    subprocess.run([sys.executable, str(REPO / "build.py")], cwd=root, check=True, capture_output=True)  # fill the cache
    port = free_port()
    log = root / "serve.log"
    server = subprocess.Popen([sys.executable, str(REPO / "build.py"), "serve", "--port", str(port)],
                              cwd=root, stdout=open(log, "w"), stderr=subprocess.STDOUT)
    try:
        base = f"http://127.0.0.1:{port}/"
        deadline = time.monotonic() + 600
        while True:
            try:
                data = json.loads(urllib.request.urlopen(base + "data/sourcebook.json", timeout=5).read())
                break
            except OSError:
                if time.monotonic() > deadline or server.poll() is not None:
                    raise SystemExit(log.read_text())
                time.sleep(0.2)
        doc = data["documents"][len(data["documents"]) // 2]
        source = root / "content" / doc["source"]
        original = source.read_text(encoding="utf-8")
        # the longest line that is text, not front matter or a caption the cleaner drops
        paragraph = max((line for line in original.split("\n") if ":" not in line[:12] and "Photo" not in line), key=len)
        word = paragraph.split()[3]
        page = browser.new_page()
        page.goto(base + doc["url"].lstrip("/"))
        time.sleep(1.5)  # let the reload socket connect
        painted, detected = [], []
        for i in range(edits):
            marker = f"edit{i}x{size}"
            started, saved_at = time.perf_counter(), time.time() * 1000
            source.write_text(original.replace(paragraph, paragraph.replace(word, f"{word} {marker}", 1), 1), encoding="utf-8")
            page.wait_for_function(f"document.body !== null && document.body.innerText.includes('{marker}')", timeout=120000)
            detected.append((time.perf_counter() - started) * 1000)
            # When the reloaded page first painted, on the same wall clock as the save: what the
            # writer sees, without the tens of milliseconds playwright's polling adds after it.
            painted.append(page.evaluate(PAINTED_AT) - saved_at)
            time.sleep(0.5)
        page.close()
        source.write_text(original, encoding="utf-8")
        rebuilds = [(int(p), int(ms)) for p, ms in LOG_LINE.findall(log.read_text())]
    finally:
        server.terminate()
        server.wait(timeout=30)
        shutil.rmtree(root, ignore_errors=True)
    return {
        "sources": len(data["documents"]),
        "save_to_visible_ms": statistics.median(painted),
        "save_to_detected_ms": statistics.median(detected),
        "rebuild_ms": statistics.median(ms for _, ms in rebuilds) if rebuilds else None,
        "files_rewritten": statistics.median(p for p, _ in rebuilds) if rebuilds else None,
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=[0, 1000, 10000])
    parser.add_argument("--edits", type=int, default=10)
    args = parser.parse_args()
    from playwright.sync_api import sync_playwright

    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path="/usr/bin/chromium",
                                    args=["--disable-background-networking", "--disable-component-update"])
        for size in args.sizes:
            result = measure(size, args.edits, browser)
            print(f"{result['sources']:6} sources: save to visible {result['save_to_visible_ms']:.0f} ms (first paint of "
                  f"the new page; {result['save_to_detected_ms']:.0f} ms until playwright saw it), median of "
                  f"{args.edits}; rebuild {result['rebuild_ms']} ms, {result['files_rewritten']} files rewritten")
        browser.close()


if __name__ == "__main__":
    main()
