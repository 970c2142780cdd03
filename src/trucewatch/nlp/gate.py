"""The relevance gate: cheap tests on raw text that decide what the parser sees.

Two levels. A document with none of the broad conflict vocabulary of `data/relevance.json` is not parsed at all
(its recall on the dev data is tested). Within a relevant document, a segment with no trigger word (any form of a
lemma in `data/triggers.json`) and no "it" that one of its `it_verbs` makes a truce or deal ("accepted it") is only
tokenised and scanned for actor names, which keeps the article's context (who "he" and "both sides" are) without
the parser: it cannot hold an event mention, so the events come out the same with and without the gate.
"""

from __future__ import annotations

import re
from functools import lru_cache

from trucewatch.nlp.lexicon import load


def _stem(lemma: str) -> str:
    """A prefix that every inflection of `lemma` starts with: "negotiate" -> "negotiat", "talk" -> "talk"."""
    if lemma.endswith("y") and len(lemma) > 3 and lemma[-2] not in "aeiou":
        return lemma[:-1]  # "carry": carried, carries (but "destroy": destroyed)
    if lemma.endswith("e") and len(lemma) > 3:
        return lemma[:-1]
    return lemma


def _trigger_stems(everyday: bool = True) -> set[str]:
    """Stems of the trigger words. Without `everyday`, not the common words that make an event only beside a
    companion ("cut aid", "a phone call", "must"): they say nothing of a whole article."""
    data, relevance = load("triggers"), load("relevance")
    stems = {_stem(lemma) for table in ("nouns", "verbs") for lemma, entry in data[table].items()
             if everyday or not entry.get("everyday")}
    stems |= set(relevance["irregular"])
    stems |= {_stem(word) for word in load("statuses")["host_verbs"]}
    if everyday:
        stems |= set(relevance["irregular_everyday"])
        stems |= {_stem(noun) for noun in data["ceasing"]["qualified"]}  # "end its armed struggle": a truce named by
        # a verb of stopping and a qualified object, neither a trigger word alone
        stems |= set(data["obligation"]["modals"])  # "Russia said Sudan must return …"
    return stems


def _phrases() -> str:
    """Phrase triggers ("cessation of hostilities") as whole phrases, any spacing."""
    return "|".join(r"\s+".join(re.escape(w) for w in p.split()) for p in load("triggers")["phrases"])


# Endings a stem may take: "shell" -> shelled, "ban" -> banned (a doubled consonant), "negotiat" -> negotiations.
INFLECTION = r"(?:[bdglmnprt]?(?:e|es|ed|d|s|ing|ings|ion|ions|y|ies|ied|ment|ments))?\b"


def _alternatives(words: set[str]) -> str:
    return "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))


@lru_cache(maxsize=1)
def document_pattern() -> re.Pattern[str]:
    """Every trigger word that stands alone (as a stem with its inflections) and the conflict vocabulary (as
    prefixes; words of three letters or fewer whole): an article with none of them can hold none of our events."""
    vocabulary = set(load("relevance")["document"])
    short = {w for w in vocabulary if len(w) <= 3}
    return re.compile(rf"\b(?:(?:{_alternatives(_trigger_stems(everyday=False))}){INFLECTION}|{_phrases()}"
                      rf"|(?:{_alternatives(short)})s?\b|(?:{_alternatives(vocabulary - short)}))")


@lru_cache(maxsize=1)
def segment_pattern() -> re.Pattern[str]:
    return re.compile(rf"\b(?:(?:{_alternatives(_trigger_stems())}){INFLECTION}|{_phrases()})")


@lru_cache(maxsize=1)
def political_pattern() -> re.Pattern[str]:
    return re.compile(rf"\b(?:{_alternatives(set(load('relevance')['political_verbs']))}){INFLECTION}")


