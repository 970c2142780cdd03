"""Every entry of every data file loads, and each name finds its own entry."""

import re

import pytest

from trucewatch.ingest.clean import furniture_patterns
from trucewatch.model import EVENT_TYPES, STATUSES
from trucewatch.nlp.actors import actor_book
from trucewatch.nlp.lexicon import load
from trucewatch.nlp.places import gazetteer


def test_every_actor_name_finds_its_code():
    data, book = load("actors"), actor_book()
    for group in ("states", "organisations", "armed_groups"):
        for entry in data[group]:
            assert re.fullmatch(r"[A-Z0-9]{2,12}", entry["code"]), entry
            assert book.lookup(entry["names"][0]).code == entry["code"], entry["names"][0]
    for person in data["people"]:
        assert book.lookup(person["name"]).code == person["code"]
        for office in person["offices"]:
            assert office["to"] is None or office["from"] < office["to"], person["name"]
        codes = {e["code"] for group in ("states", "organisations", "armed_groups") for e in data[group]}
        for side in person.get("sides", ()):  # (a side they stood for in a time: a code we know, dated in order)
            assert side["code"] in codes and (side.get("to") is None or side["from"] < side["to"]), person["name"]


def test_triggers_name_known_types():
    data = load("triggers")
    for table in ("nouns", "verbs"):
        assert {v["type"] for v in data[table].values()} <= set(EVENT_TYPES)
    assert set(data["phrases"].values()) <= set(EVENT_TYPES)
    assert data["ceasing"]["type"] in EVENT_TYPES and set(data["off_topic"]) <= set(EVENT_TYPES)
    from trucewatch.nlp.status import StatusReader

    ceasing = set(data["ceasing"]["verbs"])  # a ceasefire's own verbs say it holds ("halted all combat operations")
    assert ceasing <= set(StatusReader().own_classes["ceasefire"])


def test_status_classes_give_real_statuses():
    data = load("statuses")
    for cls, by_type in data["classes"].items():
        for event_type, status in by_type.items():
            assert status in STATUSES[event_type], (cls, event_type, status)
    used = set(data["verbs"].values()) | {v for v in data["modifiers"].values() if v} | {
        v for v in data["carriers"].values() if v}
    assert used <= set(data["classes"]) | set(data["blocking"]), used - set(data["classes"])
    for event_type, status in data["defaults"].items():
        assert status in STATUSES[event_type]


def test_every_place_of_ours_is_found_with_its_country():
    for entry in load("places")["places"]:
        place = gazetteer().lookup(entry["name"])
        assert place is not None and place.country == entry["country"], entry["name"]
        assert -90 <= entry["lat"] <= 90 and -180 <= entry["lon"] <= 180


def test_furniture_patterns_compile():
    assert len(furniture_patterns()) == len(load("furniture")["lines"])


@pytest.mark.parametrize("docs_name, gold_name", [("docs.jsonl", "gold.jsonl"),
                                                   ("pending/batch13.docs.jsonl", "pending/batch13.gold.jsonl")])
def test_our_own_gold_set_is_well_formed(docs_name, gold_name):
    """eval/own (and any batch pending there, added here while it waits): each gold event's evidence is in its
    article, its type, status and roles are the spec's, and its codes are ours (a code the actor file lacks could
    never be matched)."""
    import json
    from pathlib import Path

    root = Path(__file__).resolve().parent.parent / "eval" / "own"
    docs = {d["id"]: d for d in map(json.loads, (root / docs_name).read_text().splitlines())}
    gold = [json.loads(line) for line in (root / gold_name).read_text().splitlines()]
    data = load("actors")
    codes = {e["code"] for group in ("states", "organisations", "armed_groups") for e in data[group]}
    assert len({g["id"] for g in gold}) == len(gold)
    for g in gold:
        assert g["evidence"] in docs[g["doc"]]["text"], g["id"]
        assert g["type"] in EVENT_TYPES and g["status"] in STATUSES[g["type"]], g["id"]
        for role, named in g["actors"].items():
            assert role in ("initiator", "target", "participant", "mediator") and set(named) <= codes, g["id"]


def test_a_name_belongs_to_one_actor():
    """A name written for two actors would be read as whichever came first ("Tamil Tigers" was Sri Lanka's, as a
    demonym, before the LTTE's)."""
    from collections import defaultdict

    from trucewatch.nlp.actors import ActorBook

    data = load("actors")
    owners = defaultdict(set)
    for entry in data["states"]:
        for name in entry["names"] + entry["demonyms"]:
            owners[ActorBook.key(name)].add(entry["code"])
    for group in ("organisations", "armed_groups"):
        for entry in data[group]:
            for name in entry["names"]:
                owners[ActorBook.key(name)].add(entry["code"])
    for person in data["people"]:
        for name in [person["name"], *person["aliases"]]:
            owners[ActorBook.key(name)].add(person["code"])
    assert {name: codes for name, codes in owners.items() if len(codes) > 1} == {}
