"""People named in a document, and which of them the document calls a minister."""

from __future__ import annotations

import re
from bisect import bisect_left
from typing import NamedTuple

from .model import Document, Mention, MinisterHint, Person, Role
from .names import (
    COUNTRY_ALTERNATION, COUNTRY_BEFORE, FORMER, RANKS, HONORIFICS, NOT_IN_OFFICE, ORGANISATION_WORDS, OTHER_ROLE_WORDS,
    PORTFOLIO_WORDS, SECRETARY_PORTFOLIOS, SPEECH_VERBS, TITLE_COUNTRIES, WORD, country_of, is_name_word,
    read_name, read_name_before, title_case, word_pattern,
)
from .slugs import slugify

MINISTER_HEADS = {"minister", "secretary", "chancellor", "premier", "treasurer", "attorney-general", "attorney general", "pm"}
CAPITALISED_ONLY = {"chancellor", "premier", "treasurer", "pm"}
TITLE_MODIFIERS = {"deputy", "associate", "acting", "assistant", "junior", "senior", "vice"}
# Words about the holder's standing, not part of the title; the country may stand before them
# ("Iraq's caretaker Prime Minister").
STANDING_WORDS = {"caretaker", "interim", "outgoing", "new", "current", "embattled", "veteran", "long-serving"}
FORWARD_WORDS = PORTFOLIO_WORDS | {"state", "exchequer", "opposition", "staff", "army", "navy", "force", "forces"}
DETERMINERS = {"the", "a", "an"}
FORMER_PREFIXES = ("ex-", "then-")
ANCHOR = re.compile(
    r"\b(?i:" + word_pattern(
        {"attorney-general", "attorney general", "minister", "secretary", "chancellor", "premier",
         "treasurer", "leader of the opposition"} | OTHER_ROLE_WORDS
    ) + r")\b|\bPM\b"
)
# "Hon PHIL GOFF (Minister of Defence):" at the start of a transcript paragraph.
SPEAKER_LINE = re.compile(
    r"^(?:\d+\.\s+)?(?:(?:Rt\.?\s+)?Hon\.?\s+)?(?:(?:Dr|Mr|Mrs|Ms|Sir|Dame)\.?\s+)?"
    r"((?:[A-Z][\w'’\-]*\s+){1,3}(?:Mc|Mac)?[A-Z][A-ZĀĒĪŌŪ'’\-]+)\s*(?:\(([^()]{1,80})\))?(?:\s+to\s+the\s+[^:]{1,60})?\s*:"
)
CREDIT = re.compile(r"(?:Photos?|Image|Picture|Video|Graphic)\s*[/:|]\s*$")
HONORIFIC = r"(?:(?:Mr|Mrs|Ms|Miss|Dr|Sir|Dame|Hon|Prof|Professor)\.?\s+)"
COUNTERPART = re.compile(r"\b(?:his|her)\s+(" + COUNTRY_ALTERNATION + r")\s+counterpart,?\s+")
JOINED_TITLES = re.compile(r" (?:and|&) ")
OWNER_BEFORE = re.compile(r"\b(?:his|her|their|([A-Z][\w-]*)['’]s)\s+$")
# Forms of address between a title and a full name; the name is what follows them.
ADDRESS = re.compile(r"(?:(?:Rt\.? )?Hon\.? |(?:Dr|Sir|Dame)\.? )(?=[A-Z])")
SPEECH = re.compile(r"\b" + word_pattern(SPEECH_VERBS) + r"\b")
# Verbs after which a name is the speaker ("said Jane Doe"), not an object ("told Radio NZ").
SPEAKER_AFTER = {"said", "says", "added", "adds", "explained", "insisted", "continued"}
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


