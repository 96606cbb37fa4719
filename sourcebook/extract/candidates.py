"""People a text names without a ministerial title: a capitalised name, taken only where the text
itself says it is a person's (a description before it, a byline, a form of address, an apposition
after it, or the surname standing alone elsewhere), never for its shape alone."""

from __future__ import annotations

import itertools
import re

from ..page_lines import GLUED
from .mentions import Intro
from .names import (
    FORMS_OF_ADDRESS,
    is_word_char,
    misspelt_rank,
    title_case,
    word_before,
    word_pattern,
)
from .vocabulary import (
    COUNTRIES,
    FUNCTION_WORDS,
    HONORIFICS,
    ORGANISATION_WORDS,
    PORTFOLIO_WORDS,
    RANKS,
    SPEECH_VERBS,
    SURNAME_NATIONALITIES,
    UPPER,
)

# Words a text puts before a person's name to say who they are: "journalist Jamal Khashoggi",
# "opposition leader Alexei Navalny", "his daughter Yulia", "Huawei executive Meng Wanzhou".
DESCRIPTORS = (
    "journalist|reporter|correspondent|columnist|editor|writer|author|spy|agent|officer|leader|critic|"
    "activist|dissident|campaigner|executive|chief|boss|founder|businessman|businesswoman|tycoon|"
    "diplomat|ambassador|envoy|consul|president|chancellor|spokesman|spokeswoman|spokesperson|"
    "daughter|son|wife|husband|widow|widower|fiancée|fiancee|partner|brother|sister|mother|father|"
    "cousin|friend|colleague|lawyer|barrister|solicitor|attorney|judge|justice|prosecutor|doctor|"
    "surgeon|professor|analyst|expert|researcher|scientist|economist|commander|general|colonel|"
    "sapper|trooper|gunner|bombardier|signaller|rifleman|craftsman|airman|ensign|midshipman|"
    "captain|lieutenant|major|sergeant|detective|inspector|commissioner|superintendent|constable|"
    "mp|senator|congressman|congresswoman|lawmaker|legislator|politician|candidate|chairman|"
    "chairwoman|chair|director|president-elect|ceo|cfo|king|queen|prince|princess|sheikh|pope|"
    "cardinal|archbishop|bishop|imam|pilot|soldier|veteran|survivor|victim|gunman|suspect|"
    "accused|witness|resident|owner|student|teacher|nurse|player|coach|presenter|host|anchor|"
    "mayor|governor|premier|counterpart|deputy|rival|opponent|mogul|heir|monarch|ruler|dictator|"
    "strongman|blogger|photographer|historian|academic|lecturer|official|operative|assassin|"
    "commentator|head|secretary-general|director-general|prosecutor-general|inspector-general|"
    "solicitor-general|auditor-general|governor-general|consul-general|chief-of-staff|man|woman|boy|girl|teenager|"
    "grandmother|grandfather|mum|dad|wife|bride|groom|worker|farmer|miner|fisherman|driver|"
    "citizen|national|resident|detainee|prisoner|hostage|captive|refugee|migrant|engineer|banker|"
    "defector|double-agent|chemist|technician|consultant|manager|adviser|advisor|aide|staffer|"
    "volunteer|paramedic|firefighter|priest|monk|nun|athlete|artist|musician|designer|architect|"
    "entrepreneur|investor|billionaire|oligarch|whistleblower|informant|officer|pensioner|lecturer"
)
DESCRIBED = set(DESCRIPTORS.split("|"))
BYLINE_JOBS = {"Editor", "Correspondent", "Reporter", "Writer", "Columnist", "Journalist", "Producer", "Reporters"}
# After a name: ", who", ", 45,", " (45)"; ", a former spy", ", Canada's ambassador" when a word
# of the phrase says who (not ", the research centre").
APPOSITION = re.compile(r"^(?:,\s+(?:who|whose|aged|\d{1,3},)\b|\s+\(\d{1,3}\)|,\s+\d{1,3}\s*,)")
APPOSITIVE_PHRASE = re.compile(r"^,\s+(?:(?:a|an|the|his|her|their|one|[A-Z][\w.-]*['’]s)\s+|(?=[a-z]))((?:[\w-]+\s+){0,4}?)([\w-]+)\b")
# The noun phrase of an apposition ends before these: ", the half brother of the leader"
AGED = re.compile(r"\d{1,3}-year-old")
PHRASE_ENDS = {"of", "in", "at", "for", "from", "to", "who", "whose", "that", "which", "where", "with", "and"}
BYLINE = re.compile(r"^(?:[-–—]\s*|(?:By|BY|Words by|Reporting by)\s+)")
REPORTS = re.compile(r"^\s+(?:reports|writes|reporting)\b")
# Words of a place or a building, which a capitalised run with them names ("Hagley Park").
PLACE_WORDS = {
    "Park", "Street", "St", "Road", "Avenue", "Ave", "Mosque", "Masjid", "Gardens", "Garden",
    "Hospital", "Airport", "Square", "Bridge", "River", "Island", "Islands", "Beach", "Valley",
    "Hill", "Hills", "Mount", "Lake", "Centre", "Center", "Hall", "Tower", "Palace", "City",
    "Town", "Village", "Port", "Bay", "Harbour", "Station", "Stadium", "Church", "Cathedral",
    "Embassy", "Consulate", "Prison", "Camp", "Base", "Marae", "Castle", "Road", "Highway",
    "District", "Province", "Region", "County", "Coast", "Sea", "Ocean", "Gulf", "Strait",
    "Place", "Terrace", "Quay", "Wharf", "Plaza", "Crescent", "Boulevard",
}
# Capitalised words that open headlines and labels, not names ("Listen Above", "Read More").
NOT_NAMES = {
    "Read", "More", "Listen", "Watch", "Above", "Below", "Photo", "Photos", "Credit", "Getty",
    "Images", "Reuters", "AP", "AFP", "Supplied", "File", "Live", "Updated", "Posted",
    "Breaking", "Exclusive", "Opinion", "Analysis", "Explainer", "Comment", "Video", "Audio",
    "Share", "Follow", "Subscribe", "Sign", "Login", "Log", "Menu", "Home", "Search", "Skip",
    "Expand", "Close", "Open", "Next", "Previous", "Latest", "Related", "Most", "Top", "New",
    "Royal", "National", "International", "Federal", "Global", "World", "Western", "Eastern",
    "Northern", "Southern", "Central", "Great", "Grand", "Holy", "Saint", "Black", "White",
    "Summer", "Winter", "Spring", "Autumn", "Christmas", "Easter", "Ramadan", "Eid", "Day",
    "Nino", "Nina", "Covid", "Novichok", "Brexit", "Prime", "Minister", "Secretary", "Foreign",
    "Justice", "Interior", "Defence", "Defense", "Health", "Education", "Affairs", "Office",
    "Dear", "Thank", "Thanks", "Welcome", "Good", "Hello", "Yes", "No", "Question", "Answer",
    "Journalist", "Reporter", "Colleagues", "Order", "Supreme", "Google", "Facebook", "Twitter",
}
MAX_WORDS = 4
# Words of a post that end a capitalised run but never a person's name ("Executive Board Director").
POSTS = {"Director", "Executive", "Officer", "Manager", "Spokesman", "Spokeswoman", "Spokesperson",
         "Chairman", "Chairwoman", "Correspondent", "Reporter", "Editor", "Ambassador", "Adviser", "Advisor",
         "Analyst", "CEO", "CFO", "Academy", "Scheme", "Programme", "Program", "Initiative", "Taskforce",
         "Representative", "Envoy", "Coordinator", "Negotiator", "Delegate", "Consul"}
