"""`sourcebook new DIR`: a ready story folder, copied from starter/ beside this file: a commented
site.yaml, one example source in content/, a .gitignore, requirements.txt and the GitHub Pages
workflow. It never overwrites: a folder with anything in it is refused."""

from __future__ import annotations

import json
import os
import shutil
from importlib import metadata

from . import __version__

STARTER = os.path.join(os.path.dirname(os.path.abspath(__file__)), "starter")
# Kept without their dot in the package, where git would read a .gitignore as its own rules.
DOTTED = {"gitignore": ".gitignore", "github": ".github"}
REQUIREMENTS = """\
# The sourcebook that builds this story, for the Pages workflow (.github/workflows/pages.yml).
# To build with sourcebook from its Git repository instead, write for example:
#   sourcebook @ git+https://github.com/OWNER/sourcebook@v{version}
{requirement}
"""


def refusal(folder: str) -> str | None:
    """Why `folder` cannot become a new story, or None when it is new or empty."""
    if os.path.isdir(folder):
        if os.listdir(folder):
            return f"{folder} is not empty: give a new folder (sourcebook new never overwrites anything)"
        return None
    if os.path.lexists(folder):
        return f"{folder} is a file, not a folder"
    return None


def create_story(folder: str) -> list[str]:
    """Write the starter story into `folder` (new or empty); return the paths written, relative to it."""
    written = []
    for directory, subdirs, files in os.walk(STARTER):
        subdirs[:] = sorted(d for d in subdirs if d != "__pycache__")
        for name in sorted(files):
            source = os.path.join(directory, name)
            relative = os.path.join(*(DOTTED.get(part, part) for part in os.path.relpath(source, STARTER).split(os.sep)))
            target = os.path.join(folder, relative)
            os.makedirs(os.path.dirname(target), exist_ok=True)
            shutil.copyfile(source, target)
            written.append(relative)
    with open(os.path.join(folder, "requirements.txt"), "w", encoding="utf-8") as f:
        f.write(REQUIREMENTS.format(version=__version__, requirement=requirement()))
    written.append("requirements.txt")
    return sorted(written, key=lambda path: (os.sep in path, path))


def requirement() -> str:
    """How the workflow installs the sourcebook that made the story: the same commit when it was
    installed from a Git repository over https (PEP 610's direct_url.json says), else this version."""
    try:
        origin = json.loads(metadata.distribution("sourcebook").read_text("direct_url.json") or "{}")
    except (metadata.PackageNotFoundError, ValueError):
        origin = {}
    vcs = origin.get("vcs_info") or {}
    url = origin.get("url") or ""
    if vcs.get("vcs") == "git" and vcs.get("commit_id") and url.startswith("https://"):
        return f"sourcebook @ git+{url}@{vcs['commit_id']}"
    return f"sourcebook=={__version__}"
