"""Stage 2: Source -> Document: scraped boilerplate removed, paragraphs with ids, a title, a slug."""

from __future__ import annotations

import dataclasses
import html
import re

from .boilerplate import TERMINAL, find_boilerplate
from .errors import warning
from .headline import (
    BULLET,
    STAMP,
    find_headline,
    has_digit,
    headline_text,
    split_stamp,
    weak_headline,
)
from .markup import markdown_blocks, text_of
from .model import Document, Dropped, Paragraph, Source
from .page_lines import (
    DATE_WORDS,
    DATED_LINE,
    PAGE_KIND,
    is_date_line,
    is_issuer,
    is_masthead,
    is_speaker_heading,
)
from .slugs import slugify, unique_slugs

SENTENCE_FINAL = tuple('.!?:;"”’…')  # a bracket may close a name ("KEITH LOCKE (Green)"), not a sentence
# (a bracketed aside may follow: "1st Session. (The original version is ...)")
SENTENCE_END = re.compile(r"(?<!\b[A-Z])(?<!\bMr|\bDr|\bMs|\bSt)(?<!\bMrs)[.!?][\"”’]?(?=\s+[\"“‘(A-Z0-9])")
TITLE_LIMIT = 90
HEADING_LIMIT = 160  # "Jo Bloggs's Question to the Foreign Secretary on the taking by Iran of ...": one line, whole
WRAP_MAX = 100
WRAP_FILL = 0.8
WRAP_LINES = 4
WRAP_SHARE = 0.4  # of a block's lines, the rest a page's header and links
OPENING_MARKS = ("“", '"', "‘", "•", "-", "–", "*")
WRAP_WIDTH = 50  # hard-wrapped text is cut at 60-80 characters
DOMAIN = re.compile(r"^[a-z0-9-]+(?:\.[a-z0-9-]+)*\.(?:com|org|net|gov|edu|co|au|uk|nz|ca|in|cn|ru|de|fr|ie|jp)\b")
CUT_AFTER = re.compile(r"\b(?:the|of|to|and|a|an|for|on behalf of)$")  # a line cut mid-phrase


def clean(source: Source) -> Document:
    """Remove boilerplate, split paragraphs, find a title and a slug for one source."""
    lines = source.text.split("\n")
    dropped = find_boilerplate(lines, source.body_line, markdown=source.markdown)
    dropped_lines = {d.line - source.body_line for d in dropped}
    kept = ["" if i in dropped_lines else line for i, line in enumerate(lines)]
    plain_lines: list[int] = []
    if source.markdown:
        blocks = markdown_blocks("\n".join(kept), source.body_line, plain_lines)
    else:
        blocks = text_blocks(kept, source.body_line)

    warnings = list(source.warnings)
    if plain_lines:
        more = f" (and {len(plain_lines) - 1} more)" if len(plain_lines) > 1 else ""
        warnings.append(warning(source.path, "Markdown nested too deeply or too costly to render; "
                                f"shown as plain text{more}", plain_lines[0]))
    title, title_inferred = source.meta.get("title"), False
    if title is not None and not isinstance(title, str):
        title = str(title)
    blocks = split_stamp(blocks)
    title_line = 0
    if not (title and title.strip()):
        title, blocks, chrome, title_line = infer_title(blocks)
        dropped = sorted(dropped + chrome, key=lambda d: d.line)
        title_inferred = True
        if not title:
            title = source.path.rsplit("/", 1)[-1].rsplit(".", 1)[0]
    elif not source.markdown:
        # A plain text's body is read the same with a title in front matter as without: adding
        # one to correct the headline must not shift paragraph ids that citations link (#p7).
        _, blocks, chrome, title_line = infer_title(blocks)
        dropped = sorted(dropped + chrome, key=lambda d: d.line)
    title = TRAILING_SEPARATOR.sub("", " ".join(title.split()))  # "Ports minister speaks -": a site's separator, its name cut

    paragraphs = tuple(
        Paragraph(id=f"p{i}", text=text, html=block_html, line=line)
        for i, (text, block_html, line) in enumerate(blocks, 1)
    )
    url = source.meta.get("url")
    if url is not None and not (isinstance(url, str) and re.match(r"^https?://[^\s<>\"]+$", url)):
        line = source.meta_lines.get("url")
        warnings.append(warning(source.path, "front matter 'url' is not an http(s) address; ignored", line))
        url = None
    wanted = source.meta.get("slug")
    slug = slugify(wanted if isinstance(wanted, str) and wanted.strip() else title)
    return Document(
        source=source.path,
        slug=slug or slugify(source.path.rsplit(".", 1)[0]) or "source",
        title=title,
        title_inferred=title_inferred,
        url=url,
        meta=source.meta,
        meta_lines=source.meta_lines,
        paragraphs=paragraphs,
        dropped=tuple(dropped),
        warnings=tuple(warnings),
        title_line=title_line,
        meta_item_lines=source.meta_item_lines,
    )


