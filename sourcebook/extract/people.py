"""People named in a document, and which of them the document calls a minister."""

from __future__ import annotations

import re

from ..model import Document, Mention, MinisterHint, Person, Role
from ..slugs import slugify
from .candidates import (
    LOWER_WORD,
    POSTS,
    coordinated_intros,
    described_intros,
    is_a_name,
    kin_intros,
    recurring_words,
    without_address,
)
from .mentions import (
    Intro,
    TitleRef,
    apply_hints,
    build_people,
    find_mentions,
    name_keys,
)
from .names import (
    HONORIFIC,
    PARTICLES,
    country_of,
    is_particle,
    overlap_test,
    read_name,
    read_name_before,
    word_pattern,
)
from .page_intros import header_intros, speaker_line, with_headline_role
from .titles import ANCHOR, normal_title, read_title
from .vocabulary import (
    COUNTRY_ALTERNATION,
    ORGANISATION_WORDS,
    POSSESSIVE,
    SPEECH_VERBS,
    TITLE_COUNTRIES,
)

# "Photo / Mark Mitchell", "Photo: RNZ / Tim Brown", "Photograph: Jo Bloggs/Getty", "(ABC News: Jo Bloggs)"
CREDIT = re.compile(r"(?:(?:Photo(?:graph)?s?|Image|Picture|Video|Graphic|Credit)\s*[/:|]\s*(?:[\w.&' ]{1,25}\s*[/:|]\s*)?"
                    r"|\((?:[\w.&' ]{1,25}):\s*)$")
COUNTERPART = re.compile(r"\b(?:his|her)\s+(" + COUNTRY_ALTERNATION + r")\s+counterpart,?\s+")
JOINED_TITLES = re.compile(r" (?:and|&) ")
OWNER_BEFORE = re.compile(r"\b(?:his|her|their|([A-Z][\w-]*)['’]s)\s+$")
# Forms of address between a title and a full name; the name is what follows them.
ADDRESS = re.compile(
    r"(?:the )?(?:(?:Rt\.? )?(?:Hon\.?|Honourable|Honorable) |(?:Dr|Sir|Dame|Smt|Shri)\.? |(?:Datuk|Dato'?|Tan) Seri |Tan Sri "
    r"|(?:Sheikh|Prince|Princess|Crown Prince) )+(?=[A-Z])"
)
SPEECH = re.compile(r"\b" + word_pattern(SPEECH_VERBS) + r"\b")
PORTFOLIO_GOES_ON = re.compile(r"(?: [A-Z][\w'’-]*)+(?=,| and | &)")  # "... Disability Insurance Scheme and"
UNREAD_PORTFOLIO = re.compile(r" ((?:of|for) (?:the )?[A-Z][\w'’-]*(?: (?:and |& )?[A-Z][\w'’-]*){0,4})(?=[,;)]|\.(?:\s|$))")
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
    units += [(p.id, p.text) for p in document.paragraphs]
    intros, refs = header_intros(document), []
    recurring = recurring_words([text for _, text in units])
    for pid, text in units:
        found, titles = titled_intros(pid, text)
        found = found + speaker_line(pid, text) + plain_intros(pid, text)
        taken = overlap_test([(i.start, i.end) for i in found])
        found += [i for i in described_intros(pid, text, recurring) if not taken(i.start, i.end)]
        found += kin_intros(pid, text, found, intros) + coordinated_intros(pid, text)
        found = sorted(found, key=lambda i: i.start)
        intros += found + counterpart_intros(pid, text, intros, found)
        refs += titles if pid else []
    texts = dict(units)
    common = set(LOWER_WORD.findall(" ".join(texts.values())))
    intros = [i._replace(name=aliases.get(i.name, i.name)) for i in map(without_address, intros)
              if not is_credit(i, texts[i.paragraph]) and (i.name in aliases or is_a_name(i.name, common, bool(i.role)))
              and i.name.casefold() not in places
              # one word with no ministerial title is a person only if it stands alone as a surname elsewhere
              and (i.role or " " in i.name or i.name in recurring)]
    intros = with_owners_country(with_headline_role(document, intros))
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
        portfolio = UNREAD_PORTFOLIO.match(text, title_end) if minister else None
        if portfolio:  # "Minister for Roads," with a portfolio the vocabulary lacks, then a comma
            words, title_end = words + portfolio.group(1).split(), portfolio.end(1)
        country = country or TITLE_COUNTRIES.get(normal_title(words))
        owner = OWNER_BEFORE.search(text, max(0, phrase_start - 40), phrase_start) if minister and country is None else None
        role = Role(normal_title(words), country, former) if minister else None
        description = "" if minister else text[phrase_start:title_end]
        # "President Trump", "Chancellor Merkel": a capitalised title names its holder by surname
        titled = minister or text[phrase_start:phrase_start + 1].isupper()
        name = name_after(text, title_end, single=titled, capital=text[phrase_start:phrase_start + 1].isupper())
        # "Gerry Brownlee, the Defence Minister," or "Stuart Robert MP, Minister for the National
        # Disability Insurance Scheme": the name before, when none follows
        more = PORTFOLIO_GOES_ON.match(text, title_end) if minister and name is None else None
        if name is None and (text[title_end:title_end + 1] in (",", ".", ")", ";", "\n", "") or more):
            name = name_before(text, phrase_start, single=minister)
            if name and more:
                role = Role(normal_title(words + more.group().split()), country, former)
        first = joined[1] if joined and role and JOINED_TITLES.fullmatch(text, joined[0], phrase_start) else None
        joined = None
        if name:
            roles = (first, role) if first else (role,)
            if first and not all(r.country for r in roles):
                # "Australian Deputy Prime Minister and Foreign Minister": one country for both
                shared = first.country or role.country
                roles = tuple(r if r.country else Role(r.title, shared, r.former) for r in roles)
            intros.append(Intro(unbracketed(text[name[0]:name[1]]), pid, name[0], name[1], roles[0], description, roles[1:],
                                owner and (owner.group(1) or "")))
        elif minister and determiner is None and JOINED_TITLES.match(text, title_end):
            joined = (title_end, role)
        elif minister and determiner == "the" and pid:
            refs.append(TitleRef(normal_title(words), country, pid, phrase_start, title_end))
    return intros, refs


