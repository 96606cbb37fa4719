"""People named in a document, and which of them the document calls a minister."""

from __future__ import annotations

import re

from ..model import Document, Mention, MinisterHint, Person, Role
from ..page_lines import without_portrait
from ..slugs import slugify
from .anaphora import titled_by_office
from .candidates import (
    LOWER_WORD,
    is_a_name,
    recurring_words,
    without_address,
)
from .described import described_intros
from .mentions import (
    Intro,
    apply_hints,
    build_people,
    find_mentions,
    name_keys,
)
from .names import (
    HONORIFIC,
    country_of,
    is_particle,
    overlap_test,
    read_name,
    read_name_before,
    word_pattern,
)
from .page_intros import (
    SPEAKER_LINE,
    credit_intros,
    header_intros,
    member_intros,
    name_label_intros,
    portrait_intros,
    speaker_line,
    with_headline_role,
)
from .relatives import coordinated_intros, kin_intros
from .sittings import sitting_intros
from .surnames import (
    ADDRESSED,
    addressed_surname,
    addressed_surnames,
    pronoun_surnames,
    shared_surnames,
)
from .titled import plausible, titled_intros
from .vetting import (
    is_credit,
    named_as_a_thing,
    titled_surname,
    unconfirmed_in_title_case,
)
from .vocabulary import (
    COUNTRY_ALTERNATION,
    POSSESSIVE,
    SPEECH_VERBS,
)

# (each pattern scanned over whole paragraphs opens on a lookahead for its first letter: faster)
COUNTERPART = re.compile(r"(?=h)\b(?:his|her)\s+(" + COUNTRY_ALTERNATION + r")\s+counterpart,?\s+(?:" + HONORIFIC + r")?")
SPEECH = re.compile(r"\b" + word_pattern(SPEECH_VERBS) + r"\b")
# Verbs after which a name is the speaker ("said Jane Doe"), not an object ("told Radio NZ").
SPEAKER_AFTER = {"said", "says", "added", "adds", "explained", "insisted", "continued"}


