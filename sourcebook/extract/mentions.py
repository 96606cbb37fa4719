"""From a document's introductions to its people: one person per name, and every span that names one."""

from __future__ import annotations

import functools
import re
from bisect import bisect_left
from typing import NamedTuple

from ..model import Mention, MinisterHint, Person, Role
from ..slugs import slugify
from .names import HONORIFIC, bare, country_of, is_name_word, misspelt_rank, word_before
from .vocabulary import HONORIFICS, SPEECH_VERBS

LOWER_WORDS = re.compile(r"\b[a-z]\w*")
FOLLOWING_VERBS = SPEECH_VERBS | {"also", "earlier", "later", "then"}


class Intro(NamedTuple):
    """A person introduced by name, with what the text calls them there."""

    name: str
    paragraph: str | None  # None: the document's title
    start: int
    end: int
    role: Role | None
    description: str
    also: tuple[Role, ...] = ()  # titles joined to the first: "Deputy Prime Minister and Foreign Minister"
    owner: str | None = None  # whose minister: "his Defence Minister" (""), "Mr Abbott's" ("Abbott")


class TitleRef(NamedTuple):
    """A title standing for a person: 'the Defence Minister said'."""

    title: str
    country: str | None
    paragraph: str
    start: int
    end: int


def name_keys(names: list[str]) -> dict[str, str]:
    """Each name -> a person key; a lone surname (or first name) joins the one full name that
    ends (or opens) with it, so it never becomes a person of its own."""
    keys = {}
    for name in sorted(set(names), key=lambda n: -len(n.split())):
        words = name.split()
        # "Drian" or "Le Drian" with "Jean-Yves Le Drian": the end of the one longer name
        owners = {keys[f] for f in keys if len(f.split()) > len(words) and ends_with(f.split(), words)}
        if not owners:
            # "Jacinda" with "Jacinda Ardern", "Abdul Aziz" with "Abdul Aziz bin Saud": the
            # opening of the one longer name
            owners = {keys[f] for f in keys if len(f.split()) > len(words) and f.split()[:len(words)] == words}
        keys[name] = owners.pop() if len(owners) == 1 else slugify(name)
    return keys


def ends_with(words: list[str], end: list[str]) -> bool:
    """Whether a name ends with these words, a particle joined to its surname or not."""
    return [bare(w) for w in words[-len(end):]] == [bare(w) for w in end]


def person_of(name: str, people) -> str | None:
    """The person a name given alone stands for, as name_keys joins them: the one of that name,
    else the one longer name that ends with it ("Wright"), else the one it opens ("Meng")."""
    words = name.split()
    exact = [p.key for p in people if p.name == name]
    if exact:
        return exact[0]
    for fits in (ends_with, lambda w, end: w[:len(end)] == end):
        owners = {p.key for p in people if len(p.name.split()) > len(words) and fits(p.name.split(), words)}
        if owners:
            return owners.pop() if len(owners) == 1 else None
    return None


def build_people(intros: list[Intro], keys: dict[str, str]) -> tuple[Person, ...]:
    """One Person per key: the first ministerial role wins over any other description."""
    people: dict[str, Person] = {}
    for intro in intros:
        key = keys[intro.name]
        known = people.get(key)
        name = intro.name if not known or len(intro.name.split()) > len(known.name.split()) else known.name
        role = (known.role if known else None) or intro.role
        also = known.also if known and known.role else intro.also
        if role and not role.country and intro.role and intro.role.country:
            # A later introduction may say what the first left out ("New Zealand's Foreign Minister").
            role = Role(role.title, intro.role.country, role.former)
        description = (known.description if known else "") or intro.description
        people[key] = Person(key, name, role, "" if role else description, also)
    return tuple(people.values())


def apply_hints(people: tuple[Person, ...], hints: tuple[MinisterHint, ...]) -> tuple[Person, ...]:
    """site.yaml hints: exclude means never a minister; a country fills a missing one."""
    by_key = {slugify(h.name): h for h in hints}
    out = []
    for person in people:
        hint = by_key.get(person.key)
        if hint and hint.exclude and person.role:
            person = Person(person.key, person.name, None, person.role.title.lower())
        elif hint and hint.country and person.role:
            roles = tuple(r if r.country else Role(r.title, hint.country, r.former) for r in (person.role, *person.also))
            person = Person(person.key, person.name, roles[0], "", roles[1:])
        out.append(person)
    return tuple(out)


