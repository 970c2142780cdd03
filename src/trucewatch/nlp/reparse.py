"""Mending parses the small English model gets wrong in a known, checkable way, before anything reads the tree.

Each mender looks for one shape of misparse and re-attaches the few tokens it concerns; the tree stays a tree (a
token is moved only under a head that is not inside its own subtree). Readers downstream (status, roles, dates)
then see the sentence as a reader would.
"""
from __future__ import annotations

import re
from collections.abc import Callable
from functools import lru_cache, wraps

from spacy.attrs import DEP, HEAD
from spacy.tokens import Doc, Span, Token

from trucewatch.nlp.actors import actor_book
from trucewatch.nlp.lexicon import load
from trucewatch.nlp.roles import SAYING, STATE_ARMS
from trucewatch.nlp.sentences import NAMES_KEY
from trucewatch.nlp.status import LAYING_DOWN, SETTLED_DEALS
from trucewatch.nlp.triggers import TOLL_VERBS
from trucewatch.nlp.when import FULL_MONTHS

# Verbs that take a nominal object: a reduced relative on a noun leaves the object out ("the truce Putin declared").
RELATIVE_TAGS = ("VBD", "VBN")
# Nouns of a time that "that" points back to: "announced that night".
# Verbs whose object is an event one side arranges for others: a relative clause of one names the event
ARRANGING = {"arrange", "schedule", "host", "broker", "mediate", "organise", "organize", "convene", "sponsor"}
# Verbs of making a deal: a participle of one after a comma tells of the deal, not of a side named in its phrase
MAKING = ARRANGING | {"sign", "agree", "conclude", "reach", "negotiate", "initial", "announce", "declare"}
TIME_NOUNS = {"day", "night", "evening", "morning", "afternoon", "week", "weekend", "month"}
# Verbs of what befalls talks or a deal, and the nouns of talks whose topic a clause of them may be hung on
SWAP_NOUNS = {"exchange", "swap", "release", "handover"}
LIFE_VERBS = {"end", "begin", "start", "open", "collapse", "stall", "resume", "break", "fail", "conclude"}
TALKS_NOUNS = {"talk", "negotiation", "dialogue", "meeting", "conference", "summit", "table"}
# what a speaker does in words: a past verb of these, joined to a passive that-clause, is the speaker's, not the
# clause's subject's (a passive subject accuses no one)
SPEAKERS_ACTS = {"accuse", "blame", "urge", "call", "warn", "condemn", "vow", "demand", "insist", "pledge", "promise",
                 "threaten", "dismiss", "reject", "say", "add", "declare"}
ANIMATE = {"army", "force", "troop", "government", "military", "rebel", "militant", "group", "official", "leader",
           "side", "party", "delegation", "ministry", "police", "minister", "president", "people", "soldier",
           "fighter", "authority", "administration", "council", "movement", "coalition", "alliance", "country",
           "state", "nation", "mediator", "negotiator", "envoy", "spokesman", "spokeswoman", "militia", "junta",
           "regime", "cabinet", "parliament", "commander", "diplomat", "team", "body", "organisation",
           "organization", "agency", "office", "member"}  # who can act, as a clause's subject
LEAVING = {"leave", "quit", "abandon", "suspend", "boycott", "snub"}  # what a side does to talks it stays away from


def cyclic(doc: Doc) -> bool:
    """Does some token's chain of heads never reach a root?"""
    reached: set[int] = set()
    for token in doc:
        path = []
        while token.i not in reached and token.head.i != token.i:
            if len(path) > len(doc):
                return True
            path.append(token.i)
            token = token.head
        reached.update(path)
        reached.add(token.i)
    return False


def guarded(step: Callable[[Token | Span], None]) -> Callable[[Token | Span], None]:
    """A mend that would leave the parse with a cycle is undone: "with President Jose Eduardo dos Santos looking on",
    where the parser made "dos" the sentence's root, cannot be mended by making the name one phrase under "with"."""
    @wraps(step)
    def run(target: Token | Span) -> None:
        doc = target.doc
        before = doc.to_array([HEAD, DEP])
        step(target)
        if cyclic(doc):
            doc.from_array([HEAD, DEP], before)
    return run


SHORT_FORMS = {"govt": "government", "govts": "government", "gov't": "government"}  # words a clipped style cuts


def mend(doc: Doc) -> Doc:
    """The doc with its known misparses mended, in place."""
    for word in doc:
        if word.lower_ in SHORT_FORMS:
            word.lemma_ = SHORT_FORMS[word.lower_]  # a tracker's clipped "Govt": the government
    for start, end in doc.user_data.get(NAMES_KEY, ()):
        _name_split_by_the_parse(doc[start:end])
    for sent in doc.sents:
        _headline_verb_taken_for_a_noun(sent)
        _verb_run_into_a_compound(sent)
    for word in [t for t in doc if t.lower_ in NOUN_OR_ADJECTIVE and t.pos_ == "ADJ" and t.dep_ == "amod"]:
        _event_noun_taken_for_an_adjective(word)
    for verb in [t for t in doc if t.dep_ == "conj" and t.pos_ == "VERB" and t.tag_ in RELATIVE_TAGS]:
        _reduced_relative_as_conj(verb)
    for verb in [t for t in doc if t.dep_ == "conj" and t.pos_ == "VERB"]:
        _past_conj_on_a_that_clause(verb)
    for verb in [t for t in doc if t.tag_ == "VBG" and t.dep_ in ("xcomp", "advcl")]:
        _participle_after_the_attribution(verb)
    for prep in [t for t in doc if t.dep_ == "prep" and t.lower_ in ("in", "with") and t.head.dep_ == "ROOT"]:
        _phrase_after_the_attribution(prep)
    for verb in [t for t in doc if t.dep_ == "ROOT" and t.tag_ in RELATIVE_TAGS]:
        _participle_before_that_time(verb)
        _participle_before_its_verb(verb)
        _making_participle_before_its_fate(verb)
    for noun in [t for t in doc if t.dep_ == "ROOT" and t.pos_ in ("NOUN", "PROPN")]:
        _verb_after_a_participle_aside(noun)
    for prep in [t for t in doc if t.dep_ == "prep" and t.lower_ == "in" and t.head.dep_ == "pobj"]:
        _toll_phrase_hung_on_the_dead(prep)
    for prep in [t for t in doc if t.dep_ == "prep" and t.lower_ in ("in", "during") and
                 t.head.pos_ in ("NOUN", "PROPN")]:
        _toll_phrase_hung_on_the_place(prep)
    for prep in [t for t in doc if t.dep_ == "prep" and t.lower_ == "on" and t.head.lemma_.lower() == "war"]:
        _target_hung_on_the_war(prep)
    for prep in [t for t in doc if t.dep_ == "prep" and t.lower_ == "between"]:
        _second_side_taken_for_the_subject(prep)
        _between_hung_on_a_place(prep)
        _between_with_one_side(prep)
    for verb in [t for t in doc if t.dep_ == "acl" and t.tag_ in RELATIVE_TAGS]:
        _clause_taken_for_a_phrase(verb)
    for verb in [t for t in doc if t.dep_ == "relcl" and (t.lemma_.lower() in ARRANGING or taking_effect(t))]:
        _relative_hung_on_a_side(verb)
    for verb in [t for t in doc if t.dep_ == "acl" and t.tag_ == "VBN" and t.lemma_.lower() in MAKING]:
        _participle_hung_on_a_side(verb)
    for verb in [t for t in doc if t.pos_ == "VERB" and t.lemma_.lower() in ASPECTUAL]:
        _gerund_taken_for_a_compound(verb)
    for place in [t for t in doc if t.dep_ == "pobj" and t.head.lower_ == "in" and t.head.head.lemma_.lower() in SIDES]:
        _sides_hung_on_their_place(place)
    for noun in [t for t in doc if t.dep_ == "appos" and t.pos_ == "NOUN"]:
        _object_after_an_aside(noun)
        _subject_after_an_aside(noun)
    for noun in [t for t in doc if t.dep_ == "conj" and t.head.dep_ == "pobj" and t.head.head.i == t.sent.start]:
        _subject_after_an_aside(noun)  # "In Sharm el-Sheikh, Donald Trump and the leaders of Egypt … signed"
    for verb in [t for t in doc if t.dep_ == "relcl" and (t.head.ent_type_ in ("DATE", "TIME") or
                                                          t.head.lower_ in FULL_MONTHS)]:
        _relative_hung_on_a_date(verb)  # (also "resolution 1298 (2000) of 17 May, which imposed …", a day the
        # model did not take for a date)
    for verb in [t for t in doc if t.dep_ == "relcl" and t.lemma_.lower() in LIFE_VERBS]:
        _relative_hung_on_a_topic(verb)
    for verb in [t for t in doc if t.dep_ == "relcl" and t.lemma_.lower() in LEAVING]:
        _relative_hung_on_a_venue(verb)
    for verb in [t for t in doc if t.dep_ == "relcl" and t.head.ent_type_ == "PERSON"]:
        _which_hung_on_a_leader(verb)
    for verb in [t for t in doc if t.dep_ == "advcl" and t.tag_ == "VBN"]:
        _participle_on_talks_hung_on_the_verb(verb)
    for verb in [t for t in doc if t.dep_ == "advcl" and t.tag_ in ("VBN", "VBD")]:
        _signing_hung_on_the_verb(verb)
    for verb in [t for t in doc if t.dep_ == "relcl" and t.lemma_.lower() in LIFE_VERBS]:
        _relative_hung_on_a_host(verb)
    for face in [t for t in doc if t.lower_ == "face" and t.i >= 2 and doc[t.i - 1].lower_ == "to" and
                 doc[t.i - 2].lower_ == "face"]:
        _face_to_face(face)
    for by in [t for t in doc if t.dep_ == "agent" and t.head.dep_ == "acl"]:
        _clause_joined_into_an_agent(by)
        _subjects_run_into_an_agent(by)
        _agents_hung_on_the_deal(by)
    for prep in [t for t in doc if t.dep_ == "prep" and t.lower_ in ("in", "at") and t.head.pos_ in ("NOUN", "PROPN")]:
        _place_hung_on_a_guest(prep)
    for word in [t for t in doc if t.i and doc[t.i - 1].lower_ == "hereby" and t.pos_ != "VERB"]:
        _performative_after_hereby(word)
    for participle in [t for t in doc if t.dep_ == "acl" and t.tag_ == "VBG" and t.head.dep_ == "nsubj"]:
        _object_of_a_participle_taken_for_a_subject(participle)
    for word in [t for t in doc if t.pos_ == "NOUN" and t.dep_ in ("xcomp", "advcl")]:
        _infinitive_taken_for_a_noun(word)
    for verb in [t for t in doc if t.dep_ == "relcl" and t.lemma_.lower() == "claim" and t.head.pos_ == "PROPN"]:
        _claim_hung_on_a_place(verb)
    for prep in [t for t in doc if t.dep_ == "prep" and t.lower_ in ("in", "at") and t.head.dep_ == "conj"]:
        _venue_hung_on_the_second_side(prep)
    for participle in [t for t in doc if t.tag_ == "VBN" and t.dep_ in ("nsubj", "nsubjpass")]:
        _participle_taken_for_the_subject(participle)
    for prep in [t for t in doc if t.dep_ == "prep" and t.lower_ == "under" and t.i == t.sent.start]:
        _deal_s_participle_taken_for_the_clause(prep)
    for verb in [t for t in doc if t.dep_ == "acl" and t.tag_ == "VBN" and t.lemma_.lower() in CHAIRING]:
        _chairing_hung_on_the_venue(verb)
    for last in [t for t in doc if t.dep_ == "conj" and t.head.dep_ in ("pobj", "appos") and t.pos_ == "NOUN"]:
        _terms_run_into_a_phrase(last)
    for item in [t for t in doc if t.dep_ == "appos" and any(c.dep_ == "conj" for c in t.children)]:
        _list_hung_on_one_apposition(item)
    for last in [t for t in doc if t.dep_ == "conj" and t.head.dep_ == "appos"]:
        _list_taken_for_appositions(last)
        _sides_taken_for_a_state_arm_s_apposition(last)
    for name in [t for t in doc if t.dep_ == "pobj" and t.pos_ == "PROPN" and t.head.dep_ == "prep"]:
        _subject_run_into_a_place(name)
        _subject_run_into_a_date(name)
    for name in [t for t in doc if t.i > 0 and t.dep_ in ("conj", "dep", "npadvmod") and t.is_title and
                 t.lower_ in actor_book().by_alias]:
        _name_after_its_kind(name)  # (a name the model took for a verb, too: "Ecowas")
    for verb in [t for t in doc if t.dep_ == "acl" and t.tag_ in ("VBD", "VBN") and t.head.dep_ == "appos"]:
        _contact_relative_taken_for_an_apposition(verb)
    for together in [t for t in doc if t.lower_ == "together" and t.dep_ == "advmod" and t.head.lower_ == "with"]:
        _together_with_as_a_list(together.head)
    for title in [t for t in doc if t.dep_ == "compound" and t.pos_ == "PROPN" and t.head.i > t.i + 1]:
        _title_run_over_a_list(title)
    for verb in [t for t in doc if sum(c.dep_ in ("nsubj", "nsubjpass") for c in t.children) >= 2]:
        _heading_before_a_semicolon(verb)
        _object_taken_for_a_second_subject(verb)
    for act in [t for t in doc if t.dep_ == "conj" and t.pos_ == "NOUN" and t.lemma_.lower() in attack_nouns()]:
        _phrases_hung_above_the_act(act)
    for prep in [t for t in doc if t.dep_ == "prep" and t.lower_ in ("in", "at") and t.head.lower_ == "time"]:
        _place_hung_on_the_first_time(prep)
    for noun in [t for t in doc if t.dep_ == "dobj" and t.lower_ in SIGNING_NOUNS]:
        _phrases_of_a_signing_hung_on_the_verb(noun)
    for verb in [t for t in doc if t.dep_ == "ccomp" and t.tag_ in ("VBN", "VBD", "VBP", "VBZ")]:
        _contact_relative_taken_for_a_clause(verb)
    for verb in [t for t in doc if t.dep_ == "ROOT" and t.tag_ == "VBD"]:
        _contact_relative_taken_for_the_main_verb(verb)
        _clause_before_a_semicolon(verb)
    for verb in [t for t in doc if t.dep_ == "relcl" and t.head.ent_type_ in ("GPE", "LOC", "FAC") and any(
            c.dep_ == "nsubj" and c.lower_ == "who" for c in t.children)]:
        _who_hung_on_a_place(verb)
    for word in [t for t in doc if t.dep_ == "ROOT" and t.tag_ == "NN" and t.lower_ in headline_verbs()]:
        _verb_with_a_subject_taken_for_a_noun(word)
    for name in [t for t in doc if t.dep_ == "appos" and t.pos_ == "PROPN" and t.head.i < t.i - 3]:
        _name_of_a_group_hung_too_high(name)
    for prep in [t for t in doc if t.dep_ == "prep" and t.lower_ in ("in", "at") and t.head.dep_ == "pobj" and
                 t.head.lemma_.lower() in ("agreement", "accord", "deal")]:
        _place_hung_on_a_deal_s_name(prep)
    for prep in [t for t in doc if t.dep_ == "prep" and t.lower_ in ("in", "at") and t.head.dep_ == "pobj" and
                 t.head.head.lower_ in ("on", "for")]:
        _place_hung_on_a_deal_s_title(prep)
    for verb in [t for t in doc if t.dep_ == "conj" and t.pos_ == "VERB" and t.head.dep_ == "relcl"]:
        _verb_after_a_relative_taken_for_its_own(verb)
    for noun in [t for t in doc if t.dep_ == "conj" and t.pos_ == "NOUN" and t.head.pos_ in ("VERB", "AUX") and
                 any(c.dep_ == "amod" and c.lower_ == "other" for c in t.children)]:
        _others_hung_on_the_verb(noun)
    for prep in [t for t in doc if t.dep_ == "prep" and t.lower_ in ("to", "for") and t.head.pos_ == "VERB"]:
        _goal_hung_on_the_opening(prep)
    for noun in [t for t in doc if t.dep_ == "conj" and t.pos_ == "NOUN" and t.head.pos_ == "VERB"]:
        _second_object_taken_for_a_verb(noun)
    for word in [t for t in doc if t.lower_ in ("neighbouring", "neighboring") and t.pos_ == "VERB"]:
        _neighbouring_taken_for_a_verb(word)
    for verb in [t for t in doc if t.dep_ == "relcl" and t.head.lemma_.lower() in SPANS_OF_TIME]:
        _relative_on_the_time_of_talks(verb)
    for word in [t for t in doc if t.pos_ == "VERB" and t.dep_ == "conj" and t.text[:1].isupper() and
                 t.ent_type_ == "PERSON" and t.i > 1]:
        _first_name_taken_for_a_verb(word)
    return doc


