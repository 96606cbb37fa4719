"""Stage 1: the files of `content/` -> Sources (decoded text, front matter with line numbers)."""

from __future__ import annotations

import datetime as dt
import hashlib
import os
import re
from dataclasses import dataclass

import yaml

from .errors import Problem, error, warning
from .model import Source, frozen_mapping

TEXT_EXTENSIONS = {".txt": False, ".md": True, ".markdown": True}
FRONT_MATTER_END = re.compile(r"^(?:---|\.\.\.)[ \t]*$", re.MULTILINE)
MAX_BYTES = 50 * 1024 * 1024  # a larger file is not a news source: refuse it rather than stall
# Characters XML 1.0 forbids (a feed with one does not parse) and that no reader sees: C0 controls
# but tab and line ends, the two non-characters, and surrogates that a YAML escape left unpaired.
UNSHOWABLE = re.compile("[\x00-\x08\x0b\x0e-\x1f\ufffe\uffff\ud800-\udfff]")


@dataclass(frozen=True)
class Listing:
    """The source files found, and what was passed over on the way."""

    paths: tuple[str, ...]  # relative to the content folder, sorted
    problems: tuple[Problem, ...]


def list_sources(content: str) -> Listing:
    """Every text source below `content`, in a stable order; others are reported, not read."""
    if not os.path.isdir(content):
        return Listing((), (error(content, "content folder not found"),))
    root = os.path.realpath(content)
    found, problems = [], []
    for folder, dirs, files in os.walk(content, followlinks=False):
        dirs[:] = sorted(d for d in dirs if not d.startswith("."))
        for name in sorted(files):
            full = os.path.join(folder, name)
            rel = os.path.relpath(full, content).replace(os.sep, "/")
            if name.startswith("."):
                continue
            if os.path.islink(full):
                target = os.path.realpath(full)
                if os.path.commonpath([root, target]) != root:
                    problems.append(warning(rel, "symbolic link points outside the content folder; skipped"))
                    continue
            if os.path.splitext(name)[1].lower() not in TEXT_EXTENSIONS:
                problems.append(warning(rel, "not a .txt, .md or .markdown file; skipped"))
                continue
            found.append(rel)
    return Listing(tuple(sorted(found)), tuple(problems))


def digest_bytes(raw: bytes) -> str:
    return hashlib.sha256(raw).hexdigest()


def read_bytes(content: str, rel: str) -> bytes:
    with open(os.path.join(content, rel), "rb") as f:
        return f.read(MAX_BYTES + 1)


def read_source(rel: str, raw: bytes) -> Source | Problem:
    """Decode one file and split off its front matter; a Problem when it cannot be used."""
    if len(raw) > MAX_BYTES:
        return error(rel, f"file is larger than {MAX_BYTES // (1024 * 1024)} MB; skipped")
    notes: list[Problem] = []
    text, note = decode(rel, raw)
    if text is None:
        return note
    if note:
        notes.append(note)
    text = text.replace("\r\n", "\n").replace("\r", "\n").replace("\x0c", "\n")
    bad = UNSHOWABLE.search(text)
    if bad:
        line = text.count("\n", 0, bad.start()) + 1
        count = len(UNSHOWABLE.findall(text))
        notes.append(warning(rel, f"{count} control character(s) removed (the first is U+{ord(bad.group()):04X})", line))
        text = UNSHOWABLE.sub("", text)
    if not text.strip():
        return warning(rel, "file is empty; skipped")
    meta, meta_lines, body, body_line, item_lines = {}, {}, text, 1, {}
    if text.startswith("---\n") or text == "---":
        split = split_front_matter(rel, text)
        if isinstance(split, Problem):
            return split
        meta, meta_lines, body, body_line = split[:4]
        item_lines = split[4] if len(split) > 4 else {}
    if not body.strip() and not meta.get("title"):
        return warning(rel, "file has no text; skipped")
    ext = os.path.splitext(rel)[1].lower()
    return Source(
        path=rel,
        text=body,
        meta=frozen_mapping(meta),
        meta_lines=frozen_mapping(meta_lines),
        body_line=body_line,
        digest=digest_bytes(raw),
        markdown=TEXT_EXTENSIONS.get(ext, False),
        warnings=tuple(notes),
        meta_item_lines=frozen_mapping(item_lines),
    )


def decode(rel: str, raw: bytes) -> tuple[str | None, Problem | None]:
    """UTF-8 (with or without BOM); else cp1252 with a warning; binary is an error."""
    if looks_binary(raw):
        return None, error(rel, "binary file (not text); remove it from the content folder")
    try:
        return raw.decode("utf-8-sig"), None
    except UnicodeDecodeError as exc:
        line = raw[: exc.start].count(b"\n") + 1
        # cp1252 leaves five bytes undefined; a file using them is read as Latin-1 so nothing is lost.
        try:
            text = raw.decode("cp1252")
        except UnicodeDecodeError:
            text = raw.decode("latin-1")
        return text, warning(rel, "not UTF-8; decoded as Windows-1252 (cp1252)", line)


