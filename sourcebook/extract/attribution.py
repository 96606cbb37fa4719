"""Who said a quoted passage: the speech verb's subject, a name after the verb, a pronoun, or the
speaker the text goes on with."""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Mapping
from types import MappingProxyType
from typing import NamedTuple

from ..model import Mention
from .candidates import DESCRIBED
from .names import read_name, read_name_before, word_pattern
from .titles import MINISTER_HEADS, TITLE_MODIFIERS
from .vocabulary import FORMER, PORTFOLIO_WORDS, PRONOUNS, SPEECH_VERBS, WORD

SPEECH = re.compile(r"\b" + word_pattern(SPEECH_VERBS | {"According"}) + r"\b")
# Before a quote with no verb of speech, verbs that put words in their subject's mouth too: 'Parly
# called the deal "a stab in the back"'; not in the passive ('was called "a hero"').
QUOTING = re.compile(r"\b" + word_pattern(SPEECH_VERBS | {
    "According", "called", "calls", "calling", "described", "describes", "describing", "labelled", "labeled",
    "branded", "dubbed", "termed", "adding"}) + r"\b")
PASSIVE_BEFORE = re.compile(r"\b(?:was|were|been|being|is|are|be)\s+$")
# Lowercase words that may stand in a title before a name ("former defence minister").
TITLE_WORDS = PORTFOLIO_WORDS | FORMER | MINISTER_HEADS | TITLE_MODIFIERS | {"of", "for"}
MAX_TITLE_WORDS = 10  # "says New Zealand First Leader and Northland MP Rt Hon Jo Bloggs"
DASH_TAG = re.compile(r"[.,]?\s*[—–-]+\s*")  # '"We are proud." — Ron Mark': the speaker signs the quote
# A speaker that belongs to someone: "Mr Schmitt's office", "the minister's spokesman"
OWNED_SPEAKER = re.compile(r"(?:^|,\s*)((?:[\w.-]+\s+){0,3}[\w-]+['’]s\s+(?:office|spokesman|spokeswoman|spokesperson|lawyers?"
                           r"|ministry|department|team|family|campaign|party|government|embassy|aides?))$")
# A sentence's opening phrase, before its subject: "In a statement after talks with Mr Raab, ..."
INTRODUCTORY = re.compile(r"\s*(?:In|After|At|On|During|Following|Before|Despite|With|Speaking|Asked|Writing|Responding|Meanwhile)\b[^,.;:!?\"“”]{0,120},\s")
# Between a speaker's name and the verb: who they are, set off by commas
APPOSED = re.compile(r"(?:,\s+[^,;.!?\"“”]{2,120}){1,2},\s*(?:(?:also|later|then|earlier)\s+)?")
CLOSING_TAG_WORDS = 3  # '..., he said on Tuesday.': a tag that ends the sentence
CONNECTIVE = re.compile(r"\s*(?:,|and|or|but|,\s*and|as well as)\s*")
PLURAL_SUBJECTS = {"they", "we", "they both", "both"}
MIN_WORDS = 3  # shorter quoted passages are scare quotes ("the club") unless a speech verb claims them
MAX_TAG_WORDS = 8  # "," opposition defence spokesman Mark Mitchell said": the tag is short
PASSIVE = re.compile(r"as ")  # "as claimed", "as reported": a verb of speech with no speaker
AGE_EPITHET = re.compile(r"(?i)the \d{1,3}-year-old")
# Verbs a speaker's name may follow ("said Mr Key"); after the others it is whom they address.
NAMED_AFTER = {"said", "says", "added", "adds", "explained", "insisted", "continued", "According", "according",
               "wrote", "writes", "stated", "noted", "replied", "responded", "remarked", "commented", "declared"}
# Someone who speaks for, or is kin to, the person named after: "The wife of", "a lawyer for"
RELATED_TO = re.compile(r"\b(?:wife|husband|son|daughter|mother|father|brother|sister|widow|widower|family|friend|friends"
                        r"|spokes(?:man|woman|person)|lawyers?|aides?|adviser|advisor|representative|relatives?|partner|parents)"
                        r"\s+(?:of|for)\s+(?:\S+\s+){0,3}$")