SPANS_OF_TIME = {"year", "month", "week", "day", "decade"}


@guarded
def _relative_on_the_time_of_talks(verb: Token) -> None:
    """ "It followed a year of talks in Lusaka that opened on 15 November 1993", with the clause hung on "year": what
    opened on that day is the talks the span of time is of."""
    talks = next((g for c in verb.head.children if c.dep_ == "prep" and c.lower_ == "of" for g in c.children
                  if g.dep_ == "pobj" and g.lemma_.lower() in TALKS_NOUNS), None)
    if talks is not None and any(c.dep_ == "nsubj" and c.lower_ in ("that", "which") for c in verb.children):
        verb.head = talks


@guarded
def _first_name_taken_for_a_verb(word: Token) -> None:
    """ "signed … by President Emomali Rahmon and Said Abdullo Nuri of the United Tajik Opposition", with "Said"
    taken for a verb joined to "signed": the first name of the one named after it, the second of those "and" joins."""
    doc = word.doc
    end = word.i + 1
    while end < len(doc) and doc[end].pos_ == "PROPN" and doc[end].ent_type_ == "PERSON":
        end += 1
    cc, before = doc[word.i - 1], doc[word.i - 2]
    if end == word.i + 1 or cc.lower_ not in ("and", "or") or before.pos_ != "PROPN":
        return
    name = doc[end - 1]
    for child in [c for c in word.children if c.i >= end]:
        child.head = name  # ("of the United Tajik Opposition")
    for token in doc[word.i:end - 1]:
        token.head, token.dep_ = name, "compound"
    word.pos_, word.tag_ = "PROPN", "NNP"
    name.head, name.dep_ = before, "conj"
    cc.head = before


@guarded
def _neighbouring_taken_for_a_verb(word: Token) -> None:
    """ "Chad accuses neighbouring Sudan of arming the rebels", parsed with "neighbouring" as a verb whose object is
    Sudan: the word describes the name after it, which is the object of the verb above."""
    doc = word.doc
    if word.i + 1 >= len(doc) or word.dep_ not in ("xcomp", "advcl", "dobj") or word.head.pos_ != "VERB" or \
            any(c.dep_ == "dobj" for c in word.head.children):
        return
    name = next((c for c in word.children if c.dep_ == "dobj" and c.pos_ == "PROPN" and c.left_edge.i == word.i + 1),
                None)
    if name is None:
        return
    verb = word.head
    for child in [c for c in word.children if c.i != name.i]:
        child.head = verb
    name.head, name.dep_ = verb, "dobj"
    word.head, word.dep_ = name, "amod"


WAYS = {"way", "path", "door", "road"}  # "opened the way to the talks": what was opened leads to them


@guarded
def _goal_hung_on_the_opening(prep: Token) -> None:
    """ "the one signed in Arusha … is the one that opened the way to the talks", with "to the talks" hung on
    "opened": the way leads to the talks; it does not open them."""
    way = next((c for c in prep.head.children if c.dep_ == "dobj" and c.lemma_.lower() in WAYS and c.i < prep.i),
               None)
    if way is not None:
        prep.head = way


@guarded
def _verb_after_a_relative_taken_for_its_own(verb: Token) -> None:
    """ "It broke its last ceasefire … with a car bomb … that killed two people, and formally called it off in June
    2007": a verb after ", and" with no subject of its own, hung on a relative clause, goes on the sentence's own
    verb, the clause that the relative clause is within (a relative clause does not run on past a comma)."""
    cc = next((c for c in verb.head.children if c.dep_ == "cc" and c.i < verb.i), None)
    if cc is None or verb.doc[cc.i - 1].text != "," or any(
            c.dep_ in ("nsubj", "nsubjpass") for c in verb.children) or verb.tag_ != verb.head.tag_:
        return
    main = verb.head.head
    while main.pos_ not in ("VERB", "AUX") and main.head.i != main.i:
        main = main.head
    if main.pos_ in ("VERB", "AUX") and main.tag_ == verb.tag_ and main.i < verb.head.i:
        verb.head = main
        cc.head = main


@guarded
def _others_hung_on_the_verb(noun: Token) -> None:
    """ "the first 900 walked out of Bagram and other prisons": "other prisons" are more of what the noun before "and"
    names, not a second verb's; they go to that noun as its conjunct."""
    other = next(c for c in noun.children if c.dep_ == "amod" and c.lower_ == "other")
    cc = noun.doc[other.left_edge.i - 1] if other.left_edge.i > 0 else None
    if cc is None or cc.dep_ != "cc" or cc.i == 0:
        return
    before = noun.doc[cc.i - 1]
    while before.dep_ == "compound" and before.head.i > before.i:
        before = before.head
    if before.pos_ not in ("NOUN", "PROPN") or before.dep_ not in ("pobj", "dobj", "nsubj", "nsubjpass", "appos") or \
            noun.head.i not in {a.i for a in before.ancestors}:
        return
    noun.head = before
    cc.head = before


@guarded
def _second_object_taken_for_a_verb(noun: Token) -> None:
    """ "signed a Joint Declaration of Peace and Friendship in Asmara on 9 July 2018, and a further peace agreement in
    Jeddah on 16 September 2018": the parser joined the second object to the verb as if it were a second verb. A noun
    joined to a verb that has an object before it, with no verb or subject of its own, is another object: a conjunct
    of the first."""
    verb = noun.head
    first = next((c for c in verb.children if c.dep_ == "dobj" and c.i < noun.i), None)
    if first is None or any(c.dep_ in ("nsubj", "nsubjpass", "aux", "auxpass") for c in noun.children) or \
            not any(c.dep_ == "det" for c in noun.children):
        return
    noun.head = first
    for cc in (c for c in verb.children if c.dep_ == "cc" and first.i < c.i < noun.i):
        cc.head = first


DESCRIBED = {"group", "movement", "faction", "alliance", "organisation", "organization", "militia"}  # what a name
# in apposition describes ("the last rebel group, the Forces for National Liberation")


SIGNING_NOUNS = {"signing", "initialling", "initialing", "conclusion"}


@guarded
def _phrases_of_a_signing_hung_on_the_verb(noun: Token) -> None:
    """ "welcomes the signing in Moscow today of the General Agreement … by President Rakhmonov and Nuri …, in the
    presence of President Yeltsin": what was signed, by whom and before whom are the signing's, not the welcoming's
    (an active verb takes neither an "of" nor a "by")."""
    verb = noun.head
    if verb.pos_ != "VERB" or not any(c.dep_ == "nsubj" for c in verb.children):
        return
    for child in [c for c in verb.children if c.i > noun.i and c.dep_ in ("prep", "agent")]:
        if child.lower_ in ("of", "by") or child.lower_ == "in" and any(
                g.lower_ == "presence" for g in child.children):
            child.head = noun