def find_mentions(document, intros, keys, people, refs, aliases) -> tuple[Mention, ...]:
    """Every span naming a known person: introductions, full names, surnames, unique titles."""
    taken: dict[str, list[tuple[int, int]]] = {}
    mentions: list[Mention] = []

    def add(pid, start, end, key, text):
        spans = taken.setdefault(pid, [])
        i = bisect_left(spans, (start, end))
        if (i and spans[i - 1][1] > start) or (i < len(spans) and spans[i][0] < end):
            return
        spans.insert(i, (start, end))
        mentions.append(Mention("person", key, pid, start, end, text[start:end]))

    for intro in intros:
        if intro.paragraph:
            add(intro.paragraph, intro.start, intro.end, keys[intro.name], document.paragraph(intro.paragraph).text)
    names = {n: keys[n] for n in keys} | {a: slugify(n) for a, n in aliases.items()}
    full = sorted((n for n in names if len(n.split()) > 1), key=len, reverse=True)
    short = short_names(names)
    full_re, short_re = name_patterns(tuple(full), tuple(sorted(short, key=len, reverse=True)))
    # the words the text writes in lowercase: "Key" opening a sentence may be the word "key"
    lowercase = set(LOWER_WORDS.findall("\n".join(p.text for p in document.paragraphs))) if short_re else set()
    for p in document.paragraphs:
        for match in full_re.finditer(p.text) if full_re else ():
            add(p.id, match.start(), match.end(), names[match.group()], p.text)
        for match in short_re.finditer(p.text) if short_re else ():
            owners = short[match.group(2)]
            if len(owners) == 1 and (match.group(1) or bare_surname(p.text, match.start(2), match.end(2), lowercase)):
                add(p.id, match.start(), match.end(), next(iter(owners)), p.text)
    for ref in refs:
        key = resolve_title(ref, people)
        if key:
            add(ref.paragraph, ref.start, ref.end, key, document.paragraph(ref.paragraph).text)
    return tuple(sorted(mentions, key=lambda m: (int(m.paragraph[1:]), m.start)))


@functools.lru_cache(maxsize=512)
def name_patterns(full: tuple[str, ...], short: tuple[str, ...]):
    """The patterns that find a document's full names and surnames; compiled once for a set of
    names, which the sources of one story share."""
    full_re = re.compile(r"(?<![\w'’-])(?:" + "|".join(re.escape(n) for n in full) + r")(?![\w-])") if full else None
    short_re = re.compile(r"(?<![\w'’-])(" + HONORIFIC + r")?(" + "|".join(re.escape(n) for n in short) + r")(?![\w-])") if short else None
    return full_re, short_re


def short_names(names: dict[str, str]) -> dict[str, set[str]]:
    """Surname, given name (as the Malaysian press names "Najib"), or one-word name -> the keys
    of the people it could mean; a word two people share names neither."""
    short: dict[str, set[str]] = {}
    for name, key in names.items():
        words = name.split()
        forms = {words[-1], bare(words[-1])} | ({words[0]} if len(words) > 1 and is_name_word(words[0]) else set())
        for form in forms:
            short.setdefault(form, set()).add(key)
    return short


def bare_surname(text: str, start: int, end: int, lowercase: set[str]) -> bool:
    """A surname standing alone, not part of another name and not a capitalised common word
    (a sentence opening "Key" or "Little" is a name only when a verb follows it)."""
    before, after = text[max(0, start - 40):start], text[end:end + 40]
    prev_word = re.search(r"(\S+) $", before)
    if prev_word and misspelt_rank(prev_word.group(1), word_before(before, prev_word.start())):
        prev_word = None  # "Air Marshall Short": a rank, not a first name
    next_word = re.match(r" (\S+)", after)
    if country_of(text[start:end]):
        # "English" is Bill English only where he does something ("English said", "English's")
        return after.startswith(("'s", "’s")) or bool(next_word and next_word.group(1).strip(".,;:") in FOLLOWING_VERBS)
    # "Sergei Navalny" is another name; "on Twitter, Navalny" is not
    if prev_word and is_name_word(prev_word.group(1)) and prev_word.group(1) not in HONORIFICS \
            and not prev_word.group(1).endswith((",", ";", ":", ")", "”", '"')):
        return False
    if next_word and is_name_word(next_word.group(1).strip(".,;:")) and not next_word.group(1).endswith((",", ".")):
        return False
    sentence_start = not before.strip() or re.search(r"[.!?][\"”’]?\s+$", before)
    if not sentence_start or text[start:end].lower() not in lowercase:
        return True
    return bool(next_word and next_word.group(1).strip(".,;:") in FOLLOWING_VERBS)


def resolve_title(ref: TitleRef, people: tuple[Person, ...]) -> str | None:
    """The one person of the document who holds this title (and country), else None. "The
    Canadian Foreign Minister" is the one Foreign Minister whose country the text left unsaid,
    when no Foreign Minister of Canada is named."""
    generic = ref.title.lower() == "minister"
    holders = [p for p in people if p.role and not p.role.former and (generic or p.role.title.lower() == ref.title.lower())]
    fits = [p.key for p in holders if ref.country is None or p.role.country == ref.country]
    if not fits and ref.country is not None:
        fits = [p.key for p in holders if p.role.country is None]
    return fits[0] if len(fits) == 1 else None
