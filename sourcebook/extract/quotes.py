"""Quoted passages and who said them."""

from __future__ import annotations

import re
from dataclasses import replace

from ..model import Document, Mention, Person, Quote
from .attribution import MIN_WORDS, attribute
from .interviews import interview_turns
from .mentions import person_of
from .narration import continuing, narrate
from .records import (
    heading_speaker,
    is_debate,
    is_speech,
    lone_labels,
    record_speeches,
    written_speaker,
)
from .sittings import sitting_lines
from .spans import OPENING, masked, quote_spans
from .speakers import described_speakers, echoed, named_speakers
from .statements import statement_speakers
from .subjects import ACTS, NOBODY, Index, Speaker, title_only
from .turns import (
    answerer,
    bare_labels,
    is_transcript,
    is_unmarked,
    label_speaker,
)
from .vocabulary import WORD

# A sentence ends at . ! ? followed by a space, except after a title of address ("Mr. Key").
# Nor after an initial or an abbreviation of capitals ("U.S. Secretary", "Antony J. Blinken").
# Nor after a month's or a title's abbreviation ("on Dec. 9 said", "Sen. Jo Bloggs").
SENTENCE_END = re.compile(r"[.!?](?<!\bMr.)(?<!\bMrs.)(?<!\bMs.)(?<!\bDr.)(?<!\bSt.)(?<!\b[A-Z].)"
                          r"(?<!\b(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Oct|Nov|Dec|Gen|Col|Sgt|Rep|Sen|Gov|Rev|Maj|Adm|Cdr)\.)"
                          r"(?<!\bSept\.)(?<!\bCapt\.)(?<!\bProf\.)(?<!\b(?:Lt|No)\.)(?=\s|$)")
PARTICIPLE = re.compile(r"\b(?:adding|describing|calling|saying|labelling|labeling|branding|noting|warning)\b")
ADDRESS_GENDER = {"Mr": "he", "Sir": "he", "Ms": "she", "Mrs": "she", "Miss": "she", "Dame": "she"}
CROSSHEAD_WORDS = 8
CITING = re.compile(r"\b(?:citing|cited|quoting|quoted|reported|reports|according)\b")
NAMED_TITLE = re.compile(r"^[^,:]{3,60},\s+([A-Z][A-Za-z ]{2,40}?)\s*:\s")
SIGNATURE = re.compile(r"^[-–—]\s*")
SIGNATURE_WIDTH = 140
RECENT = 12  # people named in earlier paragraphs that "he" or "she" may still mean


