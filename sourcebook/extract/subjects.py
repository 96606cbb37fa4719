"""Who a verb of speech belongs to: the person named before it, the name after an inverted verb
('said Mr Key'), someone kin to or speaking for a named person, or whom a pronoun stands for."""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Mapping
from types import MappingProxyType
from typing import NamedTuple

from ..model import Mention
from .candidates import DESCRIBED
from .names import read_name_before
from .titles import MINISTER_HEADS, TITLE_MODIFIERS
from .vocabulary import FORMER, PORTFOLIO_WORDS, PRONOUNS

# Lowercase words that may stand in a title before a name ("former defence minister").
TITLE_WORDS = PORTFOLIO_WORDS | FORMER | MINISTER_HEADS | TITLE_MODIFIERS | {"of", "for"}
MAX_TITLE_WORDS = 10  # "says New Zealand First Leader and Northland MP Rt Hon Jo Bloggs"
# Verbs a speaker's name may follow ("said Mr Key"); after the others it is whom they address.
NAMED_AFTER = {"said", "says", "added", "adds", "explained", "insisted", "continued", "According", "according",
               "wrote", "writes", "stated", "noted", "replied", "responded", "remarked", "commented", "declared"}
# Someone who speaks for, or is kin to, the person named after: "The wife of", "a lawyer for"
RELATED_TO = re.compile(r"\b(?:wife|husband|son|daughter|mother|father|brother|sister|widow|widower|family|friend|friends"
                        r"|spokes(?:man|woman|person)|lawyers?|aides?|adviser|advisor|representative|relatives?|partner|parents)"
                        r"\s+(?:of|for)\s+(?:\S+\s+){0,3}$")
DETERMINER_END = re.compile(r"\b(?:The|the|A|a|An|an|His|his|Her|her)\s+$")
DETERMINERS = {"a", "an", "the", "his", "her", "their", "its", "one", "another", "our"}
DESCRIBED_WORDS = 5
Speaker = tuple  # (person key or None, name as written or None)
NOBODY: Speaker = (None, None)
ADVERBS = {"also", "already", "later", "then", "earlier", "again", "previously", "once", "often", "still", "since"}
AUXILIARIES = {"had", "has", "have", "was", "were", "is", "are", "would", "will", "could", "should", "must", "did", "does"}
# After a name, a verb it is the subject of: "Jo Bloggs has written", "Jo Bloggs met"; not "Jo
# Bloggs's family", "Jo Bloggs, who", "Jo Bloggs and", "Jo Bloggs on Monday"
ACTS = re.compile(r" (?!(?:and|or|of|to|in|on|at|for|with|by|from|about|the|a|an|who|which|that|whose|as)\b)[a-z]+\b")
FINITE = re.compile(r"\b(?:could|would|might|will|can|should|must|has|have|had|is|was|were|are)\b")
# A document as the subject, and who it is from: "The letter, sent by Jo Bloggs to the family, said:"
DOCUMENT_SUBJECT = re.compile(r"\s*(?:The|A|An|His|Her|Their)\s+(?:\w+\s+)?(?:letter|statement|email|e-mail|note|message|tweet|post|memo)\b")
SENT_BY = re.compile(r"\b(?:by|from)\s+(?:\S+\s+){0,3}$")


class Index(NamedTuple):
    """A paragraph's person mentions, in order, found by position in log time."""

    mentions: list[Mention]
    starts: list[int]
    genders: Mapping[str, str] = MappingProxyType({})  # person key -> "he" or "she", where a form of address says
    recent: tuple[str, ...] = ()  # people named in earlier paragraphs, the latest last

    def between(self, start: int, end: int) -> list[Mention]:
        """Mentions that start in [start, end)."""
        return self.mentions[bisect_left(self.starts, start):bisect_left(self.starts, end)]


def after_verb(text, start, end, mentions, focus, verb: str = "said") -> Speaker | None:
    """The speaker named right after the verb: 'said Mr Key', 'said he', 'said a spokesman';
    not after 'told' or 'urged', whose name is the one spoken to."""
    following = mentions.between(start, end)
    if following and verb in NAMED_AFTER and title_only(text[start:following[0].start]) and not text.startswith(("'s", "’s"), following[0].end):
        return (following[0].key, None)
    rest = text[start:end].strip(" ,:;.!?")
    if rest in PRONOUNS:
        return pronoun_speaker(rest, focus, mentions, start)
    if rest and verb in NAMED_AFTER and len(rest.split()) <= 10 and rest.split()[0].lower() in ("a", "an", "the") \
            and not AUXILIARIES.intersection(rest.lower().split()):  # "said the town had been": a clause
        # "said a spokesman for Defence Minister Ron Mark": someone we cannot name, not the minister
        return (None, rest)
    return None