DETERMINER_END = re.compile(r"\b(?:The|the|A|a|An|an|His|his|Her|her)\s+$")
OWN_SUBJECT = re.compile(r"[A-Z][\w'’-]+\s+$")  # a capitalised word just before the verb: its subject, named or not
SUBJECT_DETERMINERS = {"The", "A", "An", "His", "Her", "Their", "Its", "One", "Another"}
DESCRIBED_WORDS = 5
DETERMINERS = {"a", "an", "the", "his", "her", "their", "its", "one", "another", "our"}
Speaker = tuple  # (person key or None, name as written or None)
NOBODY: Speaker = (None, None)
NEXT_PRONOUN = re.compile(r"\s+(?:He|She|They|We|I)\s")
ADVERBS = {"also", "already", "later", "then", "earlier", "again", "previously", "once", "often", "still", "since"}
AUXILIARIES = {"had", "has", "have", "was", "were", "is", "are", "would", "will", "could", "should", "must", "did", "does"}
ADDRESSED = re.compile(r"\b(?:told|asked|urged|warned|thanked|met|called\s+on|criticised|criticized)\s+(?:\S+\s+){0,3}$")
# After a name, a verb it is the subject of: "Jo Bloggs has written", "Jo Bloggs met"; not "Jo
# Bloggs's family", "Jo Bloggs, who", "Jo Bloggs and", "Jo Bloggs on Monday"
ACTS = re.compile(r" (?!(?:and|or|of|to|in|on|at|for|with|by|from|about|the|a|an|who|which|that|whose|as)\b)[a-z]+\b")
FINITE = re.compile(r"\b(?:could|would|might|will|can|should|must|has|have|had|is|was|were|are)\b")
# A document as the subject, and who it is from: "The letter, sent by Jo Bloggs to the family, said:"
DOCUMENT_SUBJECT = re.compile(r"\s*(?:The|A|An|His|Her|Their)\s+(?:\w+\s+)?(?:letter|statement|email|e-mail|note|message|tweet|post|memo)\b")
SENT_BY = re.compile(r"\b(?:by|from)\s+(?:\S+\s+){0,3}$")
COORDINATED_VERB = re.compile(r"[\s,]*(?:and|but)\s+" + word_pattern(SPEECH_VERBS) + r"\b")  # "... and said"


class Index(NamedTuple):
    """A paragraph's person mentions, in order, found by position in log time."""

    mentions: list[Mention]
    starts: list[int]
    genders: Mapping[str, str] = MappingProxyType({})  # person key -> "he" or "she", where a form of address says
    recent: tuple[str, ...] = ()  # people named in earlier paragraphs, the latest last

    def between(self, start: int, end: int) -> list[Mention]:
        """Mentions that start in [start, end)."""
        return self.mentions[bisect_left(self.starts, start):bisect_left(self.starts, end)]


