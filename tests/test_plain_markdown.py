"""plain_markdown.convert gives Python-Markdown's output, byte for byte, or None: on the example
and test sources, on the benchmark's generated sources, on hand-picked edge cases and on random
text made of the characters Markdown reads."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest
from hypothesis import given, settings, strategies as st

from sourcebook.markup import markdown_blocks, new_converter
from sourcebook.plain_markdown import convert

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO / "bench"))

from generate import source  # noqa: E402

CONVERTER = new_converter()


def python_markdown(text: str) -> str:
    return CONVERTER.reset().convert(text)


def agrees(text: str) -> bool:
    fast = convert(text)
    return fast is None or fast == python_markdown(text)


EDGES = [
    "", "\n\n", "one", "one\ntwo", "one\n\ntwo\n\n\nthree\n",
    "**strong** and *em*", "*em* **strong**", "a *b* c *d*", "*a*b", "a*b*", "a * b", "a ** b",
    "**a*", "*a**", "***a***", "*a **b** c*", "**a *b* c**", "* item", "*   ", "*\n*", "*a\nb*",
    "- a\n- b", "- a\n\n- b", "- a\n\npara", "para\n- a", "- a\nlazy", "- *a*\n- **b**", "-  a", "- - a",
    "- 1. a", "-a", "---", "- - -", "***", "* * *", "1. a", "2014. It", "1) a", "+ a", "> quote",
    " lead", "trail ", "trail  \nbreak", "\tx", "a\n\n\n- b", "- a\n\n\n- b", "x\n===", "x\n---",
    "\"quoted,\" he said.", "it's 40,000 (forty thousand) soldiers; a: b", "é ü \u00a0 \u2014 “curly”",
    "a *b.* c", "a *.b* c", "(*a*)", "\"*a*\"", "*a*.", "*a*'s", "a*", "5*3*2", "** a**", "**a **",
]


@pytest.mark.parametrize("text", EDGES)
def test_edge_cases_agree(text):
    assert agrees(text)


def test_the_plain_cases_take_the_fast_path():
    assert convert("**strong** and *em*\n\n- a\n- b\n\nend") == python_markdown("**strong** and *em*\n\n- a\n- b\n\nend")
    assert convert("[a link](http://example.com)") is None
    assert convert("a & b") is None


def test_sources_of_the_repository_agree():
    for path in sorted(REPO.glob("content/**/*")) + sorted((REPO / "tests").rglob("*.md")) + sorted((REPO / "tests").rglob("*.txt")):
        if path.is_file():
            text = path.read_text(encoding="utf-8", errors="replace")
            assert agrees(text), path
            body = text.split("---", 2)[-1]
            assert agrees(body), path


def test_generated_sources_agree_and_are_fast():
    import random

    rng = random.Random(7)
    for i in range(300):
        body, _ = source(i, rng)
        assert convert(body) is not None
        assert convert(body) == python_markdown(body)


MARKDOWN_CHARACTERS = st.sampled_from(list("ab Z1.,;:'\"()*-+\n\n\n*** -- 2)é\u00a0"))


@settings(max_examples=3000, deadline=None)
@given(st.lists(MARKDOWN_CHARACTERS, max_size=40).map("".join))
def test_random_text_agrees(text):
    assert agrees(text)


@settings(max_examples=500, deadline=None)
@given(st.lists(st.sampled_from(["word", "two words", "*em*", "**strong**", "- ", "\n", "\n\n", " ", "*", ".", "1."]),
                max_size=20).map("".join))
def test_random_tokens_agree(text):
    assert agrees(text)


def test_markdown_blocks_unchanged_for_a_list_and_emphasis():
    blocks = markdown_blocks("Intro with **bold**.\n\n- one\n- two\n\nEnd *now*.\n")
    assert [b[1] for b in blocks] == ["<p>Intro with <strong>bold</strong>.</p>", "<ul>\n<li>one</li>\n<li>two</li>\n</ul>",
                                      "<p>End <em>now</em>.</p>"]
