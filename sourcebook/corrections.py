"""The researcher has the last word: corrections applied to what extraction found, without
touching the text. Per source, in its front matter: `phase`, `speakers`, `not_people`, `people`
(and a `date` that must parse); site-wide, in site.yaml: names that are nobody's and roles held
between two dates. A correction naming something the text does not contain is an error."""

from __future__ import annotations

import re
from dataclasses import replace

from .errors import Problem, error
from .extract.dateparse import period
from .extract.dating import front_matter_date
from .model import Document, Extraction, Mention, Person, PhaseEstimate, Role, Settings
from .slugs import slugify

GIVEN_PHASE = "phase given in the source's front matter"
SPEAKER_KEY = re.compile(r"^(p\d+)\s+(\S.*)$")
WORD = re.compile(r"[\w'’-]+")


def correct(document: Document, extraction: Extraction, settings: Settings) -> tuple[Extraction, tuple[Problem, ...]]:
    """`extraction` with the source's and the site's corrections applied, and any bad correction."""
    fix = Corrections(document, settings)
    extraction = fix.site_not_people(extraction)
    extraction = fix.not_people(extraction)
    extraction = fix.people(extraction)
    extraction = fix.speakers(extraction)
    extraction = fix.held_roles(extraction, settings)
    extraction = fix.phase(extraction, settings)
    extraction = fix.date(extraction)
    return extraction, tuple(fix.problems)


def words(text: str) -> list[str]:
    """A text's words, case folded, without punctuation: how a quote's first words are matched."""
    return [w.casefold().strip("'’-") for w in WORD.findall(text) if w.strip("'’-")]


def phrase_pattern(phrase: str) -> re.Pattern:
    return re.compile(r"(?<!\w)" + r"\s+".join(map(re.escape, phrase.split())) + r"(?!\w)")


