"""Speakers a quote gives no more than a word for: a description ("the Russian diplomat said"),
a name the text introduces nowhere else ('," Pompeo said'), or none at all in a headline that
echoes a quote the story gives to one person."""

from __future__ import annotations

import functools
import re
from dataclasses import replace

from ..model import Document, Person, Quote
from ..slugs import slugify
from .candidates import looks_like_name
from .given_names import GIVEN_NAMES
from .mentions import person_of
from .names import country_of
from .records import ASKING_LABELS
from .titles import ANCHOR
from .vocabulary import WORD

ECHO_SKIP = {"a", "an", "the", "in", "on", "at", "of", "to", "for", "by", "with", "and", "or", "but", "is", "are",
             "was", "were", "be", "it", "its", "as", "that", "this", "not", "no"}
HEADLINE_WORDS = 20
HEADLINE_PARAGRAPHS = 3
MARKS = str.maketrans("‘’“”", "''\"\"")  # a headline may be copied with other quotation marks


def echoed(quotes: list[Quote], document: Document) -> list[Quote]:
    """A headline's quote that names no speaker ("'Stabbed in back', says minister") echoes the
    words of a quote the story gives its speaker ('"It is a stab in the back," Le Drian said'): a
    reader takes it as theirs, when every quote it echoes is that one person's."""
    texts = {p.id: p.text for p in document.paragraphs[:HEADLINE_PARAGRAPHS]}  # a headline is at the top
    title = document.title.translate(MARKS)
    said = None
    out = []
    for quote in quotes:
        text = texts.get(quote.paragraph)
        if text is None:
            out.append(quote)
            continue
        # a headline: a short line with no full stop, or the title at the head of a paragraph
        # (the cheap tests first: a paragraph may hold thousands of quotes)
        headline = quote.speaker is None and quote.speaker_name is None and (
            (len(text) < HEADLINE_WORDS * 20 and len(WORD.findall(text)) <= HEADLINE_WORDS and not text.rstrip().endswith("."))
            or (quote.end <= len(title) and text[:quote.end].translate(MARKS) == title[:quote.end]))
        words = [w.lower() for w in WORD.findall(quote.text)] if headline else []
        content = [w[:max(4, len(w) - 3)] for w in words if w not in ECHO_SKIP]
        if len(content) >= 2:
            if said is None:
                said = [(q.speaker, [w.lower() for w in WORD.findall(q.text)]) for q in quotes if q.speaker]
            echoes = {speaker for speaker, heard in said
                      if all(any(h.startswith(stem) for h in heard) for stem in content)}
            if len(echoes) == 1:
                quote = replace(quote, speaker=echoes.pop())
        out.append(quote)
    return out


# "the diplomat said" goes back to the one person the text calls an ambassador, an envoy or a diplomat
KINDS = [{"ambassador", "envoy", "diplomat", "consul"}, {"minister", "secretary", "premier", "chancellor", "treasurer"},
         {"spokesman", "spokeswoman", "spokesperson"}, {"president"}, {"judge", "justice"}, {"prosecutor"}]
DESCRIBED_SPEAKER = re.compile(r"^the ((?:[A-Za-z-]+ ){0,2})(?!(?:also|later|then|earlier|further|again)$)([a-z]+)"
                               r"(?: (?:also|later|then|earlier|further|again))?$")  # "the judge also said"
TOP_DIPLOMAT = {"foreign"}  # "the top diplomat": the foreign minister, whatever the title's wording


def described_speakers(quotes: list[Quote], document: Document, people: tuple[Person, ...], mentions) -> list[Quote]:
    """A speaker the text gives as a description ("the Russian diplomat") is the one person it
    describes so: whose title, or the words just before whose name, say it; none when several."""
    texts = {p.id: p.text for p in document.paragraphs}
    out = []
    for quote in quotes:
        match = DESCRIBED_SPEAKER.match(quote.speaker_name or "") if quote.speaker is None else None
        kind = next((k for k in KINDS if match and match.group(2) in k), None)
        adjectives = match.group(1).split() if match else []
        if kind and "top" in adjectives and match.group(2) == "diplomat":
            kind = TOP_DIPLOMAT  # "the top German diplomat" is Germany's foreign minister, no ambassador
        if kind:
            said = set() if kind is TOP_DIPLOMAT else {
                m.key for m in mentions if m.kind == "person" and m.paragraph in texts
                and kind & set(re.findall(r"[a-z]+", described_by(texts[m.paragraph][max(0, m.start - 50):m.start])))}
            said |= {p.key for p in people if p.role and (kind & set(p.role.title.lower().split())
                                                         or kind is TOP_DIPLOMAT and p.role.title == "Secretary of State")}
            # "the Russian diplomat": of that country, where the text says whose
            country = next((c for c in map(country_of, adjectives) if c), None)
            said = {k for k in said if country is None or of_country(k, country, people, mentions, texts)}
            if len(said) == 1:
                quote = replace(quote, speaker=said.pop())
        out.append(quote)
    return out