def attribute(text, spans, k, mentions, sentence_start, sentence_end, focus) -> Speaker | None:
    """The speaker a speech verb names after quote k, or before it in the same sentence."""
    span = spans[k]
    nxt = spans[k + 1].open if k + 1 < len(spans) else len(text)
    after = (span.close + 1, min(sentence_end, nxt))
    # '... this." She said Canada had ...': a quote closed by a full stop ends its sentence, and
    # a capitalised pronoun after it opens the next one, which is no tag of this quote
    ended = text[span.start:span.end].rstrip().endswith((".", "!", "?")) and NEXT_PRONOUN.match(text, span.close + 1)
    words = len(WORD.findall(text[span.start:span.end]))
    found = None if ended else tag_after(text, after, mentions, focus, whole=words >= MIN_WORDS)
    if found and found != NOBODY:
        return found  # a pronoun after it that fits nobody leaves the verb before it to say
    previous = max(spans[k - 1].close + 1, sentence_start) if k else sentence_start
    found = tag_before(text, (previous, max(span.open, 0)), mentions, focus, close=words < MIN_WORDS)
    if found is None and previous > sentence_start and CONNECTIVE.fullmatch(text, previous, max(span.open, 0)):
        # 'He said Canadians are "angry" and "perhaps frightened right now"': the verb before the first
        found = tag_before(text, (sentence_start, max(span.open, 0)), mentions, focus, close=False)
    if found is None and previous > sentence_start and COORDINATED_VERB.match(text, previous, max(span.open, 0)):
        # 'Mr Diab blamed "endemic corruption" and said his government was the "victim of rumours"':
        # the verb's subject is the one person named before the sentence's earlier quote, unless
        # that person is spoken to ('One protester told Morrison he was "..." and said ...')
        named = mentions.between(sentence_start, previous)
        if len({m.key for m in named}) == 1 and not ADDRESSED.search(text, sentence_start, named[0].start):
            found = (named[0].key, None)
    return found


def tag_after(text, bounds, mentions, focus, whole: bool = True) -> Speaker | None:
    """'," Peters said.' / '" said Mr Key.' / '," a spokesman said.' / '," he said.' / '" — Ron Mark'"""
    start, end = bounds
    dash = DASH_TAG.match(text, start)
    if dash:
        named = mentions.between(dash.end(), end)
        if named and named[0].start == dash.end() and not text[named[0].end:end].strip(" .,;"):
            return (named[0].key, None)
    verb = SPEECH.search(text, start, end)
    if not verb:
        return None
    if text.startswith(":", verb.end()):
        return None  # '... area." Jo Bloggs responded: "...': the verb opens the next quote
    subject = text[start:verb.start()].strip(" ,;:—–-")
    opening = len(text) - len(text[start:].lstrip(" ,;:—–-"))
    span = read_name(text, opening) if opening < verb.start() else None
    if span and APPOSED.fullmatch(text, span[1], verb.start()):
        # '," Jo Bloggs, director of the port's relations, told reporters.': the name, then who they are
        named = [m for m in mentions.between(opening, span[1]) if m.start == opening]
        return (named[0].key, None) if named else (None, text[span[0]:span[1]])
    if subject.lower() in PLURAL_SUBJECTS:
        return (None, subject)  # '," they said': several speak, none of them alone
    owned = OWNED_SPEAKER.search(subject)
    if owned and "," in subject:
        return (None, owned.group(1))  # '" to suggest a motive, Mr Schmitt's office said': his office spoke, not he
    if "," in subject:
        # '... "is extremely important" that ..., he said.': a tag closing the sentence is its whole speaker's
        tail = subject.rsplit(",", 1)[1].strip()
        # (not a scare quote's: 'Officials have "strongly advised" people to leave, Mr Key said')
        closing = whole and len(WORD.findall(text, verb.end(), end)) <= CLOSING_TAG_WORDS
        named = [m for m in mentions.between(start, verb.start()) if m.end <= verb.start()]
        if closing and tail in PRONOUNS:
            return pronoun_speaker(tail, focus, mentions, start)
        if closing and named and text[named[-1].start:verb.start()].strip() == tail:
            return (named[-1].key, None)
    if len(WORD.findall(text, start, verb.start())) > MAX_TAG_WORDS:
        return None
    if "," in subject:
        return None  # the sentence goes on after the quote: "have "strongly advised" people to leave, Mr Key said"
    before = [m for m in mentions.between(start, verb.start()) if m.end <= verb.start()]
    if before:
        return (before[-1].key, None)
    if subject.split()[-1:] and subject.split()[-1] in PRONOUNS and len(subject.split()) <= 2:
        return pronoun_speaker(subject.split()[-1], focus, mentions, start)  # "he", "as he"
    if subject and not subject[:1].isupper() and subject.split()[0].lower() not in DETERMINERS:
        return None  # "by Australia over the deal, says ...": the sentence goes on, no speaker here
    if subject and AGE_EPITHET.fullmatch(subject) and focus[0]:
        return focus  # "the 44-year-old said": the person the text is about
    if subject:
        return (None, subject) if len(subject.split()) <= 5 else None
    return after_verb(text, verb.end(), end, mentions, focus, verb.group())


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


