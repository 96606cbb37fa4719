"""People introduced with a title: "Defence Minister Ron Mark", "Gerry Brownlee, the Defence
Minister,", "the secretary of state [Mike Pompeo]"; and titles that stand for someone unnamed."""

from __future__ import annotations

import re

from ..model import Role
from .candidates import POSTS
from .given_names import GIVEN_NAMES
from .mentions import Intro, TitleRef
from .names import (
    DOTTED_MEMBER,
    HONORIFIC,
    PARTICLES,
    country_of,
    read_name,
    read_name_before,
)
from .titles import ANCHOR, anchors, normal_title, read_title
from .vocabulary import ORGANISATION_WORDS, TITLE_COUNTRIES

JOINED_TITLES = re.compile(r" (?:and|&) ")
OWNER_BEFORE = re.compile(r"\b(?:his|her|their|([A-Z][\w-]*)['’]s)\s+$")
# "its defence minister", "the country's foreign minister": a government the reader knows from the story
ITS = re.compile(r"\b(?:its|[Tt]he (?:country|nation|government|kingdom|state|island nation)['’]s) $")
# "... Disability Insurance Scheme and": a few words at most, so a long capitalised run stays linear
PORTFOLIO_GOES_ON = re.compile(r"(?: [A-Z][\w'’-]*){1,6}(?=,| and | &)")
UNREAD_PORTFOLIO = re.compile(r" ((?:of|for) (?:the )?[A-Z][\w'’-]*(?: (?:and |& )?[A-Z][\w'’-]*){0,4})(?=[,;)]|\.(?:\s|$)| \([A-Z][^()]*\)$)")
# " and External Trade Jo Bloggs via", " of the Armed Forces Jo Bloggs during": a portfolio's
# last words the vocabulary lacks, then a full name of two or three words closing the capitalised run
MORE_PORTFOLIO = re.compile(r"(?:,| (and|&|of|for|of the|for the)) ([A-Z][\w'’-]*(?:,? (?:and |& )?(?:(?:al|el|bin|ibn|van|von|de)[- ])?[A-Z][\w'’-]*){2,6})"
                            r"(?=[\s,.;:)]|$)(?! [A-Z])")
BECOMES = re.compile(r" (?:will (?:become|be)|becomes|became|is to become|(?:is|was|has been|will be|had been) "
                     r"(?:appointed|named|made|sworn in as)|takes over as|took over as)(?: the)? $")
MEMBER_SUFFIX = re.compile(r"^ (?:(?:MP|TD|MLA|MHR|MPP|MSP|MS|QC|KC|JP)\b|" + DOTTED_MEMBER + ")")  # a member's or counsel's letters after a name
# "(Lord Bloggs)": a peer; "(Deputy Jo Bloggs)": a member of Ireland's Dáil, as its answers name the minister
BRACKETED_ADDRESS = re.compile(HONORIFIC + r"|(?:Lord|Baroness|Lady|Viscount|Earl|Deputy|Senator) (?=[A-Z])")
# Forms of address between a title and a full name; the name is what follows them.
ADDRESS = re.compile(
    r"(?:the )?(?:(?:Rt\.? )?(?:Hon\.?|Honourable|Honorable) |(?:Dr|Sir|Dame|Smt|Shri|Mr|Mrs|Ms)\.? |(?:Datuk|Dato'?|Datin)(?: Seri| Sri)? |Tan Sri |Tun "
    r"|(?:Sheikh|Prince|Princess|Crown Prince) |(?<=, )(?:Deputy|Senator) )+(?=[A-Z])"  # "the Minister for Arts, Deputy Jo Bloggs" (a TD)
)


