"""Scoring helpers for extraction against hand labels: precision and recall of ministers and
places per set of sources, and how many labelled quotes are attributed to the right speaker."""

from __future__ import annotations

import os
from dataclasses import dataclass

import yaml

from sourcebook.clean import clean
from sourcebook.extract import extract
from sourcebook.model import Extraction, Settings
from sourcebook.read import read_source

HERE = os.path.dirname(os.path.abspath(__file__))


@dataclass(frozen=True)
class Scores:
    minister_precision: float
    minister_recall: float
    place_precision: float
    place_recall: float
    quote_accuracy: float
    role_accuracy: float  # labelled ministers found with the labelled title, country and former
    misses: tuple[str, ...]  # what went wrong, for the test output

    def line(self, name: str) -> str:
        """One printable line of figures."""
        return (
            f"{name}: ministers P={self.minister_precision:.2f} R={self.minister_recall:.2f} "
            f"roles={self.role_accuracy:.2f}; places P={self.place_precision:.2f} "
            f"R={self.place_recall:.2f}; quotes accuracy={self.quote_accuracy:.2f}"
        )


def load_labels(name: str) -> dict:
    """tests/labels/<name>.yaml as a mapping of source file name -> labels."""
    with open(os.path.join(HERE, "labels", name), encoding="utf-8") as f:
        return yaml.safe_load(f)


def extract_file(path: str, settings: Settings) -> Extraction:
    """Read, clean and extract one file through the real entry point."""
    with open(path, "rb") as f:
        source = read_source(os.path.basename(path), f.read())
    return extract(clean(source), settings)


def ratio(hits: int, total: int) -> float:
    """hits / total, 1.0 when there is nothing to find."""
    return hits / total if total else 1.0


def score(labels: dict, extractions: dict[str, Extraction]) -> Scores:
    """Figures over every source of a labelled set, counted over all their items together."""
    found_m = right_m = wanted_m = found_p = right_p = wanted_p = quotes_ok = quotes = roles_ok = 0
    misses = []
    for source, label in labels.items():
        extraction = extractions[source]
        ministers = {p.key: p for p in extraction.people if p.role}
        wanted = {m["key"]: m for m in label.get("ministers") or []}
        found_m += len(ministers)
        right_m += len(ministers.keys() & wanted.keys())
        wanted_m += len(wanted)
        misses += [f"{source}: minister missed {k}" for k in wanted.keys() - ministers.keys()]
        misses += [f"{source}: not a minister {k}" for k in ministers.keys() - wanted.keys()]
        for key in ministers.keys() & wanted.keys():
            role, want = ministers[key].role, wanted[key]
            if (role.title, role.country, role.former) == (want["title"], want["country"], want["former"]):
                roles_ok += 1
            else:
                misses.append(f"{source}: role of {key} is {role}, labelled {want}")
        places = {m.key for m in extraction.mentions if m.kind == "place"}
        wanted_places = set(label.get("places") or [])
        found_p += len(places)
        right_p += len(places & wanted_places)
        wanted_p += len(wanted_places)
        misses += [f"{source}: place {k} missed" for k in wanted_places - places]
        misses += [f"{source}: place {k} not labelled" for k in places - wanted_places]
        for quote in label.get("quotes") or []:
            quotes += 1
            if quote_found(extraction, quote["words"], quote["speaker"]):
                quotes_ok += 1
            else:
                misses.append(f"{source}: quote {quote['words']!r} not attributed to {quote['speaker']}")
    return Scores(
        ratio(right_m, found_m), ratio(right_m, wanted_m), ratio(right_p, found_p),
        ratio(right_p, wanted_p), ratio(quotes_ok, quotes), ratio(roles_ok, right_m), tuple(misses),
    )


def quote_found(extraction: Extraction, words: str, speaker: str | None) -> bool:
    """A found quote whose text starts with the labelled words has the labelled speaker."""
    return any(q.text.startswith(words) and q.speaker == speaker for q in extraction.quotes)


def not_ministers_taken(labels: dict, extractions: dict[str, Extraction]) -> list[str]:
    """Labelled non-ministers that extraction gave a ministerial role."""
    return [
        f"{source}: {key}"
        for source, label in labels.items()
        for key in label.get("not_ministers") or []
        if any(p.key == key and p.role for p in extractions[source].people)
    ]


def extractions_from_export(export: dict) -> dict[str, Extraction]:
    """The data export (/data/sourcebook.json) read back as one Extraction per source file, so the
    site's published figures are scored by the same rules as the extraction stage."""
    from sourcebook.model import Mention, Person, Quote, Role

    names = {m["id"]: m["name"] for m in export["ministers"]}
    roles = {(r["document"], m["id"]): r for m in export["ministers"] for r in m["roles"]}
    out = {}
    for doc in export["documents"]:
        people = tuple(
            Person(key, names[key], Role(roles[(doc["id"], key)]["title"], roles[(doc["id"], key)]["country"],
                                        roles[(doc["id"], key)]["former"]))
            for key in doc["ministers"] if (doc["id"], key) in roles
        )
        places = tuple(Mention("place", key, "p1", 0, 0, key) for key in doc["places"])
        quotes = tuple(Quote(q["speaker"], q["speaker_name"], q["paragraph"], 0, 0, q["text"]) for q in doc["quotes"])
        out[doc["source"]] = Extraction(people=people, mentions=places, quotes=quotes)
    return out


def with_home_country(labels: dict, country: str) -> dict:
    """Labels as the site shows them: a role the text gives no country for is the home country's."""
    return {
        source: {**label, "ministers": [{**m, "country": m["country"] or country} for m in label.get("ministers") or []]}
        for source, label in labels.items()
    }