def described_by(before: str) -> str:
    """The words just before a name that may describe them, lowercased: a run of capitalised and
    small words ("the Russian Ambassador"), and one word more, the description's head ("the
    ambassador, Jo Bloggs"); not "a spokesperson said Friday that Jo Bloggs"."""
    words = before.split()
    n = len(words)
    while n and (words[n - 1][:1].isupper() or words[n - 1] in ("of", "the", "for", "to", "and")):
        n -= 1
    return " ".join(words[max(n - 1, 0):]).lower()


def of_country(key: str, country: str, people: tuple[Person, ...], mentions, texts) -> bool:
    """Whether the text gives the person that country: their role's, or its adjective just
    before their name ("Russian Ambassador Jo Bloggs")."""
    person = next((p for p in people if p.key == key), None)
    if person and person.role and person.role.country:
        return person.role.country == country
    return any(country_of(w) == country for m in mentions if m.key == key and m.paragraph in texts
               for w in texts[m.paragraph][max(0, m.start - 30):m.start].split())


# Who speaks in a transcript, by role: labels in capitals that are no one's name
ROLE_LABELS = {"Announcer", "Presenter", "Speaker", "Chairman", "Chairwoman", "Chairperson", "Narrator", "Moderator",
               "Interviewer", "Reporter", "Journalist", "Correspondent", "Commentator", "Translator", "Interpreter",
               "Voiceover", "Caller", "Audience", "Student", "Participant", "Unidentified", "Unknown", "Officer"}


@functools.lru_cache(maxsize=256)
def unglued(label: str) -> str | None:
    """A label in capitals that is a given name a reader knows run into a surname: "JULIEBISHOP"
    is Julie Bishop; None when no given name opens it or two do."""
    if label.title() in ROLE_LABELS or label in ASKING_LABELS or ANCHOR.search(label.title()):
        return None  # "JOURNALIST" is no Jo Urnalist, "ANNOUNCER" no Ann Ouncer
    found = {f"{g} {label[len(g):].title()}" for g in GIVEN_NAMES
             if len(g) >= 3 and len(label) - len(g) >= 4 and label.startswith(g.upper()) and label[len(g):].isalpha()}
    return found.pop() if len(found) == 1 else None


# A surname after a form of address that never stands before a given name alone ("Sir Keir" does)
ADDRESSED_SURNAME = re.compile(r"(?:Mr|Mrs|Ms|Miss|Dr|Lord|Baroness)\.? ([A-Z][a-z][\w'’-]*)")


def named_speakers(quotes: list[Quote], people: tuple[Person, ...]) -> list[Quote]:
    """A speaker the text names as no introduced person ('," Pompeo said', 'MS NAUERT:') is the
    person of that name or surname, or, with a full name, a person of their own."""
    out = []
    for quote in quotes:
        name = " ".join(quote.speaker_name.split()) if quote.speaker is None and quote.speaker_name else ""
        host = name.isupper() and " " not in name and name.title() in GIVEN_NAMES
        if host:
            name = name.title()  # a transcript's label "GREG": the host Greg, whom it names no further
        elif name.isupper() and " " not in name:
            name = unglued(name) or name  # "JULIEBISHOP": a given name and a surname run together
        words = name.split()
        addressed = ADDRESSED_SURNAME.fullmatch(name)
        if addressed:
            # "Mr Mark", "Baroness Goldie": a surname, whoever else's given name it may be ("Mark Mitchell")
            owners = {p.key for p in people if p.name.split()[-1] == addressed.group(1)}
            key = owners.pop() if len(owners) == 1 else None if owners else slugify(addressed.group(1))
            out.append(replace(quote, speaker=key) if key else quote)
            continue
        if words and all(w[:1].isupper() and not w.isupper() for w in words) and looks_like_name(words):
            # a surname alone ("Pompeo", or "Meng" written first) is someone only if the text names them
            key = person_of(name, people) or (slugify(name) if len(words) > 1 or host else None)
            if key:
                # (a label read as a name is shown as the name: "Julie Bishop", not "JULIEBISHOP")
                quote = replace(quote, speaker=key, speaker_name=name if quote.speaker_name.isupper() else quote.speaker_name)
        out.append(quote)
    return out
