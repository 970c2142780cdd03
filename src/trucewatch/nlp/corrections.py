"""A paper's correction: what one of its pieces said, then what is true.

"A picture caption on 2 April said that 68 Ukrainian soldiers had come home in Friday's prisoner exchange with
Russia. The number was 86." The first sentence (the claim) tells the event and who took part; the sentences after it
(the amendment) set right one thing about it: its day, its place, its number. The event is the claim's, amended: it
is told once, with the amendment's day, place and number where the amendment gives them, and with the amendment as
its evidence where the amendment names the event again ("The strikes were early on Sunday 3 April").

A correction is an item of a page that says it is one ("Corrections and clarifications") or a paragraph that says so
("Correction: An earlier version of this article said …").
"""

from __future__ import annotations

import re

from spacy.tokens import Doc, Span

from trucewatch.model import Place
from trucewatch.nlp.events import Mention
from trucewatch.nlp.numbers import to_number
from trucewatch.nlp.places import gazetteer

CORRECTIONS_PAGE = re.compile(r"\b(?:corrections?|clarifications?|errata|corrigend(?:um|a))\b", re.IGNORECASE)
PLACING = frozenset({"in", "at", "near", "outside", "around", "inside"})
YEAR = re.compile(r"1[89]\d\d|20\d\d")
CORRECTION_LABEL = re.compile(r"\s*(?:Correction|Clarification|Corrigendum)s?\s*[:.—–-]\s", re.IGNORECASE)

# What a piece is, and the verbs that say what it said.
PIECES = frozenset({"report", "article", "story", "editorial", "leader", "column", "piece", "profile", "obituary",
                    "review", "caption", "headline", "graphic", "map", "analysis", "feature", "interview", "version",
                    "explainer", "letter", "item", "timeline", "chart"})
CITING = frozenset({"say", "state", "report", "describe", "give", "suggest", "claim", "call", "misstate", "quote",
                    "name", "identify", "put", "refer", "imply", "misidentify", "misname", "locate", "place", "date"})


def correction_page(title: str | None) -> bool:
    """A page of corrections: its title says so ("Corrections and clarifications", "For the record: corrections")."""
    return bool(title) and CORRECTIONS_PAGE.search(title) is not None


def piece_says(sent: Span) -> bool:
    """Is the sentence what a paper's piece said, cited by its reader or its writer ("Your report on the new fighting
    at Guerguerat says the ceasefire … has held for thirty years", "Our report said …")?"""
    root = sent.root
    subject = next((c for c in root.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    return root.lemma_.lower() in CITING and subject is not None and subject.lemma_.lower() in PIECES and any(
        c.dep_ in ("poss", "det") and c.lower_ in ("your", "our") for c in subject.children)


def claim_of(doc: Doc, page: bool) -> Span | None:
    """The sentence of a correction that tells what the piece said: the item's first sentence, whose subject is a
    piece ("Our report", "A picture caption", "An earlier version of this article") and whose verb says what it said,
    where the item goes on to set it right. None where `doc` is no correction (on a page of corrections, or labelled
    "Correction:")."""
    sents = list(doc.sents)
    if len(sents) < 2 or not (page or CORRECTION_LABEL.match(doc.text)):
        return None
    first = sents[0]
    root = first.root
    if root.lemma_.lower() not in CITING:
        return None
    subject = next((c for c in root.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subject is None or subject.lemma_.lower() not in PIECES:
        return None
    return first


def counted(token) -> bool:
    """A number that counts, not a year or a part of a day ("The number was 86", where the model reads "86" as a
    year; but not "2005" nor the "15" of "15 August")."""
    if not token.like_num or to_number(token.text) is None or YEAR.fullmatch(token.text):
        return False
    if token.ent_type_ not in ("DATE", "TIME"):
        return True
    doc = token.doc
    return not any(0 <= k < len(doc) and doc[k].ent_type_ == token.ent_type_ and doc[k].is_alpha
                   for k in (token.i - 1, token.i + 1))


def placed_in(span: Span) -> dict[str, Place]:
    """The places a stretch of text puts something in ("in Yemen", "at Kumanovo"; not "with Russia"), by name."""
    return {place.name: place for found, place in getattr(span.doc._, "tw_places", None) or ()
            if span.start <= found.start < span.end and found.root.head.lower_ in PLACING}


def places_named(claim: Span) -> dict[str, Place]:
    """The places the claim says its story was in: "in Yemen", and "Odesa" of a quoted headline ("Missiles hit Odesa
    fuel depots", which the model reads as a title, no place); not "with Russia"."""
    named = placed_in(claim)
    for token in claim:
        if token.is_title and token.dep_ == "compound" and token.ent_type_ == "WORK_OF_ART" and (
                place := gazetteer().lookup(token.text, frozenset())) is not None and place.lat is not None:
            named[place.name] = place
    return named


def amend(mentions: list[Mention], claim: Span) -> list[Mention]:
    """The mentions of one correction, amended: each the amendment names again takes the claim's telling's sides and
    numbers and replaces it; a claim's telling the amendment does not name takes the amendment's number ("The number
    was 86"). Both are told as the page's own word now, not as what the piece said."""
    claimed = [m for m in mentions if m.sentence.start == claim.start]
    amending = [m for m in mentions if m.sentence.start > claim.start]
    gone: list[Mention] = []
    for m in amending:
        told = next((c for c in claimed if c.type == m.type and c.status == m.status), None) or next(
            (c for c in claimed if c.type == m.type), None)  # (the same status first: "The truce was announced on
        # Friday and took effect on Saturday" sets right the day the claim's "had begun" gave)
        if told is None:
            continue
        tellings = [told, *(c for c in claimed if c.type == m.type and c is not told)]  # (the claim's tellings
        for c in tellings:  # of it: "Missiles hit Odesa fuel depots", "Russian missiles struck")
            have = {ref.code for ref, _ in m.actors}
            m.actors += [(ref, role) for ref, role in c.actors if ref.code not in have]
            for key, value in c.quantities.items():
                m.quantities.setdefault(key, value)
            if m.place is None:
                m.place = c.place  # (what the amendment does not set right stands as the claim told it)
        gone += tellings
    claimed = [c for c in claimed if not any(c is g for g in gone)]
    mentions = [x for x in mentions if not any(x is g for g in gone)]
    after = claim.doc[claim.end:]
    numbers = [t for t in after if counted(t)]
    moved = placed_in(after)
    days = [found.when for span, found in getattr(claim.doc._, "tw_dates", None) or ()
            if span.start >= claim.end and found.anchor]
    named = places_named(claim)
    for m in [*claimed, *amending]:
        if m.place is None and len(named) == 1:
            m.place = next(iter(named.values()))  # "Our report on the truce in Yemen said that the truce had begun
            # …": where the piece's story is, unless the amendment moves it
    for c in claimed:
        c.modality, c.claimed_by = "asserted", None
        if len(numbers) == 1 and len(set(c.quantities.values())) == 1:
            c.quantities = dict.fromkeys(c.quantities, to_number(numbers[0].text))  # "The number was 86"
        if len(moved) == 1:
            c.place = next(iter(moved.values()))  # "They were held in Vienna", of talks the claim put in Geneva
        if len(days) == 1:
            c.date = days[0]  # "It was on Tuesday 6 May", of what the claim dated Monday
    for m in amending:
        m.modality, m.claimed_by = "asserted", None
    return mentions
