"""`site.yaml`: the schema of site settings and the story's gazetteer, every error reported at once."""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import os
import re

import yaml

from .errors import BuildError, Problem, error
from .model import (
    EventSetting,
    MinisterHint,
    PhaseSetting,
    PlaceSetting,
    RoleHint,
    Settings,
)
from .slugs import slugify

# Each option: (kind, what it is). Kinds: str, list[str], date, coords, bool, or a nested schema.
PLACE = {
    "name": ("str", "The place's name as a heading and in links."),
    "id": ("str", "Its slug in URLs; from the name when absent."),
    "aliases": ("list[str]", "Other names that mean this place in a text ('Camp Taji')."),
    "description": ("str", "One line shown on its page and in previews."),
    "coordinates": ("coords", "[latitude, longitude]."),
}
PHASE = {
    "name": ("str", "The phase's name."),
    "id": ("str", "Its slug in URLs; from the name when absent."),
    "start": ("date", "First day (or month, or year) of the phase."),
    "end": ("date", "Last day (or month, or year) of the phase."),
    "description": ("str", "A paragraph shown on its page."),
    "cues": ("list[str]", "Phrases that place an undated source in this phase."),
}
EVENT = {
    "name": ("str", "The event as a reader would name it."),
    "date": ("date", "When it happened."),
    "phrases": ("list[str]", "How sources refer to it ('Soleimani's killing')."),
}
ROLE = {
    "title": ("str", "The role as a source would give it ('Defence Minister')."),
    "country": ("str", "Whose minister; the site's country when absent."),
    "from": ("date", "First day (or month, or year) the role was held."),
    "to": ("date", "Last day (or month, or year) the role was held."),
}
MINISTER = {
    "name": ("str", "The person's full name."),
    "aliases": ("list[str]", "Other spellings that mean the same person."),
    "country": ("str", "The country they serve, when the text does not say."),
    "exclude": ("bool", "Never treat this person as a minister."),
    "not_person": ("bool", "The name is nobody's (a ship, a company): never a person, in any source."),
    "roles": ([ROLE], "Roles held between two dates: a source of that time naming them without a title gives them it."),
}
SCHEMA = {
    "title": ("str", "The site's title."),
    "description": ("str", "One sentence about the story, for the home page and the feed."),
    "base_url": ("str", "Where the site is published, e.g. https://user.github.io/repo/."),
    "language": ("str", "The sources' language, as a BCP 47 tag (en, en-NZ)."),
    "country": ("str", "The country whose press the sources mostly are: a minister a source gives no country (\"Defence Minister Ron Mark\") is taken to be its minister."),
    "content": ("str", "The folder of sources, relative to this file."),
    "output": ("str", "The folder the site is written to, relative to this file."),
    "places": ([PLACE], "The gazetteer: places matched in the text."),
    "phases": ([PHASE], "The phases of the story, in order."),
    "events": ([EVENT], "Dated events that date a source which refers to them."),
    "ministers": ([MINISTER], "Hints only: ministers are found in the text by their titles."),
    "people": ([MINISTER], "Hints about people, for every source: the same keys as 'ministers'."),
}

DATE_RE = re.compile(r"^\d{4}(-\d{2}(-\d{2})?)?$")


def _line(node: yaml.Node) -> int:
    return node.start_mark.line + 1


class _Validator:
    def __init__(self, path: str):
        self.path = path
        self.problems: list[Problem] = []

    def fail(self, node: yaml.Node, message: str) -> None:
        self.problems.append(error(self.path, message, _line(node)))

    def mapping(self, node: yaml.Node, schema: dict, where: str) -> dict:
        if not isinstance(node, yaml.MappingNode):
            self.fail(node, f"{where or 'the file'} must be a mapping of keys to values")
            return {}
        out = {}
        for key_node, value_node in node.value:
            key = key_node.value
            name = f"{where}.{key}" if where else key
            if key not in schema:
                known = ", ".join(sorted(schema))
                self.fail(key_node, f"unknown key '{name}' (known keys: {known})")
                continue
            out[key] = self.value(value_node, schema[key][0], name)
        return out

    def value(self, node: yaml.Node, kind, where: str):
        if isinstance(kind, list):
            if not isinstance(node, yaml.SequenceNode):
                self.fail(node, f"'{where}' must be a list")
                return []
            items = []
            for i, item in enumerate(node.value):
                entry = self.mapping(item, kind[0], f"{where}[{i}]")
                needs = "name" if "name" in kind[0] else "title"
                if entry is not None and needs not in entry and isinstance(item, yaml.MappingNode):
                    self.fail(item, f"'{where}[{i}]' needs a {needs}")
                items.append((entry, _line(item)))
            return items
        if kind == "list[str]":
            if isinstance(node, yaml.ScalarNode) and node.value != "":
                return [node.value]
            if not isinstance(node, yaml.SequenceNode) or not all(
                isinstance(n, yaml.ScalarNode) for n in node.value
            ):
                self.fail(node, f"'{where}' must be a list of strings")
                return []
            return [n.value for n in node.value]
        if not isinstance(node, yaml.ScalarNode):
            if kind == "coords" and isinstance(node, yaml.SequenceNode) and len(node.value) == 2:
                try:
                    return tuple(float(n.value) for n in node.value)
                except ValueError:
                    pass
            self.fail(node, f"'{where}' must be a {'[latitude, longitude] pair' if kind == 'coords' else 'single value'}")
            return None
        if kind == "str":
            return node.value
        if kind == "bool":
            if node.value.lower() not in ("true", "false", "yes", "no"):
                self.fail(node, f"'{where}' must be true or false")
                return False
            return node.value.lower() in ("true", "yes")
        if kind == "date":
            if not DATE_RE.match(node.value) or not _valid_date(node.value):
                self.fail(node, f"'{where}' must be a date: YYYY, YYYY-MM or YYYY-MM-DD (got {node.value!r})")
                return None
            return node.value
        self.fail(node, f"'{where}' must be a [latitude, longitude] pair")
        return None