class Corrections:
    """One source's corrections, and the problems found in them."""

    def __init__(self, document: Document, settings: Settings):
        self.doc = document
        self.settings = settings
        self.meta = document.meta
        self.problems: list[Problem] = []
        self.texts = [(p.id, p.text) for p in document.paragraphs]

    def fail(self, key: str, message: str, item: str | None = None) -> None:
        line = self.doc.meta_item_lines.get(key, {}).get(item) if item is not None else None
        self.problems.append(error(self.doc.source, f"front matter '{key}': {message}",
                                   line or self.doc.meta_lines.get(key)))

    def occurs(self, phrase: str) -> list[tuple[str, int, int, str]]:
        """Where `phrase` stands, whole words, in the paragraphs: (paragraph id, start, end, text)."""
        pattern = phrase_pattern(phrase)
        return [(pid, m.start(), m.end(), m.group()) for pid, text in self.texts for m in pattern.finditer(text)]

    def in_text(self, phrase: str) -> bool:
        return bool(phrase.split()) and (bool(self.occurs(phrase)) or bool(phrase_pattern(phrase).search(self.doc.title)))

    def entries(self, key: str, mapping: bool):
        """The entries of a list (index, value) or a mapping (key, value) under `key`; a problem
        when it is neither."""
        value = self.meta.get(key)
        if value is None:
            return []
        if mapping and isinstance(value, dict):
            return list(value.items())
        if not mapping and isinstance(value, str):
            value = [value]
        if not mapping and isinstance(value, list):
            return [(str(i), v) for i, v in enumerate(value)]
        shape = "a mapping ('name in the text: who it is')" if mapping else "a list of names"
        self.fail(key, f"should be {shape}")
        return []

    # names that are nobody's ---------------------------------------------------------------

    def site_not_people(self, extraction: Extraction) -> Extraction:
        """site.yaml's names that are nobody's: dropped wherever they are found, no error elsewhere."""
        return without_people(extraction, {k for n in self.settings.not_people for k in keys_named(extraction, n)})

    def not_people(self, extraction: Extraction) -> Extraction:
        keys = set()
        for item, name in self.entries("not_people", mapping=False):
            if not isinstance(name, str) or not name.strip():
                self.fail("not_people", f"{name!r} is not a name", item)
            elif not self.in_text(name):
                self.fail("not_people", f"'{name}' is not in the text of this source", item)
            else:
                keys |= keys_named(extraction, " ".join(name.split()))
        return without_people(extraction, keys)

    # who a name in the text is ---------------------------------------------------------------

    def people(self, extraction: Extraction) -> Extraction:
        for phrase, name in self.entries("people", mapping=True):
            if not isinstance(name, str) or not name.strip():
                self.fail("people", f"'{phrase}' should name who it is (a full name)", phrase)
            elif not self.in_text(phrase):
                self.fail("people", f"'{phrase}' is not in the text of this source", phrase)
            else:
                extraction = resolved(extraction, self.occurs(phrase), " ".join(name.split()))
        return extraction

    # who said a quote -------------------------------------------------------------------------

    def speakers(self, extraction: Extraction) -> Extraction:
        quotes = list(extraction.quotes)
        people = list(extraction.people)
        for key, name in self.entries("speakers", mapping=True):
            match = SPEAKER_KEY.match(key.strip())
            if not match:
                self.fail("speakers", f"'{key}' should be a paragraph id and the quote's first words ('p4 We are proud')", key)
                continue
            pid, first = match.groups()
            if pid not in {p for p, _ in self.texts}:
                self.fail("speakers", f"no paragraph {pid} in this source (it has p1 to p{len(self.texts)})", key)
                continue
            wanted = words(first)
            hits = [i for i, q in enumerate(quotes) if q.paragraph == pid and words(q.text)[:len(wanted)] == wanted]
            if not wanted or not hits:
                begins = "; ".join(f"'{' '.join(q.text.split()[:6])}'" for q in quotes if q.paragraph == pid)
                self.fail("speakers", f"no quote in {pid} begins '{first}'" + (f" (its quotes begin {begins})" if begins else " (it has no quote)"), key)
                continue
            speaker = self.speaker(name, people, key)
            if speaker is None:
                continue
            if speaker[0] and speaker[0] not in {p.key for p in people}:
                people.append(Person(speaker[0], name.strip(), None))
            for i in hits:
                quotes[i] = replace(quotes[i], speaker=speaker[0], speaker_name=speaker[1], given=True)
        return replace(extraction, quotes=tuple(quotes), people=tuple(people))

    def speaker(self, name, people: list[Person], key: str):
        """(person key, name as written) for a correction's speaker; (None, None) for nobody."""
        if name is None:
            return (None, None)
        if not isinstance(name, str) or not name.strip():
            self.fail("speakers", f"the speaker of '{key}' should be a name, or ~ for nobody", key)
            return None
        name = " ".join(name.split())
        found = person_named(name, people)
        if found:
            return (found, None)
        single = [p for p in people if p.name == name.split()[-1]]  # the text says only "Mr Mark"
        if self.in_text(name) or single:
            looks_named = len(name.split()) > 1 and all(w[:1].isupper() for w in name.split())
            return (slugify(name), None) if looks_named else (None, name)
        self.fail("speakers", f"'{name}' is not named in this source", key)
        return None

    # roles, phase, date -----------------------------------------------------------------------

    def held_roles(self, extraction: Extraction, settings: Settings) -> Extraction:
        """site.yaml's `roles` of a person: a source dated inside one that names them without a
        title of its own gives them that role."""
        span = period(extraction.date.value) if extraction.date else None
        if not span:
            return extraction
        held = {slugify(h.name): (h, r) for h in settings.ministers for r in h.roles if within(span, r.start, r.end)}
        if not any(p.key in held and p.role is None for p in extraction.people):
            return extraction
        people = tuple(
            replace(p, role=Role(held[p.key][1].title, held[p.key][1].country or held[p.key][0].country or settings.country),
                    description="") if p.key in held and p.role is None else p
            for p in extraction.people)
        return replace(extraction, people=people)

    def phase(self, extraction: Extraction, settings: Settings) -> Extraction:
        value = self.meta.get("phase")
        if value is None:
            return extraction
        wanted = slugify(str(value))
        found = next((p.id for p in settings.phases if wanted in (p.id, slugify(p.name))), None)
        if found is None:
            known = ", ".join(p.id for p in settings.phases) or "none"
            self.fail("phase", f"'{value}' is not a phase of site.yaml (its phases: {known}); add it under 'phases' there")
            return extraction
        return replace(extraction, phase=PhaseEstimate(found, (GIVEN_PHASE,), False, True))

    def date(self, extraction: Extraction) -> Extraction:
        """A front matter date that does not parse is an error, not a silent estimate."""
        if "date" not in self.meta or front_matter_date(self.meta["date"]) is not None:
            return extraction
        self.fail("date", f"{self.meta['date']!r} is not a date (write YYYY, YYYY-MM or YYYY-MM-DD)")
        warnings = tuple(w for w in extraction.warnings if "front matter 'date'" not in w.message)
        return replace(extraction, warnings=warnings)