def find_people(
    document: Document, hints: tuple[MinisterHint, ...], listed: tuple[tuple[str, Role], ...] = ()
) -> tuple[tuple[Person, ...], tuple[Mention, ...]]:
    """The people a document introduces (ministers with their role) and every mention of them.
    `listed`: the ministers its front matter names, each with the role it gives."""
    hints = hints + tuple(MinisterHint(name) for name, _ in listed)
    aliases = {alias: hint.name for hint in hints for alias in (hint.name, *hint.aliases)}
    units = [] if document.title_repeats_body() else [(None, document.title)]
    units += [(p.id, p.text) for p in document.paragraphs]
    intros, refs = [], []
    for pid, text in units:
        found, titles = titled_intros(pid, text)
        found = sorted(found + speaker_line(pid, text) + plain_intros(pid, text), key=lambda i: i.start)
        intros += found + counterpart_intros(pid, text, intros, found)
        refs += titles if pid else []
    texts = dict(units)
    intros = [i._replace(name=aliases.get(i.name, i.name)) for i in intros if not is_credit(i, texts[i.paragraph])]
    intros = with_owners_country(intros)
    keys = name_keys([i.name for i in intros])
    people = apply_hints(build_people(intros, keys), hints)
    mentions = find_mentions(document, intros, keys, people, refs, aliases)
    known = {p.key for p in people}
    # A hint's alias can name someone the text never introduces: they are still a person here.
    named = {slugify(n): n for n in aliases.values()}
    extra = {m.key: Person(m.key, named[m.key], None) for m in mentions if m.key not in known}
    return with_listed_roles(people + tuple(extra.values()), listed), mentions


def with_listed_roles(people: tuple[Person, ...], listed: tuple[tuple[str, Role], ...]) -> tuple[Person, ...]:
    """The front matter's ministers: the role the text gives wins; otherwise the listed one."""
    roles = {slugify(name): (name, role) for name, role in listed}
    out = []
    for person in people:
        if person.key in roles and person.role is None:
            person = Person(person.key, person.name, roles[person.key][1], "")
        out.append(person)
    known = {p.key for p in out}
    out += [Person(key, name, role) for key, (name, role) in roles.items() if key not in known]
    return tuple(out)


def counterpart_intros(pid: str | None, text: str, earlier: list[Intro], here: list[Intro]) -> list[Intro]:
    """"Defence Minister Ron Mark ... his Australian counterpart, Linda Reynolds": she holds his
    title in Australia. Without a country the counterpart's government cannot be told.
    `earlier`: the introductions of the paragraphs before; `here`: this paragraph's, in order."""
    found = []
    for match in COUNTERPART.finditer(text):
        country = country_of(match.group(1))
        span = read_name(text, match.end())
        if not country or span is None or not plausible(text[span[0]:span[1]], single=False):
            continue
        # "his" is the person named last before it, and only a minister has a counterpart minister
        before = [i for i in here if i.start < match.start()] or earlier
        if not before:
            continue
        at = (before[-1].paragraph, before[-1].start)  # one name may be introduced twice there
        minister = next((i for i in before if (i.paragraph, i.start) == at and i.role), None)
        if minister:
            role = Role(minister.role.title, country, minister.role.former)
            found.append(Intro(text[span[0]:span[1]], pid, span[0], span[1], role, ""))
    return found


def with_owners_country(intros: list[Intro]) -> list[Intro]:
    """"Tony Abbott and his Defence Minister", "Mr Abbott's Defence Minister": the minister
    serves the government of the minister named before (by surname), or of the last one named."""
    out = []
    for intro in intros:
        if intro.owner is not None:
            earlier = [i for i in reversed(out) if i.role and (not intro.owner or i.name.split()[-1] == intro.owner)]
            country = earlier[0].role.country if earlier else None
            if country:
                roles = tuple(Role(r.title, country, r.former) for r in (intro.role, *intro.also))
                intro = intro._replace(role=roles[0], also=roles[1:])
        out.append(intro)
    return out


def titled_intros(pid: str | None, text: str) -> tuple[list[Intro], list[TitleRef]]:
    """People introduced with a title before or after their name; titles with no name."""
    intros, refs = [], []
    joined: tuple[int, Role] | None = None  # (end, role) of a title with no name, "and" next
    for anchor in ANCHOR.finditer(text):
        title = read_title(text, anchor)
        if title is None:
            continue
        phrase_start, title_end, words, country, former, minister, determiner = title
        country = country or TITLE_COUNTRIES.get(normal_title(words))
        owner = OWNER_BEFORE.search(text, max(0, phrase_start - 40), phrase_start) if minister and country is None else None
        role = Role(normal_title(words), country, former) if minister else None
        description = "" if minister else text[phrase_start:title_end]
        name = name_after(text, title_end, single=minister)
        if name is None and text[title_end:title_end + 1] in (",", ".", ")", ";", "\n", ""):
            name = name_before(text, phrase_start, single=minister)
        first = joined[1] if joined and role and JOINED_TITLES.fullmatch(text, joined[0], phrase_start) else None
        joined = None
        if name:
            roles = (first, role) if first else (role,)
            if first and not all(r.country for r in roles):
                # "Australian Deputy Prime Minister and Foreign Minister": one country for both
                shared = first.country or role.country
                roles = tuple(r if r.country else Role(r.title, shared, r.former) for r in roles)
            intros.append(Intro(text[name[0]:name[1]], pid, name[0], name[1], roles[0], description, roles[1:],
                                owner and (owner.group(1) or "")))
        elif minister and determiner is None and JOINED_TITLES.match(text, title_end):
            joined = (title_end, role)
        elif minister and determiner == "the" and pid:
            refs.append(TitleRef(normal_title(words), country, pid, phrase_start, title_end))
    return intros, refs


