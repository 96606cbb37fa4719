"""Vocabulary shared by the extraction of people, places and quotes: name shapes, countries,
titles, speech verbs. Words only, and small helpers that read a name or a country at a position."""

from __future__ import annotations

import re
from bisect import bisect_right
from typing import Callable

# A word with inner apostrophes or hyphens ("al-Ja'afari", "Brownlee's", "Attorney-General");
# macrons and other letters count as word characters.
WORD = re.compile(r"[^\W_](?:[\w'’\-]*[^\W_])?")
POSSESSIVE = re.compile(r"['’]s$")
# Lowercase parts that sit inside a name: "Ibrahim al-Ja'afari", "Ursula von der Leyen".
PARTICLES = {"al", "el", "bin", "ibn", "abu", "van", "von", "der", "den", "de", "da", "di", "du", "la", "le", "ter"}
HONORIFICS = {"Mr", "Mrs", "Ms", "Miss", "Dr", "Sir", "Dame", "Hon", "Rt", "Prof", "Professor"}

MONTHS = {
    "January", "February", "March", "April", "May", "June", "July", "August", "September",
    "October", "November", "December", "Jan", "Feb", "Mar", "Apr", "Jun", "Jul", "Aug", "Sep",
    "Sept", "Oct", "Nov", "Dec",
}
WEEKDAYS = {"Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"}

# Capitalised words that begin sentences or name institutions, never a person's name.
FUNCTION_WORDS = {
    "A", "An", "The", "This", "That", "These", "Those", "It", "Its", "He", "She", "They", "We",
    "I", "You", "His", "Her", "Their", "Our", "In", "On", "At", "By", "For", "From", "To", "Of",
    "With", "As", "And", "But", "Or", "If", "When", "While", "After", "Before", "Since", "Last",
    "Next", "This", "Yesterday", "Today", "Tonight", "Tomorrow", "Meanwhile", "However", "Also",
    "Separately", "Earlier", "Later", "Now", "Then", "There", "Here", "So", "Yet", "Asked",
    "According", "Speaking", "Mr", "Mrs", "Ms", "Dr", "Sir", "Dame", "Hon", "Rt", "Photo",
    "Image", "Picture", "Video", "Source", "Sources", "Former", "Acting", "Deputy", "Associate",
}
# Military ranks and titles of address: they precede a name but are not part of it.
RANKS = {
    "Lieutenant", "Colonel", "Major", "Captain", "Brigadier", "Sergeant", "Corporal", "Private",
    "Admiral", "Commodore", "Marshal", "Lt", "Col", "Gen", "Maj", "Capt", "Brig", "Sgt", "Cpl",
    "Commander", "Lieutenant-General", "Lieutenant-Colonel", "Major-General", "Rear", "Vice",
    "Senator", "Governor", "Mayor", "Judge", "Justice", "Father", "Bishop", "Ayatollah", "Sheikh",
    "King", "Queen", "Prince", "Princess", "Pope", "Imam", "Senior",
}
ORGANISATION_WORDS = {
    "Government", "Ministry", "Department", "Office", "Force", "Forces", "Army", "Navy",
    "Air", "Party", "Council", "Committee", "Commission", "Parliament", "Cabinet", "House",
    "Senate", "Congress", "Coalition", "Group", "Command", "Agency", "Service", "Services",
    "Herald", "News", "Press", "Times", "Post", "Radio", "Television", "TV", "University",
    "College", "School", "Company", "Corporation", "Bank", "Fund", "Union", "Association",
    "Institute", "Action", "League", "Federation", "Alliance", "Movement", "Mobilisation",
    "Mobilization", "Front", "Organisation", "Organization", "Authority", "Court", "Police",
    "State", "States", "Nations", "Defence", "Defense", "Security", "Unit", "Units",
    "Labour", "Labor", "National", "Green", "Greens", "Liberal", "Liberals", "Conservative",
    "Conservatives", "Republican", "Republicans", "Democrat", "Democrats", "Tory", "Tories",
    "Minister", "Ministers", "Secretary", "President", "Premier", "Chancellor", "Treasurer",
    "Leader", "Opposition", "Chief", "General", "Spokesman", "Spokeswoman", "Spokesperson",
    "Camp", "Base", "Complex", "Zone", "Islamic", "ISIL", "ISIS", "IS", "NZDF", "ANZAC", "Anzac", "NATO", "UN", "EU",
}