def name_after(text: str, pos: int, single: bool, capital: bool = True) -> tuple[int, int] | None:
    """The name right after a title ("Minister Ron Mark", "Prime Minister, John Key,", "the
    secretary of state [Mike Pompeo]")."""
    bracket = re.match(r" [\[(]", text[pos:pos + 2])
    if bracket:
        span = read_name(text, pos + 2)
        closed = span and text[span[1]:span[1] + 1] == {"[": "]", "(": ")"}[bracket.group()[1]]
        rest = read_name(text, span[1] + 2) if closed and text[span[1] + 1:span[1] + 2] == " " else None
        if rest and bracket.group() == " [":  # "Minister [David] Littleproud": an editor's given name
            span = (span[0], rest[1])
        return span if closed and plausible(unbracketed(text[span[0]:span[1]]), single=False) else None
    appositive = text[pos:pos + 2] == ", "
    # a name may run past a five-word reading: "Prince Abdul Aziz Bin Saud Bin Nayef"
    start = pos + 2 if appositive else pos + 1
    if not (appositive or text[pos:pos + 1] == " "):
        return None
    address = ADDRESS.match(text, start)  # "Minister of Foreign Affairs Hon Winston Peters"
    span = read_name(text, address.end() if address else start, limit=7)
    while span and text[span[0]:span[1]].rsplit(" ", 1)[-1].lower() in PARTICLES:
        span = (span[0], span[1] - len(text[span[0]:span[1]].rsplit(" ", 1)[-1]) - 1)  # "... Bin Saud Bin"
    if span is None or not plausible(text[span[0]:span[1]], single):
        return None
    # "Defence Minister, Ron Mark said"; but "the country's opposition leader, Dominic Raab has
    # said" is the sentence's speaker after a comma, not the leader's name
    if appositive and not re.match(r"\s*(?:[,.;)]|$|\w+ (?:said|says))" if capital else r"\s*(?:[,.;)]|$)", text[span[1]:]):
        return None
    return span


def unbracketed(name: str) -> str:
    """'David] Littleproud' -> 'David Littleproud'."""
    return re.sub(r"[\[\]]", "", name)


def name_before(text: str, phrase_start: int, single: bool = False) -> tuple[int, int] | None:
    """The name before an appositive title ("Gerry Brownlee, the Defence Minister,")."""
    # A few plain words may stand between the comma and the title: "Sarah Jones, press secretary";
    # or the title is in brackets: "Ron Mark (Defence Minister)".
    comma = re.search(r"(?: (?:MP|QC|KC|MLA|MPP|MHR|JP))?(?:, (?:[a-z][\w'’-]* ){0,2}| \()$",
                      text[max(0, phrase_start - 60):phrase_start])  # "the Hon. Stuart Robert MP, Minister for ..."
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
    if country_of(name) or any(w in ORGANISATION_WORDS or w in POSTS for w in words):
        return False
    return len(words) >= (1 if single else 2)


def plain_intros(pid: str | None, text: str) -> list[Intro]:
    """Full names with no title: next to a speech verb ("Jane Doe said") or after an honorific."""
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
    for honorific in re.finditer(r"\b" + HONORIFIC, text):
        span = read_name(text, honorific.end())
        if span and plausible(text[span[0]:span[1]], single=False):
            found.append(span)
    return [Intro(text[s:e], pid, s, e, None, "") for s, e in found]


def is_credit(intro: Intro, text: str) -> bool:
    """A name in a photo credit ("Photo / Mark Mitchell") is nobody the text talks about."""
    return bool(CREDIT.search(text, max(0, intro.start - 40), intro.start))