def looks_binary(raw: bytes) -> bool:
    """NUL bytes, or mostly control characters, in the first 8 KB: not a text a person wrote."""
    head = raw[:8192]
    if not head:
        return False
    if head.startswith((b"\xff\xfe", b"\xfe\xff")):  # UTF-16 text is text, but we do not read it
        return True
    if b"\x00" in head:
        return True
    control = sum(1 for b in head if b < 32 and b not in (9, 10, 12, 13))
    return control / len(head) > 0.1


class FrontMatterLoader(yaml.SafeLoader):
    """yaml.safe_load, except that a date-shaped value that is no date ("2015-13-45") stays a
    string, so the dating stage can warn about it with its line instead of the build failing."""


class FastFrontMatterLoader(getattr(yaml, "CSafeLoader", yaml.SafeLoader)):
    """The same on libyaml's parser, several times faster; any error is reported by the pure
    Python one (read_yaml), whose messages the project's tests and users know."""


def _timestamp_or_text(loader, node: yaml.Node):
    try:
        return loader.construct_yaml_timestamp(node)
    except ValueError:
        return loader.construct_scalar(node)


for _loader in (FrontMatterLoader, FastFrontMatterLoader):
    _loader.add_constructor("tag:yaml.org,2002:timestamp", _timestamp_or_text)


def read_yaml(block: str):
    """(node, data) of a YAML block, parsed once; raises what yaml raises."""
    for loader_class in (FastFrontMatterLoader, FrontMatterLoader):
        loader = loader_class(block)
        try:
            node = loader.get_single_node()
            return node, (loader.construct_document(node) if node is not None else None)
        except (yaml.YAMLError, ValueError):
            if loader_class is FrontMatterLoader:
                raise
        finally:
            loader.dispose()


def split_front_matter(rel: str, text: str):
    """`---` YAML `---` at the top: (meta, key lines, body, body line) or a Problem."""
    end = FRONT_MATTER_END.search(text, 4)
    if end is None:
        return error(rel, "front matter starts with '---' but never ends (add a closing '---' line)", 1)
    block = text[4 : end.start()]
    body_line = text[: end.end()].count("\n") + 2
    body = text[end.end() + 1 :]
    try:
        node, meta = read_yaml(block)
    except ValueError as exc:  # a value YAML parses but cannot construct, e.g. date: 2015-13-45
        return error(rel, f"malformed front matter: {exc}", 2)
    except yaml.YAMLError as exc:
        # Point at the start of the broken construct (an unclosed bracket, say) where YAML knows it.
        mark = getattr(exc, "context_mark", None) or getattr(exc, "problem_mark", None)
        line = mark.line + 2 if mark else 1
        problem = getattr(exc, "problem", None) or str(exc).splitlines()[0]
        context = getattr(exc, "context", None)
        return error(rel, f"malformed front matter: {context + ': ' if context else ''}{problem}", line)
    if node is None:
        return {}, {}, body, body_line
    if not isinstance(node, yaml.MappingNode) or not isinstance(meta, dict):
        return error(rel, "front matter must be a mapping of keys to values", 2)
    lines = {str(k.value): k.start_mark.line + 2 for k, _ in node.value}
    return {str(k): plain(v) for k, v in meta.items()}, lines, body, body_line, item_lines(node)


def item_lines(node: yaml.MappingNode) -> dict[str, dict[str, int]]:
    """For each key whose value is a list or a mapping, the line of each entry (by index or key):
    a correction in front matter is reported on its own line."""
    out = {}
    for key, value in node.value:
        if isinstance(value, yaml.MappingNode):
            out[str(key.value)] = {str(k.value): k.start_mark.line + 2 for k, _ in value.value}
        elif isinstance(value, yaml.SequenceNode):
            out[str(key.value)] = {str(i): v.start_mark.line + 2 for i, v in enumerate(value.value)}
    return out


def plain(value):
    """Front matter values as JSON-friendly data: dates become ISO strings."""
    if isinstance(value, (dt.date, dt.datetime)):
        return value.isoformat()
    if isinstance(value, str):
        return showable(value)
    if isinstance(value, dict):
        return {str(k): plain(v) for k, v in value.items()}
    if isinstance(value, (list, tuple)):
        return [plain(v) for v in value]
    return value


def showable(text: str) -> str:
    """A front matter string as it can be shown: a YAML escape of a surrogate pair ("\\ud83d\\ude00")
    joined into its character; controls, lone surrogates and non-characters dropped."""
    if UNSHOWABLE.search(text):
        text = text.encode("utf-16-le", "surrogatepass").decode("utf-16-le", "surrogatepass")
        text = UNSHOWABLE.sub("", text)
    return text