def titled_intros(pid: str | None, text: str) -> tuple[list[Intro], list[TitleRef]]:
    """People introduced with a title before or after their name; titles with no name."""
    intros, refs = [], []
    # (end, roles, start) of titles with no name joined by "and", another next: "Tánaiste and Minister for ... and"
    joined: tuple[int, tuple[Role, ...], int] | None = None
    for anchor in anchors(text):
        title = read_title(text, anchor)
        if title is None:
            continue
        phrase_start, title_end, words, country, former, minister, determiner = title
        if joined and phrase_start < joined[0] and anchor.group() in words:
            # "Minister for Ports and Minister for Roads": the second title starts at its own head
            phrase_start, words = anchor.start(), words[words.index(anchor.group()):]
        more = portfolio_then_name(text, title_end) if minister else None
        if more:
            # "Minister of Foreign Affairs and External Trade Jo Bloggs": the rest of the portfolio, then the name;
            # "Foreign Minister of Bahrain Jo Bloggs": the government's country, then the name
            named = country_of(" ".join(w for w in more[0] if w not in ("of", "the")))
            words, country = (words, country or named) if named and more[0][0] == "of" else (words + more[0], country)
            title_end = more[1]
            portfolio = None
        else:
            portfolio = UNREAD_PORTFOLIO.match(text, title_end) if minister else None
        # "Minister for Roads," with a portfolio the vocabulary lacks, then a comma or the holder in brackets
        if portfolio:
            words, title_end = words + portfolio.group(1).split(), portfolio.end(1)
        country = country or TITLE_COUNTRIES.get(normal_title(words))
        owner = OWNER_BEFORE.search(text, max(0, phrase_start - 40), phrase_start) if minister and country is None else None
        role = Role(normal_title(words), country, former) if minister else None
        description = "" if minister else text[phrase_start:title_end]
        # "President Trump", "Chancellor Merkel": a capitalised title names its holder by surname
        titled = minister or text[phrase_start:phrase_start + 1].isupper()
        # a title opening its sentence, then its holder after a comma: "Minister for Ports, Jo Bloggs TD will attend"
        chain_start = joined[2] if joined and JOINED_TITLES.fullmatch(text, joined[0], phrase_start) else phrase_start
        # (read in a short window: slicing the text up to every title is quadratic on a long one)
        before = text[max(0, chain_start - 40):chain_start].rstrip()
        opening = (not before and chain_start <= 40) or before.endswith((".", "!", "?", ":"))
        name = name_after(text, title_end, single=titled, capital=text[phrase_start:phrase_start + 1].isupper(), opening=opening)
        # "Gerry Brownlee, the Defence Minister," or "Stuart Robert MP, Minister for the National
        # Disability Insurance Scheme": the name before, when none follows
        more = PORTFOLIO_GOES_ON.match(text, title_end) if minister and name is None else None
        # ("Jo Bloggs, the interior minister who is also ..., said": a clause about the holder may follow)
        if name is None and (text[title_end:title_end + 1] in (",", ".", ")", ";", ":", "\n", "") or more
                             or text.startswith(" who ", title_end) and determiner == "the"):
            # "Jo Bloggs, Minister for Ports and Minister for Roads,": the name is before the first title
            first_start = joined[2] if joined and JOINED_TITLES.fullmatch(text, joined[0], phrase_start) else phrase_start
            name = name_before(text, first_start, single=minister)
            if name and more:
                role = Role(normal_title(words + more.group().split()), country, former)
        if name is None and minister and determiner != "a":
            # "Jo Bloggs will become the Minister of Justice", "Jo Bloggs was appointed Foreign Minister"
            becomes = BECOMES.search(text, max(0, phrase_start - 40), phrase_start)
            span = read_name_before(text, becomes.start()) if becomes else None
            name = span if span and plausible(text[span[0]:span[1]], single=False) else None
        chained = joined if joined and role and JOINED_TITLES.fullmatch(text, joined[0], phrase_start) else None
        joined = None
        if name:
            roles = chained[1] + (role,) if chained else (role,)
            if chained and not all(r.country for r in roles):
                # "Australian Deputy Prime Minister and Foreign Minister": one country for all
                shared = next((r.country for r in roles if r.country), None)
                roles = tuple(r if r.country else Role(r.title, shared, r.former) for r in roles)
            intros.append(Intro(unbracketed(text[name[0]:name[1]]), pid, name[0], name[1], roles[0], description, roles[1:],
                                owner and (owner.group(1) or "")))
        elif minister and determiner is None and JOINED_TITLES.match(text, title_end):
            joined = (title_end, chained[1] + (role,), chained[2]) if chained else (title_end, (role,), phrase_start)
        elif minister and pid and determiner not in ("a", "an") and (determiner or country or ITS.search(text, max(0, phrase_start - 30), phrase_start)):
            # "the Foreign Secretary said", "Turkey's foreign minister told", "its defence minister said"
            refs.append(TitleRef(normal_title(words), country, pid, phrase_start, title_end, former,
                                 not determiner and not country))
    return intros, refs


def portfolio_then_name(text: str, pos: int) -> tuple[list[str], int] | None:
    """The words of a portfolio the vocabulary lacks, and where they end, when a full name closes
    the capitalised run after them: " and External Trade Jo Bloggs via", " of the Armed Forces Jo
    Bloggs during", " of Bahrain Abdul Al Zayani,"."""
    match = MORE_PORTFOLIO.match(text, pos)
    if not match or ANCHOR.search(match.group(2)) or (match.group(1) is None and " and " not in match.group(2)):
        return None  # after a comma, only a list of portfolios ("Immigration, Refugees and Citizenship Jo Bloggs")
    run = match.group(2).split(" ")
    if "and" in run[-3:] or "&" in run[-3:] or any(w.endswith(",") for w in run[-3:]):
        return None  # the name is no part of a list
    # a name of three words when its first is a given name a reader knows, or what is left is a country
    three = len(run) >= 4 and (run[-3] in GIVEN_NAMES or country_of(" ".join(run[:-3])) is not None)
    portfolio = run[:-3] if three else run[:-2]
    start = match.start(2) + len(" ".join(portfolio)) + 1
    if not portfolio or read_name(text, start) != (start, match.end(2)):
        return None
    return (match.group(1).split() if match.group(1) else [","]) + portfolio, start - 1


def name_after(text: str, pos: int, single: bool, capital: bool = True, opening: bool = False) -> tuple[int, int] | None:
    """The name right after a title ("Minister Ron Mark", "Prime Minister, John Key,", "the
    secretary of state [Mike Pompeo]")."""
    bracket = re.match(r" [\[(]", text[pos:pos + 2])
    if bracket:
        address = BRACKETED_ADDRESS.match(text, pos + 2)  # "The Secretary of State for Ports (Mr Jo Bloggs)"
        span = read_name(text, address.end() if address else pos + 2)
        closed = span and text[span[1]:span[1] + 1] == {"[": "]", "(": ")"}[bracket.group()[1]]
        rest = read_name(text, span[1] + 2) if closed and text[span[1] + 1:span[1] + 2] == " " else None
        if rest and bracket.group() == " [":  # "Minister [David] Littleproud": an editor's given name
            span = (span[0], rest[1])
        return span if closed and plausible(unbracketed(text[span[0]:span[1]]), single=bool(address)) else None
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
    after = MEMBER_SUFFIX.sub("", text[span[1]:span[1] + 40])  # "Nora Quill TD, will"
    opening = opening and " " in text[span[0]:span[1]]  # a full name, not "Minister, Ministerial Services"
    if appositive and not opening and not re.match(r"\s*(?:[,.;)]|$|\w+ (?:said|says))" if capital else r"\s*(?:[,.;)]|$)", after):
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