def assign_slugs(documents: list[Document]) -> list[Document]:
    """Make slugs unique across documents, in source-path order, so they are stable."""
    ordered = sorted(documents, key=lambda d: d.source)
    slugs = unique_slugs([d.slug for d in ordered])
    return [d if d.slug == s else dataclasses.replace(d, slug=s) for d, s in zip(ordered, slugs)]


def text_blocks(lines: list[str], first_line: int) -> list[tuple[str, str, int]]:
    """Plain text -> (text, html, line) per paragraph.

    Blank lines separate paragraphs. Inside a block, a hard-wrapped paragraph (lines of similar
    length) is joined; otherwise each line is a paragraph (scraped text often has no blank lines),
    except that a line running on into a lowercase start is one sentence broken in two.
    """
    blocks: list[list[tuple[int, str]]] = [[]]
    for i, line in enumerate(lines):
        if line.strip():
            blocks[-1].append((i, line.strip()))
        elif blocks[-1]:
            blocks.append([])
    out = []
    for block in blocks:
        if not block:
            continue
        for start, text in split_block(block):
            text = " ".join(text.split())
            out.append((text, f"<p>{html.escape(text, quote=False)}</p>", first_line + start))
    return out


def split_block(block: list[tuple[int, str]]) -> list[tuple[int, str]]:
    if len(block) >= 3 and looks_hard_wrapped([t for _, t in block]):
        return [(block[0][0], " ".join(t for _, t in block))]
    paragraphs: list[tuple[int, str]] = []
    lengths = sorted(len(t) for _, t in block)
    width = lengths[int(0.8 * (len(lengths) - 1))]  # the width most lines fill (a title above may be longer)
    cut = [t for _, t in block if len(t) >= WRAP_FILL * width and not t.endswith(SENTENCE_FINAL)]
    if len(cut) < WRAP_LINES or len(cut) < WRAP_SHARE * len(block):
        width = 0  # not a block cut at a width: most of its lines end where their sentence does
    last = ""
    for i, text in block:
        if paragraphs and (runs_on(paragraphs[-1][1], text) or wrapped_on(last, text, width)):
            paragraphs[-1] = (paragraphs[-1][0], paragraphs[-1][1] + " " + text)
        else:
            paragraphs.append((i, text))
        last = text
    return paragraphs


def wrapped_on(previous: str, line: str, width: int) -> bool:
    """In a block cut at a fixed width (a release reprinted from an email), a line that fills the
    width, or holds a quotation still open, and ends mid-sentence runs on into the next, even
    when that opens on a capital ("... to end New" / "Zealand's current operation ...")."""
    if not WRAP_WIDTH <= width <= WRAP_MAX or previous.endswith(SENTENCE_FINAL) or line.startswith(OPENING_MARKS):
        return False
    if DATED_LINE.search(line) and len(line) < WRAP_FILL * width:
        return False  # a header's date line under a title ("Thursday, 24 February 2022, 5:10 pm")
    return len(previous) >= WRAP_FILL * width or previous.count("“") > previous.count("”")


def runs_on(previous: str, line: str) -> bool:
    """A line that continues the one before: a sentence broken before a lowercase word, the colon
    of a transcript's speaker set on its own line (": Will he ..."), or a line cut after "to the"."""
    if line.startswith(":"):
        return True
    if DOMAIN.match(line):
        return False  # "news.com.au | 26th May 2006": a source line under a headline, not its tail
    return not previous.endswith(SENTENCE_FINAL) and (line[:1].islower() or CUT_AFTER.search(previous) is not None)


def looks_hard_wrapped(texts: list[str]) -> bool:
    """Lines cut at a fixed width: all but the last close to the longest, which is short. Short
    lines are a wrapped column only if a sentence visibly runs on (a line opening lowercase):
    a press release's list of ministers ("Hon Ron Mark, Minister of Defence") is one per line."""
    widths = [len(t) for t in texts[:-1]]
    longest = max(widths)
    open_ended = sum(not t.endswith(TERMINAL) for t in texts[:-1])
    runs_on = any(t[:1].islower() for t in texts[1:])
    return (
        longest <= 100
        and (longest >= WRAP_WIDTH or runs_on)
        and sum(w >= 0.6 * longest for w in widths) >= 0.8 * len(widths)
        and open_ended >= 0.5 * len(widths)
    )

