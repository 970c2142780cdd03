"""Roles: which actors of a sentence take part in an event, and as what.

An actor mention belongs to an event when the dependency path from its noun phrase reaches the event's trigger or
one of the words governing it without leaving the clause. The last step of that path gives the role: the subject
of the governing verb is the initiator (or a participant, for talks and for deals between several parties), a
`by` phrase the initiator, the object of an attack or a `to`/`on`/`against` phrase the target, `between` and `with`
participants. Pronouns and group nouns ("he", "both sides") are resolved against the article so far.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache

from spacy.tokens import Span, Token

from trucewatch.nlp.actors import BORDER_KEY, FRONTS, ORGANS, SPAN_KEY, actor_book, info_of
from trucewatch.nlp.lexicon import load
from trucewatch.nlp.numbers import LIST_SEPARATOR
from trucewatch.nlp.places import gazetteer
from trucewatch.nlp.triggers import SETTING, it_of, taking_words
from trucewatch.nlp.triggers import SPAN_KEY as TRIGGERS

NP_DEPS = {"compound", "amod", "poss", "nmod", "appos", "det", "nummod", "conj", "cc", "case", "flat", "quantmod"}
NP_PREPS = {"of", "from", "including"}
# Nouns of places; through them a strike's place is reached, and an appositive headed by one tells where, not who.
LOCATIVE = {"in", "at", "near", "outside", "inside"}
PLACE_NOUNS = {"province", "region", "city", "town", "village", "area", "district", "oblast", "governorate", "hub",
               "border", "front", "coast", "port", "airport", "base", "highway", "capital", "outskirts", "part",
               "north", "south", "east", "west", "centre", "center", "countryside", "strip", "territory", "line",
               "position", "frontline", "settlement", "plant", "station", "sector", "neighbourhood", "neighborhood",
               "suburb", "quarter", "outskirt", "edge", "fringe", "stop", "junction", "crossing",
               # sites struck, through which a strike's place is reached: "a strike on a school in Khan Younis"
               "school", "hospital", "market", "camp", "building", "shelter", "mosque", "church", "bridge", "dam",
               "facility", "compound", "checkpoint", "airbase", "depot", "refinery", "warehouse", "home", "house",
               "residence", "convoy", "headquarters", "barracks", "outpost", "garrison", "site", "terminal",
               # venues of talks and signings: "in a ceremony at Istanbul's Dolmabahce Palace"
               "palace", "hotel", "ministry", "embassy", "venue", "ceremony", "resort", "theatre", "theater", "castle",
               "square", "hall"}
# Groups that fight where they live: "rebels in the Ivory Coast" are Ivorian rebels ("troops in Syria" need not be
# Syrian).
LOCAL_GROUPS = {"rebel", "insurgent", "militant", "guerrilla", "separatist", "gunman", "opposition", "faction"}
CLAUSE_BOUNDARIES = {"relcl", "ccomp", "advcl", "parataxis", "csubj"}
PRONOUNS = {"he": "person", "him": "person", "his": "person", "she": "person", "her": "person",
            "it": "state", "its": "state", "they": "group", "them": "group", "their": "group",
            "we": "group", "our": "group", "us": "group",
            "i": "self", "me": "self", "my": "self"}  # ("We will suspend all offensive actions": the communique's
# own side, the group its first line names)
GROUP_HEADS = {"side", "nation", "country", "party", "delegate", "delegation", "counterpart", "negotiator",
               "president", "minister", "premier",  # ("both prime ministers", "the two presidents")
               "leader", "government", "army", "neighbour", "neighbor", "rival", "foe", "adversary", "belligerent"}
# Nouns an article names an actor's arm with ("Sudan's army"), which "the army" later refers back to.
FORCE_HEADS = {"army", "military", "government", "force", "troop", "navy", "police", "authority", "ministry",
               "regime", "junta", "militia", "president", "delegation", "coalition"}
# Nouns that refer back to the armed group an article last named: "the M23 … the rebels", "the group".
TITLES = {"envoy", "mediator", "negotiator", "minister", "president", "spokesman", "spokeswoman", "spokesperson",
          "ambassador", "representative", "secretary", "commander", "chief", "official", "adviser", "advisor", "leader"}
# (the titles by which an unknown person is named as the actor's: "U.N. envoy Hans Grundberg")
BODIES = {"group", "movement", "faction", "militia", "organisation", "organization"}  # in the plural, several
GROUP_NOUNS = {"rebel", "group", "militant", "insurgent", "militia", "fighter", "guerrilla", "movement", "faction",
               "separatist"}
HIGH_POINTS = {"point", "peak", "climax", "height", "culmination", "turning"}  # a campaign's, not a side's
PORTFOLIOS = {"security", "defence", "defense", "foreign", "interior", "information", "justice", "finance", "prime",
              "communications", "territorial"}  # "Security Minister Mahamadou Sana": a state's minister
ALLIED = {"act", "fight", "operate"}  # "forces acting together with …": two sides as one
STATE_ARMS = {"army", "military", "government", "police", "authorities", "navy", "air force", "junta",
              "cabinet"}  # a state's own
ONE_SIDED = {"attack", "accusation", "demand", "sanction"}  # what one side does to another
BILATERAL = {"talks", "prisoner_exchange", "agreement"}


@dataclass
class ActorRef:
    code: str | None
    name: str
    kind: str


@dataclass
class Mention:
    root: Token
    start: int
    end: int
    refs: list[ActorRef] = field(default_factory=list)
    resolved: bool = False  # a pronoun or group noun, filled from context


LOYAL = {"ally", "allied", "loyal", "align", "aligned", "affiliate", "affiliated"}  # "forces loyal to X"


def np_head(token: Token, stop: set[int]) -> Token:
    """Climb from a word to the head of its noun phrase ("Russian" in "Russian forces" -> "forces")."""
    node = token
    for _ in range(6):
        if node.i in stop or node.head.i == node.i:
            return node
        if node.dep_ == "appos" and node.lemma_.lower() in PLACE_NOUNS and node.pos_ != "PROPN":
            return node  # "…, the capital of China's Yunnan province": a place said of the phrase, not part of it
            # (but "…, the Sudan Revolutionary Front" is a name)
        if node.dep_ in NP_DEPS and node.head.pos_ in ("NOUN", "PROPN", "PRON", "NUM") and node.head.i not in stop:
            node = node.head
        elif node.dep_ == "pobj" and node.head.lower_ == "to" and node.head.head.lemma_.lower() in LOYAL and \
                node.head.head.dep_ in ("acl", "amod") and node.head.head.head.i not in stop:
            node = node.head.head.head  # "forces allied to Prime Minister Dbeibah": his forces
        elif (led(node) or flagged(node)) and node.head.head.i not in stop:
            node = node.head.head  # "the Saudi-led coalition": the coalition its leader acts through; "a
            # UAE-flagged cargo ship": the state's ship
        elif (node.dep_ == "pobj" and node.head.head.pos_ in ("NOUN", "PROPN") and node.head.head.i not in stop
              and (node.head.lower_ in NP_PREPS
                   or node.head.lower_ == "in" and node.head.head.lemma_.lower() in LOCAL_GROUPS)):
            node = node.head.head
        else:
            return node
    return node


def led(token: Token) -> bool:
    """Is `token` the leader in "the Saudi-led coalition" (parsed as a modifier of "led")?"""
    return token.dep_ == "npadvmod" and token.head.lemma_.lower() == "lead" and token.head.dep_ == "amod"


def flagged(token: Token) -> bool:
    """Is `token` the flag state in "a UAE-flagged cargo ship"?"""
    return token.dep_ in ("npadvmod", "compound") and token.head.lower_ == "flagged" and token.head.dep_ == "amod"


def leads(mention: Mention) -> bool:
    """Is the mention the leader in "the African Union-led talks", however the parser hung its words?"""
    doc = mention.root.doc
    after = doc[mention.end:mention.end + 2]
    return led(mention.root) or after.text.lower() in ("-led", "- led") or mention.root.lower_.endswith("-led") or \
        len(after) > 0 and after[0].lower_ in ("led", "-led")


NAMING = {"call", "describe", "term", "label", "brand", "dub", "characterise", "characterize", "deem", "regard"}


def named_object(verb: Token) -> bool:
    """ "struck what it called terrorist infrastructure in Pakistan on Wednesday": the clause names the object; what
    hangs on it (where, when) the parser took from the main verb."""
    return verb.lemma_.lower() in NAMING and any(c.dep_ == "dobj" and c.tag_ == "WP" for c in verb.children)


def attachment(token: Token, anchors: set[int]) -> tuple[str, str | None, Token] | None:
    """(dep into the anchor, preposition if any, anchor) for the phrase headed by `token`; None if unattached."""
    node, prep = np_head(token, anchors), None
    if led(node) and node.head.head.i in anchors:
        return ("amod", None, node.head.head)  # "the African Union-led talks", "Saudi-led strikes"
    for _ in range(6):
        if node.i in anchors:
            return ("self", None, node)
        head = node.head
        if head.i == node.i:
            return None
        if head.i in anchors:
            return (node.dep_, prep, head)
        if node.dep_ == "nsubj" and (gerund := next((g for p in head.children if p.dep_ == "prep" for g in p.children
                                                     if g.dep_ == "pcomp" and g.tag_ == "VBG" and g.i in anchors and
                                                     not any(c.dep_ == "nsubj" for c in g.children)), None)):
            return ("nsubj", None, gerund)  # "Anwar Ibrahim said after hosting talks": who did the one did the other
        if node.dep_ == "pobj" and head.dep_ == "mark" and head.head.i in anchors:
            return ("nsubj", None, head.head)  # "a day after Azerbaijan launched an operation", parsed as "after
            # Azerbaijan" with "launched" hung beside it: the subject of the clause
        if node.dep_ == "pobj" and head.pos_ == "ADP":
            prep = head.lower_
            while head.dep_ == "conj" and head.head.pos_ == "ADP":
                head = head.head  # "sanctions on M23 commanders and on Rwandan officers": the second "on" hangs
                # on the first
            if head.head.i in anchors:
                return ("prep", prep, head.head)
            if named_object(head.head) and head.head.head.i in anchors:
                return ("prep", prep, head.head.head)  # "struck what it called terrorist sites in Pakistan"
            if prep == "by" and head.head.lemma_.lower() in ("lead", "head", "chair") and head.head.dep_ == "acl":
                node = head.head.head  # "Syrian rebels led by Hayat Tahrir al-Sham seized Damascus": the leader acts
                continue  # for those it leads ("a group of diplomats headed by Switzerland's ambassador")
            if prep in ("with", "alongside") and head.head.lemma_.lower() in ALLIED and head.head.dep_ == "acl":
                node = head.head.head  # "forces …, acting together with forces of the SLA-Unity, attacked the
                continue  # site": those they acted with did it too
            if prep not in NP_PREPS:
                return None  # "talks between Ukraine and Russia" belong to the talks, not to what governs them
            node = head.head
            continue
        if node.dep_ in ("npadvmod", "compound") and head.dep_ == "amod" and head.tag_ == "VBN" and \
                head.lemma_.lower() in OWNING:
            node = head.head  # "struck the Houthi-held ports": the holder's ports
            continue
        if node.dep_ == "agent" or node.dep_ in CLAUSE_BOUNDARIES:
            return None
        if node.dep_ == "appos" and node.lemma_.lower() in PLACE_NOUNS and node.pos_ != "PROPN":
            return None  # "the two sides met in Kunming, the capital of China's Yunnan province", the place hung on
            # the subject: where, not who
        if node.dep_ in NP_DEPS:
            node = head
            continue
        return None
    return None


def the_enemy(context: ActorContext, day: str | None) -> ActorRef | None:
    """Whom "the enemy" names in a side's own words: the one side named so far that the speaker or issuer is at war
    with."""
    from trucewatch.nlp.wars import enemies_on

    own = context.speaker or context.author or context.first_person
    if own is None or not own.code or not day:
        return None
    foes = {r.code: r for r in context.states if r.code in enemies_on(own.code, day[:10])}
    return next(iter(foes.values())) if len(foes) == 1 else None


KINDS = {"separatist", "rebel", "islamist", "jihadist", "militant", "insurgent", "armed"}  # what kind a group is
DESCRIBED = GROUP_NOUNS | {"force", "organisation", "organization", "network", "cell", "outfit"}
LINKING = {"linked", "backed", "aligned", "allied", "affiliated", "inspired", "funded", "supported", "armed"}


def describing(m: Mention) -> bool:
    """Is the name only part of a description of another ("the al-Qaeda-linked group", "an Iran-aligned militia")?
    The group described is the actor; who it is linked to is not named as acting."""
    doc = m.root.doc
    word = doc[m.end - 1]
    after = doc[m.end:m.end + 2]
    if "-" in word.text and word.text.lower().rsplit("-", 1)[1] in LINKING:
        link = word
    elif len(after) == 2 and after[0].text in ("-", "–") and after[1].lower_ in LINKING:
        link = after[1]
    else:
        return False
    return link.head.pos_ in ("NOUN", "PROPN") and link.head.i > link.i and link.head.lemma_.lower() in DESCRIBED
    # (but "U.N.-backed talks": the talks the U.N. backs, which it mediates)


def among_its_own(m: Mention, parties: list[ActorRef]) -> bool:
    """Is the mention a state's name after "inter-" ("inter-Tajik", "intra-Afghan"), with the article's two sides
    that state and another?"""
    doc = m.root.doc
    before = doc[m.start - 2:m.start].text.lower() if m.start >= 2 else ""
    return before in ("inter-", "intra-") and len(m.refs) == 1 and len({r.code for r in parties}) >= 2 and \
        m.refs[0].code in {r.code for r in parties}


MEETING_WORDS = {"talk", "talks", "meeting", "call", "conversation", "summit", "negotiation"}


def met_with(token: Token) -> bool:
    """Is the name the one met "with" in talks ("after talks in Moscow with French President Nicolas Sarkozy")?"""
    node = token
    while node.dep_ in ("compound", "appos", "conj") and node.head.i != node.i:
        node = node.head
    return node.dep_ == "pobj" and node.head.lower_ == "with" and node.head.head.lemma_.lower() in MEETING_WORDS


def sentence_mentions(sent: Span, context: ActorContext) -> list[Mention]:
    """Every actor mention in `sent`, adjacent tags of one phrase joined, pronouns resolved."""
    mentions: list[Mention] = []
    for span in sent.doc.spans[SPAN_KEY]:
        if span.start < sent.start or span.end > sent.end:
            continue
        if span.end < sent.end and sent.doc[span.end].lower_ == "time":
            continue  # "from 5 p.m. Indian time", "at 9:45 p.m. Khartoum time": a clock, not an actor
        info = info_of(span)
        ref = ActorRef(info.code, info.name, info.kind)
        mentions.append(Mention(span.root, span.start, span.end, [ref]))
    mentions = [m for m in mentions if not former(m) and not city_named(m, mentions) and not describing(m)]
    for m in mentions:
        if among_its_own(m, context.parties):
            m.refs, m.resolved = list(context.parties), True  # "the inter-Tajik talks", after a deal between the
            # government and the United Tajik Opposition: talks between the sides of that state's war
    tagged = {i for m in mentions for i in range(m.start, m.end)}
    surnames = {r.name.split()[-1]: r for r in context.people if " " in r.name}
    for token in sent:  # "Barrack said …", after "the U.S. envoy to Syria, Tom Barrack": the person named with his
        # title before, who stands for its actor
        if token.pos_ == "PROPN" and token.text in surnames and token.i not in tagged:
            mentions.append(Mention(token, token.i, token.i + 1, [surnames[token.text]], resolved=True))
    mentions.sort(key=lambda m: m.start)
    homes = [m for m in mentions if group_state(m, mentions) or divided(m) or rebels_of(m, mentions)]
    context.states += [r for m in homes for r in m.refs]  # named, if not acting: "the army" may be another's
    mentions = [m for m in mentions if m not in homes]
    tagged = {i for m in mentions for i in range(m.start, m.end)}
    for token in sent:
        if token.i in tagged:
            continue
        if token.lemma_.lower() in GROUP_NOUNS | BODIES and token.tag_ == "NNS" and \
                (listed := context.counted.get(next((c.lower_ for c in token.children if c.dep_ == "nummod"), ""))):
            # "Chad's government and four rebel groups signed a peace agreement …. The four groups are the UFDD, the
            # RFC, the UFDD-Fundamental and the CNT": the groups the article names by their count
            mentions.append(Mention(token, token.i, token.i + 1, listed, resolved=True))
            tagged.add(token.i)
            continue
        if token.lower_ == "both" and token.dep_ in ("dobj", "pobj") and not list(token.children) and \
                len(context.pair) == 2:
            mentions.append(Mention(token, token.i, token.i + 1, list(context.pair), resolved=True))
            continue  # "Islamic State and the Nusra Front … The Syrian army and Russia say they will keep attacking
            # both": the last two sides named together
        two_men = token.tag_ == "NNS" and token.lemma_.lower() in ("man", "leader", "president", "woman") and \
            any(c.dep_ == "nummod" and c.lower_ == "two" for c in token.children)  # ("the two men")
        if (token.lower_ == "two" or two_men) and token.dep_ in ("nsubj", "nsubjpass", "dobj", "pobj") and \
                any(c.dep_ == "det" and c.lower_ == "the" for c in token.children):
            named = [m.refs[0] for m in mentions if m.start < token.i and not m.resolved and len(m.refs) == 1 and
                     m.refs[0].code]
            people = list({r.name: r for r in named if r.kind == "person"}.values())
            sides = list({r.code: r for r in named if r.kind != "person"}.values())
            told = list({r.name: r for r in reversed(context.people)}.values())[:2][::-1]
            pair = people if len(people) == 2 else sides if len(sides) == 2 and not two_men else \
                list(context.pair) if len(context.pair) == 2 and (not two_men or all(
                    r.kind == "person" for r in context.pair)) else \
                told if two_men and not named and len(told) == 2 else []  # (two men named: the two, whatever sides
            # their names are read for on the day; "the two men", after a sentence that named them, those two)
            if pair:
                context.pair = list(pair)  # (the two, when told again: "the protocol the two men signed")
                mentions.append(Mention(token, token.i, token.i + 1, pair, resolved=True))
                tagged.add(token.i)
                continue  # "Ndayizeye shakes hands with Pierre Nkurunziza … after the two signed a global ceasefire
                # agreement": the two just named
        kind = PRONOUNS.get(token.lower_) if token.pos_ == "PRON" else None
        group = token.lemma_.lower() in GROUP_HEADS and token.pos_ == "NOUN" and (
            any(c.lower_ in ("both", "two", "the") for c in token.children) and token.tag_ == "NNS"
            or token.lemma_.lower() in ("delegate", "delegation", "counterpart")
            or token.lemma_.lower() == "side" and token.dep_ in ("nsubj", "nsubjpass") and any(
                c.lower_ == "each" for c in token.children))  # "each side accused the other": both sides, each of
        # the other (but "on each side of the M4 highway" is a place)
        if group and (phrase_ids(token) - {t.i for c in token.children if c.dep_ == "appos" for t in c.subtree}) & \
                tagged:
            continue  # "the Russian delegation" is tagged through its adjective
        if kind and token.lower_ == "its" and token.dep_ == "poss" and token.head.lemma_.lower() in HIGH_POINTS:
            continue  # "All-out war. The offensive … Its high point was the capture of Camp Abubakar": the
            # offensive's, a thing's, not a side's
        if kind and token.dep_ == "poss" and (phrase_ids(token.head) - {
                t.i for c in token.head.children if c.dep_ == "prep" and c.lower_ in LOCATIVE
                for t in c.subtree}) & tagged and not any(
                span.root.i == token.head.i for span in sent.doc.spans.get(TRIGGERS, [])):
            continue  # "his Russian counterpart Vladimir Putin" names its actor already (but "between our forces
            # and the Russian army" names another beside it; and "its embassy compound in Damascus" is still its)
        if token.tag_ == "NNS" and token.lemma_.lower() in BODIES and token.pos_ == "NOUN" and \
                len(groups := context.groups()) >= 2 and not phrase_ids(token) & tagged and \
                any(c.dep_ == "det" and c.lower_ == "the" for c in token.children) and \
                any(c.dep_ in ("amod", "compound") and c.lemma_.lower() in ("rebel", "armed") for c in token.children):
            mentions.append(Mention(token, token.i, token.i + 1, groups, resolved=True))
            tagged.add(token.i)  # "the government, the rebel movements, the opposition and civil society signed
            continue  # …": the armed movements the article has named, all of them
        named = next((r for m in reversed(mentions) if m.start < token.i and not m.resolved for r in m.refs
                      if r.kind == "armed_group"), context.only_group() if token.tag_ == "NN" else None) \
            if token.lemma_.lower() in GROUP_NOUNS or rebel_alliance(token) else None  # (or, for "the faction",
        # the one group named before; "the rebel alliance" too, but not "the alliance", which may be NATO)
        described = token
        while described.dep_ in ("compound", "amod") and described.head.i != described.i:
            described = described.head
        if described.dep_ == "appos" and described.head.i in tagged:
            continue  # "Talks with the ELN, the last large guerrilla group, …": the group named, described
        if named and token.pos_ == "NOUN" and any(c.dep_ == "det" and c.lower_ == "the" for c in token.children) \
                and not (phrase_ids(token) & tagged) - backers_of(token) and \
                not (token.tag_ == "NNS" and token.lemma_.lower() in BODIES):
            # (but "the loyalist paramilitary groups", several bodies, are not the one group named)
            # (an "Iran-aligned group" is still the group just named, whoever it is aligned with)
            # "suspended talks with the ELN …, accusing the rebel group of …": the group just named
            mentions.append(Mention(token, token.i, token.i + 1, [named], resolved=True))
            tagged.add(token.i)
            continue
        lemma = token.lemma_.lower()
        if lemma == "enemy" and token.tag_ == "NN" and any(
                c.dep_ == "det" and c.lower_ == "the" for c in token.children) and \
                (foe := the_enemy(context, getattr(token.doc._, "tw_ref", None))) is not None:
            mentions.append(Mention(token, token.i, token.i + 1, [foe], resolved=True))  # "The enemy launched 2
            tagged.add(token.i)  # missile strikes", in the Ukrainian general staff's update: Russia
            continue
        if lemma in GROUP_NOUNS and token.tag_ == "NNS" and token.dep_ == "nsubj" and \
                not any(c.dep_ in ("det", "poss", "amod", "compound", "nummod") and c.lemma_.lower() not in KINDS
                        for c in token.children) and \
                context.only_group() and not phrase_ids(token) & tagged:
            # "militants fired a last salvo of rockets", in an article on Israel and Islamic Jihad: the one armed
            # group it has named (so "Separatist fighters attacked …", after the Ambazonia Governing Council)
            mentions.append(Mention(token, token.i, token.i + 1, [context.only_group()], resolved=True))
            tagged.add(token.i)
            continue
        if (token.pos_ == "PROPN" and lemma in ORGANS or lemma in FRONTS and token.dep_ in (
                "nsubj", "nsubjpass", "poss", "dobj")) and token.dep_ != "compound" and any(
                c.dep_ == "det" and c.lower_ == "the" for c in token.children) and not any(
                c.dep_ in ("compound", "amod", "nmod", "poss") or c.dep_ == "prep" and c.lower_ == "of"
                for c in token.children) and (body := context.heads.get(lemma) or context.organ_of(lemma)):
            # "The Chamber also issued …", after "Pre-Trial Chamber I of the ICC"; "The Council today adopted …",
            # in a release the EU's name heads (not "the Supreme Court", "the Council of Europe")
            mentions.append(Mention(token, token.i, token.i + 1, [body], resolved=True))
            tagged.add(token.i)
            continue
        if lemma == "minister" and token.pos_ == "PROPN" and token.dep_ == "compound" and \
                token.head.ent_type_ == "PERSON" and token.head.i not in tagged and \
                any(c.dep_ == "compound" and c.lemma_.lower() in PORTFOLIOS for c in token.children) and \
                not {t.i for t in token.subtree} & tagged and \
                (home := home_state(context, mentions, token)) is not None:
            # "OUAGADOUGOU - … Security Minister Mahamadou Sana condemned …": a minister no state is named for, whom
            # the actors file does not know, is of the state the article is about
            mentions.append(Mention(token, token.i, token.i + 1, [home], resolved=True))
            tagged.add(token.i)
            continue
        official = lemma in ("force", "troop") and sent.doc.has_annotation("DEP") and any(
            c.dep_ == "compound" and c.lemma_.lower() in ("government", "regime", "air", "security") or
            c.dep_ == "amod" and c.lower_ == "federal" for c in token.children)  # ("government forces"; "the air
        # force", "the security forces", "federal troops": a state's own)
        several = token.tag_ == "NNS" and lemma in BODIES  # ("the loyalist paramilitary groups": not the one named)
        said_by = sole_state(speaker_of(token, mentions, "state")) if lemma in STATE_ARMS and \
            token.dep_ == "nsubj" and token.tag_ == "NN" and not any(c.dep_ == "conj" for c in token.children) \
            else None  # "Sudan's defence minister said … that the army
        # had entered Heglig": the speaker's own army, whichever army the article named last (not "Blinken announces
        # that the army and the RSF have agreed": one side of a war the speaker is not in)
        arm = said_by or (None if several else context.heads.get(lemma)) or (
            context.organ_of(lemma) if lemma in FRONTS & STATE_ARMS else None) or (  # ("the military junta", a
            # word a movement and a state's arm share: the movement named, else the state's; not "the front")
            home_state(context, mentions, token) if lemma in STATE_ARMS or official else None) or (
            context.heads.get("government") if official else None)
        bare = token.dep_ == "compound" and token.head.tag_ == "NNS" and token.lower_ in STATE_ARMS and not any(
            c.dep_ in ("det", "poss") for c in token.head.children)  # "Army drones struck RSF positions"
        titled = token.pos_ == "PROPN" and token.lower_ in STATE_ARMS and not (
            token.dep_ == "compound" and token.head.pos_ == "PROPN")  # "The Government has taken this step" (not
        # "the Combined Loyalist Military Command", a name of its own)
        telegraphic = token.is_title and lemma in STATE_ARMS and all(
            t.is_space or t.is_punct or t.like_num or t.ent_type_ in ("DATE", "TIME") or
            not t.text.strip("0123456789/:.-") for t in sent.doc[sent.start:token.i])
        # an alert drops its articles: "BREAKING: Army and RSF agree 72-hour truce", "03/05/2006 18:02 Govt declares
        # indefinite ceasefire" (after its stamp)
        if (token.pos_ == "NOUN" or bare or titled or telegraphic) and arm and not kind and not group and (
                official or bare or telegraphic or any(
                c.dep_ == "det" and c.lower_ == "the" for c in token.children) or token.dep_ == "compound" and any(
                c.dep_ == "det" and (c.lower_ == "the" or token.head.lemma_.lower() in POSTS)
                for c in token.head.children)) and \
                not phrase_ids(token) & tagged:  # (also "the army chief")
            # "the army", after "Sudan's army", or in an article that has named one state: that actor's; and
            # "government forces", the forces of the state the article named
            mentions.append(Mention(token, token.i, token.i + 1, [arm], resolved=True))
            tagged.add(token.i)  # "the army's delegation" is the army's, not both sides'
            continue
        if kind == "state" and token.lower_ == "it" and any(
                span.label_ in ("ceasefire", "agreement", "proposal") and (it := it_of(span.root)) is not None and
                it.i == token.i for span in sent.doc.spans.get(TRIGGERS, [])):
            continue  # "It takes effect at 9 p.m.", "the cabinet accepted it": the truce or deal, no state
        if kind == "state" and token.lower_ == "it" and token.dep_ == "nsubj" and \
                token.head.lemma_.lower() in SETTING and any(
                span.root.dep_ == "dobj" and span.root.head.i == token.head.i
                for span in sent.doc.spans.get(TRIGGERS, [])):
            continue  # "It promised a cessation of hostilities", after a deal: the deal, no state
        if kind == "state" and token.lower_ == "it" and token.dep_ == "nsubj" and \
                (sides := war_before(token)) is not None:
            if token.head.lemma_.lower() in ENDING_VERBS and sides:
                mentions.append(Mention(token, token.i, token.i + 1, sides, resolved=True))  # "The war between
                # Ethiopia and Eritrea began … It ended with the Agreement on Cessation of Hostilities": the deal
                # that ended the war was made by its sides
            continue  # (and "it" is the war, no state)
        if kind == "state" and token.lower_ == "it" and told_by_the_sentence_before(token) and \
                not speaker_of(token, mentions, kind):  # (but "North Korea has declared that it …": the speaker)
            continue  # "The humanitarian pause in Gaza began at 7 a.m. The Secretary-General welcomed it and said he
            # hoped it would lead to …": the truce the sentence before was about, not Gaza
        if kind == "state" and token.lower_ == "it" and token.dep_ in ("dobj", "pobj") and \
                thing_before(token, tagged):
            continue  # "sank the Magic Seas after attacking it": the ship, not a state
        if kind == "state" and token.lower_ == "its" and token.head.lemma_.lower() in CREW and \
                thing_before(token, tagged):
            continue  # "an attack … killed four of its crew": the ship's crew, not a state's
        if token.lower_ in ("them", "they") and token.doc.has_annotation("DEP") and \
                unnamed_people_before(token, tagged):
            continue  # "came upon three gunmen on Wednesday and killed them": the gunmen, whoever they were
        if kind or group:
            earlier = [r for m in mentions if m.start < token.i and not m.resolved and not venue(m) and
                       not (token.dep_ == "nsubj" and met_with(m.root)) for r in m.refs]
            # ("after talks in Moscow with French President Nicolas Sarkozy, he agrees": not the one he met)
            # ("the negotiating table in Quito, which it left": the city is where, not the "it")
            ours = token.lower_ in ("we", "our", "us") and (context.speaker or context.author) is not None
            refs = (speaker_of(token, mentions, kind) or [context.speaker or context.author]) if ours else (
                possessor_above(token, mentions) or speaker_of(token, mentions, kind) or
                    first_subject(token, mentions, kind) or
                    relative_subject(token, mentions, kind) or owner_of(token, mentions) or
                    clause_subject_owns(token, mentions, kind)) if kind else []
            # (the "we" of one whose words these are, where the page says whose, unless a quote gives another's:
            # "with intelligence and fuel from our Africa Command", a State Department witness says)
            if kind == "group" and not refs:
                refs = plural_before(token, mentions)
            if group and not refs and token.lemma_.lower() in ("side", "party") and token.tag_ == "NNS":
                refs = pair_before(token, mentions)
            if group and not refs and token.lemma_.lower() == "delegation" and token.tag_ == "NN":
                refs = delegation_led(token, mentions)
            if not refs and token.lower_ in ("we", "our", "us") and \
                    (context.speaker or context.author or context.first_person):
                refs = [context.speaker or context.author or context.first_person]  # a communique's "we": the side
                # that speaks in it (who has the floor in a transcript), named by the statement's first line, else the
                # one its main clause was about
            if kind == "self":  # "I call on the Government of Ethiopia …", in an address: the one who speaks
                refs = [context.speaker or context.author] if (context.speaker or context.author) else \
                    speaker_of(token, mentions, "person")
            refs = refs or (context.resolve(kind or "group", token, earlier) if kind != "self" else [])
            if refs:
                mentions.append(Mention(token, token.i, token.i + 1, refs, resolved=True))
    return mentions


def sole_state(refs: list[ActorRef]) -> ActorRef | None:
    """The one state these actors name, if they name exactly one."""
    states = {r.code: r for r in refs if r.kind in ("state", "demonym") and r.code}
    return next(iter(states.values())) if len(states) == 1 else None


def home_state(context: ActorContext, mentions: list[Mention], token: Token) -> ActorRef | None:
    """The state whose army or government a bare "the army" is: the one the article has named, or else the one its
    sentence named before it ("a truce in Yemen expired after the Houthi rebels and the government failed to
    agree"); or else the one state whose president, army or government the article has named ("Colombian
    President Gustavo Petro …" and talks "hosted by Venezuela, Cuba, Mexico and Norway": the government is
    Colombia's); or else the state the article's label names ("Yemen: the week ahead", then Saudi and Omani envoys,
    and a deal "the government and the Houthis reached"); or else the one state whose leader the article has named
    ("a ceasefire agreed by President Salva Kiir and rebel leader Riek Machar … the army": South Sudan's), unless the
    armed groups the article names are based in one state it names ("Sudan's truces … the army and the RSF", then
    U.S. Secretary of State Antony Blinken: the army is Sudan's); or else the one state the armed groups its
    sentence names are based in."""
    states, bases = actor_book().states, actor_book().bases
    named = {r.code for r in context.states}
    verb = token.head if token.dep_ == "dobj" else token.head.head if token.dep_ == "pobj" else None
    fought = [bases[r.code] for m in mentions if verb is not None and not m.resolved and m.root.dep_ == "nsubj" and
              m.root.head.i == verb.i for r in m.refs if r.kind == "armed_group" and bases.get(r.code) in states]
    if len(set(fought)) == 1:
        return ActorRef(fought[0], states[fought[0]], "state")  # "The RSF has been fighting the army", after a
        # U.S. finding: the army the group fights is its own country's
    homes = sole_state([ActorRef(bases[r.code], states[bases[r.code]], "state") for r in context.states
                        if r.kind == "armed_group" and bases.get(r.code) in states])
    if homes is not None and any(c.lemma_.lower() in GROUP_NOUNS for c in token.conjuncts):
        return homes  # "the government and the groups signed it", in a story of the Central African Republic's
        # armed groups told beside Sudan's president: the government those groups fight
    return context.only_state() or sole_state([r for m in mentions if m.start < token.i and not m.resolved and
                                               not venue(m) for r in m.refs]) or \
        sole_state(list(context.heads.values())) or context.labelled or \
        sole_state([ActorRef(bases[r.code], states[bases[r.code]], "state") for r in context.states
                    if r.kind == "armed_group" and bases.get(r.code) in named & set(states)]) or \
        sole_state([ActorRef(r.code, states[r.code], "state") for r in context.people if r.code in states]) or \
        sole_state([ActorRef(bases[r.code], states.get(bases[r.code], bases[r.code]), "state")
                    for m in mentions if not m.resolved for r in m.refs if r.code in bases])
    # ("The RSF has been fighting the army", in a press release that names other states: the army the group
    # fights at home is its country's)


def pair_before(sides: Token, mentions: list[Mention]) -> list[ActorRef]:
    """ "he brought the Indonesian government and the Free Aceh Movement to the table …, and after five rounds of
    talks the two sides signed": the two just named together in its sentence, those of them the book knows."""
    pairs = [t for t in sides.sent if t.i < sides.i and t.pos_ in ("NOUN", "PROPN") and t.dep_ != "conj" and
             any(c.dep_ == "conj" and c.pos_ in ("NOUN", "PROPN") and c.i < sides.i for c in t.children)]
    for first in reversed(pairs):
        second = next(c for c in first.children if c.dep_ == "conj" and c.pos_ in ("NOUN", "PROPN"))
        phrases = [{t.i for t in np.subtree} - {t.i for c in np.children if c.dep_ in (
            "conj", "cc", "prep", "relcl", "acl") for t in c.subtree} for np in (first, second)]  # (not "… in
        # Jeddah" after the second side)
        named = [[m for m in mentions if not m.resolved and m.root.i in phrase] for phrase in phrases]
        if any(named) and all(len(n) <= 1 for n in named):
            return [r for n in named for m in n for r in m.refs]
    return []


LEADS = {"head", "chief", "leader"}


def delegation_led(delegation: Token, mentions: list[Mention]) -> list[ActorRef]:
    """ "The head of the national delegation, Mohammed Abdulsalam, said that the delegation agreed …": a delegation
    whose head its sentence names is his side's."""
    for token in delegation.sent:
        lead = token.head.head
        if token.lemma_.lower() == "delegation" and token.dep_ == "pobj" and token.head.lower_ == "of" and \
                lead.lemma_.lower() in LEADS:
            named = [t.i for c in lead.children if c.dep_ == "appos" for t in c.subtree]
            people = [m for m in mentions if not m.resolved and m.root.i in named and m.refs[0].kind == "person"]
            if len(people) == 1 and people[0].refs[0].code:
                return list(people[0].refs)
    return []


PEOPLE = {"gunman", "militant", "fighter", "attacker", "assailant", "insurgent", "rebel", "man", "civilian",
          "hostage", "prisoner", "soldier", "suspect"}  # who "them" may stand for, named by no side


def unnamed_people_before(pronoun: Token, tagged: set[int]) -> bool:
    """Is there a plural noun of people no actor names, as an object earlier in the pronoun's sentence ("came upon
    three gunmen … and killed them")?"""
    nouns = [t for t in pronoun.doc[pronoun.sent.start:pronoun.i] if t.tag_ == "NNS" and t.pos_ == "NOUN"]
    if pronoun.lower_ == "they":  # (the nearest plural before "they" only, in a clause on a place: "… on the
        if pronoun.head.dep_ != "relcl":  # building where they had taken cover"; not "… committing to protect
            return False  # civilians, but they did not agree")
        if not any(c.tag_ in ("WDT", "WP", "WRB") or c.lower_ == "that" for c in pronoun.head.children):
            return False  # "the exchange of prisoners of war they have agreed to complete": a clause with no
            # "where" or "that" has what it is on for its object, not its subject
        nouns = nouns[-1:]
    return any(t.lemma_.lower() in PEOPLE and t.dep_ in ("dobj", "pobj") and t.i not in tagged and
               not any(c.i in tagged or c.dep_ == "poss" for c in t.children) for t in nouns)  # (not "their
    # fighters", someone's)


def plural_before(pronoun: Token, mentions: list[Mention]) -> list[ActorRef]:
    """ "Israel struck Hamas leaders in Doha as they met": the nearest people named before "they" in its sentence, a
    plural noun an actor names ("Hamas leaders", "Russian troops")."""
    for m in reversed(mentions):
        if m.start >= pronoun.i or m.start < pronoun.sent.start or m.resolved and m.root.dep_ != "poss":
            continue  # (but "would withdraw its troops …, while Sudan said its army had driven them out": the
            # troops of the side "its" was read as)
        head = m.root if m.root.tag_ == "NNS" else m.root.head if m.root.dep_ in ("compound", "amod", "poss") else None
        if head is not None and head.tag_ == "NNS" and head.i < pronoun.i:
            return list(m.refs)
    return []


def former(mention: Mention) -> bool:
    """Is the state named only as the one its title was once held for ("former Nigerian President Olusegun
    Obasanjo", "the former Israeli prime minister")? Its holder acts for himself, or for whom he now serves."""
    if mention.refs[0].kind not in ("state", "demonym"):
        return False
    node = mention.root
    while node.dep_ in ("poss", "compound", "amod", "nmod", "appos", "flat") and node.head.i != node.i:
        node = node.head  # (through the title to the name: "former Nigerian President Olusegun Obasanjo")
        if any(c.dep_ == "amod" and c.lower_ in ("former", "ex") for c in node.children):
            return True
    return False


def hyphenated(a: Mention, b: Mention) -> bool:
    """Are two actor names joined by a hyphen ("US-Taliban")?"""
    first, second = (a, b) if a.start < b.start else (b, a)
    return second.start == first.end + 1 and first.root.doc[first.end].text in ("-", "–")


def named_for_city(span: Span, ref: ActorRef) -> bool:
    """Is the state named by one of its cities ("Minsk" for Belarus), as a deal is named for where it was made?"""
    place = gazetteer().lookup(span.text)
    return ref.kind == "state" and place is not None and place.lat is not None and place.country == ref.code


@lru_cache(maxsize=1)
def named_by_city() -> frozenset[str]:
    """Nouns a city names for where it was made or held: the words of deals and talks ("the Pretoria agreement",
    "the Minsk accords", "the Astana talks", "the Doha process")."""
    nouns = load("triggers")["nouns"]
    return frozenset(lemma for lemma, entry in nouns.items() if entry["type"] in ("ceasefire", "agreement", "talks",
                                                                                 "prisoner_exchange")) | {
        "process", "format", "protocol", "declaration", "memorandum", "framework", "communique", "platform"}


def city_named(mention: Mention, mentions: list[Mention]) -> bool:
    """Is the state named only by a city, as the name of a deal or talks held there ("two years after the Pretoria
    agreement ended the war in Tigray")? The city is where it was made: its state is no party, and no state the
    article is about (but a "Moscow-Kyiv swap" is between the two)."""
    root = mention.root
    return root.dep_ in ("compound", "nmod", "amod") and root.head.lemma_.lower() in named_by_city() and \
        named_for_city(root.doc[mention.start:mention.end], mention.refs[0]) and \
        not any(hyphenated(o, mention) for o in mentions if o is not mention)


def briefing_topic(sent: Span, mentions: list[Mention]) -> Mention | None:
    """The country that heads an item of a briefing: "Sudan: The army said it would not attend …"; or of a bulletin,
    as the paragraph's first sentence: "Yemen. A third day of prisoner releases is under way."."""
    doc = sent.doc
    return next((m for m in mentions if (m.start == sent.start or doc[sent.start:m.start].text.isupper()) and
                 m.refs[0].kind == "state" and (
        m.end < sent.end - 2 and doc[m.end].text == ":" or m.end == sent.end - 1 and doc[m.end].text == ":" or
        sent.start == 0 and m.end == sent.end - 1 and doc[m.end].text == "." and len(list(doc.sents)) > 1)), None)
    # (also "DR CONGO:", a label the parser sets apart as a sentence of its own)


POSTS = {"base", "barracks", "barrack", "post", "outpost", "garrison", "headquarters", "camp",
         "checkpoint"}  # "an army base" ("barrack": the lemma the model gives "barracks")
OWNING = {"hold", "control", "run", "occupy", "own"}  # "Houthi-held", "rebel-controlled": the holder's
CREW = {"crew", "sailor", "seafarer", "passenger", "captain", "cargo", "hull"}  # what a ship has, named with "its"


def rebel_alliance(token: Token) -> bool:
    """ "the rebel alliance", "the armed alliance": a group of armed groups, named by what it is."""
    return token.lemma_.lower() in ("alliance", "coalition") and any(
        c.dep_ in ("amod", "compound") and c.lemma_.lower() in ("rebel", "armed", "insurgent") for c in token.children)


def told_by_the_sentence_before(token: Token) -> bool:
    """Is the sentence before the pronoun's, in its passage, about a truce, deal or proposal: its main clause's
    subject one of those event words?"""
    sent = token.sent
    if sent.start == 0:
        return False
    before = token.doc[sent.start - 1].sent
    return any(span.label_ in ("ceasefire", "agreement", "proposal") and span.root.dep_ in ("nsubj", "nsubjpass") and
               span.root.head.dep_ == "ROOT" and before.start <= span.root.i < before.end
               for span in token.doc.spans.get(TRIGGERS, []))


WAR_WORDS = frozenset({"war", "conflict", "fighting", "insurgency", "rebellion", "uprising"})
ENDING_VERBS = frozenset({"end", "conclude", "finish", "close", "culminate"})  # what a war or talks end with, or
# in, is what ended them ("It ended with the Agreement on Cessation of Hostilities", "talks … which ended with the
# signing of the Bonn Agreement")


def war_before(token: Token) -> list[ActorRef] | None:
    """Is the pronoun, opening its sentence, the war the sentence before is about ("The war between Ethiopia and
    Eritrea began when … It ended with …")? The war's sides named "between" or "of" it (none where it names none);
    None where that sentence's subject is no war."""
    sent = token.sent
    if sent.start == 0 or token.i != sent.start:
        return None
    before = token.doc[sent.start - 1].sent
    war = next((t for t in before if t.dep_ == "nsubj" and t.head.dep_ == "ROOT" and
                t.lemma_.lower() in WAR_WORDS), None)
    return sides_of_the_war(war) if war is not None else None


def sides_of_the_war(war: Token) -> list[ActorRef]:
    """The sides a war word names "between" or "of" it ("the war between Ethiopia and Eritrea", "fighting between
    Georgian forces and Abkhaz separatists")."""
    doc = war.doc
    ids = {g.i for p in war.children if p.dep_ == "prep" and p.lower_ in ("between", "of") for g in p.subtree}
    spans = list(doc.spans[SPAN_KEY])
    if war.i + 1 < len(doc) and doc[war.i + 1].lower_ == "between":  # (the parser may break the phrase: "Fighting
        # between Georgian forces and Abkhaz separatists in 1992", with "separatists" taken for a verb)
        end = next((t.i for t in doc[war.i + 2:war.sent.end] if t.pos_ == "ADP" or t.is_punct or
                    t.pos_ in ("VERB", "AUX") and not any(s.start <= t.i < s.end for s in spans)), war.sent.end)
        ids |= set(range(war.i + 2, end))
    refs = [ActorRef(s.label_, info_of(s).name, info_of(s).kind) for s in spans if s.root.i in ids]
    return list({r.code: r for r in refs}.values())


def war_sides_in(sent: Span) -> list[ActorRef]:
    """The two sides of a war the sentence names between them ("Fighting between Georgian forces and Abkhaz
    separatists in 1992 and 1993 ended …"); none where it names no such pair."""
    for war in (t for t in sent if (t.lemma_.lower() in WAR_WORDS or t.lower_ in WAR_WORDS) and (
            t.pos_ == "NOUN" or t.tag_ == "VBG")):
        sides = sides_of_the_war(war)
        if len(sides) == 2:
            return sides
    return []


def thing_before(pronoun: Token, tagged: set[int]) -> bool:
    """Is the nearest noun before an object "it" in its sentence a thing, not an actor ("sank the Magic Seas after
    attacking it")?"""
    taken = pronoun.head.lemma_.lower() in taking_words()  # "move into the town of Bender to retake it": a place
    for token in reversed(pronoun.doc[pronoun.sent.start:pronoun.i]):
        if token.i in tagged:
            return False
        if token.pos_ in ("NOUN", "PROPN") and (token.dep_ in ("dobj", "nsubj", "nsubjpass") or
                                                 taken and token.dep_ == "pobj") and \
                token.tag_ in ("NN", "NNP", "NNPS"):
            return True
    return False


def phrase_ids(noun: Token) -> set[int]:
    """The words of a noun's own phrase, without a clause on it: "the army" in "the army, which has rejected a
    proposal by the United States"."""
    return {t.i for t in noun.subtree} - {t.i for c in noun.children if c.dep_ in ("relcl", "acl", "conj", "cc")
                                          for t in c.subtree}  # (nor the phrases joined to it: "… and the ELN")


def backers_of(noun: Token) -> set[int]:
    """The words of an "Iran-aligned" or "Rwanda-backed" modifier: who backs the group, not who it is."""
    return {t.i for c in noun.children if c.dep_ == "amod" and c.tag_ == "VBN" and c.lemma_.lower() not in OWNING
            for t in c.subtree}  # (but "the Houthi-held ports": whose they are)


def group_state(state: Mention, mentions: list[Mention]) -> bool:
    """Is `state` the home of an armed group named in its noun phrase ("Yemen's Houthi rebels", "Lebanon's
    Hezbollah")? The group acts, not the state."""
    bases = actor_book().bases
    if state.refs[0].kind not in ("state", "demonym"):
        return False
    head = _modified(state.root)
    doc = state.root.doc
    possessive = state.end < len(doc) and doc[state.end].lower_ in ("'s", "’s")
    return any(bases.get(r.code) == state.refs[0].code and (
        head.i != state.root.i and _modified(m.root).i == head.i
        or possessive and 0 < m.start - state.end <= 3 and not any(t.pos_ == "CCONJ" for t in doc[state.end:m.start])
        # "Sudan's paramilitary Rapid Support Forces", misparsed; not "Ethiopia's government and forces from Tigray"
        or head.i != state.root.i and head.pos_ == "NOUN" and m.start == head.i + 1)
        # "the Palestinian militant group Hamas", the name parsed apart from the words that describe it
        for m in mentions if m is not state for r in m.refs)  # not "Yemen and the Houthis", "Sudan's army and the RSF"


AGAINST_THE_STATE = {"rebel", "insurgent", "opposition"}


def rebels_of(state: Mention, mentions: list[Mention]) -> bool:
    """Is `state` only the country of rebels a named group leads ("Syrian rebels led by Hayat Tahrir al-Sham seized
    Damascus")? The group acts. (Rebels named by their country alone, "Ivory Coast rebels", keep its code, as the
    coders of record give it.)"""
    head = state.root.head
    if state.refs[0].kind not in ("state", "demonym") or state.root.dep_ not in ("amod", "compound", "poss") or \
            head.lemma_.lower() not in AGAINST_THE_STATE or head.i == state.root.i:
        return False
    phrase = {t.i for t in head.subtree}
    return any(m.root.i in phrase and m.refs[0].kind == "armed_group" for m in mentions if m is not state)


SIDES = {"party", "side", "faction"}
DIVIDED = {"warring", "rival", "opposing", "two"}


def divided(state: Mention) -> bool:
    """Is `state` the country of the sides that fight in it ("Yemen's warring parties", "Libya's two rival
    factions")? The sides act, not the state."""
    if state.refs[0].kind not in ("state", "demonym") or state.root.dep_ == "appos":
        return False  # ("the two parties, Israel and Hamas": the parties named, not their country)
    head = _modified(state.root)
    return head.i != state.root.i and head.lemma_.lower() in SIDES and head.tag_ == "NNS" and any(
        c.dep_ in ("amod", "nummod") and c.lower_ in DIVIDED for c in head.children)


def _modified(token: Token) -> Token:
    """The noun a modifier word belongs to, through modifiers only ("Yemen" in "Yemen's Houthi rebels": rebels)."""
    node = token
    while node.dep_ in ("poss", "compound", "amod", "nmod", "appos", "flat") and node.head.i != node.i:
        node = node.head
    return node


SAYING = {"say", "tell", "claim", "announce", "state", "report", "add", "insist", "confirm", "deny", "admit", "stress",
          "affirm", "reiterate", "emphasise", "emphasize", "underline", "warn", "declare"}


def possessor_above(token: Token, mentions: list[Mention]) -> list[ActorRef]:
    """ "It is Iran's second direct attack on Israel after April, when it launched more than 300 drones": a subject
    pronoun in a clause inside the phrase of a noun a state possesses is that state."""
    if token.dep_ != "nsubj" or token.lower_ not in ("it", "they"):
        return []
    clause = token.head
    if clause.dep_ not in ("relcl", "advcl", "acl"):
        return []
    for node in list(clause.ancestors)[:5]:
        owners = [c for c in node.children if c.dep_ == "poss" and c.i < clause.i]
        found = [m for m in mentions if any(m.start <= o.i < m.end for o in owners)]
        if found and node.pos_ == "NOUN":
            return list(found[0].refs)
    return []


def owner_of(token: Token, mentions: list[Mention]) -> list[ActorRef]:
    """A possessive pronoun belongs to its clause's subject: "the army continued its offensive" -> the army."""
    if token.dep_ != "poss" or token.lower_ not in ("its", "their"):
        return []
    node = token.head
    while node.dep_ in ("dobj", "pobj", "prep", "conj") and node.head.i != node.i and node.pos_ != "VERB":
        node = node.head
    subjects = [c for c in node.children if c.dep_ == "nsubj"] if node.pos_ in ("VERB", "AUX") else []
    span = {t.i for s in subjects for t in s.subtree}
    return next((m.refs for m in mentions if m.root.i in span), [])


def speaker_of(token: Token, mentions: list[Mention], kind: str) -> list[ActorRef]:
    """The subject pronoun of reported speech is its speaker: "the Israeli military said it had fired" -> the
    Israeli military; "Putin said he would attend" -> Putin; "India and Pakistan said they had agreed" -> both."""
    verb = token.head
    if token.dep_ == "poss":  # "the ministry said 24 people had been killed on its side"
        while verb.dep_ != "ccomp" and verb.head.i != verb.i and verb.pos_ not in ("VERB", "AUX"):
            verb = verb.head
        while verb.dep_ in ("prep", "pobj", "dobj", "npadvmod") and verb.head.pos_ in ("VERB", "AUX", "ADP"):
            verb = verb.head
    elif token.dep_ not in ("nsubj", "nsubjpass"):
        return []
    if verb.dep_ == "conj" and verb.head.dep_ == "ccomp":
        verb = verb.head  # "said the deal did not cover Israel, and that they would keep striking"
    saying = verb.head
    if verb.dep_ == "acl" and any(c.dep_ == "mark" and c.lower_ == "that" for c in verb.children) and \
            saying.dep_ == "pobj" and saying.head.head.lemma_.lower() in SAYING:
        saying = saying.head.head  # "said in a statement that the army had kept up operations against its fighters"
        # (the told clause hung on the statement)
    elif verb.dep_ != "ccomp" or saying.lemma_.lower() not in SAYING:
        return []
    if token.dep_ == "poss":
        subject = {t.i for c in verb.children if c.dep_ == "nsubj" for t in c.subtree} - \
            {t.i for t in token.head.subtree}  # (not the phrase it is in: "its ceasefire with Morocco")
        own = [r for m in mentions if m.root.i in subject and m.root.pos_ != "PRON" for r in m.refs]
        events = {t.root.i for t in token.doc.spans[TRIGGERS]} if TRIGGERS in token.doc.spans else set()
        if own and token.head.i in events:
            return own[:1]  # "Russia launched one of its heaviest attacks, the air force said": the attacks of the
            # clause's own subject; but "said Azerbaijani forces attacked its positions": the speaker's
    speakers = [c for c in saying.children if c.dep_ == "nsubj"]  # the parser may split one subject in two
    if not speakers and saying.dep_ in ("conj", "advcl", "dep"):
        speakers = [c for c in saying.head.children if c.dep_ == "nsubj"]  # "the group claimed … and said it"
        # (also "Israel said it had struck …, then announced that it had resumed", parsed as a clause of the first)
    span = {t.i for speaker in speakers for t in speaker.subtree} - {
        i for speaker in speakers for i in backers_of(speaker)}  # ("the Turkey-backed Syrian National Army said it
    # had taken …": the army, not who backs it)
    found: list[ActorRef] = []
    for m in mentions:
        if m.root.i in span and not (m.resolved and m.root.pos_ == "PRON"):
            found += [r for r in m.refs if (r.kind == "person") == (kind == "person")]
            if found and token.lower_ not in ("they", "we"):
                break  # "India and Pakistan said they had agreed": a plural pronoun is all the speakers
    return found


def first_subject(token: Token, mentions: list[Mention], kind: str) -> list[ActorRef]:
    """The subject pronoun of a joined clause is the first clause's subject: "Putin agreed … after a call with
    Trump, but he rejected a full ceasefire" -> Putin; "the army and the RSF signed …, but they did not agree" ->
    both; "the Council announced …, and it accused …" -> the Council's."""
    verb = token.head
    if token.dep_ != "nsubj" or verb.dep_ != "conj" or verb.head.pos_ not in ("VERB", "AUX"):
        return []
    span = {t.i for c in verb.head.children if c.dep_ == "nsubj" for t in c.subtree}
    if kind == "state":  # "The Council of the Security and the Defence announced …, and it accused it of …"
        bodies = {r.code: r for m in mentions if m.root.i in span and not m.resolved for r in m.refs
                  if r.code and r.kind in ("state", "organisation", "armed_group")}
        return list(bodies.values()) if len(bodies) == 1 else []
    if kind == "group":  # "Sudan's army and the RSF signed a declaration …, but they did not agree to a ceasefire"
        refs = [r for m in mentions if m.root.i in span for r in m.refs if r.code]
        return refs if len({r.code for r in refs}) >= 2 else []
    return next(([r] for m in mentions if m.root.i in span and not m.resolved for r in m.refs
                 if r.kind == "person"), [])


def clause_subject_owns(token: Token, mentions: list[Mention], kind: str) -> list[ActorRef]:
    """A possessive pronoun is the subject's of its own clause, where that subject is a named actor of its kind:
    "Then Dhlakama declared a truce from his base in the Gorongosa mountains" -> Dhlakama (not the last man named
    before the sentence)."""
    if token.dep_ != "poss" or kind not in ("person", "state"):
        return []
    verb = token.head
    while verb.pos_ not in ("VERB", "AUX") and verb.head.i != verb.i:
        verb = verb.head
    subjects = {c.i for c in verb.children if c.dep_ == "nsubj"}
    return next(([r] for m in mentions if m.root.i in subjects and not m.resolved for r in m.refs
                 if (r.kind == "person") == (kind == "person")), [])


def relative_subject(token: Token, mentions: list[Mention], kind: str) -> list[ActorRef]:
    """ "it" doing what a relative clause tells is the actor named last before it: "supplying the militia with the
    drones that it used in the attacks" -> the militia."""
    if kind != "state" or token.lower_ != "it" or token.dep_ != "nsubj" or token.head.dep_ != "relcl":
        return []
    clause = token.head
    if not any(c.dep_ == "dobj" and c.lower_ in ("that", "which") for c in clause.children):
        return []  # (not "militants who it says attack Pakistan": the one who says so)
    antecedent = {t.i for t in clause.head.subtree} - {t.i for t in clause.subtree}
    named = [m for m in mentions if m.end <= token.i and m.root.sent.start == token.sent.start and
             m.root.pos_ != "PRON" and m.refs[0].kind != "person" and m.root.i not in antecedent and not venue(m)]
    # (not "the talks in Quito, which it left": the place the clause's own noun names)
    return named[-1].refs[:1] if named else []


WAR_NOUNS = {"war", "truce", "ceasefire", "conflict", "fighting", "peace"}  # a war "in Yemen"


def venue(mention: Mention) -> bool:
    """Is the state named only as where something was done ("the truce was agreed in Jeddah"), not as a state the
    article speaks of ("the army" after it is not Saudi Arabia's)? But "a six-month truce in Yemen" is Yemen's war,
    and "the government" after it is Yemen's."""
    root = mention.root
    return root.dep_ == "pobj" and root.head.lower_ in LOCATIVE and all(r.kind == "state" for r in mention.refs) \
        and not (root.head.head.lemma_.lower() in WAR_NOUNS and mention.refs[0].name == root.text)


class ActorContext:
    """What the article has said so far about who is who: for pronouns and group nouns."""

    def __init__(self) -> None:
        self.people: list[ActorRef] = []
        self.states: list[ActorRef] = []
        self.parties: list[ActorRef] = []
        self.heads: dict[str, ActorRef] = {}  # "army" -> Sudan, from "Sudan's army"
        self.first_person: ActorRef | None = None  # the one actor a sentence's main clause was about, for "we"
        self.author: ActorRef | None = None  # who a statement's first line says makes it ("Statement by …"), for "we"
        self.speaker: ActorRef | None = None  # who has the floor in a transcript ("AL THANI: …"), for "we"
        self.topic = 0  # which item of a briefing the text is in; 0 for an article about one war
        self.subject_group: ActorRef | None = None  # the one armed group the last sentence was about, by name
        self.labelled: ActorRef | None = None  # the state an article's label names ("Yemen: the week ahead")
        self.pair: list[ActorRef] = []  # the last two sides named together ("the Sudanese Armed Forces and the
        # Rapid Support Forces"), for "the two sides" where no event has told whose sides they are
        self.named_states: list[str] = []  # each state named, by itself or by one who stands for it, in order: for
        # "the two neighbours"
        self.counted: dict[str, list[ActorRef]] = {}  # "four" -> the groups "the four groups are …" lists

    def new_topic(self, state: ActorRef | None) -> None:
        """A briefing's next item ("Colombia: The government and the ELN …"): who was who in the last item is
        not who is who in this one (and the item's state, where a heading names one, is)."""
        self.people, self.states, self.parties, self.heads, self.pair = [], [state] if state else [], [], {}, []
        self.named_states = []
        self.topic += 1

    def only_state(self) -> ActorRef | None:
        """The one state the article has named so far, if it has named exactly one."""
        return sole_state(self.states)

    def organ_of(self, word: str) -> ActorRef | None:
        """The one body named so far whose names hold an organ's word ("the Council", after the EU)."""
        book = actor_book()
        bodies = {r.code: r for r in self.states if r.code in book.organs.get(word, ())}
        if word in FRONTS:  # (a movement named by its leader: "the rebel military junta, Brigadier Ansumane Mane")
            bodies |= {r.code: ActorRef(r.code, book.by_code[r.code].name, "armed_group") for r in self.people
                       if r.code in book.organs.get(word, ()) and r.code not in bodies}
        return next(iter(bodies.values())) if len(bodies) == 1 else None

    def groups(self) -> list[ActorRef]:
        """The armed groups the article has named so far, in the order it first named them."""
        return list({r.code: r for r in self.states if r.kind == "armed_group" and r.code}.values())

    def only_group(self) -> ActorRef | None:
        """The one armed group the article has named so far, if it has named exactly one."""
        groups = {r.code: r for r in self.states if r.kind == "armed_group" and r.code}
        return next(iter(groups.values())) if len(groups) == 1 else None

    def resolve(self, kind: str, token: Token, earlier: list[ActorRef] | None = None) -> list[ActorRef]:
        """The actor a pronoun or group noun stands for; `earlier`: actors named before it in its sentence."""
        earlier = earlier or []
        if kind == "person":
            people = self.people + [r for r in earlier if r.kind == "person"]
            subjects = _clause_subject_text(token)
            for ref in reversed(people):
                if token.dep_ in ("nsubj", "nsubjpass") or ref.name.split()[-1] not in subjects:
                    return [ref]
            return []
        if kind == "state" and token.dep_ == "poss" and token.head.lemma_.lower() in GROUP_NOUNS and \
                (group := self.subject_group or self.only_group()) is not None:
            return [group]  # "The ONLF has fought since 1994 for … the Somali region of Ethiopia. In April 2007 its
            # fighters attacked …": the fighters of the group the article is about, not of the last state named
        if kind == "state":
            book = actor_book().states
            states = self.states + [r if r.kind != "person" else ActorRef(r.code, book[r.code], "state")
                                    for r in earlier if r.kind in ("state", "organisation", "armed_group") or
                                    r.kind == "person" and r.code in book]  # ("the government of President Santos
            # …, which it left": his state)
            return states[-1:]
        subject = token.dep_ in ("nsubj", "nsubjpass") or token.dep_ == "poss" and token.head.dep_ in (
            "nsubj", "nsubjpass")
        if self.subject_group is not None and subject and not earlier:
            return [self.subject_group]  # "the M23 rebels are not party to the deal. Their leaders are negotiating
            # separately": the group the last sentence was about, not the deal's two sides
        if not self.parties and token.lemma_.lower() in ("side", "party") and token.tag_ == "NNS":
            return list(self.pair)  # "… the ceasefire agreed by the Sudanese Armed Forces and the Rapid Support
            # Forces. … the agreement the two sides signed in Jeddah"
        if token.lemma_.lower() in ("country", "nation") and token.tag_ == "NNS" and len(self.pair) == 2 and \
                all(r.kind == "state" for r in self.pair) and (not self.parties or len(self.parties) > 2 and any(
                    c.lower_ in ("two", "both") for c in token.children)):
            return list(self.pair)  # "Kyrgyzstan-Tajikistan border clashes … the heads of the two countries'
            # security services" (and so after Putin met the leaders of both: not three countries)
        if token.lemma_.lower() in ("neighbour", "neighbor") and token.tag_ == "NNS" and any(
                c.lower_ in ("two", "both") for c in token.children):
            last = list(dict.fromkeys(reversed(self.named_states)))[:2]
            if len(last) == 2:  # "talks brokered by Deby, whose government had long been accused by Khartoum … The
                # two neighbours agreed": the last two states named, not the deal's sides
                return [ActorRef(code, actor_book().states[code], "state") for code in reversed(last)]
        if token.lemma_.lower() in ("country", "nation") and token.tag_ == "NNS" and \
                any(r.kind != "state" for r in self.parties):
            return []  # "the countries that hosted the talks", after a deal between a state and a rebel movement
        return list(self.parties)

    def remember_border(self, span: Span) -> None:
        """ "Kyrgyzstan-Tajikistan border clashes": the two states of a shared border, named together, are the last
        pair named, though the border names neither as acting."""
        book = actor_book()
        named = [s for s in span.doc.spans.get(BORDER_KEY, []) if span.start <= s.start < span.end]
        codes = list(dict.fromkeys(s.label_ for s in named))
        if len(codes) == 2 and all(c in book.states for c in codes):
            self.pair = [ActorRef(c, book.states[c], "state") for c in codes]

    def remember(self, mentions: list[Mention]) -> None:
        states = actor_book().states
        self.named_states += [m.refs[0].code for m in mentions if len(m.refs) == 1 and m.refs[0].code in states and
                              (not m.resolved or m.refs[0].kind == "person")]
        sides = [m for m in mentions if not m.resolved and len(m.refs) == 1 and m.refs[0].code and
                 m.refs[0].kind in ("state", "armed_group") and not only_observing(m.root)]
        for first, second in zip(sides, sides[1:]):
            if second.root.dep_ == "conj" and second.root.head.i == first.root.i and \
                    first.refs[0].code != second.refs[0].code:
                self.pair = [first.refs[0], second.refs[0]]
        leading = {m.refs[0].code: m.refs[0] for m in mentions if not m.resolved and len(m.refs) == 1 and
                   m.refs[0].code and (m.root.head if m.root.dep_ == "compound" else m.root).dep_ == "nsubj" and
                   (m.root.head if m.root.dep_ == "compound" else m.root).head.dep_ == "ROOT"}
        if len(leading) == 1:
            self.first_person = next(iter(leading.values()))  # "The ELN announces …": the "we" of what follows
        subjects = [m for m in mentions if not m.resolved and len(m.refs) == 1 and about(m)]
        self.subject_group = subjects[0].refs[0] if len({m.refs[0].code for m in subjects}) == 1 and \
            subjects[0].refs[0].kind == "armed_group" else None  # ("The National Liberation Army (ELN)": one)
        for mention in mentions:
            if mention.resolved:
                continue
            root = mention.root
            last = root.doc[mention.end - 1].lower_
            if last in ORGANS and len(mention.refs) == 1 and mention.refs[0].code in actor_book().organisations:
                self.heads[last] = mention.refs[0]  # "The Security Council … The Council recalled its resolution":
                # the organ the article named by its full name (not the EU's, named too)
            of_phrase = root.dep_ == "pobj" and root.head.lower_ == "of"  # "the government of President Hadi"
            head = root.head.head if led(root) or of_phrase else root.head
            if of_phrase and head.dep_ == "appos" and head.pos_ == "PROPN":
                head = head.head  # "Pre-Trial Chamber I of the International Criminal Court": the chamber's
            if (root.dep_ in ("poss", "compound", "amod") or led(root) or of_phrase) and \
                    head.lemma_.lower() in FORCE_HEADS | ORGANS and \
                    len(mention.refs) == 1:
                self.heads[head.lemma_.lower()] = mention.refs[0]
            elif (after := root.doc[mention.end:mention.end + 2]) and len(after) == 2 and len(mention.refs) == 1 and \
                    after[0].lower_ in ("'s", "’s") and after[1].lemma_.lower() in FORCE_HEADS:
                self.heads[after[1].lemma_.lower()] = mention.refs[0]  # "Sudan's army chief rejects …", misparsed
            if venue(mention):
                continue
            holder = titled_person(mention)
            if holder is not None:  # "the United Nations Special Envoy for Yemen, Hans Grundberg, …": "he" later
                self.people.append(ActorRef(mention.refs[0].code, holder, "person"))
            for ref in mention.refs:
                target = self.people if ref.kind == "person" else self.states
                target.append(ref)
                if ref.kind == "armed_group":
                    self.heads.update(dict.fromkeys(GROUP_NOUNS, ref))  # "the M23 … the rebels"

    def set_parties(self, refs: list[ActorRef]) -> None:
        codes = {r.code for r in refs if r.code}
        if len(codes) >= 2:
            self.parties = [r for i, r in enumerate(refs) if r.code and r.code not in {x.code for x in refs[:i]}]


LIST_WORDS = {"PROPN", "NOUN", "DET", "CCONJ", "PUNCT", "ADJ", "ADV"}  # what a list of names is made of


def only_observing(token: Token) -> bool:
    """Is the name at `token` one of those who only watched: "the talks, with Iran, Russia …, as well as the OSCE,
    as observers", "Diplomats from the United Nations … attended as observers"?"""
    if not token.doc.has_annotation("SENT_START"):
        return False  # (a title read on its own)
    for word in token.sent:
        if word.lemma_.lower() != "observer" or word.dep_ != "pobj" or word.head.lower_ != "as":
            continue
        verb = word.head.head
        if verb.pos_ == "VERB" and any(c.dep_ == "nsubj" and token.i in {t.i for t in c.subtree}
                                       for c in verb.children):
            return True
        opening = next((t for t in reversed(token.sent[:token.i - token.sent.start])
                        if t.dep_ == "prep" and t.lower_ == "with"), None)
        if opening is not None and word.head.i > token.i and all(
                t.pos_ in LIST_WORDS or t.lower_ == "as" for t in token.doc[opening.i + 1:word.head.i]):
            return True
    return False


OWNED_GROUP = re.compile(r"\b(?P<who>[A-Z][a-z]+)['’]s\s+(?P<what>(?:[A-Z][\w-]*\s?){1,6})")


def leaders_by_their_groups(text: str) -> list[ActorRef]:
    """People the article names by the group they lead ("Sankoh's Revolutionary United Front", "Savimbi's UNITA"),
    with their full name as it writes it elsewhere ("the rebel leader Foday Sankoh"): each stands for that group all
    through the article, before the phrase too. A state so named ("Koroma's Sierra Leone") makes no one its leader."""
    book = actor_book()
    found: dict[str, ActorRef] = {}
    for m in OWNED_GROUP.finditer(text):
        who = m.group("who")
        if who in found or book.lookup(who) is not None or gazetteer().lookup(who) is not None:
            continue
        words = m.group("what").split()
        info = next((i for n in range(len(words), 0, -1) if (i := book.lookup(" ".join(words[:n]))) is not None),
                    None)
        full = re.search(rf"\b((?:[A-Z][a-z]+\s){{1,2}}){who}\b", text)
        if info is not None and info.kind in ("armed_group", "organisation") and full is not None:
            found[who] = ActorRef(info.code, full.group(1) + who, "person")
    return list(found.values())


COUNTED_GROUPS = re.compile(r"\b[Tt]he (?P<count>\w+) (?:\w+ )?(?:groups|factions|movements) (?:are|were) "
                            r"(?P<items>[^.;:]+)")


def groups_by_count(text: str) -> dict[str, list[ActorRef]]:
    """The groups an article lists under their count ("Chad's government and four rebel groups signed …. The four
    groups are the UFDD, the Rally of Forces for Change (RFC), the UFDD-Fundamental and the Chadian National Concord
    (CNT)"): the count word, to the groups it stands for all through the article, before the list too."""
    book = actor_book()
    found: dict[str, list[ActorRef]] = {}
    for m in COUNTED_GROUPS.finditer(text):
        items = [re.sub(r"\s*\([^)]*\)", "", item).strip() for item in LIST_SEPARATOR.split(m.group("items"))]
        infos = [info for item in items if (info := book.lookup(item)) is not None and info.kind == "armed_group"]
        refs = list({i.code: ActorRef(i.code, i.name, i.kind) for i in infos}.values())
        if len(refs) >= 2 and len(infos) == len(items):  # (every item a group we know, or none is read)
            found.setdefault(m.group("count").lower(), refs)
    return found


def titled_person(mention: Mention) -> str | None:
    """The name of a person the actors file does not know, named with a title of the actor's ("U.N. envoy Hans
    Grundberg", "the United Nations Special Envoy for Yemen, Hans Grundberg", "Qatar's prime minister, Mohammed bin
    Abdulrahman", "Renamo leader Afonso Dhlakama", "Ossufo Momade, leader of the former rebel movement Renamo"), who
    then stands for it; None where there is none."""
    doc = mention.root.doc
    if len(mention.refs) == 1 and actor_book().key(doc[mention.start:mention.end].text) in actor_book().bare_titles:
        person = next((c for t in doc[mention.start:mention.end] for c in t.children
                       if c.dep_ == "appos" and c.ent_type_ == "PERSON"), None)
        return " ".join(t.text for t in person.subtree if t.ent_type_ == "PERSON") if person is not None else None
        # ("the Secretary-General, Javier Perez de Cuellar": the office alone, its holder beside it)
    if len(mention.refs) != 1 or mention.refs[0].kind not in ("state", "organisation", "demonym", "armed_group"):
        return None
    prep = mention.root.head
    if mention.root.dep_ == "pobj" and prep.lower_ == "of" and prep.head.lemma_.lower() in TITLES and \
            prep.head.dep_ == "appos" and prep.head.head.ent_type_ == "PERSON":
        person = prep.head.head  # "Ossufo Momade, leader of … Renamo": the title set beside the name
        return " ".join(t.text for t in person.subtree if t.ent_type_ == "PERSON" and t.i < prep.head.i)
    if mention.root.dep_ not in ("compound", "poss", "amod"):
        return None
    title = mention.root.head
    while title.dep_ == "compound" and title.head.pos_ in ("NOUN", "PROPN") and title.lemma_.lower() not in TITLES:
        title = title.head  # "United Nations Special Envoy": up to the title
    if title.lemma_.lower() not in TITLES:
        return None
    person = next((c for c in title.subtree if c.dep_ == "appos" and c.ent_type_ == "PERSON"), None)  # (also hung
    # on the title's own phrase: "the U.S. envoy to Syria, Tom Barrack")
    if person is None and title.dep_ == "compound" and title.head.ent_type_ == "PERSON":
        person = title.head  # "U.N. envoy Hans Grundberg"
    if person is None:
        return None
    return " ".join(t.text for t in person.subtree if t.ent_type_ == "PERSON")


def about(mention: Mention) -> bool:
    """Is the actor the plural subject of its sentence's main clause ("But the M23 rebels, who …, are not party to
    the deal", "The Houthis said …"), the one a "they" in the next sentence most likely stands for?"""
    root = mention.root.head if mention.root.dep_ == "compound" else mention.root
    return root.dep_ in ("nsubj", "nsubjpass") and root.head.dep_ == "ROOT" and root.tag_ in ("NNS", "NNPS") and \
        not any(c.dep_ == "conj" for c in root.children)


def _clause_subject_text(token: Token) -> str:
    """The text of the subject that governs `token`'s clause ("Erdogan" for "Erdogan called Putin, urging him")."""
    head = token.head
    for _ in range(4):
        subject = next((c for c in head.children if c.dep_ in ("nsubj", "nsubjpass")), None)
        if subject is not None and subject.i != token.i:
            return " ".join(t.text for t in subject.subtree)
        if head.head.i == head.i:
            break
        head = head.head
    return ""


# What several subjects do together as the sides of one event: "Israel and Hamas agreed to extend their truce".
JOINT_CLASSES = {"agree", "fail", "sign", "announce", "hold", "extend", "effect", "start"}


def role_for(dep: str, prep: str | None, anchor_is_trigger: bool, event_type: str, cls: str | None,
             several_subjects: bool) -> str | None:
    """The role an actor plays, given how its phrase attaches to the event."""
    if dep == "prep" or (dep == "pobj" and prep):
        if prep in ("between", "among", "with", "alongside"):
            return "participant"
        if prep == "to" and event_type == "talks" and anchor_is_trigger:
            return "participant"  # "Trump spoke to Putin": whom one speaks to talks too
        if prep == "for" and event_type == "accusation" and anchor_is_trigger:
            return "target"  # "issued warrants of arrest for Israeli Prime Minister Benjamin Netanyahu"
        if prep in ("by",):
            return "participant" if event_type == "prisoner_exchange" else "initiator"  # ("freed by Hamas in
            # exchange for 477 prisoners": a side of the swap, as whoever frees captives is)
        if prep in ("on", "against", "to", "toward", "towards", "targeting") and event_type != "talks" or \
                prep in ("at", "into") and event_type in ONE_SIDED:
            return "target"  # "fired at Israel"; but a treaty initialled "at the White House" has a venue there
        if prep in ("from",) and event_type in ("demand", "proposal", "sanction", "ceasefire", "accusation"):
            return "initiator"
        if prep == "of" and anchor_is_trigger and event_type == "attack":
            return "target"  # "a full-scale invasion of Ukraine", "the killing of its top commander"
        return None
    if dep == "agent":
        return "initiator"
    if dep in ("nsubj", "csubj"):
        if (event_type == "talks" and cls in ("reject", "cancel") or event_type == "agreement" and
                cls in ("end", "reject")) and not several_subjects:
            return "initiator"  # "Petro suspended peace talks with the ELN", "the Houthis boycotted the talks",
            # "Thailand suspended the peace accord with Cambodia", "the FLEC's leaders rejected it": one side's act
            # on the talks or the deal
        if event_type in BILATERAL or several_subjects and cls in JOINT_CLASSES and event_type not in ONE_SIDED:
            # ("U.S. and British warplanes struck": both attacked)
            return "participant"
        return "initiator"
    if dep == "nsubjpass":
        return "target" if event_type in ("attack", "accusation", "sanction") else "participant"
    if dep in ("dobj", "dative"):
        if event_type == "talks":
            return "participant" if anchor_is_trigger else None  # "met X"; not "the talks followed X"
        if event_type in ("attack", "accusation", "demand", "sanction") or cls in ("call", "call_maybe", "propose",
                                                                                   "present"):
            return "target"
        return None  # "ordered Shoigu to implement a ceasefire": the one ordered is no target
    if dep in ("poss", "compound", "amod", "nmod") and anchor_is_trigger:
        return "participant" if event_type in BILATERAL else "initiator"
    return None