# A particle joined to the surname it opens: "al-Jubeir", "bin-Salman".
JOINED_PARTICLE = r"(?:(?:al|el|bin|ibn|abu)-)"
# A surname after a form of address, or before a verb of speech or action, stands alone as a name
# does ("Mr Kovrig", "Jubeir noted", "Spavor said", "Meng's").
VERBS = word_pattern(SPEECH_VERBS - {"according", "saying", "say"})
# (two patterns, each opening on a character class, which the regex engine scans for quickly;
# the boundary before the form of address is tested on each match)
ADDRESSED_WORD = re.compile(r"(?:" + "|".join(FORMS_OF_ADDRESS + tuple(f.upper() for f in FORMS_OF_ADDRESS)) + r")\.?\s+(?:Justice\s+)?("
                            + UPPER + r"[\w'’-]+)")  # "Mr Kovrig", "MR PRICE", "Mrs Justice Bloggs"
SPEAKING_WORD = re.compile(r"(?=" + UPPER + r"|(?:al|el|bin|ibn|abu)-)(?<![\w'’.-])" + JOINED_PARTICLE + r"?(" + UPPER
                           + r"[^\W\d_][\w'’-]+)(?:['’]s\b|\s+(?:" + VERBS + r"|was|is|has|had|who|and\s+" + UPPER + r"))")