RECORD_DATE_LINE = re.compile(r"^(?:Volume \d+: debated on|(?:HC|HL) Deb)\b")
TRAILING_SEPARATOR = re.compile(r"\s+[-–—|:]$")
PAGE_KIND_LINES = 6  # a page's kind, its date and its section stand above what it is about


def infer_title(blocks: list[tuple[str, str, int]]) -> tuple[str, list, list[Dropped], int]:
    """A Markdown heading or a headline near the top becomes the title and leaves the body, with
    the page chrome above it; otherwise the first sentence of the story, shortened. Also the line
    the title was taken from (0 when it stays in the body)."""
    if not blocks:
        return "", blocks, [], 0
    text, block_html, line = blocks[0]
    if len(blocks) > 1 and block_html.startswith(("<h1", "<h2")):
        return text, blocks[1:], [], line
    headline, rest, chrome, headline_line = find_headline(blocks)
    if headline:
        return headline, rest, chrome, headline_line
    if len(blocks) > 1 and len(text) <= 120 and not text.endswith(TERMINAL):
        # a short line at the top, though the story does not echo it: the first that may be a
        # headline, below a masthead and a menu, or else the first line
        i = weak_headline(blocks) or 0
        # a crawler's stamp, "22nd July 2019", "Volume 653: debated on ...": a date, no title
        dates_only = STAMP.match(text) or RECORD_DATE_LINE.match(text) or is_date_line(text)
        if i == 0 and dates_only and not blocks[1][0].endswith(TERMINAL):
            i = 1  # a crawler's date stamp is no title; the line after it may be
        elif i == 0 and dates_only:
            return sentence_title(blocks[1][0]), blocks, [], 0
        elif i == 0 and is_masthead(text) and headline_text(blocks[1][0]):
            i = 1  # the paper's name over the edition's headline
        elif i == 0 and PAGE_KIND.match(text):
            i = below_page_kind(blocks)  # "House debates" names the page, not what it says
        chrome = [Dropped(l, t, "page chrome") for t, _, l in blocks[:i] if not has_digit(t)]
        return blocks[i][0], [b for b in blocks[:i] if has_digit(b[0])] + blocks[i + 1:], chrome, blocks[i][2]
    return shorten(first_sentence(text), TITLE_LIMIT), blocks, [], 0


def sentence_title(text: str) -> str:
    """A title from the line under a page's date: its first sentence, shortened; a line that is
    one sentence of its own is a heading there, whole up to a long headline's length."""
    limit = HEADING_LIMIT if first_sentence(text).strip() == text.strip() else TITLE_LIMIT
    return shorten(first_sentence(text), limit)


def below_page_kind(blocks: list[tuple[str, str, int]]) -> int:
    """The first short line under a page's kind that may name what the page is about: not a date
    or a time, not another kind ("House debates", "Tuesday, 3 March 2015", "Statements", "Iraq");
    0 when there is none."""
    for i, (text, _, _) in enumerate(blocks[1:PAGE_KIND_LINES], start=1):
        if PAGE_KIND.match(text) or is_issuer(text):
            continue  # "Note: ...", "Disclaimer: ...", "Department of Foreign Affairs"
        if len(text) > 120 or text.endswith(TERMINAL):
            return 0
        if not ((has_digit(text) and not dated_heading(text)) or is_speaker_heading(text)):
            # a heading, not a list's item or a place ("• Transcript, E&OE", "Canberra, ACT")
            return 0 if BULLET.match(text) or ("," in text and not has_digit(text)) else i
    return 0


def dated_heading(text: str) -> bool:
    """A heading that carries its date ("POST-CABINET PRESS CONFERENCE: Monday, 5 May 2025"), not
    a date line: three words or more besides the date's."""
    words = [w for w in re.findall(r"[A-Za-z]{3,}", text) if w.lower()[:3] not in DATE_WORDS]
    return len(words) >= 3


def first_sentence(text: str) -> str:
    match = SENTENCE_END.search(text)
    return text[: match.start() + 1] if match else text


def shorten(text: str, limit: int) -> str:
    """Cut at the last word boundary before `limit`, with an ellipsis; drop a final full stop."""
    text = text.strip()
    if len(text) <= limit:
        return text[:-1] if text.endswith(".") and not text.endswith("..") else text
    cut = text[: limit + 1].rsplit(" ", 1)[0].rstrip(",;:-–— ")
    return cut + "…"


__all__ = ["clean", "assign_slugs", "text_of"]