@lru_cache(maxsize=1)
def actor_pattern() -> re.Pattern[str]:
    """Names of states, organisations and peoples as written (capitalised), for the political-verb test."""
    data = load("actors")
    names = {n.removeprefix("the ") for e in data["states"] for n in e["names"] + e["demonyms"]}
    names |= {n.removeprefix("the ") for group in ("organisations", "armed_groups") for e in data[group]
              for n in e["names"]}
    return re.compile(rf"(?<!\w)(?:{_alternatives({n for n in names if len(n) > 2})})(?!\w)")


@lru_cache(maxsize=1)
def pronoun_pattern() -> re.Pattern[str]:
    """A truce or deal named only by "it", as `it_verbs` of data/triggers.json read it: "it takes effect", "it
    expired", "accepted it", "would abide by it". Such a passage may tell an event with no trigger word of its own."""
    data = load("triggers")["it_verbs"]
    objects = {o for objs in data["starting"].values() for o in objs}
    lapsing = {_stem(v) for v in data["lapsing"]}
    phrasal = "|".join(rf"(?:{_alternatives({_stem(verb), *entry['past']})}){INFLECTION}\s+{entry['particle']}"
                       for verb, entry in data["lapsing_phrasal"].items())
    taking = {_stem(v) for v in data["answering"] + data["breaking"]} | set(data["irregular"])
    through = {_stem(v) for v in data["through"]}
    return re.compile(rf"\bit\b[^.;]{{0,30}}\b(?:{_alternatives(objects)})\b"
                      rf"|\bit\s+(?:was|were|has\s+been|had\s+been|is)\s+(?:{_alternatives(taking)}){INFLECTION}"
                      rf"|\bit\s+(?:has\s+|had\s+)?(?:(?:{_alternatives(lapsing)}){INFLECTION}|{phrasal})\b"
                      rf"|\b(?:{_alternatives(taking)}){INFLECTION}\s+it\b"
                      rf"|\b(?:{_alternatives(through)}){INFLECTION}\s+(?:by|to)\s+it\b")


@lru_cache(maxsize=1)
def titled_pattern() -> re.Pattern[str]:
    """A person named with a title of a state's or a body's ("Chad's President Idriss Deby", "U.N. envoy Hans
    Grundberg"): the parse of such a passage tells who a later "Deby" stands for, though it holds no event."""
    from trucewatch.nlp.roles import TITLES

    data = load("actors")
    offices = {title for group in ("organisations", "armed_groups") for e in data[group]
               for title in e.get("bare_titles", ())}  # ("the Secretary-General, Javier Perez de Cuellar")
    return re.compile(rf"{actor_pattern().pattern}(?:['’]s)?\s+(?:[\w-]+\s+){{0,2}}"
                      rf"(?i:{_alternatives(TITLES)})\b,?\s+[A-Z]|\b(?:{_alternatives(offices)}),\s+[A-Z]")


def document_relevant(text: str) -> bool:
    lowered = text.lower()
    if document_pattern().search(lowered):
        return True
    return political_pattern().search(lowered) is not None and actor_pattern().search(text) is not None


@lru_cache(maxsize=1)
def crime_pattern() -> re.Pattern[str]:
    """A crime of war a finding may charge a side with ("determined that … have committed genocide"), as the
    `condemning` table of data/triggers.json names them: such a passage may tell an accusation with no trigger word."""
    crimes = load("triggers")["condemning"]["crimes"]
    return re.compile(rf"\bcommit\w*\s+(?:[a-z]+\s+){{0,2}}?(?:{'|'.join(re.escape(c) for c in crimes)})\b")


@lru_cache(maxsize=1)
def telling_pattern() -> re.Pattern[str]:
    """Words of the `segment` list of data/relevance.json: they name no event but tell of one told before."""
    return re.compile(rf"\b(?:{_alternatives(set(load('relevance')['segment']))})\b")


def segment_relevant(text: str) -> bool:
    """Can this segment hold an event mention, or introduce a list whose items do?"""
    stripped = text.rstrip()
    lowered = text.lower()
    return stripped.endswith(":") or segment_pattern().search(lowered) is not None or \
        pronoun_pattern().search(lowered) is not None or crime_pattern().search(lowered) is not None or \
        titled_pattern().search(text) is not None or telling_pattern().search(lowered) is not None
