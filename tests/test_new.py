"""`sourcebook new DIR`: a story folder that builds, checks and serves at once, whose site.yaml
explains every key, whose workflow passes the same linters as the repository's, and which never
overwrites anything. Also the help of every verb, and --version."""

from __future__ import annotations

import json
import re
import subprocess
import urllib.request
from importlib import metadata

import pytest
import yaml

import sourcebook
from conftest import RunningServer, free_port, run_build
from sourcebook import config, new
from test_publish import BIN, SHA_PIN, WORKFLOW, zizmor_findings

STORY_FILES = {"site.yaml", "content/kestrel-bridge-repairs.md", ".gitignore", "requirements.txt",
               ".github/workflows/pages.yml"}


def files_in(folder) -> set[str]:
    return {p.relative_to(folder).as_posix() for p in folder.rglob("*") if p.is_file()}


@pytest.fixture
def story(tmp_path):
    folder = tmp_path / "my-story"
    result = run_build("new", str(folder), cwd=tmp_path)
    assert result.returncode == 0, result.stderr
    assert "next: cd " in result.stdout and "sourcebook serve" in result.stdout
    return folder


def test_new_writes_a_story_that_checks_clean_even_when_strict(story):
    assert files_in(story) == STORY_FILES
    result = run_build("check", "--strict", cwd=story)
    assert result.returncode == 0, result.stdout + result.stderr
    assert ", 0 warnings, 0 undated" in result.stdout and "check: 0 problem(s)" in result.stdout
    assert "place candidates" not in result.stdout  # the example names no place the gazetteer lacks
    data = json.loads((story / "site" / "data" / "sourcebook.json").read_text(encoding="utf-8"))
    (doc,) = data["documents"]
    # The example shows what sourcebook does: a minister found by title, a place, a phase, a quote.
    assert doc["ministers"] == ["dana-whitfield"] and doc["places"] == ["port-alder"]
    assert doc["date"] == "2024-03-11" and doc["phase"] == "repairs"
    assert {q["speaker"] for q in doc["quotes"]} == {"dana-whitfield"}
    assert data["ministers"][0]["roles"][0]["country"] == "Merrowland"


def test_new_story_serves_at_once(story):
    server = RunningServer(story, free_port())
    try:
        server.wait_ready()
        with urllib.request.urlopen(server.url, timeout=5) as response:
            home = response.read().decode("utf-8")
        assert "The Kestrel Bridge repairs" in home and "Repairs to the Kestrel Bridge to start in April" in home
    finally:
        assert server.stop() == 0


def test_new_fills_an_empty_folder(tmp_path):
    (tmp_path / "empty").mkdir()
    assert run_build("new", "empty", cwd=tmp_path).returncode == 0
    assert files_in(tmp_path / "empty") == STORY_FILES


def test_new_refuses_a_folder_with_anything_in_it_and_touches_nothing(tmp_path):
    folder = tmp_path / "taken"
    folder.mkdir()
    (folder / ".notes").write_text("mine")
    result = run_build("new", "taken", cwd=tmp_path)
    assert result.returncode == 2
    assert result.stderr == "error: taken is not empty: give a new folder (sourcebook new never overwrites anything)\n"
    assert files_in(folder) == {".notes"} and (folder / ".notes").read_text() == "mine"

    (tmp_path / "a-file").write_text("x")
    result = run_build("new", "a-file", cwd=tmp_path)
    assert result.returncode == 2 and result.stderr == "error: a-file is a file, not a folder\n"
    assert (tmp_path / "a-file").read_text() == "x"


def test_new_reports_a_folder_it_cannot_write_without_a_traceback(tmp_path):
    (tmp_path / "a-file").write_text("x")
    result = run_build("new", "a-file/story", cwd=tmp_path)
    assert result.returncode == 1
    assert result.stderr.startswith("error: cannot write ") and "Traceback" not in result.stderr


@pytest.mark.parametrize("verb", ["build", "serve", "check"])
def test_a_folder_without_a_story_points_to_new(tmp_path, verb):
    result = run_build(verb, cwd=tmp_path)
    assert result.returncode == 1 and "Traceback" not in result.stderr
    assert result.stderr.splitlines()[:2] == [
        "site.yaml: error: configuration file not found",
        "no site.yaml here: start a story with `sourcebook new DIR`, or give --config FILE"]


def test_new_needs_a_folder():
    result = run_build("new")
    assert result.returncode == 2 and "the following arguments are required: DIR" in result.stderr


# ---------------------------------------------------------------- the starter's site.yaml

def key_lines(lines: list[str]) -> dict[tuple[str, str], int]:
    """(section, key) -> the index of the line that first gives it, set or commented out; the
    section is "" for a top-level key, else the top-level key it is under."""
    found, section = {}, ""
    for i, line in enumerate(lines):
        bare = line[2:] if line.startswith("# ") else line
        match = re.match(r"^(\s*)(?:#\s*)?(-\s+)?([a-z_]+):", bare)
        if not match:
            continue
        if not match.group(1) and not match.group(2):
            section = match.group(3)
            found.setdefault(("", section), i)
        else:
            found.setdefault((section, match.group(3)), i)
    return found


def explained(lines: list[str], index: int) -> bool:
    """A key's line carries a comment, or follows one."""
    return " # " in lines[index] or lines[index - 1].lstrip().startswith("#")


