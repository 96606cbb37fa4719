"""The packaged tool as a user gets it: a wheel built from this repository, installed into a fresh
virtual environment (its dependencies from the package registry), then `sourcebook new`, `build`
and `check` in the new folder, far from the repository, so only what the wheel carries is used."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

import sourcebook
from conftest import REPO

pytestmark = pytest.mark.packaging


def run(command: list, cwd: Path, timeout: int = 600) -> subprocess.CompletedProcess:
    # No PYTHONPATH, and a folder outside the repository: nothing but the installed package imports.
    env = {k: v for k, v in os.environ.items() if k not in ("PYTHONPATH", "VIRTUAL_ENV")}
    result = subprocess.run([str(c) for c in command], cwd=cwd, capture_output=True, text=True,
                            timeout=timeout, env=env)
    assert result.returncode == 0, f"{' '.join(map(str, command))}\n{result.stdout}\n{result.stderr}"
    return result


@pytest.fixture(scope="module")
def installed(tmp_path_factory) -> tuple[Path, Path]:
    """(the wheel, the bin/ folder of a fresh virtual environment it is installed in)."""
    root = tmp_path_factory.mktemp("package")
    run([sys.executable, "-m", "pip", "wheel", "--quiet", "--no-deps", "--wheel-dir", root / "dist", REPO], root)
    (wheel,) = (root / "dist").glob("sourcebook-*.whl")
    run([sys.executable, "-m", "venv", root / "venv"], root)
    bin_folder = root / "venv" / "bin"
    run([bin_folder / "python", "-m", "pip", "install", "--quiet", wheel], root)
    return wheel, bin_folder


def test_the_wheel_carries_the_theme_and_the_starter_and_nothing_else(installed):
    wheel, _ = installed
    names = zipfile.ZipFile(wheel).namelist()
    theme = {n.removeprefix("sourcebook/theme/") for n in names if n.startswith("sourcebook/theme/")}
    assert theme == {p.relative_to(REPO / "templates").as_posix() for p in (REPO / "templates").rglob("*") if p.is_file()}
    assert "sourcebook/starter/site.yaml" in names and "sourcebook/starter/github/workflows/pages.yml" in names
    assert {n.split("/")[0] for n in names} == {"sourcebook", f"sourcebook-{sourcebook.__version__}.dist-info"}


def test_the_installed_tool_starts_builds_and_checks_a_story(installed, tmp_path):
    _, bin_folder = installed
    where = run([bin_folder / "python", "-c", "import sourcebook; print(sourcebook.__file__)"], tmp_path).stdout
    assert Path(where.strip()).is_relative_to(bin_folder.parent), where  # the installed copy, not the repository's
    assert run([bin_folder / "sourcebook", "--version"], tmp_path).stdout == f"sourcebook {sourcebook.__version__}\n"

    run([bin_folder / "sourcebook", "new", "story"], tmp_path)
    story = tmp_path / "story"
    built = run([bin_folder / "sourcebook", "build"], story)
    assert "1 sources read" in built.stdout and ", 0 warnings" in built.stdout
    checked = run([bin_folder / "sourcebook", "check", "--strict"], story)
    assert "check: 0 problem(s)" in checked.stdout

    site = story / "site"
    # The packaged theme and the search index are in the site.
    assert (site / "assets").is_dir() and any(p.name.startswith("style") for p in (site / "assets").iterdir())
    assert (site / "pagefind" / "pagefind.js").is_file()
    data = json.loads((site / "data" / "sourcebook.json").read_text(encoding="utf-8"))
    assert data["site"]["generator"] == f"sourcebook {sourcebook.__version__}"
    assert [d["ministers"] for d in data["documents"]] == [["dana-whitfield"]]