def find_people(
    document: Document, hints: tuple[MinisterHint, ...], listed: tuple[tuple[str, Role], ...] = (),
    places: frozenset[str] = frozenset(),
) -> tuple[tuple[Person, ...], tuple[Mention, ...]]:
    """The people a document introduces (ministers with their role) and every mention of them.
    `listed`: the ministers its front matter names, each with the role it gives; `places`: the
    gazetteer's names, which are nobody's ("the Al Noor and Linwood mosques")."""
    hints = hints + tuple(MinisterHint(name) for name, _ in listed)
    aliases = {alias: hint.name for hint in hints for alias in (hint.name, *hint.aliases)}
    units = [] if document.title_repeats_body() else [(None, document.title)]
    # (a record's picture of the member is captioned with their later name: "Lord Bloggs Portrait Mr Bloggs")
    units += [(p.id, without_portrait(p.text).rjust(len(p.text))) for p in document.paragraphs]
    sittings = sitting_intros(document)  # vouched for as a transcript's labels are
    intros, refs = header_intros(document) + name_label_intros(document) + portrait_intros(document) + sittings, []
    recurring = recurring_words([text for _, text in units]) | {i.name for i in intros if " " not in i.name}
    told: list[str] = []  # the paragraphs up to this one
    alone = sum(1 for p in document.paragraphs if SPEAKER_LINE.match(p.text)) < 2
    # a transcript's turn labels are people's names, vouched for as a title vouches ("ELEANOR HALL: ...")
    turn_labels: set[tuple[str | None, int]] = {(i.paragraph, i.start) for i in sittings}
    singles: list[Intro] = []  # "Mr Churkin": surnames alone, kept where no full name ends with them
    for pid, text in units:
        told.append(text)
        found, titles = titled_intros(pid, text)
        labelled = speaker_line(pid, text, alone)
        if labelled and not alone:
            turn_labels.update((pid, i.start) for i in labelled)
        found = found + labelled + plain_intros(pid, text, singles) + pronoun_surnames(pid, text)
        found += member_intros(pid, text) + credit_intros(pid, text)
        taken = overlap_test([(i.start, i.end) for i in found])
        found += [i for i in described_intros(pid, text, recurring) if not taken(i.start, i.end)]
        found += kin_intros(pid, text, found, intros, told) + coordinated_intros(pid, text)
        found = sorted(found, key=lambda i: i.start)
        intros += found + counterpart_intros(pid, text, intros, found)
        refs += titles if pid else []
    intros += addressed_surnames(singles, intros, aliases)
    texts = dict(units)
    common = set(LOWER_WORD.findall(" ".join(texts.values())))
    # a name the excerpt cuts off at its end ("... Then Mr War") is no one's
    last = document.paragraphs[-1] if document.paragraphs else None
    intros = [i for i in intros if not (last and i.paragraph == last.id and i.end == len(last.text.rstrip()) and " " not in i.name)]
    intros = [i._replace(name=aliases.get(i.name, i.name)) for i in map(without_address, intros)
              if not is_credit(i, texts[i.paragraph])
              and (i.name in aliases or is_a_name(i.name, common, bool(i.role) or (i.paragraph, i.start) in turn_labels))
              and i.name.casefold() not in places
              # one word with no ministerial title is a person only if it stands alone as a surname elsewhere
              and (i.role or " " in i.name or i.name in recurring or titled_surname(i, texts[i.paragraph]))]
    intros = with_owners_country(with_headline_role(document, unconfirmed_in_title_case(document, intros)))
    things = {name for name in {i.name for i in intros if not i.role} if named_as_a_thing(name, texts)}  # once a name
    intros = [i for i in intros if i.name not in things]
    # a surname alone that two full names end with ("Mr Bloggs" beside Jo and Ana Bloggs) is
    # neither's for certain, and never a person of its own
    shared = shared_surnames({i.name for i in intros})
    intros = [i for i in intros if i.name not in shared]
    keys = name_keys([i.name for i in intros])
    people = build_people(intros, keys)
    if not turn_labels:  # in a transcript the untitled speakers are the ones putting questions
        people = titled_by_office(people, refs, dict(units))
    people = apply_hints(people, hints)
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


def plain_intros(pid: str | None, text: str, singles: list[Intro] | None = None) -> list[Intro]:
    """Full names with no title: next to a speech verb ("Jane Doe said") or after an honorific.
    A surname alone after an honorific ("Mr Churkin") goes to `singles`, for addressed_surnames."""
    found = []
    for verb in SPEECH.finditer(text):
        before, after = verb.start() - 1, verb.end() + 1
        # Cheap checks first: a name is capitalised and stands a single space from the verb.
        last_word = text[text.rfind(" ", 0, before) + 1:before]
        # "Abbott's comments": a name owning the word is no speaker; "al-Jubeir stressed" is one
        speaker_before = (last_word[:1].isupper() or is_particle(last_word)) and not POSSESSIVE.search(last_word)
        spans = [read_name_before(text, before) if text[before:before + 1] == " " and speaker_before else None,
                 read_name(text, after) if verb.group() in SPEAKER_AFTER and text[after - 1:after] == " " and text[after:after + 1].isupper() else None]
        found += [s for s in spans if s and plausible(text[s[0]:s[1]], single=False)]
    for honorific in ADDRESSED.finditer(text):
        # "Mrs Justice Bloggs", as a judge is styled: Bloggs
        judge = text.startswith("Justice ", honorific.end()) and honorific.group().rstrip(". ").lower() in ("mr", "mrs", "ms")
        span = read_name(text, honorific.end() + (8 if judge else 0), limit=1 if judge else 5)
        if not span:
            continue
        name = text[span[0]:span[1]]
        if plausible(name, single=False):
            found.append(span)
        elif singles is not None and addressed_surname(honorific, name):
            singles.append(Intro(name, pid, span[0], span[1], None, ""))
    return [Intro(text[s:e], pid, s, e, None, "") for s, e in found]
