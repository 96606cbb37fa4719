"""Stage 4: entities merged across documents, timeline order, related sources."""

from __future__ import annotations

from sourcebook.clean import assign_slugs, clean
from sourcebook.config import load_settings
from sourcebook.extract import extract
from sourcebook.index import index
from sourcebook.read import read_source

from conftest import REPO


def site_of(texts: dict[str, str]):
    settings = load_settings(str(REPO / "site.yaml"))
    docs = assign_slugs([clean(read_source(name, text.encode())) for name, text in texts.items()])
    return index(settings, docs, {d.slug: extract(d, settings) for d in docs})


def test_a_surname_only_minister_resolves_to_the_full_name_named_elsewhere():
    site = site_of({
        "a.md": "---\ntitle: Defence Minister Mapp backs the Taji mission\n---\nMapp said the troops at Taji were safe.\n",
        "b.txt": "Defence Minister Wayne Mapp visited Linton on 3 May 2015.\n",
    })
    assert list(site.ministers) == ["wayne-mapp"]
    assert len(site.ministers["wayne-mapp"].documents) == 2


def test_a_surname_shared_by_two_people_is_not_guessed():
    site = site_of({
        "a.md": "---\ntitle: Defence Minister Smith visits Taji\n---\nSmith said the troops were safe.\n",
        "b.txt": "Foreign Minister Anna Smith spoke in Baghdad on 3 May 2015.\n",
        "c.txt": "Prime Minister Tom Smith spoke in Linton on 4 May 2015.\n",
    })
    assert "smith" in site.ministers
    assert {"anna-smith", "tom-smith"} <= set(site.ministers)


def test_one_person_with_roles_from_several_sources_and_the_home_country():
    site = site_of({
        "a.txt": "Wellington, 8 January 2020 - Acting Prime Minister Winston Peters said the base was not hit.\n",
        "b.txt": "Wellington, 6 January 2020 - Foreign Affairs Minister Winston Peters said New Zealand was watching.\n",
        "c.txt": "London, 1 November 2014 - UK Foreign Secretary Philip Hammond urged New Zealand to join.\n",
    })
    peters = site.ministers["winston-peters"]
    assert {r.title for r in peters.roles} == {"Acting Prime Minister", "Foreign Affairs Minister"}
    assert peters.countries == ("New Zealand",)  # site.yaml's country: the sources' own press
    assert site.ministers["philip-hammond"].countries == ("United Kingdom",)
    assert site.timeline[0] == next(d for d in site.documents if site.documents[d].source == "c.txt")


def test_related_sources_share_entities_and_exclude_themselves():
    site = site_of({
        "a.txt": "Defence Minister Ron Mark said troops at Camp Taji were safe on 6 January 2020.\n",
        "b.txt": "Defence Minister Ron Mark visited Taji on 9 January 2020.\n",
        "c.txt": "Troops trained at Waiouru on 2 March 2015.\n",
    })
    a = next(d for d in site.documents if site.documents[d].source == "a.txt")
    b = next(d for d in site.documents if site.documents[d].source == "b.txt")
    assert site.related[a] == (b,)
    assert all(doc not in related for doc, related in site.related.items())