def _valid_date(text: str) -> bool:
    parts = [int(p) for p in text.split("-")]
    try:
        dt.date(parts[0], parts[1] if len(parts) > 1 else 1, parts[2] if len(parts) > 2 else 1)
    except ValueError:
        return False
    return True


def load_settings(
    config_path: str,
    content: str | None = None,
    output: str | None = None,
    base_url: str | None = None,
    cache: str | None = None,
) -> Settings:
    """Read and validate site.yaml; raise BuildError listing every problem in it."""
    shown = os.path.relpath(config_path) if not os.path.isabs(config_path) else config_path
    try:
        with open(config_path, encoding="utf-8-sig") as f:
            text = f.read()
    except FileNotFoundError:
        raise BuildError([error(shown, "configuration file not found")]) from None
    except (OSError, UnicodeDecodeError) as exc:
        raise BuildError([error(shown, f"cannot read configuration: {exc}")]) from None
    try:
        root = yaml.compose(text)
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        line = mark.line + 1 if mark else None
        raise BuildError([error(shown, f"invalid YAML: {getattr(exc, 'problem', exc)}", line)]) from None
    check = _Validator(shown)
    values = check.mapping(root, SCHEMA, "") if root is not None else {}
    if check.problems:
        raise BuildError(check.problems)

    here = os.path.dirname(os.path.abspath(config_path))
    places = tuple(_place(v) for v, _ in values.get("places", []))
    phases = tuple(_phase(v) for v, _ in values.get("phases", []))
    events = tuple(
        EventSetting(v["name"], v.get("date") or "", tuple(v.get("phrases", ())))
        for v, _ in values.get("events", [])
    )
    every_hint = tuple(_hint(v) for v, _ in values.get("ministers", []) + values.get("people", []))
    # A name that is nobody's must not reach extraction as a hint: a hint's names are people there.
    hints = tuple(h for h in every_hint if not h.not_person)
    not_people = tuple(n for h in every_hint if h.not_person for n in (h.name, *h.aliases))
    for kind, items, lines in (
        ("place", places, values.get("places", [])),
        ("phase", phases, values.get("phases", [])),
    ):
        seen: set[str] = set()
        for item, (_, line) in zip(items, lines):
            if not item.id:
                check.problems.append(error(shown, f"{kind} '{item.name}' gives no usable id", line))
            elif item.id in seen:
                check.problems.append(error(shown, f"two {kind}s have the id '{item.id}'", line))
            seen.add(item.id)
    if check.problems:
        raise BuildError(check.problems)

    url = base_url if base_url is not None else values.get("base_url") or "http://127.0.0.1:8000/"
    url = url if url.endswith("/") else url + "/"
    if not re.match(r"^https?://[^/\s]+/", url):
        raise BuildError([error(shown, f"base_url must be an http(s) address, got {url!r}")])
    knowledge = {"places": places, "phases": phases, "events": events, "ministers": hints, "not_people": not_people}
    digest = hashlib.sha256(json.dumps(knowledge, default=repr, sort_keys=True).encode()).hexdigest()
    return Settings(
        title=values.get("title") or "sourcebook",
        description=values.get("description") or "",
        base_url=url,
        language=values.get("language") or "en",
        country=values.get("country"),
        content=os.path.abspath(content or os.path.join(here, values.get("content") or "content")),
        output=os.path.abspath(output or os.path.join(here, values.get("output") or "site")),
        cache=os.path.abspath(cache or os.path.join(here, ".cache", "sourcebook")),
        config_path=os.path.abspath(config_path),
        places=places,
        phases=phases,
        events=events,
        ministers=hints,
        not_people=not_people,
        digest=digest[:16],
    )


def _hint(v: dict) -> MinisterHint:
    roles = tuple(RoleHint(r["title"], r.get("country"), r.get("from"), r.get("to")) for r, _ in v.get("roles", []))
    return MinisterHint(v["name"], tuple(v.get("aliases", ())), v.get("country"), bool(v.get("exclude")),
                        bool(v.get("not_person")), roles)


def _place(v: dict) -> PlaceSetting:
    return PlaceSetting(
        id=slugify(v.get("id") or v["name"]),
        name=v["name"],
        aliases=tuple(v.get("aliases", ())),
        description=v.get("description") or "",
        coordinates=v.get("coordinates"),
    )


def _phase(v: dict) -> PhaseSetting:
    return PhaseSetting(
        id=slugify(v.get("id") or v["name"]),
        name=v["name"],
        start=v.get("start"),
        end=v.get("end"),
        description=v.get("description") or "",
        cues=tuple(v.get("cues", ())),
    )