def tag_before(text, bounds, mentions, focus, close: bool) -> Speaker | None:
    """'Brownlee said: "' or 'Ron Mark told reporters the Government was "': the last speech verb
    of the sentence before the quote, and who it belongs to. A short quote needs the verb close."""
    start, end = bounds
    # A verb of speech wins: 'Mr Raab said he had called on them to hold a "full inquiry"'.
    verbs = list(SPEECH.finditer(text, start, end)) or [
        v for v in QUOTING.finditer(text, start, end) if not PASSIVE_BEFORE.search(text, max(0, v.start() - 8), v.start())]
    if not verbs:
        return None
    verb = verbs[-1]
    if close and len(WORD.findall(text, verb.end(), end)) > 2:
        return None
    found = speaker_of(text, verb, start, mentions, focus)
    if found or OWN_SUBJECT.search(text, start, verb.start()):
        return found  # "Irish Foreign Office says Ambassador Jo Bloggs 'had no information'": the office speaks of her
    return after_verb(text, verb.end(), end, mentions, focus, verb.group())


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
    if 1 < len(words) <= DESCRIBED_WORDS and words[0] in SUBJECT_DETERMINERS and all(w.isalpha() for w in words[1:]):
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


def continuing(span, text, sentence_start, carried, last, here) -> Speaker:
    """An unattributed quote that opens its sentence continues the speaker before it: the one
    whose quote was left open, the person this paragraph is about, or the last speaker."""
    if span.open <= 0 and carried is not None:
        return carried
    if text[sentence_start:max(span.open, 0)].strip():
        return NOBODY
    return here if here[0] else last


def outside_quotes(found: list[Mention], spans) -> list[Mention]:
    """The mentions (in order) that stand outside every quoted span (in order, none overlapping):
    one pass over both, so a sentence of thousands of quotes stays linear."""
    out, j = [], 0
    for mention in found:
        while j < len(spans) and spans[j].close <= mention.start:
            j += 1
        if not (j < len(spans) and spans[j].open < mention.start < spans[j].close):
            out.append(mention)
    return out


def narrate(text, start, end, spans, mentions, focus, last):
    """Update who the text is about (first person named) and who last spoke, from one sentence."""
    outside = outside_quotes(mentions.between(start, end), spans)
    opening = text[start:end].split(None, 1)[:1]
    # "After talks with Mr Raab in London, Secretary Pompeo accused ...": the subject follows the opening phrase
    lead = INTRODUCTORY.match(text, start, end)
    subject = [m for m in outside if m.start >= lead.end()] if lead else []
    if outside and not (opening and opening[0] in PRONOUNS):
        focus = ((subject or outside)[0].key, None)  # "She pointed to the Navalny affair": she is still the one
    if spans:
        return focus, last  # a sentence with a quote: its speaker is already the last one
    verb = SPEECH.search(text, start, end)
    if verb:
        # Reported speech: "Mr Shearer said he was not convinced". A body speaking
        # ("The National Party has said") leaves no person to continue.
        heard = Index(outside, [m.start for m in outside], mentions.genders, mentions.recent)
        # ("... international airport, says Leader of the Opposition Jo Bloggs.": the speaker after the verb)
        last = speaker_of(text, verb, start, heard, focus) or after_verb(text, verb.end(), end, heard, focus, verb.group()) or NOBODY
        if last[0] and not PASSIVE.match(text, max(0, verb.start() - 3)):
            focus = last  # the one who speaks is the one "he" or "she" will be
        elif last[0]:
            last = NOBODY  # "as claimed in the book by ...": nobody of the sentence spoke
    return focus, last
