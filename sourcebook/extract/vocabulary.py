"""Words the extraction reads names and titles by: name shapes, months, ranks, bodies, countries,
portfolios, speech verbs. Words only; reading them at a position is names.py's."""

from __future__ import annotations

import re

from .world import MORE_COUNTRIES

# A word with inner apostrophes or hyphens ("al-Ja'afari", "Brownlee's", "Attorney-General");
# macrons and other letters count as word characters.
WORD = re.compile(r"[^\W_](?:[\w'’\-]*[^\W_])?")
POSSESSIVE = re.compile(r"['’]s$")
# A capital letter of any Latin script, for patterns that find names: "Çavuşoğlu", "Ōtaki", "Łukasz".
UPPER = "[" + "".join(c for c in map(chr, range(0x41, 0x250)) if c.isupper() and c.isalpha()) + "]"
# Lowercase parts that sit inside a name: "Ibrahim al-Ja'afari", "Ursula von der Leyen".
PARTICLES = {"al", "el", "bin", "ibn", "abu", "van", "von", "der", "den", "de", "da", "di", "du", "la", "le", "ter"}
# Forms of address written before a name ("Mr Kovrig", "Shri Jo Bloggs")
FORMS_OF_ADDRESS = ("Mr", "Mrs", "Ms", "Miss", "Dr", "Sir", "Dame", "Hon", "Honourable", "Prof", "Professor", "Shri", "Shrimati", "Smt")
HONORIFICS = set(FORMS_OF_ADDRESS) | {"Rt", "Datuk", "Dato", "Dato'", "Datin"}  # and Malaysia's: "Datuk Jo Bloggs"

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
    # forms of address of other presses: "The Honourable Chrystia Freeland", "Datuk Seri Ismail
    # Sabri Yaakob", "Smt. Nirmala Sitharaman"
    "Honourable", "Honorable", "Datuk", "Dato", "Seri", "Tun", "Sri", "Smt", "Shri",  # ("Tan" of "Tan Sri" is a surname too)
    "Credit", "Credits",
}
# Military ranks and titles of address: they precede a name but are not part of it.
RANKS = {
    "Lieutenant", "Colonel", "Major", "Captain", "Brigadier", "Sergeant", "Corporal", "Private",
    "Sapper", "Trooper", "Gunner", "Bombardier", "Signaller", "Rifleman", "Craftsman", "Airman", "Lance",
    "Ensign", "Midshipman",
    "Admiral", "Commodore", "Marshal", "Lt", "Col", "Gen", "Maj", "Capt", "Brig", "Sgt", "Cpl",
    "Commander", "Lieutenant-General", "Lieutenant-Colonel", "Major-General", "Rear", "Vice",
    "Senator", "Governor", "Mayor", "Judge", "Justice", "Father", "Bishop", "Ayatollah", "Sheikh",
    "King", "Queen", "Prince", "Princess", "Pope", "Imam", "Senior", "Lt-gen", "Lt-Gen", "Maj-gen",
    "Maj-Gen", "Lt-col", "Lt-Col", "Crown", "Assistant", "Commissioner", "Superintendent", "Inspector",
    "Detective", "Constable", "Chief", "Archbishop", "Cardinal", "Rabbi", "Reverend", "Rev",
    "Cdre", "Cdr", "Adm", "Sqn", "Ldr", "Wg", "Flt", "WO", "Pte", "Spr", "LCpl", "Gp",
}
ORGANISATION_WORDS = {
    "Staff", "Team", "Desk", "Bureau", "Newsroom",  # "By the CNN Wire Staff", "Combined Team Oruzgan"
    "Democratic", "Socialist", "Communist", "Appeal",  # "Christian Democratic Appeal, the coalition partner"
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
    "Assembly", "Cross", "Crescent", "Policy", "Transcript", "Transcripts", "Speech", "Keynote", "Foundation", "Trust", "Tribunal",
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
COUNTRIES.update((word, country) for word, country in MORE_COUNTRIES.items() if word not in COUNTRIES)
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
    # Britain's secretaries of state: "for Foreign and Commonwealth Affairs", "for Work and Pensions"
    "commonwealth", "ireland", "international", "work", "pensions", "digital", "media", "exiting",
    # more of the portfolios the presses our users read name ("Minister for Defence Procurement",
    # "Minister for Agriculture, Food and the Marine", "Minister of State for Higher Education")
    "procurement", "armed", "cyber", "europe", "asia", "americas", "africa", "middle", "east", "food",
    "marine", "homelessness", "skills", "higher", "schools", "policing", "prisons", "courts", "borders",
    "farming", "rural", "investment", "exports", "equalities", "equality", "levelling", "mental", "care",
    "public", "creative", "overseas", "consular", "universities", "natural", "forestry", "biosecurity",
    "oceans", "statistics", "racing", "gaeltacht", "enterprise", "jobs", "training", "reform", "indigenous",
    "multicultural", "citizenship", "family", "families", "ageing", "community", "cities", "resilience",
    "minerals", "lands", "parks", "wellbeing", "superannuation", "personnel", "materiel", "competition",
    "action", "sports", "olympics", "trades", "hospitals", "aged", "north", "south", "west", "central",
    "ports", "maritime", "shipping", "aviation", "policies", "policy",
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
# A member's or counsel's letters after a name ("Jo Bloggs MP", "Jo Bloggs TD"): no part of it
MEMBER_LETTERS = {"MP", "TD", "MLA", "MHR", "MPP", "MSP", "MS", "QC", "KC", "JP", "MEP", "SC"}
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
    # ranks as the forces write them: "Commodore Bainimarama", "Cdre Jo Bloggs", "Brig Jo Bloggs"
    "commodore", "cdre", "brig", "capt", "maj", "sgt", "cpl", "cdr", "adm", "sapper", "trooper", "gunner",
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
    "posted", "according", "telling", "insisting", "stating", "queried",
    # verbs a report puts a quoted phrase after: "vowed that New Zealand would be a 'small ...'",
    # "branded the report 'biased'", "described it as 'a declaration of war'"
    "vowed", "vows", "pledged", "pledges", "described", "describes", "branded", "brands", "labelled",
    "labeled", "accused", "accuses", "denied", "denies", "dismissed", "dismisses",
    "condemned", "condemns", "reiterated", "reiterates", "emphasised", "emphasized", "emphasises",
    "emphasizes", "observed", "revealed", "cautioned", "retorted", "quipped", "joked", "boasted",
    "complained", "alleged", "assured", "affirmed", "lamented", "hailed",
}
PRONOUNS = {"he", "she", "He", "She"}
