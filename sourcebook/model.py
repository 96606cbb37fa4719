"""The data passed between stages: frozen dataclasses, tuples and mappings inside.

Read -> Source; clean -> Document; extract -> Extraction; index -> Site; plan -> Page.
The Site refers to documents and entities by id (their slug), never by object.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any, Mapping

from .errors import Problem


class FrozenDict(dict):
    """A dict that refuses changes after construction, and pickles (for the cache and workers)."""

    def _refuse(self, *args, **kwargs):
        raise TypeError("FrozenDict cannot be changed")

    __setitem__ = __delitem__ = clear = pop = popitem = setdefault = update = _refuse
    __ior__ = _refuse

    def __reduce__(self):
        return (FrozenDict, (dict(self),))


def frozen_mapping(items: Mapping | None = None) -> Mapping:
    """A read-only copy of `items`."""
    return FrozenDict(items or {})


# 1. read --------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Source:
    """One file of `content/` as read: front matter split off, text decoded and normalised."""

    path: str  # relative to the content folder, with forward slashes
    text: str  # the body after the front matter, newlines normalised to \n
    meta: Mapping[str, Any]  # front matter values
    meta_lines: Mapping[str, int]  # front matter key -> line in the file
    body_line: int  # line of the file on which the body starts (1-based)
    digest: str  # hash of the raw bytes: the cache key
    markdown: bool  # .md/.markdown: rendered as Markdown; .txt: plain text
    warnings: tuple[Problem, ...] = ()
    # front matter key -> {entry index or key -> line}, for the entries of lists and mappings
    meta_item_lines: Mapping[str, Mapping[str, int]] = field(default_factory=frozen_mapping)


# 2. clean -------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Paragraph:
    id: str  # p1, p2, ... stable for the same text
    text: str  # plain text: what extraction reads and spans point into
    html: str  # the paragraph as safe HTML (escaped text, or sanitised Markdown)
    line: int  # line of the file on which it starts


@dataclass(frozen=True)
class Dropped:
    """A line removed as scraped boilerplate, kept for the build report."""

    line: int
    text: str
    reason: str  # "caption", "repeated", "headlines"


@dataclass(frozen=True)
class Document:
    source: str  # path relative to the content folder
    slug: str
    title: str
    title_inferred: bool
    url: str | None  # the original's address, from front matter
    meta: Mapping[str, Any]
    meta_lines: Mapping[str, int]
    paragraphs: tuple[Paragraph, ...]
    dropped: tuple[Dropped, ...]
    warnings: tuple[Problem, ...] = ()
    title_line: int = 0  # line of the file the title was read from; 0: front matter or first sentence
    meta_item_lines: Mapping[str, Mapping[str, int]] = field(default_factory=frozen_mapping)  # as Source's

    def title_repeats_body(self) -> bool:
        """The title was cut from the first sentence, which is still in the body: it says
        nothing the body does not, and a cut one may end mid-name ("… Minister Jacinda…")."""
        first = self.paragraphs[0].text if self.paragraphs else ""
        return self.title_inferred and first.startswith(self.title.rstrip("…"))

    def paragraph(self, pid: str) -> Paragraph:
        """The paragraph with id `pid` ("p3"): ids are p1, p2, ... in order, so it is found by position."""
        if pid.startswith("p") and pid[1:].isdigit():
            index = int(pid[1:]) - 1
            if 0 <= index < len(self.paragraphs) and self.paragraphs[index].id == pid:
                return self.paragraphs[index]
        for p in self.paragraphs:
            if p.id == pid:
                return p
        raise KeyError(pid)


# 3. extract -----------------------------------------------------------------------------------


@dataclass(frozen=True)
class Role:
    """A ministerial title as one source gives it."""

    title: str  # "Defence Minister", "Prime Minister", "Foreign Secretary"
    country: str | None  # "New Zealand", "Iraq", "United Kingdom"
    former: bool = False


@dataclass(frozen=True)
class Person:
    """A person as introduced in one source, with the role the source gives them there."""

    key: str  # slug of the full name: the id across documents
    name: str  # the full name as written
    role: Role | None  # None: not a minister in this source
    description: str = ""  # how the source introduces a non-minister ("opposition defence spokesman")
    also: tuple[Role, ...] = ()  # more roles given with the first ("Deputy Prime Minister and Foreign Minister")


@dataclass(frozen=True)
class Mention:
    """A span of a paragraph's text naming a person or a place."""

    kind: str  # "person" or "place"
    key: str  # person key or place id
    paragraph: str
    start: int
    end: int
    text: str


@dataclass(frozen=True)
class Quote:
    speaker: str | None  # person key, or None when nobody can be named
    speaker_name: str | None  # as written, for speakers that are not people we know ("a spokesman")
    paragraph: str
    start: int
    end: int
    text: str
    given: bool = False  # True: the source's front matter names the speaker (or says nobody can be named)


@dataclass(frozen=True)
class DateEstimate:
    value: str  # ISO 8601 at its precision: 2020, 2020-01, 2020-01-07
    precision: str  # "year", "month" or "day"
    evidence: str  # the phrase that gives it
    rule: str  # how it was read: "front matter", "explicit date", "relative to event", ...
    estimated: bool = True  # False only for a front matter date


@dataclass(frozen=True)
class PhaseEstimate:
    phase: str | None  # phase id
    evidence: tuple[str, ...]
    conflict: bool = False
    given: bool = False  # True: the source's front matter names it


