"""Stage 1: reading sources from bytes."""

from __future__ import annotations

from sourcebook.errors import Problem
from sourcebook.read import list_sources, read_source


def test_utf8_with_bom_and_crlf_and_cr_line_ends():
    source = read_source("a.txt", "\ufeffFirst line.\r\nSecond line.\rThird.".encode("utf-8"))
    assert source.text == "First line.\nSecond line.\nThird."
    assert source.warnings == ()
    assert not source.markdown


def test_front_matter_in_a_txt_file_with_line_numbers():
    raw = b"---\ntitle: A title\ndate: 2015-02-24\nministers:\n  - John Key\n---\n\nBody.\n"
    source = read_source("n.txt", raw)
    assert source.meta["title"] == "A title"
    assert source.meta["date"] == "2015-02-24"  # a YAML date becomes an ISO string
    assert source.meta_lines == {"title": 2, "date": 3, "ministers": 4}
    assert source.text.strip() == "Body."
    assert source.body_line == 7


def test_malformed_front_matter_names_file_and_line():
    problem = read_source("bad.md", b"---\ntitle: ok\nurl: [unclosed\n---\nBody\n")
    assert isinstance(problem, Problem) and not problem.warning
    assert str(problem).startswith("bad.md:3: error: malformed front matter: while parsing a flow sequence")


def test_front_matter_that_is_not_a_mapping():
    problem = read_source("list.md", b"---\n- a\n- b\n---\nBody\n")
    assert isinstance(problem, Problem)
    assert "front matter must be a mapping" in problem.message


def test_a_horizontal_rule_later_is_not_front_matter():
    source = read_source("rule.md", b"Text first.\n\n---\n\nMore text.\n")
    assert source.meta == {} and "More text." in source.text


def test_binary_file_is_an_error():
    problem = read_source("x.txt", b"\x00\x01\x02binary\x00")
    assert isinstance(problem, Problem) and not problem.warning
    assert "binary" in problem.message


def test_cp1252_fallback_warns_with_the_line():
    problem_free = read_source("w.txt", "line one\nna\u00efve \u2013 text".encode("cp1252"))
    assert "na\u00efve \u2013 text" in problem_free.text
    assert [str(w) for w in problem_free.warnings] == ["w.txt:2: warning: not UTF-8; decoded as Windows-1252 (cp1252)"]


def test_empty_and_whitespace_files_are_skipped_with_a_warning():
    for raw in (b"", b"   \n\t\r\n"):
        problem = read_source("e.txt", raw)
        assert isinstance(problem, Problem) and problem.warning and "empty" in problem.message


def test_listing_skips_other_files_and_links_outside(tmp_path):
    content = tmp_path / "content"
    (content / "sub").mkdir(parents=True)
    (content / "a.txt").write_text("A")
    (content / "sub" / "b.md").write_text("B")
    (content / "c.markdown").write_text("C")
    (content / "image.png").write_bytes(b"\x89PNG")
    (content / ".hidden.txt").write_text("hidden")
    outside = tmp_path / "secret.txt"
    outside.write_text("secret")
    (content / "link.txt").symlink_to(outside)
    listing = list_sources(str(content))
    assert listing.paths == ("a.txt", "c.markdown", "sub/b.md")
    messages = sorted(str(p) for p in listing.problems)
    assert messages == [
        "image.png: warning: not a .txt, .md or .markdown file; skipped",
        "link.txt: warning: symbolic link points outside the content folder; skipped",
    ]


def test_a_date_shaped_value_that_is_no_date_stays_text():
    source = read_source("d.md", b"---\ntitle: T\ndate: 2015-13-45\n---\nBody.\n")
    assert source.meta["date"] == "2015-13-45"


def test_progress_shows_on_a_terminal_only():
    import io

    from sourcebook.progress import Progress

    class Terminal(io.StringIO):
        def isatty(self):
            return True

    shown, hidden = Terminal(), io.StringIO()
    for stream in (shown, hidden):
        with Progress("extracting", 300, stream) as step:
            for _ in range(300):
                step()
    assert "extracting" in shown.getvalue() and "300/300" in shown.getvalue()
    assert hidden.getvalue() == ""
