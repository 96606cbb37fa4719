"""Property tests: for arbitrary source texts and front matter, a build either finishes with a
site whose every page parses and every internal link resolves, and in which nothing from the input
is markup; or it stops with clean `path[:line]: error: message` problems. Never anything else."""

from __future__ import annotations

import re
import tempfile
from pathlib import Path
from unittest import mock

import yaml
from hypothesis import HealthCheck, given, settings, strategies as st

from conftest import MINIMAL_CONFIG, REPO
from test_hostile import MARKDOWN_PAYLOADS, RAW_PAYLOADS, assert_nothing_foreign

from sourcebook.check import check_site
from sourcebook.config import load_settings
from sourcebook.errors import BuildError
from sourcebook.pipeline import build

TEMPLATES = str(REPO / "templates")
PROBLEM = re.compile(r"^[^\n:]+(?::\d+)?: (?:error|warning): \S")

# Pieces a hostile or broken source is made of, mixed with arbitrary text.
FRAGMENTS = RAW_PAYLOADS + MARKDOWN_PAYLOADS + [
    "<x-evil>", "</x-evil>", "\n", "\n\n", "\r\n", "\r", "---", "---\n", "> ", "- ", "1. ", "#", "```", "    ",
    "[", "]", "(", ")", "{{ 7*7 }}", "{%", "%}", "&amp;", "&#0;", "&", "<", ">", "\"", "'", "\\", "\t",
    "\x00", "\x0b", "\x1b[31m", "\x07", "\u200b", "\u202e", "\ufeff", "\ud7ff", "😀", "مرحبا", "Camp Taji", "Baghdad",
    "Defence Minister Gerry Brownlee said", " on 3 May 2015", "Photo / Supplied", "Advertisement",
]
text = st.lists(st.one_of(st.text(max_size=40), st.sampled_from(FRAGMENTS)), max_size=25).map("".join)
value = st.one_of(text, st.sampled_from(FRAGMENTS), st.integers(), st.none(), st.lists(text, max_size=2),
                  st.dates().map(str), st.sampled_from(["https://example.org/a?b=1&c='x'", "javascript:alert(1)",
                                                        "../../etc/passwd", "/abs/path", "a\\b", "2015-02-30"]))
KEYS = ["title", "url", "date", "slug", "author"]


@st.composite
def sources(draw) -> dict[str, str]:
    """1-3 files: optional front matter (well-formed YAML or raw text) and a body."""
    files = {}
    for i in range(draw(st.integers(1, 3))):
        ext = draw(st.sampled_from([".md", ".txt", ".markdown"]))
        head = ""
        style = draw(st.sampled_from(["none", "yaml", "raw"]))
        if style == "yaml":
            meta = draw(st.dictionaries(st.sampled_from(KEYS), value, max_size=5))
            head = "---\n" + yaml.safe_dump(meta, allow_unicode=True) + "---\n"
        elif style == "raw":
            head = "---\n" + "".join(f"{k}: {draw(text)}\n" for k in draw(st.lists(st.sampled_from(KEYS), max_size=4))) + "---\n"
        files[f"{'sub/' if i == 2 else ''}s{i}{ext}"] = head + draw(text)
    return files


def build_once(files: dict[str, str]) -> None:
    with tempfile.TemporaryDirectory() as tmp:
        root = Path(tmp)
        (root / "content").mkdir()
        (root / "site.yaml").write_text(MINIMAL_CONFIG)
        for name, body in files.items():
            path = root / "content" / name
            path.parent.mkdir(parents=True, exist_ok=True)
            path.write_bytes(body.encode("utf-8", "surrogatepass"))
        config = load_settings(str(root / "site.yaml"))
        try:
            # Pagefind is a separate program with its own tests; the browser test covers its output.
            with mock.patch("sourcebook.pipeline.build_search_index", lambda folder: None):
                build(config, TEMPLATES, use_cache=False)
        except BuildError as exc:
            assert exc.problems
            for problem in exc.problems:
                assert PROBLEM.match(str(problem)), str(problem)
                assert problem.path.split("/")[0] in {n.split("/")[0] for n in files} | {"site.yaml"}, str(problem)
            assert any(not p.warning for p in exc.problems)
            assert not (root / "site").exists()  # a failed build writes nothing
            return
        site = root / "site"
        # A link the author wrote may point nowhere (check reports it); every link the site made resolves.
        written = "\n".join(files.values())
        problems = [p for p in check_site(str(site), config.base_url)
                    if not (re.match(r"broken (?:link|anchor): ", p.message) and p.message.split(": ", 1)[1] in written)]
        assert problems == []
        assert_nothing_foreign(site)
        assert [p for p in root.iterdir() if p.name not in {"content", "site", "site.yaml", ".site.lock", ".cache"}] == []


@settings(max_examples=35, deadline=None, suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])
@given(sources())
def test_any_sources_build_cleanly_or_fail_cleanly(files):
    build_once(files)


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(st.sampled_from(FRAGMENTS), min_size=1, max_size=40).map("".join), st.sampled_from([".md", ".txt"]))
def test_hostile_fragments_never_become_markup(body, ext):
    build_once({"a" + ext: "Troops arrived at Camp Taji.\n\n" + body})