def read_title(text: str, anchor: re.Match):
    """The title phrase around an anchor word: (start, end, words, country, former, minister,
    determiner), or None when it is no title."""
    head = anchor.group().lower().replace(" ", "-") if anchor.group().lower().startswith("attorney") else anchor.group().lower()
    if head in CAPITALISED_ONLY and not anchor.group()[0].isupper():
        return None
    end, forward = read_forward(text, anchor.end())
    start, backward, country, modifiers, determiner = read_backward(text, anchor.start(), anchor.group()[0].isupper())
    words = backward + [anchor.group()] + forward
    minister = head in MINISTER_HEADS
    if head == "secretary":
        minister = any(w.lower() in SECRETARY_PORTFOLIOS for w in backward + forward)
    if head == "chancellor" and any(w.lower() == "vice" for w in backward):
        minister = False
    if modifiers & NOT_IN_OFFICE:
        minister = False
    return start, end, words, country, bool(modifiers & FORMER), minister, determiner


def read_forward(text: str, pos: int) -> tuple[int, list[str]]:
    """'of Defence', 'for Foreign Affairs and Trade', 'of State (for Defence)', 'of the Opposition'
    after a head."""
    match = re.match(r" (of|for) (the )?", text[pos:pos + 9])
    if not match:
        return pos, []
    words, cursor = [match.group(1)] + ([match.group(2).strip()] if match.group(2) else []), pos + match.end()
    taken = []
    while len(taken) < 6:
        word = WORD.match(text, cursor)
        if not word or not (word.group().lower() in FORWARD_WORDS and (word.group()[0].isupper() or word.group() in ("and", "&"))):
            break
        taken.append(word)
        cursor = word.end() + 1
        if text[word.end():word.end() + 1] != " ":
            break
    while taken and taken[-1].group() in ("and", "&"):
        taken.pop()
    if not taken:
        return pos, []
    end, words = taken[-1].end(), words + [w.group() for w in taken]
    if words[-1] == "State" and text.startswith(" for ", end):
        # Britain's "Secretary of State for Defence": the portfolio follows the rank
        more_end, more = read_forward(text, end)
        if more and more[-1] != "State":
            return more_end, words + more
    return end, words


