"""Problems found in the input, reported as `path:line: message`."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Problem:
    """One error or warning about one file (and line, where there is one)."""

    path: str
    message: str
    line: int | None = None
    warning: bool = False

    def __str__(self) -> str:
        where = f"{self.path}:{self.line}" if self.line else self.path
        kind = "warning" if self.warning else "error"
        return f"{where}: {kind}: {self.message}"


def warning(path: str, message: str, line: int | None = None) -> Problem:
    return Problem(path, message, line, warning=True)


def error(path: str, message: str, line: int | None = None) -> Problem:
    return Problem(path, message, line, warning=False)


class BuildError(Exception):
    """A build that cannot go on; carries every problem found so far."""

    def __init__(self, problems: list[Problem] | tuple[Problem, ...]):
        self.problems = tuple(problems)
        super().__init__("\n".join(str(p) for p in self.problems))