ADDRESS_WORDS = RANKS | HONORIFICS | {"Honourable", "Honorable", "Excellency", "His", "Her", "Lord", "Baroness", "Lady", "Viscount", "Earl", "Datuk", "Dato", "Seri", "Tun", "Tan", "Sri", "Smt", "Shri", "The"}
LOWER_WORD = re.compile(r"\b[a-z][a-z'’-]+\b")
NOT_NAME_ENDINGS = ("ism", "tion", "ness", "ology", "ship")  # "Terrorism", "Inquiry Commission", "Awareness", "Citizenship"
# A run of capitalised words, with an initial or a particle inside: where a name may stand.
# A particle may stand alone ("bin Salman") or be joined to the surname ("al-Jubeir").
RUN = re.compile(r"(?=" + UPPER + r")(?<![\w'’.-])" + UPPER + r"[\w'’-]*(?:(?: " + UPPER + r"\.)? (?:(?:al|bin|ibn|van|von|de|der|den|le|la|da|di|du|el|ter) )?"
                 + JOINED_PARTICLE + r"?" + UPPER + r"[\w'’-]*){1,5}")


def looks_like_name(words: list[str], titled: bool = False) -> bool:
    """Words that could be a person's name and nothing else. A place's word ("Park", "Hill") may
    be a surname only where a minister's title vouches for the name ("Foreign Minister Lena Park")."""
    core = [w.rstrip(".").strip("()") for w in words]  # "Voreqe (Frank) Bainimarama"
    if not core:
        return False
    if len(core) > 1 and core[-1] in SURNAME_NATIONALITIES:
        core = core[:-1]  # "Bill English"
    return not (
        " ".join(core) in COUNTRIES  # "South Africa", "Papua New Guinea": each word alone is none
        or core[0] in FUNCTION_WORDS or core[0] in HONORIFICS or core[0] in RANKS
        or any(w in ORGANISATION_WORDS or w in NOT_NAMES or w in COUNTRIES or w in POSTS for w in core)
        or (not titled and any(w in PLACE_WORDS for w in core))
        or any(w.lower() in PORTFOLIO_WORDS for w in core)
        or any(w.lower().endswith(NOT_NAME_ENDINGS) for w in core)
        # (initials in capitals may open a name: "GNM Pandor")
        or any(w.isupper() and len(w) > 1 and not (i == 0 and len(w) <= 3 and len(core) > 1 and not core[1].isupper())
               for i, w in enumerate(core))
        or any(not w[:1].isalpha() or any(c.isdigit() for c in w) for w in core)
        or any(GLUED.search(w) for w in core)
    )



def recurring_words(texts: list[str]) -> set[str]:
    """Capitalised words that stand alone in the document as a surname does: after a form of
    address ("Mr Kovrig") or before a verb of speech or action ("Spavor said", "Meng's")."""
    words = set()
    for text in texts:
        cursor = 0
        for match in sorted(itertools.chain(ADDRESSED_WORD.finditer(text), SPEAKING_WORD.finditer(text)),
                            key=lambda m: (m.start(), m.re is SPEAKING_WORD)):
            addressed = match.re is ADDRESSED_WORD
            if match.start() < cursor or addressed and match.start() and is_word_char(text[match.start() - 1]):
                continue  # within the last one, or "Mr" inside a word
            cursor = match.end()
            word = match.group(1)
            prev = text[max(0, match.start() - 30):match.start()].rstrip().rsplit(" ", 1)[-1]
            # after a rank it stands alone ("Colonel Rowe said", "Air Marshall Rowe said")
            ranked = prev in ADDRESS_WORDS or misspelt_rank(prev, word_before(text, match.start() - len(prev) - 1))
            if not addressed and (prev[:1].isupper() and prev[-1:].isalpha() and not ranked or not word[1].islower()):
                continue  # part of a longer name: not standing alone
            if prev.lower() == "the":
                continue  # "the Impero was", "the Swallow's crew": a ship's or a body's short name
            word = re.sub(r"['’]s$", "", word)
            words |= {word, title_case(word)} if word.isupper() else {word}  # "Dr SOUTHCOTT" is Southcott
    return words - FUNCTION_WORDS - set(COUNTRIES) - NOT_NAMES


def is_a_name(name: str, common: set[str], titled: bool = False) -> bool:
    """A name, not a phrase of common words capitalised as a heading or a body's name ("Training
    Academy", "Insurance Scheme"): some word of it is not a word the text writes in lowercase."""
    words = name.split()
    return looks_like_name(words, titled) and not (len(words) > 1 and all(w.lower() in common for w in words))


def without_address(intro: Intro) -> Intro:
    """The name without a rank or form of address before it: "Lt Gen Keating" is Keating."""
    words = intro.name.split(" ")
    cut = 0
    while cut < len(words) - 1 and (words[cut].rstrip(".") in ADDRESS_WORDS or words[cut].rstrip(".").title() in ADDRESS_WORDS) \
            and not (words[cut] == "Tan" and words[cut + 1] != "Sri"):  # "Tan Sri Jo Bloggs", but "Sam Tan", "Tan Wei"
        cut += 1
    if not cut:
        return intro
    skipped = len(" ".join(words[:cut])) + 1
    return intro._replace(name=" ".join(words[cut:]), start=intro.start + skipped)