def title_only(gap: str) -> bool:
    """Nothing, or only a title, between a speech verb and a name: 'said Prime Minister
    Jacinda Ardern', 'according to former defence minister Wayne Mapp', 'says Radio North
    reporter Ana Lowe'. Not 'said a spokesman
    for Ron Mark': the spokesman spoke."""
    words = gap.replace(",", " ").split()
    if words[:1] == ["to"]:
        words = words[1:]  # "according to"
    if words[:1] == ["the"]:
        words = words[1:]
    # ("the" inside a title: "Leader of the Opposition", "Minister for the Environment")
    # ("and" joining two titles: "Party Leader and Northland MP")
    return len(words) <= MAX_TITLE_WORDS and all(w[:1].isupper() or w.lower() in TITLE_WORDS or w in DESCRIBED or w == "the"
                                                 or w == "and" and 0 < i < len(words) - 1 for i, w in enumerate(words))


def speaker_of(text, verb, start, mentions, focus) -> Speaker | None:
    """Who a speech verb belongs to: a person named before it, or a pronoun just before it."""
    before = [m for m in mentions.between(start, verb.start()) if m.end <= verb.start()]
    if before and text[max(0, verb.start() - 20):verb.start()].rstrip().endswith(","):
        # '..., says CNN's correspondent Anna Coren.': the subject comes after the verb
        inverted = after_verb(text, verb.end(), len(text), mentions, focus, verb.group())
        if inverted and inverted[0]:
            return inverted
        if verb.group().endswith("ing"):
            # "Jo Bloggs has written to the family about Ms Reyes, saying:": the participle is
            # the clause's subject's, the last person named who does something, not the last named
            acting = [m for m in before if ACTS.match(text, m.end)]
            # (another clause's verb between them: "reports that Jo might stand trial and her term
            # could be extended, saying": the participle is not hers)
            if acting and not FINITE.search(text, ACTS.match(text, acting[-1].end).end(), verb.start()):
                return (acting[-1].key, None)
    if before:
        # the name just before the verb is its subject ("..., Spokeswoman Maria Zakharova said");
        # otherwise the sentence's first ("Mr Shearer, who met him, said")
        # ("Jo Bloggs has already said", "Jo Bloggs later told": an auxiliary or an adverb between)
        adjacent = all(w.islower() and (w in AUXILIARIES or w.endswith("ly") or w in ADVERBS) for w in text[before[-1].end:verb.start()].replace(",", " ").split())
        if not adjacent:
            # '..., Ms Holt said': a name the text makes nobody of still is the verb's subject
            subject = read_name_before(text, verb.start() - 1) if text[verb.start() - 1:verb.start()] == " " else None
            if subject and subject[0] >= before[-1].end:
                return (None, text[subject[0]:subject[1]])
        opening = text[start:before[0].start].split()[:1]
        if not adjacent and opening and opening[0] in PRONOUNS:
            # "He noted that President Putin had ... and said:": the pronoun is the subject
            return pronoun_speaker(opening[0], focus, mentions, start)
        if adjacent:
            return related_speaker(text, start, before[-1]) or (before[-1].key, None)
        # an owner is no subject: "for violating Meng's rights, calling the arrest ..."
        subjects = [m for m in before if not text.startswith(("'s", "’s"), m.end)]
        kin = related_speaker(text, start, subjects[0]) if subjects else None
        if kin:
            return kin
        sent = [m for m in subjects if SENT_BY.search(text, start, m.start)]
        if sent and DOCUMENT_SUBJECT.match(text, start):
            return (sent[0].key, None)  # "The letter, sent by Jo Bloggs to the family, said:": hers
        if subjects and opening and opening[0] in ("The", "A", "An") and not title_only(text[start:subjects[0].start]):
            return None  # "The court chief rejected reports that Jo Bloggs ..., saying": she is no subject
        return (subjects[0].key, None) if subjects else None
    words = text[start:verb.start()].split()
    if words and words[-1] in PRONOUNS:
        return pronoun_speaker(words[-1], focus, mentions, verb.start())
    if 1 < len(words) <= DESCRIBED_WORDS and words[0][:1].isupper() and words[0].lower() in DETERMINERS and all(w.isalpha() for w in words[1:]):
        return (None, " ".join(words))  # "The rebel leader responded:": someone the text does not name
    return None


def related_speaker(text: str, start: int, mention: Mention) -> Speaker | None:
    """"The wife of Jo Bloggs echoed him, telling the paper:", "A lawyer for Jo Bloggs said": the
    one who speaks is someone the text does not name, kin to or speaking for the person named."""
    related = RELATED_TO.search(text, start, mention.start)
    lead = DETERMINER_END.search(text, start, related.start()) if related else None
    if related and (lead or not text[start:related.start()].strip(" ,")):
        return (None, text[(lead or related).start():mention.end].strip())
    return None


def pronoun_speaker(pronoun: str, focus: Speaker, mentions: Index, before: int) -> Speaker:
    """Who 'he' or 'she' is: the person the text is about, unless their form of address says
    otherwise; then the latest person named before whom it fits."""
    wanted = pronoun.lower()
    genders = mentions.genders
    if focus[0] and genders.get(focus[0], wanted) == wanted:
        return focus
    if not genders:
        return NOBODY
    earlier = [m.key for m in mentions.mentions if m.start < before][::-1] + list(mentions.recent[::-1])
    fits = next((key for key in earlier if genders.get(key) == wanted), None)
    return (fits, None) if fits else NOBODY