# Country words and adjectives -> the country's name. Possessives ("Iraq's") are read by the
# caller. Longest forms are tried first so "New Zealand" wins over "Zealand".
COUNTRIES = {
    "New Zealand": "New Zealand", "NZ": "New Zealand", "Kiwi": "New Zealand",
    "UK": "United Kingdom", "U.K.": "United Kingdom", "Britain": "United Kingdom",
    "Great Britain": "United Kingdom", "British": "United Kingdom", "United Kingdom": "United Kingdom",
    "US": "United States", "U.S.": "United States", "USA": "United States", "America": "United States",
    "American": "United States", "United States": "United States",
    "Iraq": "Iraq", "Iraqi": "Iraq", "Iran": "Iran", "Iranian": "Iran",
    "Australia": "Australia", "Australian": "Australia", "Canada": "Canada", "Canadian": "Canada",
    "France": "France", "French": "France", "Germany": "Germany", "German": "Germany",
    "Italy": "Italy", "Italian": "Italy", "Spain": "Spain", "Spanish": "Spain",
    "Netherlands": "Netherlands", "Dutch": "Netherlands", "Norway": "Norway", "Norwegian": "Norway",
    "Denmark": "Denmark", "Danish": "Denmark", "Sweden": "Sweden", "Swedish": "Sweden",
    "Ireland": "Ireland", "Irish": "Ireland", "Syria": "Syria", "Syrian": "Syria",
    "Turkey": "Turkey", "Turkish": "Turkey", "Jordan": "Jordan", "Jordanian": "Jordan",
    "Saudi Arabia": "Saudi Arabia", "Saudi": "Saudi Arabia", "Egypt": "Egypt", "Egyptian": "Egypt",
    "Israel": "Israel", "Israeli": "Israel", "Lebanon": "Lebanon", "Lebanese": "Lebanon",
    "Kuwait": "Kuwait", "Kuwaiti": "Kuwait", "Qatar": "Qatar", "Qatari": "Qatar",
    "Afghanistan": "Afghanistan", "Afghan": "Afghanistan", "Pakistan": "Pakistan",
    "Pakistani": "Pakistan", "India": "India", "Indian": "India", "China": "China",
    "Chinese": "China", "Japan": "Japan", "Japanese": "Japan", "Russia": "Russia",
    "Russian": "Russia", "Fiji": "Fiji", "Fijian": "Fiji", "Samoa": "Samoa", "Samoan": "Samoa",
    "Tonga": "Tonga", "Tongan": "Tonga", "Indonesia": "Indonesia", "Indonesian": "Indonesia",
    "Malaysia": "Malaysia", "Malaysian": "Malaysia", "Singapore": "Singapore",
    "Philippines": "Philippines", "Filipino": "Philippines", "Korea": "South Korea",
    "South Korea": "South Korea", "South Korean": "South Korea", "Ukraine": "Ukraine",
    "Ukrainian": "Ukraine", "Poland": "Poland", "Polish": "Poland", "Greece": "Greece",
    "Greek": "Greece", "Belgium": "Belgium", "Belgian": "Belgium", "Mexico": "Mexico",
    "Mexican": "Mexico", "Brazil": "Brazil", "Brazilian": "Brazil", "Yemen": "Yemen",
    "Yemeni": "Yemen", "Libya": "Libya", "Libyan": "Libya", "Bahrain": "Bahrain",
    "Oman": "Oman", "Emirati": "United Arab Emirates", "UAE": "United Arab Emirates",
    "United Arab Emirates": "United Arab Emirates", "Scotland": "United Kingdom",
    "Scottish": "United Kingdom", "Wales": "United Kingdom", "Welsh": "United Kingdom",
    "England": "United Kingdom", "English": "United Kingdom",
}
# Nationality words that are also surnames ("Prime Minister Bill English"): after a first name
# they end a name instead of ending the reading.
SURNAME_NATIONALITIES = {"English", "French", "Welsh", "Irish"}
NATIONALITY_PLURALS = {w + "s" for w in COUNTRIES if w.endswith(("an", "i"))} | {"New Zealanders", "Kiwis", "Britons"}
COUNTRY_ALTERNATION = "|".join(re.escape(c) for c in sorted(COUNTRIES, key=len, reverse=True))
# A country word closing the text before a title: "UK ", "Iraq's ", "New Zealand's ".
COUNTRY_BEFORE = re.compile(r"(?:^|(?<=[^\w.]))(" + COUNTRY_ALTERNATION + r")(?:['’]s)?\s+$")

