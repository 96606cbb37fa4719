"""A deterministic corpus of N news-like sources for benchmarks.

Each source is 2-4 KB of Markdown with a little formatting and YAML front matter (title, date,
and for the peers' sake taxonomies of people, places and phases): ministers introduced with
their titles and later named by surname, the gazetteer's places, dates across the phases, and
quotes attributed to speakers. The same N always gives the same bytes.

    python bench/generate.py N OUT_DIR [--hugo DIR] [--mkdocs DIR]
"""

from __future__ import annotations

import argparse
import datetime as dt
import os
import random
import shutil
from pathlib import Path

MINISTERS = [
    ("Defence Minister", "Gerry Brownlee", "New Zealand"), ("Prime Minister", "John Key", "New Zealand"),
    ("Foreign Minister", "Murray McCully", "New Zealand"), ("Defence Minister", "Ron Mark", "New Zealand"),
    ("Foreign Affairs Minister", "Winston Peters", "New Zealand"), ("Prime Minister", "Jacinda Ardern", "New Zealand"),
    ("Defence Minister", "Mark Mitchell", "New Zealand"), ("UK Foreign Secretary", "Philip Hammond", "United Kingdom"),
    ("US Secretary of State", "Mike Pompeo", "United States"), ("Iraqi Foreign Minister", "Ibrahim al-Ja'afari", "Iraq"),
    ("Australian Defence Minister", "Marise Payne", "Australia"), ("Iraq's Prime Minister,", "Adil Abdul Mahdi", "Iraq"),
]
OTHERS = [("opposition defence spokesman", "Phil Twyford"), ("Army chief", "Major General Peter Kelly"),
          ("spokeswoman", "Anna Reid"), ("activist", "Valerie Morse")]
PLACES = ["Taji", "Camp Taji", "Baghdad", "Linton", "Waiouru", "Taji Military Complex"]
PHASES = [("planning", dt.date(2014, 9, 1), dt.date(2015, 2, 23)),
          ("deployment", dt.date(2015, 2, 24), dt.date(2020, 1, 2)),
          ("suspension", dt.date(2020, 1, 3), dt.date(2020, 6, 30))]
SENTENCES = [
    "The training mission has focused on force protection, weapons handling and medical skills.",
    "Officials said the rotation would be reviewed by Cabinet before the end of the year.",
    "The contingent works alongside Australian trainers inside the wire of the base.",
    "Security around the base was tightened after rocket attacks in the region.",
    "More than 40,000 Iraqi soldiers have been trained since the mission began.",
    "The Government has said the deployment is non-combat and behind the wire.",
    "Coalition partners met to discuss the future of the mission and its funding.",
    "The troops rotate every six months, with the next group due to leave in spring.",
    "Questions remain over legal protections for personnel serving in the country.",
    "Families of those deployed were briefed by senior officers before departure.",
]
MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September",
          "October", "November", "December"]


def source(i: int, rng: random.Random) -> tuple[str, dict]:
    """One source's Markdown and the facts the peers' front matter needs."""
    phase, start, end = rng.choice(PHASES)
    date = start + dt.timedelta(days=rng.randrange((end - start).days + 1))
    title_minister, name, _ = rng.choice(MINISTERS)
    surname = name.split()[-1]
    second = rng.choice([m for m in MINISTERS if m[1] != name])
    places = rng.sample(PLACES, 2)
    other_title, other = rng.choice(OTHERS)
    title = f"{surname} on the {rng.choice(['Taji', 'Iraq', 'training', 'coalition'])} mission, report {i}"
    paragraphs = [
        f"{title_minister} {name} said on {date.day} {MONTHS[date.month - 1]} {date.year} that New Zealand "
        f"troops at **{places[0]}** would continue their work, and that the mission near {places[1]} was under review.",
        f"\"We are committed to the people of Iraq and to the safety of our personnel,\" {surname} said.",
        " ".join(rng.sample(SENTENCES, 3)),
        f"{second[0]} {second[1]} told reporters the coalition would meet again, and {other_title} "
        f"{other} said the decision should be made *in the open*.",
        f"\"The situation is being watched closely every day,\" Mr {surname} added. \"We will not put "
        f"our people at unnecessary risk.\"",
        " ".join(rng.sample(SENTENCES, 4)),
        f"- {rng.choice(SENTENCES)}\n- {rng.choice(SENTENCES)}",
        " ".join(rng.sample(SENTENCES, 3)),
        f"{second[1].split()[-1]} said the next review would take place in "
        f"{MONTHS[(date.month + 2) % 12]} {date.year + (date.month + 2 >= 12)}.",
        " ".join(rng.sample(SENTENCES, 4)),
    ]
    facts = {"title": title, "date": date.isoformat(), "people": [name, second[1]],
             "places": sorted({p.replace("Camp ", "").replace(" Military Complex", "") for p in places}),
             "phases": [phase]}
    return "\n\n".join(paragraphs) + "\n", facts


def front_matter(facts: dict, taxonomies: bool) -> str:
    lines = ["---", f"title: \"{facts['title']}\"", f"date: {facts['date']}"]
    if taxonomies:
        for key in ("people", "places", "phases"):
            lines.append(f"{key}: [{', '.join(repr(v) for v in facts[key])}]")
    return "\n".join(lines) + "\n---\n\n"


REPO = Path(__file__).resolve().parent.parent


def project(size: int, root: Path) -> Path:
    """A sourcebook project in `root`: the example's site.yaml and `size` generated sources
    (0: the example's own five)."""
    shutil.copy(REPO / "site.yaml", root / "site.yaml")
    if size == 0:
        shutil.copytree(REPO / "content", root / "content")
    else:
        generate(size, str(root / "content"))
    return root


def generate(n: int, out: str, hugo: str | None = None, mkdocs: str | None = None) -> None:
    rng = random.Random(20141105)
    for i in range(n):
        body, facts = source(i, rng)
        name = f"{i:05d}.md"
        folder = os.path.join(out, f"{i // 1000:02d}")
        os.makedirs(folder, exist_ok=True)
        with open(os.path.join(folder, name), "w", encoding="utf-8") as f:
            f.write(front_matter(facts, False) + body)
        if hugo:
            os.makedirs(os.path.join(hugo, "content", "sources"), exist_ok=True)
            with open(os.path.join(hugo, "content", "sources", name), "w", encoding="utf-8") as f:
                f.write(front_matter(facts, True) + body)
        if mkdocs:
            os.makedirs(os.path.join(mkdocs, "docs"), exist_ok=True)
            with open(os.path.join(mkdocs, "docs", name), "w", encoding="utf-8") as f:
                f.write(f"# {facts['title']}\n\n" + body)


if __name__ == "__main__":
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("n", type=int)
    parser.add_argument("out")
    parser.add_argument("--hugo")
    parser.add_argument("--mkdocs")
    args = parser.parse_args()
    generate(args.n, args.out, args.hugo, args.mkdocs)