def within(span, start: str | None, end: str | None) -> bool:
    """The period `span` (first and last day) lies between `start` and `end` (open: None)."""
    lo = period(start)[0] if start else None
    hi = period(end)[1] if end else None
    return (lo is None or span[0] >= lo) and (hi is None or span[1] <= hi)


def person_named(name: str, people) -> str | None:
    """The key of the person of a source that `name` is: by key, full name or a unique surname."""
    key = slugify(name)
    if any(p.key == key for p in people):
        return key
    same = {p.key for p in people if p.name == name or p.name.split()[-1:] == [name]}
    return same.pop() if len(same) == 1 else None


def keys_named(extraction: Extraction, name: str) -> set[str]:
    """The person keys a name stands for in one source: its slug, and whoever a mention or a
    person of that exact name is."""
    key = slugify(name)
    return ({p.key for p in extraction.people if p.key == key or p.name == name}
            | {m.key for m in extraction.mentions if m.kind == "person" and m.text == name})


def without_people(extraction: Extraction, keys: set[str]) -> Extraction:
    """The extraction with `keys` no one: no person, no mention; their quotes keep the name as
    written ("Amnesty International said") but no person."""
    if not keys:
        return extraction
    names = {p.key: p.name for p in extraction.people}
    return replace(
        extraction,
        people=tuple(p for p in extraction.people if p.key not in keys),
        mentions=tuple(m for m in extraction.mentions if not (m.kind == "person" and m.key in keys)),
        quotes=tuple(replace(q, speaker=None, speaker_name=q.speaker_name or names.get(q.speaker)) if q.speaker in keys else q
                     for q in extraction.quotes),
    )


def resolved(extraction: Extraction, spans, name: str) -> Extraction:
    """Every span of a phrase is a mention of `name`; a quote its old person said in that
    paragraph is theirs; the old person, left unnamed, is gone (their role passing to `name`)."""
    target = slugify(name)
    mentions, old = list(extraction.mentions), {}
    for pid, start, end, text in spans:
        hit = [m for m in mentions if m.kind == "person" and m.paragraph == pid and m.start < end and start < m.end]
        for m in hit:
            mentions.remove(m)
            old.setdefault(m.key, set()).add(pid)
        mentions.append(Mention("person", target, pid, start, end, text))
    left = {m.key for m in mentions if m.kind == "person"}
    gone = {k for k in old if k not in left and k != target}
    people = [p for p in extraction.people if p.key not in gone]
    if target not in {p.key for p in people}:
        role = next((p.role for p in extraction.people if p.key in gone and p.role), None)
        people.append(Person(target, name, role))
    quotes = tuple(replace(q, speaker=target) if q.speaker in old and q.paragraph in old[q.speaker] and not q.given else q
                   for q in extraction.quotes)
    mentions.sort(key=lambda m: (int(m.paragraph[1:]), m.start, m.end))
    return replace(extraction, people=tuple(people), mentions=tuple(mentions), quotes=quotes)
