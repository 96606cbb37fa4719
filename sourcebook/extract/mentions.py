"""From a document's introductions to its people: one person per name, and every span that names one."""

from __future__ import annotations

import re
from bisect import bisect_left
from typing import NamedTuple

from ..model import Mention, MinisterHint, Person, Role
from ..slugs import slugify
from .names import (
    ADDRESS_BEFORE,
    INNER_TITLES,
    bare,
    country_of,
    is_name_word,
    is_word_char,
    misspelt_rank,
    word_before,
)
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
    former: bool = False
    anaphoric: bool = False  # "its defence minister", "the country's foreign minister": whose, the text leaves to the reader


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
        if not owners and len(words) == 1 and is_middle_name(name):
            owners = {keys[f] for f in keys if name in f.split()[1:-1]}  # "Zahid" with "Ahmad Zahid Hamidi"
        keys[name] = owners.pop() if len(owners) == 1 else slugify(name)
    return keys


def is_middle_name(word: str) -> bool:
    """A name's inner word that may stand for the whole (the Malaysian press's "Zahid" for Ahmad
    Zahid Hamidi), not an initial or a particle ("W.", "bin", "Tun")."""
    return len(word) > 2 and word.isalpha() and is_name_word(word) and word not in INNER_TITLES


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
    for fits in (ends_with, lambda w, end: w[:len(end)] == end,
                 lambda w, inner: len(inner) == 1 and is_middle_name(inner[0]) and inner[0] in w[1:-1]):
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
    everything = "\n".join(p.text for p in document.paragraphs)
    full = [n for n in names if len(n.split()) > 1 and n in everything]
    short = {form: owners for form, owners in short_names(names).items() if form in everything}
    # the words the text writes in lowercase: "Key" opening a sentence may be the word "key"
    lowercase = set(LOWER_WORDS.findall(everything)) if short else set()
    for p in document.paragraphs:
        for start, _, end in occurrences(p.text, full):
            add(p.id, start, end, names[p.text[start:end]], p.text)
        for start, name_start, end in occurrences(p.text, short, addressed=True):
            owners = short[p.text[name_start:end]]
            if len(owners) == 1 and (start < name_start or bare_surname(p.text, name_start, end, lowercase)):
                add(p.id, start, end, next(iter(owners)), p.text)
    for ref in refs:
        key = resolve_title(ref, people)
        if key:
            add(ref.paragraph, ref.start, ref.end, key, document.paragraph(ref.paragraph).text)
    return tuple(sorted(mentions, key=lambda m: (int(m.paragraph[1:]), m.start)))


def occurrences(text: str, names, addressed: bool = False) -> list[tuple[int, int, int]]:
    """Where the names stand in `text` as whole words, as one pattern of them all, longest first,
    would find them left to right: (start, name start, end). With `addressed`, a form of address
    before a name ("Mr Kovrig") starts the match. Found with str.find: compiling a pattern per
    document cost more than the search."""
    found = []
    for name in names:
        at = text.find(name)
        while at != -1:
            end = at + len(name)
            if end == len(text) or not (is_word_char(text[end]) or text[end] == "-"):
                if addressed:
                    address = ADDRESS_BEFORE.search(text, max(0, at - 30), at)
                    if address and free_before(text, address.start()):
                        found.append((address.start(), 0, -end, at))
                if free_before(text, at):
                    found.append((at, 1, -end, at))
            at = text.find(name, at + 1)
    out, cursor = [], 0
    for start, _, end, name_start in sorted(found):
        if start >= cursor:
            out.append((start, name_start, -end))
            cursor = -end
    return out


def free_before(text: str, at: int) -> bool:
    """No word goes on before `at`: not "xJo", "O'Bloggs" or "Smith-Jo"."""
    return at == 0 or not (is_word_char(text[at - 1]) or text[at - 1] in "'’-")


def short_names(names: dict[str, str]) -> dict[str, set[str]]:
    """Surname, given name (as the Malaysian press names "Najib"), or one-word name -> the keys
    of the people it could mean; a word two people share names neither."""
    short: dict[str, set[str]] = {}
    for name, key in names.items():
        words = name.split()
        forms = {words[-1], bare(words[-1])} | ({words[0]} if len(words) > 1 and is_name_word(words[0]) else set())
        forms |= {w for w in words[1:-1] if is_middle_name(w)}  # "Zahid" of "Ahmad Zahid Hamidi"
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
    if prev_word and prev_word.group(1) in ("the", "The") and next_word and next_word.group(1)[:1].islower():
        return False  # "the Bloggs family", "the Bloggs government": the name tells which, it is no one
    # "Sergei Navalny" is another name; "on Twitter, Navalny" is not
    if prev_word and is_name_word(prev_word.group(1)) and prev_word.group(1) not in HONORIFICS \
            and not prev_word.group(1).endswith((",", ";", ":", ")", "”", '"', "!", "?")) \
            and not (prev_word.group(1).endswith(".") and len(prev_word.group(1)) > 3):  # "on Tuesday. Ruiz said"
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
    if ref.anaphoric:  # only the one the text's own "its defence minister" was found to be
        fits = [p.key for p in people if p.role == Role(ref.title, ref.country, ref.former)]
        return fits[0] if len(fits) == 1 else None
    generic = ref.title.lower() == "minister"
    holders = [p for p in people if p.role and p.role.former == ref.former and (generic or p.role.title.lower() == ref.title.lower())]
    fits = [p.key for p in holders if ref.country is None or p.role.country == ref.country]
    if not fits and ref.country is not None:
        fits = [p.key for p in holders if p.role.country is None]
    return fits[0] if len(fits) == 1 else None