@guarded
def _place_hung_on_the_first_time(prep: Token) -> None:
    """ "met for the first time in Geneva": the place is where they met, not a part of "the first time"; nor is it
    a part of the hour in "Signing of an agreement …, on Sunday, …, 10:00 local time, in Asmara" (an advisory's
    fields read as one line), but where the signing is."""
    time = prep.head
    if not any(g.pos_ == "PROPN" for g in prep.children if g.dep_ == "pobj"):
        return
    if time.dep_ == "pobj" and time.head.lower_ == "for" and time.head.head.pos_ == "VERB" and \
            any(c.lemma_.lower() in ("first", "last", "second", "third") for c in time.children):
        prep.head = time.head.head
    elif time.dep_ == "npadvmod" and prep.i and prep.doc[prep.i - 1].text == "," and any(
            c.like_num and ":" in c.text or c.lower_ == "local" for c in time.children):
        prep.head = time.head


@guarded
def _phrases_hung_above_the_act(act: Token) -> None:
    """ "until a string of defeats on the front and the shooting down of an Iranian airliner by a U.S. warship over
    the Gulf in early July 1988, which killed all 290 people on board": the parser hangs the phrases after the act on
    the noun its list hangs from ("string"). Those after the act, where that noun names no act of its own, are the
    act's: who did it, where, when, and what it did."""
    top = act
    while top.dep_ in ("conj", "pobj", "prep") and top.head.i != top.i and not any(
            c.dep_ == "prep" and c.lower_ == "by" and c.i > act.i for c in top.children):
        top = top.head
    if top.i == act.i or top.pos_ != "NOUN" or top.lemma_.lower() in load("triggers")["nouns"]:
        return
    after = [c for c in top.children if c.i > act.i and (
        c.dep_ == "prep" and c.lower_ in ("by", "over", "in", "on", "near") or c.dep_ == "relcl" or
        c.dep_ == "punct" and c.lower_ == ",")]
    if not any(c.dep_ == "prep" and c.lower_ == "by" for c in after):
        return
    for child in after:
        child.head = act