def find_quotes(
    document: Document, people: tuple[Person, ...], mentions: tuple[Mention, ...]
) -> tuple[Quote, ...]:
    """Every quoted passage of a document, attributed to its speaker where the text says who."""
    by_paragraph: dict[str, list[Mention]] = {}
    for mention in mentions:
        if mention.kind == "person":
            by_paragraph.setdefault(mention.paragraph, []).append(mention)
    quotes: list[Quote] = []
    state = (NOBODY, NOBODY, None)  # focus, last speaker, speaker of a quote left open
    waiting: list[int] = []  # quotes left open with no speaker: the paragraph they run on into may name one
    genders = genders_of(mentions)
    recent: list[str] = []
    blocks = statement_speakers(document, people, by_paragraph)
    transcript = is_transcript(document)
    answers = answerer(document, people) if transcript else None
    bare = bare_labels(document) if transcript else frozenset()
    debate = is_debate(document)
    # a record of a debate with no speakers' names: its paragraphs are speeches of nobody we can name
    speeches = record_speeches(document) if not (debate or transcript) else set()
    lone = lone_labels(document, people)  # "QUESTION" or "MINISTER ANDREWS" on a line above the words
    interview = interview_turns(document, people, by_paragraph)  # "Q. ..." and the answers below
    members, furniture = sitting_lines(document)  # "3:05 p.m." / "Liberal" / "Jo Bloggs LiberalMinister of Ports"
    lone.update({pid: (person_of(m.name, people), None) for pid, m in members.items()})
    turn: Speaker | None = None  # the speaker of a transcript turn, which runs on until the next label
    held = False  # the turn is a written question's or answer's, under its fields
    holders: dict[str, str] = {}  # a title a transcript's label gave with a name -> that person
    for i, paragraph in enumerate(document.paragraphs):
        pid, text = paragraph.id, paragraph.text
        previous = document.paragraphs[i - 1].id if i else None
        found_here = by_paragraph.get(pid, [])
        index = Index(found_here, [m.start for m in found_here], genders, tuple(recent[-RECENT:]))
        recent += [m.key for m in found_here]
        written = written_speaker(text, people)
        if pid in furniture:
            continue  # the record's topic, clock, seat and party over the next speech: nobody's words
        heading = written or heading_speaker(text, people, debate) or lone.get(pid)
        if heading:  # a debate's speaker line: their words are the paragraphs below it
            turn, state, waiting, held = heading, (heading, heading, None), [], bool(written)
            continue
        if held and turn and not is_speech(text):
            continue  # a written question's fields under its asker: "(Stroud)", "Asked on: 28 March 2018"
        signer = SIGNATURE.match(text) if found_here and len(text) <= SIGNATURE_WIDTH else None
        if signer and found_here[0].start == signer.end() and quotes and quotes[-1].paragraph == previous:
            signed(quotes, previous, found_here[0].key)  # a release's quote, signed on the line below it
            continue
        label = label_speaker(text, found_here, people, transcript, answers, bare) or interview.get(pid)
        if label and label[0][0]:
            named_title = NAMED_TITLE.match(text)  # "Jo Bloggs, Foreign Minister: ..." names the title's holder
            if named_title:
                holders[named_title.group(1).lower()] = label[0][0]
        elif label and label[0][1] and label[0][1].lower() in holders:
            label = (holders[label[0][1].lower()], None), label[1]  # then "Foreign Minister: ..." is her
        if pid in speeches and not label:
            label = (None, None), 0
        resume = None
        if label:
            turn = label[0]
        elif turn and READ_OUT.fullmatch(text):
            # a letter or a statement the speaker reads out, all in quotation marks: its words are
            # its writer's, and the speaker's turn goes on after it
            resume, turn, state = turn, None, (NOBODY, NOBODY, None)
        elif turn and not (is_unmarked(text) and (len(WORD.findall(text)) >= MIN_WORDS or members or text.endswith(":"))):
            # (in a record set out by sittings, a speech runs on to the next member's line: "We checked.";
            # and "I move:" runs on into the motion it moves)
            turn = None
        if label or turn or (pid in blocks and is_unmarked(text)):
            # A turn, or a paragraph of a statement: the speaker's words, whole.
            speaker, start = label or (turn or blocks[pid], 0)
            end = len(text.rstrip())
            quotes.append(Quote(speaker[0], speaker[1], pid, start, end, text[start:end]))
            state, waiting = (speaker, speaker, None), []
            continue
        if pid in blocks and state[1][0] in (None, blocks[pid][0]):
            # a statement's quoted paragraph goes on with its speaker, unless the paragraph
            # before gave its quote to someone else ('..." Dr Coleman says.')
            state = (state[0], state[1], blocks[pid])
        found, state = paragraph_quotes(pid, text, index, state)
        # A quote running over paragraphs opens each with a mark and is attributed once, often
        # at its end: '"We are proud.' then '"They did well," he said.'
        runs_on = bool(found) and OPENING.fullmatch(paragraph.text, 0, found[0].start) is not None
        if waiting and runs_on and (found[0].speaker or found[0].speaker_name):
            for i in waiting:
                quotes[i] = replace(quotes[i], speaker=found[0].speaker, speaker_name=found[0].speaker_name)
        quotes += found
        waiting = (waiting if runs_on else []) + [len(quotes) - 1] if state[2] == NOBODY else []
        turn = resume or turn
    return tuple(echoed(described_speakers(named_speakers(quotes, people), document, people, mentions), document))


READ_OUT = re.compile(r"\s*[“\"][^“”\"]{20,}[”\"]\.?\s*")


def signed(quotes: list[Quote], pid: str, key: str) -> None:
    """Give the quotes of paragraph `pid` that name no speaker to the person who signs them on the
    line below ("- Jo Bloggs, Minister of Ports")."""
    for k in range(len(quotes) - 1, -1, -1):
        if quotes[k].paragraph != pid:
            break
        if quotes[k].speaker is None and quotes[k].speaker_name is None:
            quotes[k] = replace(quotes[k], speaker=key)


