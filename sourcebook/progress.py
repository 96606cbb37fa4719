"""A progress line on a terminal when a build runs long; silent when output is not a terminal."""

from __future__ import annotations

import sys
import time

SHOW_AFTER = 200  # items: smaller builds finish before a progress line would help


class Progress:
    """`with Progress("extracting", total) as step: ... step()` prints 'extracting 1234/10000'."""

    def __init__(self, label: str, total: int, stream=None):
        self.label, self.total, self.done = label, total, 0
        self.stream = stream or sys.stderr
        self.shown = total >= SHOW_AFTER and getattr(self.stream, "isatty", lambda: False)()
        self.last = 0.0

    def __enter__(self):
        return self.step

    def step(self, count: int = 1) -> None:
        self.done += count
        now = time.monotonic()
        if self.shown and (now - self.last > 0.1 or self.done == self.total):
            self.last = now
            width = 30
            filled = width * self.done // max(self.total, 1)
            self.stream.write(f"\r{self.label:<11} [{'#' * filled}{'.' * (width - filled)}] {self.done}/{self.total}")
            self.stream.flush()

    def __exit__(self, *exc):
        if self.shown:
            self.stream.write("\r" + " " * 70 + "\r")
            self.stream.flush()