@dataclass(frozen=True)
class Extraction:
    """What one document says, found in its text alone (so it is cached by content hash)."""

    people: tuple[Person, ...] = ()
    mentions: tuple[Mention, ...] = ()
    quotes: tuple[Quote, ...] = ()
    date: DateEstimate | None = None
    phase: PhaseEstimate = PhaseEstimate(None, ())
    place_candidates: tuple[str, ...] = ()
    warnings: tuple[Problem, ...] = ()
    undated_why: str = ""  # for an undated source: what its text says of its date, and why that is not enough


# 4. index -------------------------------------------------------------------------------------


@dataclass(frozen=True)
class RoleInSource:
    title: str
    country: str | None
    former: bool
    document: str  # document id


@dataclass(frozen=True)
class QuoteRef:
    document: str
    paragraph: str
    text: str
    speaker: str | None


@dataclass(frozen=True)
class PlaceRef:
    """A sentence of a document that names a place."""

    document: str
    paragraph: str
    sentence: str


@dataclass(frozen=True)
class Minister:
    id: str
    name: str
    countries: tuple[str, ...]
    roles: tuple[RoleInSource, ...]
    documents: tuple[str, ...]  # in timeline order
    quotes: tuple[QuoteRef, ...]
    companions: tuple[tuple[str, int], ...]  # (minister id, sources shared), most first
    places: tuple[tuple[str, int], ...]  # (place id, sources shared), most first
    # (title, country, former) of each distinct role, in order of first appearance: a minister
    # named by thousands of sources has thousands of roles but a handful of distinct ones
    distinct_roles: tuple[tuple[str, str | None, bool], ...] = ()


@dataclass(frozen=True)
class Place:
    id: str
    name: str
    description: str
    aliases: tuple[str, ...]
    coordinates: tuple[float, float] | None
    documents: tuple[str, ...]
    sentences: tuple[PlaceRef, ...]


@dataclass(frozen=True)
class Phase:
    id: str
    name: str
    description: str
    start: str | None
    end: str | None
    documents: tuple[str, ...]
    ministers: tuple[str, ...]
    places: tuple[str, ...]


@dataclass(frozen=True)
class Site:
    settings: "Settings"
    documents: Mapping[str, Document]  # id (slug) -> document, in timeline order
    extractions: Mapping[str, Extraction]
    ministers: Mapping[str, Minister]
    people: Mapping[str, Person]  # every person known by key, ministers or not
    places: Mapping[str, Place]
    phases: tuple[Phase, ...]
    timeline: tuple[str, ...]  # dated document ids, oldest first
    undated: tuple[str, ...]
    related: Mapping[str, tuple[str, ...]]
    neighbours: Mapping[str, tuple[str | None, str | None]]  # previous and next in time
    place_candidates: tuple[tuple[str, int], ...]  # (name, sources), most first
    aliases: Mapping[str, str]  # surname-only person key -> the full name's key (index.surname_aliases)
    # document id -> (person key, the role they hold in another source of the same period) for
    # each person the document names without a ministerial title of its own
    roles_elsewhere: Mapping[str, tuple[tuple[str, RoleInSource], ...]] = field(default_factory=frozen_mapping)


# settings -------------------------------------------------------------------------------------


@dataclass(frozen=True)
class PlaceSetting:
    id: str
    name: str
    aliases: tuple[str, ...] = ()
    description: str = ""
    coordinates: tuple[float, float] | None = None


@dataclass(frozen=True)
class PhaseSetting:
    id: str
    name: str
    start: str | None = None
    end: str | None = None
    description: str = ""
    cues: tuple[str, ...] = ()


@dataclass(frozen=True)
class EventSetting:
    name: str
    date: str
    phrases: tuple[str, ...] = ()


@dataclass(frozen=True)
class RoleHint:
    """A role site.yaml says a person held between two dates (either end open: None)."""

    title: str
    country: str | None = None
    start: str | None = None
    end: str | None = None


@dataclass(frozen=True)
class MinisterHint:
    name: str
    aliases: tuple[str, ...] = ()
    country: str | None = None
    exclude: bool = False
    not_person: bool = False  # the name is nobody's (kept out of Settings.ministers: see not_people)
    roles: tuple[RoleHint, ...] = ()


@dataclass(frozen=True)
class Settings:
    title: str
    description: str
    base_url: str  # always ends with "/"
    language: str
    content: str  # absolute path
    output: str  # absolute path
    cache: str  # absolute path
    config_path: str
    places: tuple[PlaceSetting, ...] = ()
    phases: tuple[PhaseSetting, ...] = ()
    events: tuple[EventSetting, ...] = ()
    ministers: tuple[MinisterHint, ...] = ()
    country: str | None = None  # the sources' home country: an unqualified title is its minister's
    not_people: tuple[str, ...] = ()  # names site.yaml says are nobody's, in every source
    digest: str = ""  # hash of what in the settings changes extraction: part of the cache key


# 5. plan --------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Page:
    url: str  # relative to the site root, "" for home, "documents/x/" for a page, "404.html"
    template: str
    context: Mapping[str, Any] = field(default_factory=frozen_mapping)
    inputs: tuple[str, ...] = ()  # ids of what it was made from: documents, entities, settings

    @property
    def output_path(self) -> str:
        """The file this page is written to, relative to the output folder."""
        return self.url + "index.html" if self.url == "" or self.url.endswith("/") else self.url