# Words that name a portfolio ("Foreign Affairs Minister", "Minister of Defence").
PORTFOLIO_WORDS = {
    "prime", "defence", "defense", "foreign", "affairs", "finance", "health", "trade", "export",
    "growth", "education", "justice", "police", "immigration", "environment", "energy",
    "transport", "housing", "interior", "home", "economic", "economy", "development",
    "conservation", "corrections", "customs", "revenue", "tourism", "agriculture", "primary",
    "industries", "fisheries", "labour", "labor", "employment", "workplace", "relations",
    "social", "welfare", "veterans", "veterans'", "internal", "local", "government", "treasury",
    "state", "services", "maori", "māori", "pacific", "peoples", "women", "children", "youth",
    "disarmament", "arms", "control", "security", "intelligence", "communications", "broadcasting",
    "culture", "heritage", "arts", "sport", "recreation", "science", "innovation", "research",
    "technology", "infrastructure", "regional", "civil", "defence", "emergency", "management",
    "climate", "change", "resources", "mining", "oil", "petroleum", "water", "land", "information",
    "attorney", "commerce", "consumer", "business", "industry", "small", "building",
    "construction", "ethnic", "communities", "disability", "issues", "seniors", "whānau",
    "whanau", "ora", "crown", "treaty", "waitangi", "negotiations", "planning", "urban",
    "brexit", "cabinet", "territories", "northern", "scottish", "welsh", "national", "and", "&",
}
# A Secretary is a minister only with one of these portfolios ("Foreign Secretary", not "Press
# Secretary" or "Secretary-General").
SECRETARY_PORTFOLIOS = {
    "foreign", "home", "defence", "defense", "health", "treasury", "energy", "transport",
    "education", "commerce", "interior", "agriculture", "labor", "environment", "business",
    "culture", "justice", "brexit", "northern", "ireland", "scottish", "welsh", "state",
    "international", "development", "work", "pensions", "trade", "homeland", "veterans",
}
# Titles only one government uses, for a source that gives no country: a bare "Secretary of
# State" is American (Britain's have a portfolio: "Secretary of State for Defence"), and so is
# "Defense" spelt so in a Secretary's title.
TITLE_COUNTRIES = {
    "Secretary of State": "United States",
    "Secretary of Defense": "United States",
    "Defense Secretary": "United States",
    "Secretary of Homeland Security": "United States",
    "Homeland Security Secretary": "United States",
}
# Modifiers before a title that say it is not held now, or not held at all.
FORMER = {"former", "ex", "then", "one-time", "onetime"}
NOT_IN_OFFICE = {"shadow", "opposition"}
# Titles of people who are not ministers, as they precede a name.
OTHER_ROLE_WORDS = {
    "president", "vice-president", "spokesman", "spokeswoman", "spokesperson", "activist",
    "officer", "officers", "commander", "leader", "member", "mp", "senator", "governor",
    "ambassador", "envoy", "general", "lieutenant", "lieutenant-general", "major", "colonel",
    "lt", "col", "gen", "brigadier", "captain", "sergeant", "corporal", "private", "admiral",
    "marshal", "chief", "director", "director-general", "secretary-general", "executive",
    "analyst", "expert", "professor", "lecturer", "researcher", "academic", "journalist",
    "reporter", "correspondent", "photographer", "chairman", "chairwoman", "chair",
    "coordinator", "organiser", "organizer", "campaigner", "protester", "soldier", "veteran",
    "mayor", "councillor", "cleric", "commentator", "author", "lawyer", "judge", "speaker",
    "ayatollah", "king", "queen", "prince", "sheikh", "emir", "whip", "candidate",
}
SPEECH_VERBS = {
    "said", "says", "say", "told", "tells", "added", "adds", "explained", "explains",
    "insisted", "insists", "stated", "states", "asked", "asks", "replied", "replies", "warned",
    "warns", "noted", "notes", "argued", "argues", "claimed", "claims", "conceded", "concedes",
    "confirmed", "confirms", "admitted", "admits", "announced", "announces", "declared",
    "declares", "stressed", "stresses", "urged", "urges", "wrote", "writes", "commented",
    "comments", "continued", "continues", "remarked", "acknowledged", "acknowledges",
    "suggested", "suggests", "responded", "responds", "recalled", "agreed", "agrees",
    "maintained", "maintains", "predicted", "promised", "promises", "saying", "tweeted",
    "posted", "according",
}
PRONOUNS = {"he", "she", "He", "She"}


NOT_FIRST = PARTICLES | RANKS | SURNAME_NATIONALITIES  # words that cannot open a name read backwards


def is_name_word(word: str, leading: bool = True) -> bool:
    """A capitalised word that can be part of a person's name; a rank or title of address
    cannot open one ("Colonel Jo Smith") but can end one ("Julie Bishop")."""
    core = POSSESSIVE.sub("", word)
    return (
        bool(core)
        and core[0].isupper()
        and core not in FUNCTION_WORDS
        and not (leading and core in RANKS)
        and core not in ORGANISATION_WORDS
        and core not in MONTHS
        and core not in WEEKDAYS
        and (core not in COUNTRIES or (not leading and core in SURNAME_NATIONALITIES))
        and core not in NATIONALITY_PLURALS
        and not (core.isupper() and len(core) > 1)
    )