def paragraph_quotes(pid: str, text: str, mentions: Index, state):
    """The quotes of one paragraph, and the state the next paragraph starts from."""
    focus, last, carried = state
    spans = quote_spans(text)
    mask = masked(text, spans)
    quotes, cursor, here, k = [], 0, NOBODY, 0  # here: the person this paragraph's narration is about
    for sentence_end in [m.end() for m in SENTENCE_END.finditer(mask)] + [len(text)]:
        if sentence_end <= cursor:
            continue
        first = k
        while k < len(spans) and spans[k].open < sentence_end:
            span, k = spans[k], k + 1
            speaker = attribute(text, spans, k - 1, mentions, cursor, sentence_end, focus)
            words = len(WORD.findall(text[span.start:span.end]))
            if speaker is None and words < MIN_WORDS:
                continue  # a scare quote: "the club", "mission creep"
            if speaker is None and k - 1 > first and quotes and quotes[-1].speaker \
                    and goes_on(text, spans[k - 2].close, span.open, mentions):
                # '... said there would be "a joint response", describing it as "an attack"':
                # a sentence's later quote is its earlier speaker's while nobody else is named
                speaker = (quotes[-1].speaker, quotes[-1].speaker_name)
            if speaker is None and words >= MIN_WORDS:
                speaker = sentence_subject(text, mask, cursor, sentence_end, mentions)
            if speaker is None and is_crosshead(text, span):
                speaker = NOBODY  # a subheading quoting words from below: nobody says them here
            if speaker is None:
                speaker = continuing(span, text, cursor, carried, last, here)
            carried = None
            quotes.append(Quote(speaker[0], speaker[1], pid, span.start, span.end, text[span.start:span.end]))
            focus, last = (speaker, speaker) if speaker[0] else (focus, speaker)
        focus, last = narrate(text, cursor, sentence_end, spans[first:k], mentions, focus, last)
        here = focus if mentions.between(cursor, sentence_end) else here
        cursor = sentence_end
    left_open = bool(spans) and spans[-1].close == len(text) and bool(quotes) and quotes[-1].end == spans[-1].end
    return quotes, (focus, last, (quotes[-1].speaker, quotes[-1].speaker_name) if left_open else None)


def sentence_subject(text: str, mask: str, start: int, end: int, mentions: Index) -> Speaker | None:
    """'Jo Bloggs has defended the deal as a way to stop the port "falling behind its neighbours"':
    words quoted in a sentence about the one person who is its subject, and no one else, are theirs.
    Not where the sentence reports someone else's words ('..., the paper reported, citing "a source"')."""
    if CITING.search(mask, start, end):
        return None
    named = mentions.between(start, end)
    if not named or len({m.key for m in named}) != 1:
        return None
    subject = named[0]
    opening = text[start:subject.start].strip()
    if (opening and not title_only(opening)) or text.startswith(("'s", "’s"), subject.end) or not ACTS.match(text, subject.end):
        return None
    return (subject.key, None)


def is_crosshead(text: str, span) -> bool:
    """A paragraph that is nothing but a few quoted words with no full stop: ‘A beautiful human’."""
    return (span.open == 0 and len(text.rstrip()) - 2 <= span.close < len(text) and len(WORD.findall(text)) <= CROSSHEAD_WORDS
            and not text[span.start:span.end].rstrip("’'\"”").endswith((".", "?", "!", ",")))


def goes_on(text: str, start: int, end: int, mentions: Index) -> bool:
    """Whether the words between two quotes of a sentence leave its speaker speaking: nobody is
    named there, or only after a participle of speech ('..., describing Mr Navalny's poisoning as')."""
    named = mentions.between(start, end)
    if not named:
        return True
    participle = PARTICIPLE.search(text, start, named[0].start)
    return participle is not None

def genders_of(mentions) -> dict[str, str]:
    """'Mr Peters' is he, 'Ms Ardern' she: the pronoun each person takes, where the text's own
    forms of address say, and only when they agree."""
    seen: dict[str, set[str]] = {}
    for m in mentions:
        word = m.text.split(" ", 1)[0].rstrip(".") if m.kind == "person" else ""
        if word in ADDRESS_GENDER:
            seen.setdefault(m.key, set()).add(ADDRESS_GENDER[word])
    return {key: found.pop() for key, found in seen.items() if len(found) == 1}