def read_backward(text: str, pos: int, capitalised: bool):
    """Portfolio words, a country and modifiers before a head: (start, words, country, modifiers, determiner)."""
    words, country, modifiers, determiner, start, unknown = [], None, set(), None, pos, 0
    starts: list[int] = []  # where each of `words` starts
    matches = list(WORD.finditer(text, max(0, pos - 100), pos))
    while matches and determiner is None:
        found = COUNTRY_BEFORE.search(text, max(0, start - 40), start) if country is None else None
        if found:
            country, start = country_of(found.group(1)), found.start(1)
            matches = [m for m in matches if m.end() <= start]
            continue
        match = matches.pop()
        if text[match.end():start] != " ":
            break
        word, lower = match.group(), match.group().lower()
        if word.endswith(("'s", "’s")):
            break  # "Mr Key's Defence Minister": whose minister, not part of the title
        # "ex-defence minister", "then-Defence Minister": held once, not now
        prefix = lower[:lower.index("-") + 1] if lower.startswith(FORMER_PREFIXES) else ""
        core, bare = word[len(prefix):], lower[len(prefix):]
        if lower in FORMER or lower in NOT_IN_OFFICE:
            modifiers.add(lower)
        elif lower in DETERMINERS:
            determiner = lower
        elif country or modifiers - TITLE_MODIFIERS:
            break
        elif word in STANDING_WORDS and words:
            pass  # skipped: neither title nor country
        elif lower in TITLE_MODIFIERS or word in RANKS:
            modifiers |= {lower} if lower in TITLE_MODIFIERS else set()
            words.insert(0, word)
            starts.insert(0, match.start())
        elif bare in PORTFOLIO_WORDS and (core[:1].isupper() or not capitalised or bare in ("and", "&")):
            words.insert(0, core)
            starts.insert(0, match.start())
            modifiers |= {"ex"} if prefix else set()
        elif capitalised and is_name_word(word) and unknown < 2 and len(words) < 3 and words[:1] not in (["and"], ["&"]):
            # a portfolio the vocabulary lacks ("Biosecurity Minister"), but not the end of
            # the name before a second title ("Nanaia Mahuta and Defence Minister")
            unknown += 1
            words.insert(0, word)
            starts.insert(0, match.start())
        else:
            break
        start = match.start()
    while words and words[0] in ("and", "&"):
        dropped = starts.pop(0)
        words.pop(0)
        if start == dropped:
            start = starts[0] if starts else pos
    return start, words, country, modifiers, determiner


def normal_title(words: list[str]) -> str:
    """['defence', 'minister'] -> 'Defence Minister'; 'PM' -> 'Prime Minister'."""
    if words == ["PM"]:
        return "Prime Minister"
    small = {"of", "for", "the", "and", "&"}
    return " ".join(w if w in small else w[:1].upper() + w[1:] for w in words)


def name_after(text: str, pos: int, single: bool) -> tuple[int, int] | None:
    """The name right after a title ("Minister Ron Mark", "Prime Minister, John Key,")."""
    appositive = text[pos:pos + 2] == ", "
    start = pos + 2 if appositive else pos + 1
    if not (appositive or text[pos:pos + 1] == " "):
        return None
    address = ADDRESS.match(text, start)  # "Minister of Foreign Affairs Hon Winston Peters"
    span = read_name(text, address.end() if address else start)
    if span is None or not plausible(text[span[0]:span[1]], single):
        return None
    if appositive and not re.match(r"\s*(?:[,.;)]|$|\w+ (?:said|says))", text[span[1]:]):
        return None
    return span


def name_before(text: str, phrase_start: int, single: bool = False) -> tuple[int, int] | None:
    """The name before an appositive title ("Gerry Brownlee, the Defence Minister,")."""
    # A few plain words may stand between the comma and the title: "Sarah Jones, press secretary";
    # or the title is in brackets: "Ron Mark (Defence Minister)".
    comma = re.search(r"(?:, (?:[a-z][\w'’-]* ){0,2}| \()$", text[max(0, phrase_start - 60):phrase_start])
    if comma is None:
        return None
    span = read_name_before(text, max(0, phrase_start - 60) + comma.start())
    if span is None:
        return None
    # "Mr Mark, the Defence Minister,": for a minister, a surname after a form of address is enough
    addressed = single and re.search(HONORIFIC + "$", text[max(0, span[0] - 12):span[0]])
    return span if plausible(text[span[0]:span[1]], single=bool(addressed)) else None


def plausible(name: str, single: bool) -> bool:
    """A person's name, not a country, an organisation or a lone word where two are needed."""
    words = name.split()
    if country_of(name) or any(w in ORGANISATION_WORDS for w in words):
        return False
    return len(words) >= (1 if single else 2)


def speaker_line(pid: str | None, text: str) -> list[Intro]:
    """The speaker of a transcript paragraph: 'Hon PHIL GOFF (Minister of Defence): ...'."""
    match = SPEAKER_LINE.match(text) if pid else None
    if not match or match.group(1).split()[-1] in ("SPEAKER", "MEMBERS", "CHAIRPERSON"):
        return []
    name = " ".join(title_case(w) for w in match.group(1).split())
    role, description = None, (match.group(2) or "").strip()
    if description:
        anchor = ANCHOR.search(description)
        parsed = read_title(description, anchor) if anchor else None
        if parsed and parsed[5]:
            role, description = Role(normal_title(parsed[2]), parsed[3], parsed[4]), ""
    return [Intro(name, pid, match.start(1), match.end(1), role, description)]


