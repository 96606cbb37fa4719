"""Run part of a build in a forked child process that exits when it is done, so what the part
held in memory (the Site, the pages, its pools) is gone before the rest of the build goes on."""

from __future__ import annotations

import os
import pickle
import signal
import sys
import traceback

from .errors import BuildError


class ChildFailed(Exception):
    """The child process died without saying why (killed, or out of memory)."""


class ChildTraceback(Exception):
    """The traceback of an unexpected error in the child, as text: the cause of the error raised here."""


def in_child(work, on_ready):
    """work(ready) in a forked child; its result, or its exception raised here. Each
    ready(value) the child calls becomes on_ready(value) in this process while the child goes on.
    Where there is no fork, work runs in this process."""
    if not hasattr(os, "fork"):
        return work(on_ready)
    # Text waiting in this process's buffers would otherwise be written twice, once by the child.
    sys.stdout.flush()
    sys.stderr.flush()
    reading, writing = os.pipe()
    parent = os.getpid()
    pid = os.fork()
    if pid == 0:  # the child: never returns
        os.close(reading)
        die_with(parent)
        run_child(work, os.fdopen(writing, "wb"))
    os.close(writing)
    try:
        with os.fdopen(reading, "rb") as replies:
            while True:
                try:
                    kind, value = pickle.load(replies)
                except EOFError:
                    raise ChildFailed("the build's worker process ended without a result") from None
                if kind == "ready":
                    on_ready(value)
                elif kind == "done":
                    return value
                else:
                    error, trace = value
                    if trace is None:
                        raise error
                    raise error from ChildTraceback(trace)
    finally:
        os.waitpid(pid, 0)


def die_with(parent: int) -> None:
    """Linux: end this child when the building process is killed (a timeout's SIGKILL reaches only
    it), rather than finish a build nobody waits for. Elsewhere the child notices when it next
    writes to the closed pipe."""
    try:
        import ctypes

        libc = ctypes.CDLL(None, use_errno=True)
        libc.prctl(1, signal.SIGKILL)  # PR_SET_PDEATHSIG
    except (OSError, AttributeError):
        return
    if os.getppid() != parent:  # it died before the request was made
        os._exit(1)


def run_child(work, replies) -> None:
    code = 0
    try:
        def ready(value) -> None:
            send(replies, ("ready", value))

        send(replies, ("done", work(ready)))
    except BaseException as exc:  # noqa: BLE001 - every failure goes back to the parent
        # An expected failure (a BuildError names its files and lines) goes back as it is; an
        # unexpected one with its traceback, or as text if it cannot be pickled.
        expected = isinstance(exc, (KeyboardInterrupt, SystemExit)) or isinstance(exc, BuildError)
        trace = None if expected else "".join(traceback.format_exception(type(exc), exc, exc.__traceback__))
        try:
            send(replies, ("raised", (exc, trace)))
        except BaseException:  # noqa: BLE001
            try:
                send(replies, ("raised", (RuntimeError(f"{type(exc).__name__}: {exc}"), trace)))
            except BaseException:  # noqa: BLE001
                code = 1
    finally:
        try:
            sys.stdout.flush()
            sys.stderr.flush()
            replies.close()
        finally:
            os._exit(code)  # no atexit handlers, no test runner's teardown: they belong to the parent


def send(stream, message) -> None:
    data = pickle.dumps(message, protocol=pickle.HIGHEST_PROTOCOL)  # whole, or nothing written
    stream.write(data)
    stream.flush()