@guarded
def _heading_before_a_semicolon(verb: Token) -> None:
    """ "Signing of an agreement between … (ONLF), on Sunday, 21 October 2018, … in Asmara; the venue will be given to
    accredited journalists" (an advisory's fields read as one line): the parser makes the heading before the
    semicolon, a phrase with no verb, a second subject of the verb after it. A subject before a semicolon, where the
    verb has its own subject after it, heads a fragment of its own, with the phrases that stand before the
    semicolon."""
    semicolon = next((c for c in verb.children if c.dep_ == "punct" and c.text == ";" and c.i < verb.i), None)
    subjects = [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")]
    if semicolon is None or not subjects or subjects[0].i > semicolon.i or \
            not any(semicolon.i < c.i for c in subjects) or subjects[0].pos_ not in ("NOUN", "PROPN"):
        return
    heading = subjects[0]
    for phrase in [c for c in verb.children if c.i < semicolon.i and c.i != heading.i]:
        phrase.head = heading
        if phrase.dep_ in ("nsubj", "nsubjpass"):
            phrase.dep_ = "npadvmod"
    heading.head, heading.dep_ = heading, "ROOT"
    verb.head, verb.dep_ = heading, "parataxis"
    semicolon.head = heading


@guarded
def _object_taken_for_a_second_subject(verb: Token) -> None:
    """ "half of the JEM fighters held since the group's 2008 attack on Omdurman would be freed": the parser left
    "since" with no object and made "attack" a second subject of "freed". A later subject right after a preposition
    with no object of its own is that preposition's object."""
    subjects = [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")]
    for later in subjects[1:]:
        before = verb.doc[later.left_edge.i - 1] if later.left_edge.i else None
        if before is not None and before.dep_ == "prep" and before.pos_ in ("ADP", "SCONJ") and \
                not any(c.dep_ in ("pobj", "pcomp") for c in before.children) and before.i > subjects[0].i:
            later.head, later.dep_ = before, "pobj"


@guarded
def _title_run_over_a_list(title: Token) -> None:
    """ "Sierra Leone's President Ahmad Tejan Kabbah and the rebel leader Foday Sankoh signed …", parsed as one
    phrase: the title hangs on the last name and the first name on the title, with the second person's title its
    conjunct. The first name (the title's last apposition before "and") heads the first person's phrase, and the last
    name, with its own title, is its conjunct."""
    head = title.head
    names = [c for c in title.children if c.dep_ == "appos" and c.i < head.i]
    if head.pos_ != "PROPN" or not names:
        return
    first = names[-1]
    joined = next((c for c in first.children if c.dep_ == "conj" and c.i < head.i and c.pos_ == "NOUN"), None)
    if joined is None or not any(c.dep_ == "cc" for c in first.children):
        return
    if head.dep_ == "ROOT":
        first.head, first.dep_ = first, "ROOT"
    else:
        first.head, first.dep_ = head.head, head.dep_
    title.head, title.dep_ = first, "compound"
    for name in names[:-1]:
        name.head, name.dep_ = first, "compound"
    head.head, head.dep_ = first, "conj"
    joined.head, joined.dep_ = head, "compound"


@guarded
def _subject_run_into_a_place(name: Token) -> None:
    """ "Today in Nay Pyi Taw the Government of Myanmar and the Karen National Union signed …", parsed as one phrase
    after "in": the noun with "the" right after the place, no comma between, is the subject of the verb that follows
    the phrase, with the names joined to the place after it. So is a named side set off by a comma ("On 8 April
    2004, in N'Djamena, the Government of Sudan, the SLM/A and the JEM signed …"): a place is not described by a
    government or by a list of names."""
    doc = name.doc
    appos = next((c for c in name.children if c.dep_ == "appos" and c.left_edge.lower_ == "the" and (
        c.left_edge.i == name.i + 1 or c.left_edge.i == name.i + 2 and doc[name.i + 1].text == "," and (
            c.pos_ == "PROPN" or c.lemma_.lower() in STATE_ARMS))), None)
    verb = name.head.head
    if verb.dep_ == "npadvmod" and verb.head.pos_ == "VERB":
        verb = verb.head  # (the phrase hung on "Today")
    if appos is None or verb.pos_ != "VERB" or verb.i != name.right_edge.i + 1 or \
            any(c.dep_ in ("nsubj", "nsubjpass", "expl", "csubj") for c in verb.children):
        return
    for child in [c for c in name.children if c.dep_ in ("cc", "conj") and c.i > appos.i]:
        child.head = appos
    appos.head, appos.dep_ = verb, "nsubj"


@guarded
def _subject_run_into_a_date(name: Token) -> None:
    """ "On 12 February 1973 North Vietnam freed the first American prisoners", parsed as "on … North Vietnam": a
    name right after the day a sentence opens with, no comma between, right before a verb that has no subject (or
    before the comma that closes its own clause: "On 12th January Major-General Philip Effiong, to whom he had handed
    over, ordered …"), is its subject; the day is what "on" takes."""
    doc, prep = name.doc, name.head
    verb = prep.head
    days = []
    for token in doc[prep.i + 1:name.i]:
        if token.ent_type_ != "DATE":
            break
        days.append(token)
    month = next((t for t in days if t.lower_ in FULL_MONTHS), None)
    if month is None or not all(prep.i < t.head.i <= name.i for t in days) or \
            prep.lower_ not in ("on", "in") or prep.i != prep.sent.start or verb.pos_ != "VERB" or \
            verb.i not in (name.right_edge.i + 1, name.right_edge.i + 2 if doc[name.right_edge.i + 1].text == "," and
                           any(c.dep_ in ("relcl", "appos") for c in name.children) else -1) or \
            name.ent_type_ == "DATE" or days[-1].i + 1 == name.i and \
            name.pos_ != "PROPN" or any(c.dep_ in ("nsubj", "nsubjpass", "expl", "csubj") for c in verb.children):
        return
    for day in days:
        if day.i != month.i:
            day.head, day.dep_ = month, "nummod"
    month.head, month.dep_ = prep, "pobj"
    name.head, name.dep_ = verb, "nsubj"


@guarded
def _name_after_its_kind(name: Token) -> None:
    """ "brokered by the West African grouping Ecowas", with "Ecowas" hung on the verb: a name right after the noun
    for its kind, nothing between, is that noun's apposition."""
    kind = name.doc[name.i - 1]
    if kind.pos_ != "NOUN" or kind.dep_ not in ("pobj", "dobj", "nsubj", "nsubjpass") or name.head.i == kind.i or \
            any(c.dep_ == "det" for c in name.children) or kind.i in {t.i for t in name.subtree}:
        return
    name.head, name.dep_ = kind, "appos"


@guarded
def _together_with_as_a_list(prep: Token) -> None:
    """ "brokered by Ecowas together with the UN and the OAU": those "together with" a side act with it, one list."""
    head = prep.head
    joined = [c for c in prep.children if c.dep_ == "pobj"]
    if head.pos_ != "PROPN" and not (head.is_title or head.is_upper) or len(joined) != 1:
        return  # (but "signed the agreement as an international witness together with the United Nations, …":
        # those beside it in the act, not the same witness)
    joined[0].head, joined[0].dep_ = head, "conj"
    prep.dep_ = "cc"


@guarded
def _contact_relative_taken_for_an_apposition(verb: Token) -> None:
    """ "a power-sharing protocol the two men signed in Pretoria", parsed as "the two men" set beside the protocol and
    "signed" hung on them: a past verb with no subject and no object on a noun phrase that stands after a noun is a
    relative clause on that noun, the phrase its subject."""
    subject = verb.head
    noun = subject.head
    if verb.tag_ not in ("VBD", "VBN") or subject.dep_ != "appos" or noun.pos_ != "NOUN" or subject.i <= noun.i or \
            any(c.dep_ in ("nsubj", "nsubjpass", "dobj") for c in verb.children) or \
            not any(c.dep_ == "det" and c.lower_ == "the" for c in subject.children) or \
            any(t.is_punct for t in subject.doc[noun.i:subject.left_edge.i]):
        return  # (not a phrase set off by a comma: "a museum, the old fort built in 1650")
    subject.head, subject.dep_ = verb, "nsubj"
    verb.head, verb.dep_ = noun, "relcl"


@guarded
def _list_taken_for_appositions(last: Token) -> None:
    """ "Former President Leonid Kuchma, Russia's ambassador to Kyiv, an envoy of the OSCE and the leaders of the two
    republics signed the protocol": the model hangs each item of a list of subjects on a name in the item before, as
    an apposition, and the last one on the item before it. Where a subject heads two or more such items, each set
    off by a comma, and the last is joined by "and", the items are the subject's conjuncts."""
    items = []
    node = last.head
    while node.dep_ not in ("nsubj", "nsubjpass"):
        if node.dep_ == "appos":
            items.append(node)
        elif node.dep_ not in ("pobj", "prep"):
            return
        if node.head.i == node.i:
            return
        node = node.head
    subject, doc = node, last.doc
    if len(items) < 2 or subject.head.i < last.i or doc[last.left_edge.i - 1].lower_ != "and" or \
            any(doc[item.left_edge.i - 1].text != "," for item in items):
        return
    for item in [*items, last]:
        item.head, item.dep_ = subject, "conj"
    doc[last.left_edge.i - 1].head = subject


@guarded
def _list_hung_on_one_apposition(item: Token) -> None:
    """ "the United States, North Vietnam, South Vietnam and the Provisional Revolutionary Government signed": the
    model takes the second name, set off by a comma, for an apposition of the first and hangs the rest of the list on
    it as its conjuncts. A name is not described by a list of names joined by "and": each item is the subject's
    conjunct."""
    subject, doc = item.head, item.doc
    chain = [c for c in item.conjuncts if c.i > item.i]
    if subject.dep_ not in ("nsubj", "nsubjpass") or subject.pos_ != "PROPN" or item.pos_ != "PROPN" or \
            not chain or any(c.pos_ != "PROPN" for c in chain) or subject.head.i < chain[-1].i or \
            doc[item.left_edge.i - 1].text != "," or doc[chain[-1].left_edge.i - 1].lower_ != "and" or \
            any(doc[c.left_edge.i - 1].text != "," for c in chain[:-1]):
        return
    for word in [item, *chain]:
        word.head, word.dep_ = subject, "conj"
    doc[chain[-1].left_edge.i - 1].head = subject


@guarded
def _deal_s_participle_taken_for_the_clause(prep: Token) -> None:
    """ "Under the Pretoria accord, signed on 30 July 2002 by Presidents Kabila and Kagame, Rwanda agreed to withdraw
    its troops": the model hangs the opening phrase on the participle after it, as if the signing were done under
    the accord. The participle describes the accord; the phrase is the main clause's."""
    verb, deal = prep.head, next((c for c in prep.children if c.dep_ == "pobj"), None)
    if deal is None or verb.tag_ != "VBN" or verb.dep_ != "advcl" or verb.head.i < verb.i or \
            deal.lemma_.lower() not in SETTLED_DEALS or _word_before(verb).text != "," or verb.i <= deal.i:
        return
    clause = verb.head
    verb.head, verb.dep_ = deal, "acl"
    prep.head = clause


CHAIRING = {"chair", "co-chair", "chaired", "co-chaired", "preside"}  # who chairs a meeting of the sides brokers it
MEETINGS = {"session", "meeting", "summit", "talk", "negotiation", "conference", "round", "marathon"}  # where sides
# meet, and what is chaired


@guarded
def _chairing_hung_on_the_venue(verb: Token) -> None:
    """ "Peace talks on Bosnia begin at an air base near Dayton, Ohio, chaired by the US envoy": the model hangs the
    participle on the nearest noun, the venue; a place is not chaired, the talks the sentence's verb tells of are."""
    if verb.head.lemma_.lower() in MEETINGS:
        return
    node = verb.head
    while node.dep_ in ("pobj", "prep", "appos", "conj") and node.head.i != node.i:
        node = node.head
    if node.pos_ in ("VERB", "AUX") and node.i < verb.i and any(
            c.dep_ in ("nsubj", "nsubjpass") and c.lemma_.lower() in MEETINGS for c in node.children):
        verb.head, verb.dep_ = node, "advcl"


@guarded
def _terms_run_into_a_phrase(last: Token) -> None:
    """ "The agreement, covering a new constitution, arrangements for the transition and a ceasefire, is signed": the
    model takes the second term for an apposition of the first, and hangs the last on the phrase inside the second
    ("for the transition and a ceasefire"). The terms a deal covers, includes or envisages, set off by a comma and the
    last by "and" with its own article, are the first term's conjuncts."""
    inner = last.head  # "transition", under "for" (or "arrangements" itself: "arrangements for elections and a
    # ceasefire" with the last hung on the second)
    second = inner if inner.dep_ == "appos" else inner.head.head if inner.head.dep_ == "prep" else None
    if second is None or second.dep_ != "appos" or second.pos_ != "NOUN":
        return
    first = second.head  # "constitution", what the verb covers
    if first.dep_ != "dobj" or first.pos_ != "NOUN" or first.head.lemma_.lower() not in LAYING_DOWN or \
            _word_before(second.left_edge).text != "," or (joint := _word_before(last.left_edge)).lower_ != "and" \
            or not any(c.dep_ == "det" and c.lower_ in ("a", "an") for c in last.children):
        return
    for item in (second, last):
        item.head, item.dep_ = first, "conj"
    joint.head = first


def _word_before(token: Token) -> Token:
    """The word before a token, past the blank a line's runs of spaces leave (`nlp.spacing`); the token itself at
    its sentence's start."""
    at = token.i - 1
    while at > token.sent.start and token.doc[at].is_space:
        at -= 1
    return token.doc[at] if at >= token.sent.start else token


def _sides_taken_for_a_state_arm_s_apposition(last: Token) -> None:
    """ "The government, LURD and MODEL signed a comprehensive peace agreement": the model takes the names after the
    government's comma for an apposition that describes it. A government (an army, a junta) is not named by a list
    of other names: they are its fellow subjects."""
    first, doc = last.head, last.doc
    arm = first.head
    if arm.dep_ not in ("nsubj", "nsubjpass") or arm.lemma_.lower() not in STATE_ARMS or arm.pos_ != "NOUN" or \
            first.pos_ != "PROPN" or last.pos_ != "PROPN" or doc[first.left_edge.i - 1].text != "," or \
            doc[last.left_edge.i - 1].lower_ != "and" or arm.head.i < last.i:
        return
    for item in (first, last):
        item.head, item.dep_ = arm, "conj"
    doc[last.left_edge.i - 1].head = arm


@lru_cache(maxsize=1)
def headline_verbs() -> frozenset[str]:
    """The verbs a headline leads with, which the model may take for plural nouns without an article after them
    ("Trump announces ceasefire", "U.S. bombs three nuclear sites"): every verb that names an event or says its
    status."""
    return frozenset(load("triggers")["verbs"]) | frozenset(v.split()[0] for v in load("statuses")["verbs"])


@lru_cache(maxsize=1)
def event_verbs() -> frozenset[str]:
    """The verbs that name an event by themselves ("seize", "shell", "free"), in their bare form."""
    return frozenset(load("triggers")["verbs"])


@lru_cache(maxsize=1)
def attack_nouns() -> frozenset[str]:
    """The nouns that name an attack by themselves ("attack", "strike", "ambush")."""
    return frozenset(word for word, entry in load("triggers")["nouns"].items()
                     if entry.get("type") == "attack" and not entry.get("needs"))


@lru_cache(maxsize=1)
def event_nouns() -> frozenset[str]:
    """The nouns that name an event ("strike", "truce", "talks")."""
    return frozenset(load("triggers")["nouns"])


@guarded
def _headline_verb_taken_for_a_noun(sent) -> None:
    """ "23 Jun 2025 - Trump announces ceasefire between Israel and Iran", "U.S. bombs Fordow, Natanz and Isfahan
    nuclear sites": a headline's present-tense verb before a bare noun, parsed as a plural noun in a sentence with no
    verb at all. The word after a name is the verb, the name its subject, and the noun phrase the parse made the
    root (or hung on the verb) its object. A sentence with a verb of its own qualifies only where the parse made the
    noun its root: "19:45 Iran fires about 180 ballistic missiles at Israel, sending millions into shelters"."""
    verbs = any(t.pos_ in ("VERB", "AUX") for t in sent)
    verb = next((t for t in sent if t.i > sent.start and _a_name(sent.doc[t.i - 1]) and (
        t.tag_ == "NNS" and t.lower_.endswith("s") and t.lemma_.lower() in headline_verbs() or
        t.tag_ == "NN" and t.lower_ in event_verbs() and t.i + 1 < sent.end and
        sent.doc[t.i + 1].pos_ in ("PROPN", "DET"))), None)  # (also "The RSF seize Wad Madani", its verb bare)
    if verb is None or verb.i + 1 >= sent.end or sent.doc[verb.i + 1].pos_ in ("ADP", "PUNCT", "CCONJ") or \
            verbs and verb.i != sent.root.i:
        return
    subject, root = sent.doc[verb.i - 1], sent.root
    if root.i != verb.i:
        if root.i < verb.i or verb.head.i != root.i and verb.head.i not in {t.i for t in root.children}:
            return  # (only the shape "Name verbs noun …", with the noun as the root or the verb hung on it)
        verb.head = verb
        root.head, root.dep_ = verb, "dobj"
    else:
        obj = next((c for c in verb.children if c.i > verb.i and c.dep_ in ("appos", "dobj", "nmod", "dep")), None)
        if obj is not None:
            obj.dep_ = "dobj"
    verb.dep_, verb.pos_, verb.tag_ = "ROOT", "VERB", "VBZ"
    subject.head, subject.dep_ = verb, "nsubj"


NOUN_OR_ADJECTIVE = {"offensive"}  # event words that are adjectives too ("an offensive remark")


@guarded
def _event_noun_taken_for_an_adjective(word: Token) -> None:
    """ "the offensive President Joseph Estrada ordered against the MILF", parsed as an offensive president who
    ordered: the word is the noun, told by a relative clause with no "that" whose subject is the name after it."""
    name = word.head
    subject = name if name.dep_ == "nsubj" else name.head if name.dep_ == "compound" else None
    det = next((c for c in (*name.children, *word.children) if c.dep_ == "det" and c.i == word.i - 1), None)
    if name.pos_ != "PROPN" or name.i != word.i + 1 or det is None or subject is None or \
            subject.dep_ != "nsubj" or subject.head.tag_ not in ("VBD", "VBN") or subject.head.i < subject.i:
        return
    verb = subject.head
    fate = next((c for c in verb.children if c.i > verb.i and c.pos_ == "VERB" and c.tag_ in ("VBD", "VBN", "VBZ")
                 and c.dep_ in ("advcl", "conj", "dep", "acl") and
                 not any(d.dep_ in ("nsubj", "nsubjpass", "mark") for d in c.children)), None)
    if verb.head.i == verb.i and fate is not None:  # ("… launched in August stalled within weeks": what befell it)
        fate.head, fate.dep_ = fate, "ROOT"
        word.head, word.dep_ = fate, "nsubj"
    elif verb.head.i == verb.i:
        word.head, word.dep_ = word, "ROOT"
    else:
        word.head, word.dep_ = verb.head, verb.dep_
    word.pos_, word.tag_ = "NOUN", "NN"
    det.head = word
    verb.head, verb.dep_ = word, "relcl"
    if verb.tag_ == "VBN" and not any(c.dep_ in ("aux", "auxpass") for c in verb.children):
        verb.tag_ = "VBD"  # (a clause with its own subject and no auxiliary is in the past tense: "Russia launched")


def _a_name(token: Token) -> bool:
    """Is the token (the end of) the name of an actor we know: "Trump", "U.S.", "Hamas" (not "Peace" leading "Peace
    talks resume")?"""
    return actor_book().lookup(token.text) is not None


@guarded
def _past_conj_on_a_that_clause(verb: Token) -> None:
    """ "The Security Council demanded that the RSF halt the siege …, and called for an immediate halt to the
    fighting", parsed with "called" joined to "halt": a past verb with no subject of its own does not go on the
    that-clause's present one, but on the past verb the clause hangs on, whose subject it shares. So does a speaker's
    act joined to a passive or copular clause in the past ("denied that Belgrade was involved and accused …")."""
    clause = verb.head
    main = clause.head
    subjects = [c for c in clause.children if c.dep_ == "nsubj"]
    passive = (clause.tag_ == "VBN" and any(c.dep_ == "auxpass" for c in clause.children) or
               clause.lemma_ == "be" and clause.tag_ == "VBD" or
               subjects and all(c.pos_ == "NOUN" and c.lemma_.lower() not in ANIMATE for c in subjects)) and \
        verb.lemma_.lower() in SPEAKERS_ACTS  # (or a thing: "said that efforts … had failed and urged both sides")
    # ("Vucic denied that Belgrade was involved and accused Kurti of …"; "Kurti said the attackers were professionals
    # and called the attack organised crime")
    past = verb.tag_ == "VBD" or passive and verb.tag_ == "VBN" and any(c.dep_ == "dobj" for c in verb.children)
    # (an object makes it active, whatever the tagger says: "was involved and accused Kosovo of …")
    if not past or clause.dep_ != "ccomp" or clause.tag_ not in ("VB", "VBP") and not passive or \
            main.tag_ != "VBD" or any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children):
        return
    verb.head = main


ATTRIBUTING = {"say", "tell", "add", "report", "claim", "state"}


@guarded
def _participle_after_the_attribution(verb: Token) -> None:
    """ "Turkish air strikes kept hitting PKK positions …, the group said, accusing Ankara of trying to sabotage the
    process": a participle after the words that say who told the sentence is that speaker's, not the main clause's
    (the parse hangs it on the main verb, over the attribution)."""
    said = next((c for c in verb.head.children if c.dep_ == "parataxis" and c.lemma_.lower() in ATTRIBUTING and
                 c.i < verb.i and any(g.dep_ == "nsubj" for g in c.children)), None)
    if said is None or any(t.lower_ in ("and", "but") for t in verb.doc[said.i + 1:verb.i]):
        return
    verb.head, verb.dep_ = said, "advcl"


@guarded
def _place_hung_on_a_guest(prep: Token) -> None:
    """ "Erdoğan hosted the President of Somalia, Hassan Sheikh Mohamud, and the Prime Minister of Ethiopia, Abiy
    Ahmed, in Ankara today": the city is where he hosted them (the parse hangs it on the last guest's title)."""
    place = next((c for c in prep.children if c.dep_ == "pobj" and c.ent_type_ in ("GPE", "LOC")), None)
    if place is None or prep.doc[prep.i - 1].text != ",":
        return
    node = prep.head
    for _ in range(5):
        if node.dep_ not in ("dobj", "conj", "appos", "pobj", "prep") or node.head.i == node.i:
            return
        node = node.head
        if node.pos_ == "VERB":
            break
    if node.pos_ == "VERB" and node.lemma_.lower() in {"host", "receive", "welcome"} and node.i < prep.i:
        guest = prep.head
        for c in [prep, *(c for c in guest.children if c.i > prep.i and c.dep_ in ("prep", "npadvmod"))]:
            c.head = node  # (and what follows the place: "… in Ankara today for talks on the dispute")


@guarded
def _subjects_run_into_an_agent(by: Token) -> None:
    """ "after ten hours of talks in Moscow hosted by Sergei Lavrov, Armenia's Zohrab Mnatsakanyan and Azerbaijan's
    Jeyhun Bayramov agreed to a ceasefire": the parse lists the two ministers with the host, under "by", and leaves
    "agreed" without a subject. The names after the host's comma, up to the verb, are its subject."""
    host = next((c for c in by.children if c.dep_ == "pobj"), None)
    if host is None:
        return
    first = next((c for c in host.children if c.dep_ == "conj" and c.i > host.i), None)
    if first is None or by.doc[first.left_edge.i - 1].text != ",":
        return
    verb = by.doc[first.right_edge.i + 1] if first.right_edge.i + 1 < len(by.doc) else None
    if verb is None or verb.pos_ != "VERB" or verb.tag_ not in ("VBD", "VBZ", "VBP") or \
            any(c.dep_ in ("nsubj", "nsubjpass", "expl") for c in verb.children) or \
            not any(a.i == verb.i for a in by.ancestors):
        return
    first.head, first.dep_ = verb, "nsubj"


@guarded
def _agents_hung_on_the_deal(by: Token) -> None:
    """ "The agreement signed in Townsville … by the Solomon Islands government, the Malaita Eagle Force and the
    Isatabu Freedom Movement": the parse hangs the names after the first signer on "agreement", as if they were more
    of the subject. Names joined to the noun after the first signer, with a comma between, are more signers."""
    signer = next((c for c in by.children if c.dep_ == "pobj"), None)
    noun = by.head.head
    if signer is None or by.head.head.i >= by.i:
        return
    for name in [c for c in noun.children if c.dep_ == "conj" and c.i > signer.i and c.pos_ == "PROPN"]:
        if by.doc[name.left_edge.i - 1].text == "," and by.doc[signer.right_edge.i + 1].text == ",":
            name.head = signer


@guarded
def _clause_joined_into_an_agent(by: Token) -> None:
    """ "…killed 40 police in Pulwama in February 2019, an attack claimed by the Pakistan-based group
    Jaish-e-Mohammed, and Indian air strikes on Pakistani territory followed": the parse takes the group for a modifier
    of "strikes", the agent of "claimed", and the attack for the subject of "followed". The group is the agent; the
    strikes, after ", and", are the subject of the last verb; the attack renames the clause before it."""
    noun = by.head.head  # the event noun "claimed" is on
    pobj = next((c for c in by.children if c.dep_ == "pobj"), None)
    root = noun.head
    if pobj is None or noun.pos_ != "NOUN" or noun.dep_ != "nsubj" or root.dep_ != "ROOT" or root.i < pobj.i:
        return
    group = next((c for c in pobj.children if c.dep_ == "nmod" and c.i < pobj.i), None)
    if group is None:
        return
    cut = next((t for t in by.doc[group.i:pobj.i] if t.lower_ == "and" and by.doc[t.i - 1].text == ","), None)
    before = next((t for t in reversed(by.doc[root.sent.start:noun.i]) if t.pos_ in ("VERB", "AUX")), None)
    if cut is None or before is None or by.doc[noun.i - 1].lower_ not in ("an", "a") or \
            by.doc[noun.i - 2].text != ",":
        return
    for t in by.doc[by.i + 1:cut.i]:  # (the group's words go with it, not with the strikes)
        if t.head.i == pobj.i and t.i != group.i:
            t.head = group
    group.head, group.dep_ = by, "pobj"
    pobj.head, pobj.dep_ = root, "nsubj"
    cut.head, cut.dep_ = root, "cc"
    while before.dep_ not in ("ROOT", "ccomp", "advcl", "conj") and before.head.i != before.i:
        before = before.head
    noun.head, noun.dep_ = before, "npadvmod"


@guarded
def _phrase_after_the_attribution(prep: Token) -> None:
    """ "Russia fired more than 80 missiles at cities across Ukraine …, police said, in its heaviest strikes since the
    first weeks of the war": a phrase naming an event, after the words that say who told the sentence, belongs to the
    told clause (the parse hangs it on the saying verb, whose subject "its" then seems to be)."""
    said = prep.head
    if said.lemma_.lower() not in ATTRIBUTING or said.dep_ != "ROOT" or prep.i < said.i or \
            not any(g.lemma_.lower() in event_nouns() for g in prep.children if g.dep_ == "pobj"):
        return
    told = next((c for c in said.children if c.dep_ == "ccomp" and c.i < said.i), None)
    if told is not None:
        prep.head = told


@guarded
def _reduced_relative_as_conj(verb: Token) -> None:
    """ "attacked … despite the truce Vladimir Putin declared last month", parsed as two clauses joined without a
    conjunction ("attacked" … "declared"), with "despite the truce" hung on the second verb: the second clause is a
    relative on the noun right before its subject, and the phrase goes back to the first verb."""
    first = verb.head
    if first.pos_ not in ("VERB", "AUX") or first.i > verb.i:
        return
    if any(c.dep_ in ("cc", "dobj", "ccomp", "xcomp") for c in verb.children) or any(
            t.pos_ == "CCONJ" or t.dep_ == "cc" for t in verb.doc[first.i + 1:verb.i]):
        return  # joined by "and", or with an object of its own: a clause indeed
    subject = next((c for c in verb.children if c.dep_ == "nsubj" and c.i < verb.i), None)
    if subject is None or subject.pos_ not in ("PROPN", "PRON", "NOUN"):
        return
    noun = verb.doc[subject.left_edge.i - 1] if subject.left_edge.i > 0 else None
    if noun is None or noun.pos_ != "NOUN" or noun.dep_ != "pobj":
        return
    prep = noun.head
    if prep.head.i != verb.i or prep.i > noun.i:
        return
    prep.head = first
    verb.head = noun
    verb.dep_ = "relcl"


@guarded
def _name_split_by_the_parse(name) -> None:
    """ "near the Ta Muen Thom temple", parsed as "near the Ta Muen" with "Thom temple" hung elsewhere: a name we know
    is one phrase, headed by its last word, where the parser put its first part."""
    outside = [t for t in name if not name.start <= t.head.i < name.end or t.head.i == t.i]
    entry = next((t for t in outside if t.dep_ == "pobj"), None)
    last = name[-1]
    if len(outside) < 2 or entry is None or entry.i == last.i:
        return
    head, dep = entry.head, entry.dep_
    root = next((t for t in name if t.head.i == t.i), None)
    if root is not None:  # "… signed … by President Jose Eduardo dos Santos and Jonas Savimbi", with "dos" taken
        # for the main verb: the clause it was given is the sentence's own
        clause = next((c for c in root.children if not name.start <= c.i < name.end and c.pos_ in ("VERB", "AUX")),
                      None)
        if clause is None:
            return
        for child in [c for c in root.children if not name.start <= c.i < name.end and c.i != clause.i]:
            child.head = clause
        clause.head, clause.dep_ = clause, "ROOT"
    for token in name[:-1]:
        token.head, token.dep_ = last, "compound"
    last.head, last.dep_ = head, dep


@guarded
def _making_participle_before_its_fate(participle: Token) -> None:
    """ "A ceasefire agreed in Sochi in July 1993 collapsed in September", parsed with "agreed" as the main verb and
    "collapsed" as what was agreed: a truce or deal word right before a verb of making, which takes no object, and a
    past verb after the participle's phrases with no subject of its own: the participle says which truce, the verb
    what befell it."""
    subject = next((c for c in participle.children if c.dep_ in ("nsubj", "nsubjpass") and c.i < participle.i), None)
    verb = next((c for c in participle.children if c.dep_ == "ccomp" and c.tag_ == "VBD" and c.i > participle.i), None)
    if subject is None or verb is None or subject.right_edge.i + 1 != participle.i or \
            subject.lemma_.lower() not in event_nouns() or participle.lemma_.lower() not in MAKING_PARTICIPLES or \
            any(c.dep_ in ("nsubj", "nsubjpass", "mark") for c in verb.children) or \
            any(c.dep_ in ("dobj", "aux", "auxpass") for c in participle.children) or \
            verb.doc[verb.i - 1].text in (",", ";", ":"):
        return
    _participle_under_its_subject(participle, subject, verb)
    subject.dep_ = "nsubj"
    participle.tag_ = "VBN"


@guarded
def _participle_before_its_verb(participle: Token) -> None:
    """ "Rockets fired from Cambodia hit a petrol station in Sisaket", parsed with "fired" as the sentence's verb and
    "hit" hung on it as an unlabelled dependent: "fired from Cambodia" says which rockets, "hit" what they did."""
    subject = next((c for c in participle.children if c.dep_ == "nsubj" and c.i < participle.i), None)
    verb = next((c for c in participle.children if c.dep_ == "dep" and c.pos_ == "VERB" and c.tag_ in ("VBD", "VBP",
                                                                                                      "VBZ")), None)
    if subject is None or verb is None or subject.pos_ != "NOUN" or subject.right_edge.i + 1 != participle.i or \
            not any(c.dep_ == "dobj" for c in verb.children) or \
            any(c.dep_ in ("dobj", "aux", "auxpass") for c in participle.children):
        return
    _participle_under_its_subject(participle, subject, verb)


def _participle_under_its_subject(participle: Token, subject: Token, verb: Token) -> None:
    """The verb after a participle the parser took for the main verb becomes the main verb, with the subject; the
    participle becomes a clause on the subject, and what came after the verb goes with it."""
    for child in [c for c in participle.children if c.i > verb.i]:
        child.head = verb  # (the full stop and whatever came after the verb)
    verb.head, verb.dep_ = verb, "ROOT"
    subject.head = verb
    participle.head, participle.dep_ = subject, "acl"


@guarded
def _verb_after_a_participle_aside(noun: Token) -> None:
    """ "The Supreme Political Council, chaired by President Mahdi al-Mashat, received the Saudi delegation", parsed
    with the council as the sentence's head and both verbs hung on it: the aside says who chairs it, the past verb
    after it what the council did."""
    doc = noun.doc
    asides = [c for c in noun.children if c.dep_ == "acl" and c.tag_ == "VBN" and c.i > noun.i and
              doc[c.i - 1].text == "," or c.dep_ == "relcl" and c.left_edge.i > noun.i and
              doc[c.left_edge.i - 1].text == ","]  # (or a relative clause: "Ocalan, who has been held in an island
    # prison since 1999, called on the group …")
    verb = next((c for c in noun.children if c.dep_ == "acl" and c.tag_ in ("VBD", "VBN") and
                 doc[c.i - 1].text == "," and any(a.i < c.i for a in asides)), None) or next((
        c for c in noun.children if c.dep_ == "acl" and c.tag_ == "VBD" and c.i > noun.i and any(
            g.dep_ == "dobj" or g.dep_ == "prep" and g.lower_ == "for" for g in c.children)), None)
    # (also "A joint summit of the East African Community and … in Dar es Salaam on 8 February called for an
    # immediate ceasefire": a finite verb, not a participle, whose subject is the summit)
    if verb is None or not any(c.dep_ in ("dobj", "ccomp") or c.dep_ == "prep" and verb.tag_ == "VBD"
                               for c in verb.children):
        return  # (a second participle with no object is another aside: "…, chaired by X, based in Sanaa")
    for child in [c for c in noun.children if c.i > verb.i]:
        child.head = verb  # (the full stop)
    verb.head, verb.dep_ = verb, "ROOT"
    noun.head, noun.dep_ = verb, "nsubj"


@guarded
def _participle_before_that_time(verb: Token) -> None:
    """ "A ceasefire … announced that night did not hold", parsed as "a ceasefire announced [that night did not
    hold]": "announced" is a participle on the subject, "that night" when it was announced, and "did not hold" what
    the sentence says of the ceasefire."""
    doc = verb.doc
    if verb.i + 2 >= len(doc) or doc[verb.i + 1].lower_ != "that" or doc[verb.i + 2].lower_ not in TIME_NOUNS:
        return
    time = doc[verb.i + 2]
    clause = time.head
    if time.dep_ != "nsubj" or clause.dep_ != "ccomp" or clause.head.i != verb.i or clause.pos_ not in ("VERB", "AUX"):
        return
    subject = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass") and c.i < verb.i), None)
    if subject is None or subject.lemma_.lower() not in load("triggers")["nouns"] or \
            any(c.dep_ == "dobj" for c in verb.children):
        return  # (an event was announced; "the army announced that day would bring more strikes" is the army's
        # word)
    ends = [c for c in verb.children if c.dep_ == "punct" and c.i > clause.i]
    clause.head = clause
    clause.dep_ = "ROOT"
    for c in ends:
        c.head = clause
    subject.head = clause
    verb.head = subject
    verb.dep_ = "acl"
    time.head = verb
    time.dep_ = "npadvmod"


@guarded
def _toll_phrase_hung_on_the_dead(prep: Token) -> None:
    """ "was killed along with several ministers in an Israeli airstrike", parsed with the strike on the ministers:
    what killed them all goes on the verb of the toll."""
    verb = prep.head.head.head
    strike = next((c for c in prep.children if c.dep_ == "pobj"), None)
    if strike is None or verb.pos_ != "VERB" or verb.lemma_.lower() not in TOLL_VERBS or \
            load("triggers")["nouns"].get(strike.lemma_.lower(), {}).get("type") != "attack":
        return
    prep.head = verb


@guarded
def _toll_phrase_hung_on_the_place(prep: Token) -> None:
    """ "a town in Maguindanao where 44 police commandos were killed on January 25, 2015, in a clash with MILF
    fighters", with the clash hung on the town (or on the name the town is in apposition to): the phrase after the
    relative clause of the dead tells what killed them, not where the town is."""
    strike = next((c for c in prep.children if c.dep_ == "pobj"), None)
    nouns = [prep.head, *(c for c in prep.head.children if c.dep_ == "appos" and c.i < prep.i)]
    toll = next((c for n in nouns for c in n.children if c.dep_ == "relcl" and c.lemma_.lower() in TOLL_VERBS and
                 c.right_edge.i < prep.i), None)
    if strike is None or toll is None or \
            load("triggers")["nouns"].get(strike.lemma_.lower(), {}).get("type") != "attack":
        return
    prep.head = toll


@guarded
def _target_hung_on_the_war(prep: Token) -> None:
    """ "its largest air attack of the war on Ukrainian cities", with "on Ukrainian cities" hung on the war: the
    war's measure ("of the war") names no target; what the attack struck is its own."""
    war = prep.head
    if war.dep_ != "pobj" or war.head.lower_ != "of" or war.head.head.i == war.head.i:
        return
    attack = war.head.head
    if load("triggers")["nouns"].get(attack.lemma_.lower(), {}).get("type") != "attack" or \
            not any(c.dep_ == "det" and c.lower_ == "the" for c in war.children):
        return
    prep.head = attack


@guarded
def _second_side_taken_for_the_subject(prep: Token) -> None:
    """ "Talks between the URNG and the government began in Oslo": the model ends the "between" phrase at "and" and
    makes the second side a second subject of the verb. It is the first side's conjunct."""
    first = next((c for c in prep.children if c.dep_ == "pobj"), None)
    subject = prep.head
    if first is None or subject.dep_ not in ("nsubj", "nsubjpass") or any(c.dep_ == "conj" for c in first.children):
        return
    joint = next((c for c in first.children if c.dep_ == "cc" and c.lower_ == "and"), None)
    second = next((t for t in subject.head.children if t.dep_ == "nsubj" and t.i != subject.i and joint is not None
                   and t.left_edge.i == joint.i + 1), None)
    if second is None:
        return
    second.head, second.dep_ = first, "conj"


def _between_hung_on_a_place(prep: Token) -> None:
    """ "the agreement reached today in Putrajaya between Thailand and Cambodia", with "between Thailand and
    Cambodia" hung on the city: a place names no pair; the phrase belongs to what was done there."""
    place = prep.head
    if place.pos_ != "PROPN" or place.ent_type_ not in ("GPE", "LOC", "FAC") or place.dep_ != "pobj" or \
            place.head.lower_ not in ("in", "at") or place.head.head.i == place.head.i:
        return
    prep.head = place.head.head


@guarded
def _between_with_one_side(prep: Token) -> None:
    """ "Talks between the Saudi ambassador to Yemen, Mohammed Al Jaber, and the head of the Houthis' council",
    parsed with "the head" a conjunct of the talks and "between" holding the ambassador alone: "between" takes two;
    the conjunct after its one object is its second."""
    sides = [c for c in prep.children if c.dep_ == "pobj"]
    if len(sides) != 1 or any(c.dep_ == "conj" for c in sides[0].children):
        return
    side, event = sides[0], prep.head
    if event.i == prep.i or event.pos_ != "NOUN":
        return
    other = next((c for c in event.children if c.dep_ == "conj" and c.i > side.i and c.pos_ in ("NOUN", "PROPN")),
                 None)
    if other is None or other.i < side.right_edge.i:
        return
    for cc in [c for c in event.children if c.dep_ == "cc" and side.i < c.i < other.i]:
        cc.head = side
    other.head = side


@guarded
def _face_to_face(face: Token) -> None:
    """ "met face to face in Istanbul on Friday", with "in Istanbul" hung on the second "face" taken for a verb: the
    idiom says how they met; what hangs after it belongs to the meeting."""
    verb = face.doc[face.i - 2].head
    if verb.pos_ not in ("VERB", "AUX") or verb.i > face.i:
        return
    for child in [c for c in face.children if c.dep_ in ("prep", "npadvmod", "advmod")]:
        child.head = verb


@guarded
def _clause_taken_for_a_phrase(verb: Token) -> None:
    """ "sank the ship after an attack that began on Monday night killed four of its crew", parsed as the phrase
    "after an attack" with "killed four" a participle on the attack: "after" opens a clause whose subject is the
    attack and whose verb is "killed"; what the relative clause says ("began on Monday night") stays on the attack."""
    noun, doc = verb.head, verb.doc
    prep = noun.head
    if noun.dep_ != "pobj" or prep.lower_ not in ("after", "before", "since", "until") or prep.dep_ != "prep" or \
            not any(c.dep_ == "dobj" for c in verb.children) or \
            any(c.dep_ in ("agent", "nsubj", "nsubjpass") for c in verb.children) or \
            not any(c.dep_ == "relcl" and c.i < verb.i for c in noun.children) or prep.head.i == prep.i:
        return
    if any(t.pos_ in ("CCONJ", "PUNCT") for t in doc[noun.i + 1:verb.i]):
        return  # ("after an attack that began on Monday, and killed …": the parse may stand)
    verb.head, verb.dep_ = prep.head, "advcl"
    noun.head, noun.dep_ = verb, "nsubj"
    prep.head, prep.dep_ = verb, "mark"


def taking_effect(verb: Token) -> bool:
    """ "which took effect", "which came into force": said only of a truce or a deal, never of a side."""
    lemma = verb.lemma_.lower()
    return lemma == "take" and any(c.dep_ == "dobj" and c.lower_ == "effect" for c in verb.children) or \
        lemma in ("come", "enter") and any(c.dep_ == "prep" and c.lower_ in ("into", "in") and any(
            g.lower_ in ("force", "effect") for g in c.children) for c in verb.children)


@guarded
def _relative_hung_on_a_side(verb: Token) -> None:
    """ "peace talks with the Kinshasa government that Angola had arranged for Tuesday in Luanda", with the relative
    clause hung on the government: one arranges talks, not a side of them; the clause goes to the talks."""
    side = verb.head
    prep = side.head
    relative = ("dobj", "nsubjpass", "nsubj") if taking_effect(verb) else ("dobj", "nsubjpass")
    # (also "the ceasefire between Israel and Hamas, which took effect on Sunday", hung on Hamas)
    if side.dep_ != "pobj" or prep.lower_ not in ("with", "between") or prep.head.pos_ != "NOUN" or \
            prep.head.i == prep.i or not any(c.dep_ in relative and c.lower_ in ("that", "which")
                                              for c in verb.children):
        return
    if any(c.dep_ == "relcl" for c in prep.head.children):
        return  # (the event has a relative clause of its own)
    verb.head = prep.head


@guarded
def _participle_hung_on_a_side(verb: Token) -> None:
    """ "The first general ceasefire between the government and the MILF, signed on July 18, 1997", with "signed"
    hung on the MILF: a side is not signed; after the comma the participle tells of the truce its phrase belongs to."""
    side = verb.head
    prep = side.head
    if side.dep_ not in ("pobj", "conj") or verb.i == 0 or verb.doc[verb.i - 1].text != ",":
        return
    while prep.dep_ == "conj":
        prep = prep.head
    prep = prep.head if prep.dep_ == "pobj" else prep
    if prep.lower_ not in ("with", "between") or prep.head.lemma_.lower() not in event_nouns() or \
            any(c.dep_ == "acl" for c in prep.head.children):
        return
    verb.head = prep.head


@guarded
def _relative_hung_on_a_date(verb: Token) -> None:
    """ "a week-long "reduction in violence" that began on Feb. 22, which both sides largely observed", with the second
    relative clause hung on the date: a day is not observed; the clause goes to the noun the date's phrase tells of.
    Only a clause after a comma whose "which" or "who" is its object or subject ("the day which …" stays)."""
    date = verb.head
    start = verb.left_edge.i
    if any(c.dep_ == "advmod" and c.lower_ == "where" for c in verb.children):
        # "an air strike on a building in Doha on Tuesday where senior Hamas officials had met": a day is no place;
        # the clause goes to the thing before it, where one can be ("the building")
        place = next((t for t in reversed(verb.doc[verb.sent.start:date.i]) if t.pos_ == "NOUN" and
                      t.dep_ == "pobj" and t.head.lower_ in ("on", "at", "in", "into")), None)
        if place is not None:
            verb.head = place
        return
    year = re.fullmatch(r"(?:19|20)\d\d", date.text) is not None and start == date.i + 1 and \
        verb.lemma_.lower() in ("kill", "claim", "displace", "wound", "leave", "cost") and any(
            c.dep_ == "nsubj" and c.lower_ in ("that", "which") for c in verb.children)
    # ("an insurgency around Lake Chad since 2009 that has killed tens of thousands": a year kills no one)
    if start == 0 or verb.doc[start - 1].text != "," and not year or not year and not any(
            c.dep_ in ("dobj", "nsubj", "nsubjpass") and c.lower_ in ("which", "who") or
            c.dep_ == "prep" and c.i == start and any(g.lower_ == "which" for g in c.children)
            for v in (verb, *(x for x in verb.children if x.dep_ == "xcomp")) for c in v.children):
        return  # (also "which Tshisekedi and Kagame were expected to attend", and "talks … that began on 29 May,
        # in which the OAU was assisted by …")
    node = date
    for _ in range(5):
        node = node.head
        if node.pos_ == "VERB" and node.i < date.i:
            node = next((c for c in node.children if c.dep_ == "dobj" and c.pos_ == "NOUN" and c.i < date.i), node)
            # ("would hold an emergency summit on Wednesday, which …": the summit the day is of)
        if node.pos_ in ("NOUN", "PROPN") and node.ent_type_ not in ("DATE", "TIME"):
            if node.i not in {t.i for t in verb.subtree}:
                verb.head = node
            return
        if node.head.i == node.i:
            return


@guarded
def _relative_hung_on_a_topic(verb: Token) -> None:
    """ "He led the U.N. talks on Kosovo's status, which ended without agreement in 2007", with the clause hung on
    the status: a topic does not end; talks do. The clause goes to the talks (or the deal) the topic is of."""
    topic = verb.head
    prep = topic.head
    if topic.dep_ == "pobj" and prep.lower_ == "of" and prep.head.lemma_.lower() in SWAP_NOUNS and \
            verb.lemma_.lower() in ("begin", "start", "end", "resume", "conclude") and \
            any(c.dep_ == "nsubj" and c.lower_ in ("which", "that") for c in verb.children):
        verb.head = prep.head  # "the exchange of prisoners that begins today": the exchange begins, not the
        return  # prisoners
    if topic.dep_ != "pobj" or prep.lower_ not in ("on", "over", "about") or prep.head.pos_ != "NOUN" or \
            prep.head.lemma_.lower() not in TALKS_NOUNS or verb.left_edge.i == 0 or \
            verb.doc[verb.left_edge.i - 1].text != "," or \
            not any(c.dep_ == "nsubj" and c.lower_ in ("which", "that") for c in verb.children) or \
            any(c.dep_ == "relcl" for c in prep.head.children):
        return
    verb.head = prep.head


@guarded
def _which_hung_on_a_leader(verb: Token) -> None:
    """ "the faction of the Sudan Liberation Movement led by Abdul Wahid al-Nur, which rejected the talks", with the
    clause hung on the leader: "which" is not said of a person; the clause goes to what he leads."""
    if not any(c.dep_ in ("nsubj", "nsubjpass", "dobj") and c.lower_ == "which" for c in verb.children):
        return
    agent = verb.head.head
    led = agent.head
    if verb.head.dep_ != "pobj" or agent.dep_ != "agent" or led.lemma_.lower() not in ("lead", "head", "command") or \
            led.dep_ != "acl" or led.head.pos_ not in ("NOUN", "PROPN"):
        return
    verb.head = led.head


@guarded
def _participle_on_talks_hung_on_the_verb(verb: Token) -> None:
    """ "The text came out of ten days of talks in Khartoum led by the African Union", with "led by" hung on the
    sentence's verb: a participle with its agent, right after the phrase of the talks, says whose talks they were."""
    if not any(c.dep_ == "agent" for c in verb.children) or \
            any(c.dep_ in ("nsubj", "nsubjpass", "aux", "auxpass", "mark") for c in verb.children):
        return
    before = verb.doc[verb.left_edge.i - 1] if verb.left_edge.i > verb.sent.start else None
    talks = next((t for t in reversed(verb.doc[verb.sent.start:verb.i]) if t.lemma_.lower() in TALKS_NOUNS), None)
    if before is None or talks is None or talks.dep_ != "pobj" or before.i not in {t.i for t in talks.subtree}:
        return
    verb.head, verb.dep_ = talks, "acl"


NAMED_DEALS = {"agreement", "accord", "treaty", "protocol", "declaration", "pact", "memorandum"}
MAKING_PARTICIPLES = {"sign", "agree", "broker", "conclude", "initial", "reach", "mediate", "declare", "announce",
                      "propose"}


@guarded
def _signing_hung_on_the_verb(verb: Token) -> None:
    """ "A second round in October produced the Burnham Truce, signed on October 10", "It broke its last ceasefire,
    declared in March 2006, with a car bomb …", with the participle hung on the sentence's verb (or taken for a
    past tense): a participle of making a deal, right after the verb's object and a comma, is said of the object;
    what follows the comma that closes it is the verb's again."""
    if verb.lemma_.lower() not in MAKING_PARTICIPLES or verb.i < 2 or verb.doc[verb.i - 1].text != "," or any(
            c.dep_ in ("nsubj", "nsubjpass", "aux", "auxpass", "mark", "dobj") for c in verb.children):
        return
    main = verb.head
    made = next((c for c in main.children if c.dep_ == "dobj" and c.right_edge.i == verb.i - 2 and
                 c.pos_ in ("NOUN", "PROPN")), None) or _object_of_its_preposition(main, verb.i - 2)
    if made is None:
        return
    closing = next((c for c in verb.children if c.dep_ == "punct" and c.text == "," and c.i > verb.i), None)
    for after in [c for c in verb.children if closing is not None and c.i > closing.i]:
        after.head = main
    verb.head, verb.dep_, verb.tag_ = made, "acl", "VBN"


def _object_of_its_preposition(main: Token, last: int) -> Token | None:
    """The object of a preposition on `main` that ends at `last`, named for a deal: "grew out of the Esquipulas II
    accord, signed by the five Central American presidents" (the accord signed, not the growing)."""
    noun = main.doc[last]
    while noun.dep_ == "compound" and noun.head.i > noun.i:
        noun = noun.head
    if noun.dep_ != "pobj" or noun.right_edge.i != last or noun.lemma_.lower() not in NAMED_DEALS:
        return None
    node = noun.head
    while node.dep_ == "prep" and node.head.i != main.i:
        node = node.head
    return noun if node.dep_ == "prep" and node.head.i == main.i else None


@guarded
def _relative_hung_on_a_host(verb: Token) -> None:
    """ "a year of talks hosted by South Sudan, which opened in Juba in October 2019", with the clause hung on the
    host: a country does not open; the talks it hosted do."""
    agent = verb.head.head
    hosted = agent.head
    if verb.head.dep_ != "pobj" or agent.dep_ != "agent" or hosted.dep_ != "acl" or \
            hosted.head.lemma_.lower() not in TALKS_NOUNS or \
            any(c.dep_ in ("dobj", "nsubjpass") for c in verb.children) or \
            not any(c.dep_ == "nsubj" and c.lower_ in ("which", "that") for c in verb.children):
        return
    verb.head = hosted.head


@guarded
def _relative_hung_on_a_venue(verb: Token) -> None:
    """ "return to the negotiating table in Quito, which it left in January", with the clause hung on the city: what
    a side left, suspended or boycotted is the talks held there."""
    venue = verb.head
    prep = venue.head
    if venue.dep_ != "pobj" or venue.ent_type_ not in ("GPE", "LOC", "FAC") or prep.lower_ not in ("in", "at") or \
            prep.head.lemma_.lower() not in TALKS_NOUNS or \
            not any(c.dep_ == "dobj" and c.lower_ in ("which", "that") for c in verb.children) or \
            any(c.dep_ == "relcl" for c in prep.head.children):
        return
    verb.head = prep.head


SIDES = {"party", "side"}
ASPECTUAL = {"keep", "continue", "start", "begin", "stop", "resume"}  # verbs of doing on, or starting, what follows


@guarded
def _gerund_taken_for_a_compound(verb: Token) -> None:
    """ "the air force kept bombing villages", parsed as "kept [bombing villages]" with "bombing" a noun modifying
    the villages: the -ing word right after the verb is what it kept doing, and the noun is its object."""
    doc = verb.doc
    if verb.i + 2 >= len(doc):
        return
    gerund, noun = doc[verb.i + 1], doc[verb.i + 2]
    if not gerund.lower_.endswith("ing") or gerund.dep_ != "compound" or gerund.head.i != noun.i or \
            noun.dep_ != "dobj" or noun.head.i != verb.i or noun.tag_ != "NNS":
        return
    gerund.head, gerund.dep_, gerund.pos_, gerund.tag_ = verb, "xcomp", "VERB", "VBG"
    noun.head = gerund
    gerund.lemma_ = gerund.lower_[:-3] if not gerund.lower_.endswith("bbing") else gerund.lower_[:-4]


@guarded
def _sides_hung_on_their_place(place: Token) -> None:
    """ "the two parties in Gaza, Israel and Hamas, have reached …", parsed with Israel and Hamas as more places
    joined to Gaza: the names after the comma are the parties, set beside them."""
    group = place.head.head
    names = [c for c in place.children if c.dep_ == "conj" and c.pos_ == "PROPN"]
    if not names or place.i + 1 >= len(place.doc) or place.doc[place.i + 1].text != "," or \
            group.tag_ != "NNS" or place.ent_type_ not in ("GPE", "LOC", ""):
        return
    first = names[0]
    first.head, first.dep_ = group, "appos"
    for other in names[1:]:
        other.head = first
    for c in [c for c in place.children if c.dep_ == "cc" and c.i > first.i]:
        c.head = first


@guarded
def _subject_after_an_aside(noun: Token) -> None:
    """ "On 10 April 1998, after two years of talks chaired by George Mitchell, the British and Irish governments …
    reached the agreement", with the subject hung on the name that ends the aside before it: the verb right after
    the phrase, which has no subject, is what it did."""
    doc = noun.doc
    verb = doc[noun.right_edge.i + 1] if noun.right_edge.i + 1 < len(doc) else None
    if verb is None or verb.pos_ != "VERB" or verb.tag_ not in ("VBD", "VBZ", "VBP") or \
            noun.left_edge.i == 0 or doc[noun.left_edge.i - 1].text != "," or \
            not (noun.dep_ == "conj" or any(c.dep_ == "det" and c.lower_ == "the" for c in noun.children)) or \
            any(c.dep_ in ("nsubj", "nsubjpass", "expl", "csubj") for c in verb.children) or \
            not any(a.i == verb.i for a in noun.ancestors):
        return
    noun.head, noun.dep_ = verb, "nsubj"


@guarded
def _object_after_an_aside(noun: Token) -> None:
    """ "Egypt's foreign minister announces in Cairo, alongside U.S. Secretary of State Hillary Clinton, a ceasefire
    between Israel and Hamas", with the object, told after the aside, hung on the name that ends it: a name is not
    "a ceasefire"; the object goes to the verb, which has none."""
    name, doc = noun.head, noun.doc
    prep = name.head
    verb = prep.head
    if name.dep_ != "pobj" or name.pos_ != "PROPN" or prep.dep_ != "prep" or verb.pos_ != "VERB" or \
            not any(c.dep_ == "det" and c.lower_ in ("a", "an") for c in noun.children) or \
            noun.left_edge.i == 0 or doc[noun.left_edge.i - 1].text != "," or \
            any(c.dep_ in ("dobj", "ccomp", "xcomp") for c in verb.children):
        return
    noun.head, noun.dep_ = verb, "dobj"


@guarded
def _performative_after_hereby(word: Token) -> None:
    """ "Therefore, I hereby designate Ansarallah as a Foreign Terrorist Organization": the verb that "hereby" leads,
    which the model may take for an adjective on its object, with the speaker left as the sentence's root. The word
    becomes the root verb, the speaker its subject and the name it was hung on its object."""
    sent, obj = word.sent, word.head
    speaker = sent.root
    if word.lower_ not in event_verbs() or word.dep_ not in ("amod", "compound") or obj.i <= word.i or \
            speaker.pos_ not in ("PRON", "PROPN", "NOUN") or speaker.i > word.i or \
            obj.head.i != speaker.i and obj.i != speaker.i:
        return
    for child in list(speaker.children):
        if child.i != obj.i and child.i < word.i:
            child.head = word  # ("Therefore", its comma, "hereby")
    word.head, word.dep_, word.pos_, word.tag_ = word, "ROOT", "VERB", "VBP"
    for child in list(speaker.children):
        if child.i > obj.i and child.is_punct:
            child.head = word
    for prep in [c for c in obj.children if c.dep_ == "prep" and c.lower_ == "as"]:
        prep.head = word  # ("designate … as a Foreign Terrorist Organization": what the verb makes of it)
    obj.head, obj.dep_ = word, "dobj"
    speaker.head, speaker.dep_ = word, "nsubj"


@guarded
def _object_of_a_participle_taken_for_a_subject(participle: Token) -> None:
    """ "the Saudi-led coalition fighting the Houthis carried out air strikes on Sanaa": the object of a participle
    on the subject, parsed as a second subject of the main verb. It is the participle's object."""
    subject, verb = participle.head, participle.head.head
    if any(c.dep_ in ("dobj", "prep") for c in participle.children):
        return
    second = next((c for c in verb.children if c.dep_ == "nsubj" and c.i > participle.i and
                   c.left_edge.i == participle.i + 1), None)
    if second is None or subject.i > participle.i:
        return
    second.head, second.dep_ = participle, "dobj"


@guarded
def _infinitive_taken_for_a_noun(word: Token) -> None:
    """ "who had flown back to the Alpine resort to chair the final session": a verb after the "to" of purpose, with
    its object, that the model tagged as a noun (the clause it heads it parsed right). It is the verb."""
    if any(c.dep_ == "aux" and c.lower_ == "to" and c.i == word.i - 1 for c in word.children) and \
            any(c.dep_ == "dobj" for c in word.children):
        word.pos_, word.tag_ = "VERB", "VB"


@guarded
def _claim_hung_on_a_place(verb: Token) -> None:
    """ "gunmen killed six policemen in an attack on a patrol in Lakki Marwat, which the TTP claimed": the clause of
    the claim, hung on the place named last. A place is not claimed; the clause goes to the attack whose phrase holds
    the place."""
    if not any(c.dep_ == "dobj" and c.lower_ in ("which", "that") for c in verb.children):
        return
    attack = next((t for t in verb.head.ancestors if t.pos_ == "NOUN" and t.lemma_.lower() in attack_nouns()), None)
    if attack is not None:
        verb.head = attack


@guarded
def _venue_hung_on_the_second_side(prep: Token) -> None:
    """ "talks between the government and the opposition in Geneva": the city hung on the second of the two sides.
    A city is where the talks are, not whose side; the phrase goes to the word "between" hangs on."""
    second, place = prep.head, next((g for g in prep.children if g.dep_ == "pobj"), None)
    first = second.head
    if place is None or place.ent_type_ not in ("GPE", "LOC", "FAC") or first.dep_ != "pobj" or \
            first.head.lower_ != "between" or first.head.head.pos_ not in ("NOUN", "PROPN"):
        return
    prep.head = first.head.head


@guarded
def _participle_taken_for_the_subject(participle: Token) -> None:
    """ "the Russian soldiers freed had been captured in the Kursk region", parsed with "freed" as the subject and the
    soldiers as its own: the participle after its noun says which soldiers; the noun is the subject."""
    subject = next((c for c in participle.children if c.dep_ == "nsubj" and c.pos_ == "NOUN" and
                    c.right_edge.i + 1 == participle.i), None)
    if subject is None or any(c.dep_ in ("aux", "auxpass", "dobj") for c in participle.children):
        return
    subject.head, subject.dep_ = participle.head, participle.dep_
    participle.head, participle.dep_ = subject, "acl"


@guarded
def _contact_relative_taken_for_a_clause(verb: Token) -> None:
    """ "calls on both parties to carry out the agreement, starting with the exchange of prisoners of war they have
    agreed to complete within a month, and to keep to the ceasefire …": a clause with no "that", whose pronoun
    subject comes right after a noun phrase, is on that phrase's head (the exchange), not said by the main verb;
    and an infinitive joined to it ("and to keep") goes with the main verb's infinitive."""
    subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if subject is None or subject.pos_ != "PRON" or subject.i != verb.left_edge.i or subject.i == 0 or \
            any(c.dep_ == "mark" for c in verb.children):
        return
    noun = verb.doc[subject.i - 1]
    if noun.pos_ != "NOUN" or noun.dep_ != "pobj" or verb.head.lemma_.lower() in SAYING:
        return
    while noun.dep_ == "pobj" and noun.head.lower_ == "of" and noun.head.head.pos_ == "NOUN":
        noun = noun.head.head
    old_head = verb.head
    infinitive = next((c for c in old_head.children if c.dep_ == "xcomp" and c.i < verb.i), None)
    verb.head = noun
    verb.dep_ = "relcl"
    for conj in [c for c in verb.children if c.dep_ == "conj" and any(
            a.dep_ == "aux" and a.lower_ == "to" for a in c.children)]:
        if infinitive is not None:
            conj.head = infinitive


@guarded
def _verb_with_a_subject_taken_for_a_noun(word: Token) -> None:
    """ "Talks between the government and the FNL … resume in Dar es Salaam this week": a bare verb the parser made
    a noun root, with a plural subject hung on it, is the sentence's verb in the present."""
    if any(c.dep_ == "nsubj" and c.tag_ in ("NNS", "NNPS") and c.i < word.i for c in word.children) and \
            not any(c.dep_ == "det" for c in word.children):
        word.pos_, word.tag_ = "VERB", "VBP"


@guarded
def _name_of_a_group_hung_too_high(name: Token) -> None:
    """ "Talks between the government and the last rebel group, the Forces for National Liberation (FNL), resume":
    the name after the comma is the group's, which the words right before it describe, not the talks'."""
    comma = name.doc[name.left_edge.i - 1] if name.left_edge.i > 0 else None
    if comma is None or comma.text != "," or comma.i < 1:
        return
    described = name.doc[comma.i - 1]
    if described.lemma_.lower() in DESCRIBED and described.i > name.head.i and \
            not any(c.dep_ == "appos" for c in described.children):
        name.head = described


@guarded
def _place_hung_on_a_deal_s_name(prep: Token) -> None:
    """ "signed a cessation of hostilities agreement in Juba": the parser reads "of hostilities agreement" as a
    phrase and hangs the place on its last word; it is where the signing was."""
    deal = prep.head
    named = deal.head.head  # ("cessation", which "of" hangs on)
    if deal.head.lower_ == "of" and named.dep_ == "dobj" and named.head.pos_ == "VERB" and \
            any(c.dep_ == "compound" for c in deal.children):
        prep.head = named.head


def _place_hung_on_a_deal_s_title(prep: Token) -> None:
    """ "to sign the Agreement on a Firm and Lasting Peace at the National Palace in Guatemala City": the parser
    hangs the place on the last word of the deal's title; it is where the signing was."""
    on, doc = prep.head.head, prep.doc
    deal = doc[max(on.i - 1, 0)]  # (the word before "on"; none where "on" opens the text)
    if deal.i == on.i or deal.lemma_.lower() not in NAMED_DEALS or \
            not deal.text[:1].isupper() or deal.dep_ != "dobj" or deal.head.pos_ != "VERB" or \
            not prep.head.text[:1].isupper():
        return
    prep.head = deal.head


@guarded
def _verb_run_into_a_compound(sent) -> None:
    """ "Russian aircraft bomb targets inside Georgia": in a sentence with no verb, a bare verb between two nouns
    that the parser ran into one compound ("aircraft bomb targets") is the verb, the noun before it its subject, the
    root noun after it its object."""
    if any(t.pos_ in ("VERB", "AUX") and t.dep_ != "prep" for t in sent):
        return  # (but "including", a preposition here)
    root = sent.root
    verb = next((t for t in sent if t.dep_ == "compound" and t.tag_ == "NN" and t.head.i == root.i == t.i + 1 and
                 t.lower_ in event_verbs() and t.i > sent.start), None)
    if verb is None or root.tag_ != "NNS":
        return
    subject = verb.doc[verb.i - 1]
    if subject.pos_ not in ("NOUN", "PROPN") or subject.dep_ != "compound" or subject.head.i not in (verb.i, root.i):
        return
    verb.head, verb.dep_, verb.pos_, verb.tag_ = verb, "ROOT", "VERB", "VBP"
    root.head, root.dep_ = verb, "dobj"
    subject.head, subject.dep_ = verb, "nsubj"
    for child in [c for c in root.children if c.dep_ == "punct" and c.i == sent.end - 1]:
        child.head = verb


@guarded
def _contact_relative_taken_for_the_main_verb(verb: Token) -> None:
    """ "The deal builds on a truce Lebed and Maskhadov agreed on Aug. 22": the parser makes "agreed" the main verb
    and what comes before it a clause it governs. A verb that takes an object and has none, whose subject comes
    right after a noun of that clause, is a clause on the noun: the truce they agreed."""
    clause = next((c for c in verb.children if c.dep_ == "ccomp" and c.i < verb.i), None)
    subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if clause is None or subject is None or subject.i < clause.i or subject.left_edge.i == 0 or \
            any(c.dep_ in ("dobj", "mark", "ccomp", "xcomp") and c.i != clause.i for c in verb.children) or \
            verb.lemma_.lower() not in DEAL_VERBS:
        return
    noun = verb.doc[subject.left_edge.i - 1]
    if noun.pos_ != "NOUN" or noun.i not in {t.i for t in clause.subtree}:
        return
    clause.head, clause.dep_ = clause, "ROOT"
    verb.head, verb.dep_ = noun, "relcl"
    for punct in [c for c in verb.children if c.dep_ == "punct" and c.i == verb.sent.end - 1]:
        punct.head = clause


@guarded
def _clause_before_a_semicolon(verb: Token) -> None:
    """ "The Maoists declared a three-month ceasefire within days; the new government … answered with its own on May
    3": the parser makes the clause before the semicolon one the second governs, as what it says. A clause with its
    own subject, ended by the semicolon, under a verb that says nothing, is the first of two joined."""
    clause = next((c for c in verb.children if c.dep_ == "ccomp" and c.i < verb.i), None)
    if clause is None or clause.right_edge.i + 1 >= verb.i or verb.doc[clause.right_edge.i + 1].text != ";" or \
            verb.lemma_.lower() in SAYING or not any(c.dep_ in ("nsubj", "nsubjpass") for c in clause.children):
        return
    semicolon = verb.doc[clause.right_edge.i + 1]
    clause.head, clause.dep_ = clause, "ROOT"
    verb.head, verb.dep_ = clause, "conj"
    semicolon.head = clause
    for punct in [c for c in verb.children if c.dep_ == "punct" and c.i == verb.sent.end - 1]:
        punct.head = clause


DEAL_VERBS = {"agree", "sign", "declare", "reach", "broker", "announce", "propose", "negotiate", "strike", "accept"}




@guarded
def _who_hung_on_a_place(verb: Token) -> None:
    """ "Tim Guldimann, the head of the OSCE mission in Chechnya, who helped arrange the meetings": "who" is said of a
    person, not of the place that ends his title; the clause goes to the person the title is in apposition to."""
    node = verb.head
    for _ in range(6):
        if node.dep_ == "appos" and node.head.pos_ == "PROPN":
            verb.head = node.head
            return
        if node.head.i == node.i:
            return
        node = node.head