def plain_intros(pid: str | None, text: str) -> list[Intro]:
    """Full names with no title: next to a speech verb ("Jane Doe said") or after an honorific."""
    found = []
    for verb in SPEECH.finditer(text):
        before, after = verb.start() - 1, verb.end() + 1
        # Cheap checks first: a name is capitalised and stands a single space from the verb.
        last_word = text[text.rfind(" ", 0, before) + 1:before]
        spans = [read_name_before(text, before) if text[before:before + 1] == " " and last_word[:1].isupper() else None,
                 read_name(text, after) if verb.group() in SPEAKER_AFTER and text[after - 1:after] == " " and text[after:after + 1].isupper() else None]
        found += [s for s in spans if s and plausible(text[s[0]:s[1]], single=False)]
    for honorific in re.finditer(r"\b" + HONORIFIC, text):
        span = read_name(text, honorific.end())
        if span and plausible(text[span[0]:span[1]], single=False):
            found.append(span)
    return [Intro(text[s:e], pid, s, e, None, "") for s, e in found]


def is_credit(intro: Intro, text: str) -> bool:
    """A name in a photo credit ("Photo / Mark Mitchell") is nobody the text talks about."""
    return bool(CREDIT.search(text, max(0, intro.start - 12), intro.start))


def name_keys(names: list[str]) -> dict[str, str]:
    """Each name -> a person key; a lone surname joins the one full name that ends with it."""
    full = {n for n in names if len(n.split()) > 1}
    keys = {n: slugify(n) for n in full}
    for name in names:
        if name in keys:
            continue
        owners = {slugify(f) for f in full if f.split()[-1] == name}
        keys[name] = owners.pop() if len(owners) == 1 else slugify(name)
    return keys


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
    full_re = re.compile(r"(?<![\w'’-])(?:" + "|".join(re.escape(n) for n in full) + r")(?![\w-])") if full else None
    short_re = re.compile(r"(?<![\w'’-])(" + HONORIFIC + r")?(" + "|".join(re.escape(n) for n in sorted(short, key=len, reverse=True)) + r")(?![\w-])") if short else None
    body = "\n".join(p.text for p in document.paragraphs)
    lowered = re.compile(r"\b(?:" + "|".join(re.escape(s.lower()) for s in short) + r")\b") if short else None
    lowercase = set(lowered.findall(body)) if lowered else set()
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


def short_names(names: dict[str, str]) -> dict[str, set[str]]:
    """Surname (or one-word name) -> the keys of the people it could mean."""
    short: dict[str, set[str]] = {}
    for name, key in names.items():
        short.setdefault(name.split()[-1], set()).add(key)
    return short


def bare_surname(text: str, start: int, end: int, lowercase: set[str]) -> bool:
    """A surname standing alone, not part of another name and not a capitalised common word
    (a sentence opening "Key" or "Little" is a name only when a verb follows it)."""
    before, after = text[max(0, start - 40):start], text[end:end + 40]
    prev_word = re.search(r"(\S+) $", before)
    next_word = re.match(r" (\S+)", after)
    if country_of(text[start:end]):
        # "English" is Bill English only where he does something ("English said", "English's")
        return after.startswith(("'s", "’s")) or bool(next_word and next_word.group(1).strip(".,;:") in FOLLOWING_VERBS)
    if prev_word and is_name_word(prev_word.group(1)) and prev_word.group(1) not in HONORIFICS:
        return False
    if next_word and is_name_word(next_word.group(1).strip(".,;:")) and not next_word.group(1).endswith((",", ".")):
        return False
    sentence_start = not before.strip() or re.search(r"[.!?][\"”’]?\s+$", before)
    if not sentence_start or text[start:end].lower() not in lowercase:
        return True
    return bool(next_word and next_word.group(1).strip(".,;:") in FOLLOWING_VERBS)


def resolve_title(ref: TitleRef, people: tuple[Person, ...]) -> str | None:
    """The one person of the document who holds this title (and country), else None."""
    generic = ref.title.lower() == "minister"
    fits = [
        p.key for p in people
        if p.role and not p.role.former
        and (generic or p.role.title.lower() == ref.title.lower())
        and (ref.country is None or p.role.country == ref.country)
    ]
    return fits[0] if len(fits) == 1 else None