def is_particle(word: str) -> bool:
    """A lowercase name part ("bin", "van") or a prefixed surname ("al-Ja'afari")."""
    if word in PARTICLES:
        return True
    head, _, rest = word.partition("-")
    return head in PARTICLES and bool(rest) and rest[0].isupper()


def read_name(text: str, pos: int, limit: int = 5) -> tuple[int, int] | None:
    """The span of a person's name starting at `pos` (words joined by single spaces), or None."""
    words, cursor = [], pos
    while len(words) < limit:
        match = WORD.match(text, cursor)
        if not match:
            break
        words.append(match)
        if POSSESSIVE.search(match.group()) or text[match.end():match.end() + 1] != " ":
            break
        cursor = match.end() + 1
    end = None
    for i, match in enumerate(words):
        word = match.group()
        if is_name_word(word, leading=end is None) or is_particle(word) and "-" in word:
            end = match.end()
        elif not (word in PARTICLES and i > 0):
            break
    if end is None:
        return None
    return (pos, end - 2) if POSSESSIVE.search(text[pos:end]) else (pos, end)


def read_name_before(text: str, end: int, limit: int = 5) -> tuple[int, int] | None:
    """The span of a person's name ending just at `end` (read backwards), or None."""
    words = list(WORD.finditer(text, max(0, end - 120), end))[-limit:]
    start, boundary = None, end
    for match in reversed(words):
        gap = text[match.end():boundary]
        if gap != ("" if start is None else " "):
            break
        word = match.group()
        if not (is_name_word(word, leading=False) or is_particle(word)):
            break
        start, boundary = match.start(), match.start()
    while start is not None and text[start:end].split(" ", 1)[0] in NOT_FIRST:
        rest = text[start:end].split(" ", 1)
        start = start + len(rest[0]) + 1 if len(rest) > 1 else None
    return (start, end) if start is not None else None


def country_of(word: str) -> str | None:
    """'Iraqi' -> 'Iraq', "Iraq's" -> 'Iraq', 'UK' -> 'United Kingdom'; None for other words."""
    return COUNTRIES.get(POSSESSIVE.sub("", word.strip()))


def title_case(word: str) -> str:
    """'GOFF' -> 'Goff', 'McCULLY' -> 'McCully', "O'CONNOR" -> "O'Connor", 'al-JA'AFARI' kept readable."""
    if word in PARTICLES:
        return word
    if word.startswith("Mc") and len(word) > 2:
        return "Mc" + word[2:].capitalize()
    parts = re.split(r"([-'’])", word)
    out = []
    for i, part in enumerate(parts):
        if part in ("-", "'", "’") or not part:
            out.append(part)
        elif i == 0 and part.lower() in PARTICLES and len(parts) > 1:
            out.append(part.lower())
        elif i > 0 and parts[i - 1] in ("'", "’") and len(part) <= 2 and part.lower() == "s":
            out.append(part.lower())
        else:
            out.append(part[:1].upper() + part[1:].lower())
    return "".join(out)


def overlap_test(spans: list[tuple[int, int]]) -> Callable[[int, int], bool]:
    """A function telling whether a span overlaps any of `spans` (in log time: long texts)."""
    merged: list[tuple[int, int]] = []
    for start, end in sorted(spans):
        if merged and start < merged[-1][1]:
            merged[-1] = (merged[-1][0], max(end, merged[-1][1]))
        else:
            merged.append((start, end))
    starts = [start for start, _ in merged]

    def overlaps(start: int, end: int) -> bool:
        i = bisect_right(starts, start) - 1
        return (i >= 0 and merged[i][1] > start) or (i + 1 < len(merged) and merged[i + 1][0] < end)

    return overlaps


def word_pattern(words) -> str:
    """An alternation of words as a trie ("mi(?:nister|litary)"), so a long text is scanned
    once per position instead of once per word."""
    trie: dict = {}
    for word in words:
        node = trie
        for char in word:
            node = node.setdefault(char, {})
        node[""] = {}
    return _trie_regex(trie)


def _trie_regex(node: dict) -> str:
    ends = "" in node
    branches = [re.escape(char) + _trie_regex(child) for char, child in sorted(node.items()) if char]
    if not branches:
        return ""
    body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
    if ends:
        return "(?:" + body + ")?"
    return body