def test_every_key_of_site_yaml_is_in_the_starter_with_a_comment():
    lines = open(new.STARTER + "/site.yaml", encoding="utf-8").read().splitlines()
    where = key_lines(lines)
    sections = {"": config.SCHEMA, "places": config.PLACE, "phases": config.PHASE, "events": config.EVENT,
                "ministers": config.MINISTER}
    for section, schema in sections.items():
        for key in schema:
            if (section, key) == ("phases", "id"):  # explained beside the phase's name
                assert "# id: " in lines[where[("phases", "name")]]
                continue
            assert (section, key) in where, f"{section or 'top level'}: {key} is not in the starter site.yaml"
            index = where[(section, key)]
            assert explained(lines, index), f"{section or 'top level'}: {key} has no comment: {lines[index]}"
    data = yaml.safe_load("\n".join(lines))
    assert len(data["places"]) == 1 and len(data["phases"]) == 2 and len(data["events"]) == 1
    assert data["title"] and data["country"]


# ---------------------------------------------------------------- the story's Pages workflow

def test_the_story_workflow_passes_githubs_schema_and_zizmor(story):
    workflow = story / ".github" / "workflows" / "pages.yml"
    result = subprocess.run([str(BIN / "check-jsonschema"), "--builtin-schema", "vendor.github-workflows", str(workflow)],
                            capture_output=True, text=True, timeout=120)
    assert result.returncode == 0 and "ok -- validation done" in result.stdout, result.stdout + result.stderr
    code, findings = zizmor_findings(workflow.parent.relative_to(story), story)
    serious = [f["ident"] for f in findings if f["determinations"]["severity"] in ("Medium", "High")]
    assert serious == [] and code == 0, json.dumps(findings, indent=1)[:4000]


def pinned(text: str) -> dict[str, str]:
    return {m.group(1): m.group(2) for m in map(SHA_PIN.match, text.splitlines()) if m}


def test_the_story_workflow_installs_its_requirements_and_runs_check(story):
    text = (story / ".github" / "workflows" / "pages.yml").read_text(encoding="utf-8")
    # The same actions at the same commits as the repository's own workflow: one to keep up to date.
    assert pinned(text) == pinned(WORKFLOW.read_text(encoding="utf-8")) and len(pinned(text)) == 6
    steps = {s["name"]: s for s in yaml.safe_load(text)["jobs"]["build"]["steps"]}
    assert steps["Install sourcebook"]["run"] == "python -m pip install -r requirements.txt"
    assert steps["Set up Python"]["with"]["cache-dependency-path"] == "requirements.txt"
    assert steps["Build and check the site"]["run"] == 'sourcebook check --base-url "${BASE_URL}/"'
    requirements = (story / "requirements.txt").read_text(encoding="utf-8")
    assert [line for line in requirements.splitlines() if not line.startswith("#")] == [f"sourcebook=={sourcebook.__version__}"]
    assert (story / ".gitignore").read_text().split("\n")[1:3] == ["site/", ".cache/"]


class Installed:
    def __init__(self, direct_url: str | None):
        self.direct_url = direct_url

    def read_text(self, name):
        return self.direct_url if name == "direct_url.json" else None


@pytest.mark.parametrize("direct_url, expected", [
    (None, "sourcebook==" + sourcebook.__version__),
    ('{"url": "file:///home/me/sourcebook", "dir_info": {"editable": true}}', "sourcebook==" + sourcebook.__version__),
    ('{"url": "https://github.com/someone/sourcebook", "vcs_info": {"vcs": "git", "commit_id": "0123abc"}}',
     "sourcebook @ git+https://github.com/someone/sourcebook@0123abc"),
    ('{"url": "ssh://git@example.org/sourcebook", "vcs_info": {"vcs": "git", "commit_id": "0123abc"}}',
     "sourcebook==" + sourcebook.__version__),
    ("not json", "sourcebook==" + sourcebook.__version__),
])
def test_the_story_installs_the_sourcebook_that_made_it(monkeypatch, direct_url, expected):
    monkeypatch.setattr(new.metadata, "distribution", lambda name: Installed(direct_url))
    assert new.requirement() == expected


# ---------------------------------------------------------------- help and version

@pytest.mark.parametrize("verb", ["new", "build", "serve", "check"])
def test_the_help_of_every_verb_says_what_it_does_with_an_example(verb):
    result = run_build(verb, "--help")
    assert result.returncode == 0
    usage, description, *rest = result.stdout.split("\n\n")
    assert usage.startswith(f"usage: sourcebook {verb} ") and len(description.split()) > 10
    assert re.search(rf"^example:\n  sourcebook {verb}\b", result.stdout, re.M), result.stdout


def test_the_top_level_help_lists_every_verb_and_how_to_start():
    result = run_build("--help")
    assert result.returncode == 0
    for verb in ("new", "build", "serve", "check"):
        assert re.search(rf"^    {verb}\s+\w", result.stdout, re.M), verb
    assert "sourcebook new my-story" in result.stdout


def test_version_prints_the_one_version():
    result = run_build("--version")
    assert result.returncode == 0 and result.stdout == f"sourcebook {sourcebook.__version__}\n"
    assert re.fullmatch(r"\d+\.\d+\.\d+", sourcebook.__version__)
    assert metadata.version("sourcebook") == sourcebook.__version__  # the package's metadata reads the same
