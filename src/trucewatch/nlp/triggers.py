"""Triggers: the words that name an event, with the event type they stand for.

Nouns ("ceasefire", "talks"), verbs ("met", "shelled"), and phrases ("cessation of hostilities") come from
`data/triggers.json`. A trigger is only a candidate: its status, and whether it is an event at all, is decided from
what governs it (`status.py`). Writes `doc.spans["tw_triggers"]`, labelled with the event type.
"""

from __future__ import annotations

from functools import lru_cache

from spacy.language import Language
from spacy.matcher import PhraseMatcher
from spacy.tokens import Doc, Span, Token

from trucewatch.ingest.clean import NUMBERED_POINT
from trucewatch.nlp.actors import SPAN_KEY as ACTORS
from trucewatch.nlp.lexicon import load
from trucewatch.nlp.places import held_through

TOLL_VERBS = {"kill", "wound", "injure"}  # what an attack does to people
UNDERGOING = {"face", "suffer", "incur", "endure", "receive", "pay"}  # verbs whose subject bears the event: "Russia
# will face sanctions", "Israel would receive its just punishment", "will pay a heavy price"

SPAN_KEY = "tw_triggers"
APART = {"conj", "cc", "punct", "advcl", "ccomp", "parataxis", "nsubj", "relcl", "mark"}  # not the word's phrase
CLAUSES = {"advcl", "ccomp", "relcl", "parataxis", "csubj", "conj"}
NOMINAL_DEPS = {"nsubj", "nsubjpass", "dobj", "pobj", "compound", "attr", "appos", "dative"}


def nominal(token: Token) -> bool:
    """A noun by its tag, or by its function where the tagger slipped ("ceasefire talks were held")."""
    return token.pos_ in ("NOUN", "PROPN") or (token.pos_ == "VERB" and token.dep_ in NOMINAL_DEPS
                                                and token.tag_ in ("NNS", "NN", "VBZ")) \
        or token.pos_ == "ADJ" and token.dep_ in ("dobj", "nsubj", "nsubjpass", "pobj") \
        or token.tag_ == "VBG" and token.dep_ in ("nsubj", "nsubjpass") and not any(
            c.dep_ in ("dobj", "aux", "nsubj") for c in token.children)  # "a counterproposal"; "Fighting continued"


def toll_heads(verb: Token) -> list[Token]:
    """The toll verbs a conjoined one shares its subject with: "killed 74 people and wounded 171"."""
    heads = []
    while verb.dep_ == "conj" and verb.head.lemma_.lower() in TOLL_VERBS:
        verb = verb.head
        heads.append(verb)
    return heads


PEACE_WORDS = {"peace", "solution", "settlement"}  # (not "the agreement requires Rwanda to …": a deal's terms)
NEEDING = {"require", "need", "demand", "necessitate", "entail"}


def peace_requires(verb: Token) -> bool:
    """Is the clause a side's condition for peace ("peace requires a complete halt to the aggression")?"""
    return verb.lemma_.lower() in NEEDING and any(
        c.dep_ == "nsubj" and c.lemma_.lower() in PEACE_WORDS for c in verb.children) and any(
        c.dep_ == "dobj" for c in verb.children)


def mediation_word(token: Token) -> bool:
    """Does the word name a mediation ("mediate", "mediator", "facilitation")?"""
    return token.lemma_.lower().startswith(("mediat", "facilitat"))


def toll_of_when_clause(clause: Token) -> Token | None:
    """The count of the dead or wounded a "when" clause is told of ("At least 37 people were killed and 212 wounded
    when al-Shabaab fighters attacked Lido beach": "killed"), or None."""
    if clause.dep_ != "advcl" or not any(m.lower_ == "when" for m in clause.children):
        return None
    toll = clause.head.head if clause.head.dep_ == "conj" else clause.head
    return toll if toll.lemma_.lower() in TOLL_VERBS and any(c.dep_ == "auxpass" for c in toll.children) else None


def told_when_attacked(toll: Token, attacks: set[int]) -> bool:
    """Is the verb a count of the dead or wounded told of an attack in its "when" clause?"""
    head = toll.head if toll.dep_ == "conj" else toll
    clauses = [c for v in (head, *(c for c in head.children if c.dep_ == "conj")) for c in v.children]
    return any(c.i in attacks and toll_of_when_clause(c) is not None and toll_of_when_clause(c).i == head.i
               for c in clauses)


def _under(token: Token, verbs: list[str]) -> bool:
    """Is the verb what one of `verbs` commits to ("agreed to withdraw", "agreed to cease fire and pull back")?"""
    node = token
    while node.dep_ == "conj" and node.head.i != node.i:
        node = node.head
    return node.dep_ == "xcomp" and node.head.lemma_.lower() in verbs


def _near_lemmas(token: Token, places: frozenset[int] = frozenset()) -> set[str]:
    """Lemmas of the words close to `token`: children, grandchildren, the words of an `of` phrase below them ("a
    series of bombs") and its head (through "with": "responded with rockets"); and the entity labels of its
    children ("captured Bakhmut": GPE)."""
    near = set() if token.dep_ == "relcl" and any(c.dep_ == "dobj" and c.pos_ == "NOUN" for c in token.children) \
        else {token.head.lemma_.lower()}  # ("an exchange of prisoners, for which the sides handed over lists": the
    # handing is of lists, whatever the clause hangs on)
    if token.dep_ == "relcl" and any(c.dep_ == "dobj" and c.lower_ in ("which", "that") for c in token.children):
        near.add(token.head.lemma_.lower())  # "the town of Walikale, which they had seized": what was seized
        near.update(c.lemma_.lower() for c in token.head.children)
        near.update({token.head.ent_type_} - {""})
        if token.head.i in places:
            near.add("GPE")
        if token.head.dep_ == "pobj" and token.head.head.lower_ == "of":
            near.add(token.head.head.head.lemma_.lower())  # ("the town of Walikale, which …")
    if token.dep_ == "xcomp" and token.head.lemma_ == "be" and any(c.dep_ == "aux" and c.lower_ == "to"
                                                                  for c in token.children):
        for subject in (c for c in token.head.children if c.dep_ in ("nsubj", "nsubjpass")):
            near.add(subject.lemma_.lower())  # "33 - Israeli hostages Hamas is to free", parsed with two subjects
            near.update(g.lemma_.lower() for p in subject.children if p.dep_ == "prep" and p.lower_ == "of"
                        for g in p.children)  # "the number of prisoners Israel is to release"
    if token.dep_ == "xcomp" and token.head.dep_ == "relcl" and not any(c.dep_ == "dobj" for c in token.children) \
            and token.head.lemma_.lower() in ("agree", "pledge", "promise", "undertake", "vow"):
        near.add(token.head.head.lemma_.lower())  # "the prisoners Israel agreed to free": whom it agreed to free
        # (what a side was only "meant to return" under a deal is no release agreed here)
        for subject in (c for c in token.head.children if c.dep_ == "nsubj" and c.left_edge.i > 0):
            before = token.doc[subject.left_edge.i - 1]
            if before.pos_ == "NOUN":
                near.add(before.lemma_.lower())  # (the clause hung on the wrong noun: "the first of 1,027 prisoners
                # Israel agreed to free")
    if token.dep_ == "xcomp":  # "Turkish air strikes kept hitting PKK positions": the subject it shares
        near.update(c.lemma_.lower() for c in token.head.children if c.dep_ in ("nsubj", "nsubjpass"))
    if token.dep_ in ("advcl", "xcomp") and any(c.dep_ == "dobj" and c.lower_ in ("it", "them") for c in
                                                 token.children):
        for held in (g for c in token.head.children if c.dep_ == "prep" and c.lower_ in ("into", "on", "toward",
                                                                                          "towards")
                     for g in c.children if g.dep_ == "pobj"):
            near.add(held.lemma_.lower())  # "move into the town of Bender to retake it": what "it" is
            if held.i in places:
                near.add("GPE")
    if token.dep_ == "pobj" and token.head.lower_ in ("with", "of"):
        near.add(token.head.head.lemma_.lower())  # "responded with more than 1,000 rockets", "the first phase of
        # the plan"
    for child in token.children:
        if child.dep_ == "acl" and any(c.dep_ == "aux" and c.lower_ == "to" for c in child.children):
            near.add(child.lemma_.lower())  # what it is for: "a plan to end the war"
        if child.dep_ in CLAUSES:
            continue  # "hand it over once the exchange is complete": another clause's words are not near
        near.add(child.lemma_.lower())
        near.add(child.lower_)
        if child.ent_type_:
            near.add(child.ent_type_)
        if child.i in places:
            near.add("GPE")  # a place we know, whatever label the model gave it ("captured Bakhmut")
        for grandchild in child.children:
            near.add(grandchild.lemma_.lower())
            if grandchild.dep_ == "prep" and grandchild.lower_ == "of":
                near.update(t.lemma_.lower() for g in grandchild.children if g.dep_ == "pobj"
                            for t in (g, *g.conjuncts))  # ("walked out of Bagram and other prisons")
        if child.dep_ == "prep" and child.lower_ == "of" and any(
                g.dep_ == "pobj" and g.i in places for g in child.children):
            near.add("GPE")  # "the capture of Walikale": a place we know, whatever label the model gave it
    return near


def _topics(noun: Token) -> list[Token]:
    """The words that say what an event noun is about, or between whom: its modifiers ("trade talks") and the object
    of an "on", "over", "about" or "between" phrase with that object's own modifiers ("talks on a merger", "a strike
    over pay", "talks between the union and rail companies")."""
    words = [c for c in noun.children if c.dep_ in ("compound", "amod")]
    words += [g for c in noun.children if c.dep_ == "prep" and c.lower_ == "of" for g in c.children
              if g.dep_ == "pobj" and g.pos_ == "PROPN"]  # "an emergency meeting of the U.N. Security Council"
    for prep in (c for c in noun.children if c.dep_ == "prep" and c.lower_ in ("on", "over", "about", "between")):
        for obj in (g for g in prep.children if g.dep_ == "pobj"):
            words += [obj, *(c for c in obj.children if c.dep_ in ("compound", "amod"))]
            if obj.lower_ in ("most", "some", "all", "many", "part", "much"):  # "a pause on most of the tariffs"
                words += [g for c in obj.children if c.dep_ == "prep" and c.lower_ == "of" for g in c.children
                          if g.dep_ == "pobj"]
    return words


def condition_of_refusal(clause: Token) -> Token | None:
    """The clause a side's refusal waits on: "will not sign it until Armenia removes the claim" -> "removes"; so a
    deal that "would take effect only after sanctions were lifted" waits on the lifting."""
    if any(c.dep_ == "neg" for c in clause.children):
        marks = ("until", "unless")
    elif any(c.dep_ == "aux" and c.lower_ in ("would", "will") for c in clause.children):
        marks = ("after", "once", "when", "if")  # with "only": a condition
    else:
        return None
    return next((c for c in clause.children if c.dep_ == "advcl" and c.pos_ == "VERB" and any(
        m.dep_ == "mark" and m.lower_ in marks for m in c.children) and (
        marks[0] == "until" or any(o.lower_ == "only" for o in (*c.children, *clause.children, *(
            g for m in c.children if m.dep_ == "mark" for g in m.children))))), None)


def of_the_dead(verb: Token) -> bool:
    """ "handed back the bodies of two volunteers killed in eastern Ukraine", "families of those killed in attacks":
    how the dead whose bodies are returned, or whose kin speak, died; not an attack the sentence tells."""
    noun = verb.head
    if verb.dep_ != "acl" or noun.dep_ != "pobj" or noun.head.lower_ != "of":
        return False
    whose = noun.head.head  # (or a word joined to it: "ministers and families of those killed", misparsed)
    return any(t.lemma_.lower() in THE_DEADS for t in (whose, *(c for c in whose.children if c.dep_ == "conj")))


THE_DEADS = {"body", "remains", "corpse", "family", "relative", "kin", "memory", "grave", "funeral", "widow"}


def _doers(token: Token) -> list[Token]:
    """The subjects of a verb, or of the verbs it completes ("The team were due to meet Ghana": the team)."""
    while token.dep_ in ("xcomp", "acomp") and not any(c.dep_ == "nsubj" for c in token.children):
        token = token.head
    return [c for c in token.children if c.dep_ == "nsubj"]


def _objects(verb: Token) -> list[Token]:
    """The verb's objects; in a relative clause without one ("a demand the Kremlin refused to meet", also where the
    parser calls it a clause of the noun: "demands that Kabul could not meet"), the noun the clause describes."""
    objects = [c for c in verb.children if c.dep_ == "dobj"]
    clause = verb.head if verb.dep_ == "xcomp" else verb
    if not objects and clause.dep_ in ("relcl", "acl") and not any(c.dep_ == "dobj" for c in clause.children):
        objects.append(clause.head)
    return objects


CONDEMNING = load("triggers")["condemning"]


NEAR_MISSES = {"close", "closer", "closest", "near", "nearer", "brink", "verge", "edge"}  # "came close to a clash"


def naming_as_crime(verb: Token) -> bool:
    """ "called the Israeli strike unacceptable and a breach of the ceasefire": a verb of naming whose complement
    condemns what it names."""
    if verb.pos_ != "VERB" or verb.lemma_.lower() not in CONDEMNING["verbs"]:
        return False
    objects = [c for c in verb.children if c.dep_ == "dobj"]
    words = [c for o in objects for c in o.children if c.dep_ in ("amod", "appos", "conj")]
    words += [c for c in verb.children if c.dep_ in ("oprd", "xcomp", "ccomp", "conj", "acomp")]
    words += [a for w in list(words) for a in w.children if a.dep_ == "amod"]  # ("a deliberate strike on civilians")
    return bool(objects) and any(w.lemma_.lower() in CONDEMNING["words"] or hostile_act(w) for w in words)
    # (also "called the seizure an act of terrorism")


def hostile_act(noun: Token) -> bool:
    """ "an unfriendly act", "an act of war": a name for what another side did that condemns it."""
    if noun.lemma_.lower() in CONDEMNING["words"]:
        return True
    return noun.lemma_.lower() == "act" and (
        any(c.dep_ == "amod" and c.lower_ in CONDEMNING["hostile_acts"] for c in noun.children) or
        any(c.dep_ == "prep" and c.lower_ == "of" and any(
            p.dep_ == "pobj" and p.lemma_.lower() in CONDEMNING["acts_of"] for p in c.children) for c in noun.children))


DEFERRING = {verb for verb, cls in load("statuses")["verbs"].items() if cls == "postpone"}  # "put off", "delay"
FREEING = {"free", "release", "exchange", "swap"}  # ("the soldiers freed had been captured in Kursk")
SIGNING = {"sign", "initial", "ink", "conclude"}  # a plan or memorandum so made is a deal
SETTING = {"call", "provide", "set", "promise", "establish"}  # what a deal does to its terms ("It set a ceasefire")
RECIPROCATING = {"reciprocate"}  # asked of the other side, after one side's truce: its own truce
PLAYING = {"team", "squad"}  # a side in a match, where it "meets" a country and no word says it negotiates


def put_off_before(doc: Doc, start: int) -> bool:
    """Does the text before token `start` tell of something put off ("Israel put off the release")?"""
    return any(t.lemma_.lower() in DEFERRING or t.lemma_.lower() == "put" and any(
        c.dep_ == "prt" and c.lower_ == "off" for c in t.children) for t in doc[:start] if t.pos_ == "VERB")


def a_deferral(noun: Token) -> bool:
    """ "the delay", "this postponement": a putting off told before, named again."""
    return noun.lemma_.lower() in CONDEMNING["deferrals"] and any(
        c.dep_ == "det" and c.lower_ in ("the", "this") for c in noun.children)


def said_to_be_hostile(verb: Token) -> Token | None:
    """ "the sanctions were an unfriendly act", "they amounted to an act of war": the subject so named."""
    lemma = verb.lemma_.lower()
    if lemma == "be":
        named = [c for c in verb.children if c.dep_ in ("attr", "acomp")]
    elif lemma in ("amount", "constitute"):
        named = [p for c in verb.children if c.dep_ == "dobj" or c.dep_ == "prep" and c.lower_ == "to"
                 for p in ([c] if c.dep_ == "dobj" else c.children) if p.dep_ in ("dobj", "pobj")]
    else:
        return None
    subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    return subject if subject is not None and any(hostile_act(n) for n in named) else None


def condemned_by_name(doc: Doc, spans: list[Span], told: set[str], deferred: bool = False) -> list[Span]:
    """The naming verb of `naming_as_crime`, where what it names is an attack: an accusation. And a clause saying an
    attack or sanction (by name, or "they" once one was told) was a hostile act: "Putin said the sanctions were an
    unfriendly act"; or so saying of a putting off told before (`deferred`, or in this text): "Hamas said the delay
    was a serious violation of the truce"."""
    attacks = {s.root.i for s in spans if s.label_ == "attack"}
    done = attacks | {s.root.i for s in spans if s.label_ == "sanction"}
    out = [Span(doc, t.i, t.i + 1, label="accusation") for t in doc if naming_as_crime(t) and any(
        c.dep_ == "dobj" and (c.i in attacks or c.lower_ == "it" and any(
            s.label_ == "attack" and s.start < t.sent.start for s in spans) or any(
            g.dep_ == "compound" and g.i in attacks for g in c.subtree) or
            c.lower_ in ("which", "that") and t.dep_ == "relcl" and
            any(a.i in attacks for a in [t.head, *t.head.ancestors][:6])) for c in t.children)]
    # ("Saturday's blast on the bridge that links Russia to Crimea, which he had called a terrorist act": the
    # relative clause on the attack's phrase names the attack)
    # (and "called the strike state terrorism", the attack parsed as part of the name it is called)
    # (also "Thai jets struck Cambodian targets. Cambodia called it brutal military aggression": the attack told)
    for verb in doc:
        if verb.dep_ != "ccomp" or (subject := said_to_be_hostile(verb)) is None:
            continue
        before = told | {s.label_ for s in spans if s.start < verb.sent.start}  # (only for a clause that may count)
        if subject.i in done or subject.lower_ == "they" and before & {"attack", "sanction"} or \
                a_deferral(subject) and (deferred or put_off_before(doc, verb.sent.start)):
            out.append(Span(doc, verb.i, verb.i + 1, label="accusation"))
    return out


COUNTING = {"second", "third", "fourth", "fifth", "another"}


def counted_again(doc: Doc, spans: list[Span]) -> list[Span]:
    """ "Russia brokered a humanitarian truce on Oct. 10, and the two sides declared a second one a week later. The
    United States announced a third …": "one" with an ordinal, or a bare ordinal, after an event noun of the same
    paragraph stands for one more event of its type."""
    found = []
    nouns = [s for s in spans if s.root.pos_ in ("NOUN", "PROPN")]
    for token in doc:
        if token.dep_ not in ("dobj", "nsubj", "nsubjpass", "pobj"):
            continue
        if token.lower_ == "one" and any(c.dep_ == "amod" and c.lower_ in COUNTING for c in token.children) or \
                token.lower_ in COUNTING - {"another"} and any(c.dep_ == "det" and c.lower_ == "a"
                                                             for c in token.children):
            before = [s for s in nouns if s.end <= token.i]
            if before and not any(s.root.i == token.i for s in spans):
                found.append(Span(doc, token.i, token.i + 1, label=before[-1].label_))
        elif token.lower_ in COUNTING - {"another"} and token.pos_ in ("ADJ", "NUM", "NOUN") and any(
                c.dep_ == "det" and c.lower_ == "the" for c in token.children) and not any(
                c.dep_ == "prep" and c.lower_ == "of" for c in token.children):
            before = [s for s in nouns if s.end <= token.i]
            if before and any(c.dep_ == "amod" and c.lower_ == "first" for c in before[-1].root.children) and \
                    not any(s.root.i == token.i for s in spans):
                found.append(Span(doc, token.i, token.i + 1, label=before[-1].label_))  # "The first ceasefire, agreed
                # in July 2001, ended in November … The second, agreed by both sides in January 2003, lasted …"
        elif token.lower_ == "own" and token.dep_ == "pobj" and token.head.lower_ == "with" and \
                token.head.head.lemma_.lower() in ANSWERING_WITH and any(
                    c.dep_ == "poss" and c.lower_ in ("its", "their", "his", "her") for c in token.children):
            before = [s for s in nouns if s.end <= token.i and s.sent.start == token.sent.start]
            if before and before[-1].label_ == "ceasefire" and not any(s.root.i == token.i for s in spans):
                found.append(Span(doc, token.i, token.i + 1, label="ceasefire"))  # "The Maoists declared a
                # three-month ceasefire within days; the new government … answered with its own on May 3"
    return found


ANSWERING_WITH = {"answer", "respond", "reply", "reciprocate", "follow", "match", "counter"}


def deals_of_swaps(doc: Doc, spans: list[Span]) -> list[Span]:
    """ "begins flying about 900 detainees between Sanaa and Aden, under a deal the government and the Houthis reached
    in Switzerland": a deal, told as made, under which prisoners are swapped is the swap agreed; the deal's word
    names it."""
    swaps = {s.root.i for s in spans if s.label_ == "prisoner_exchange" and s.root.pos_ == "VERB"}
    out = []
    for span in spans:
        root = span.root
        if span.label_ == "agreement" and root.dep_ == "pobj" and root.head.lower_ == "under" and \
                root.head.head.i in swaps and any(c.dep_ in ("relcl", "acl") for c in root.children):
            # (told as made, by whom and when; "under the joint declaration, Thailand will release 18 soldiers" is
            # the release agreed, and the deal no event of its own)
            span = Span(doc, span.start, span.end, label="prisoner_exchange")
        out.append(span)
    return out


def _named(doc: Doc) -> set[int]:
    """The words of the actors the actor tagger named in `doc`."""
    return {i for span in doc.spans.get(ACTORS, []) for i in range(span.start, span.end)}


def discussed_between(doc: Doc, taken: set[int]) -> list[Span]:
    """ "Russian and Turkish officials are due to discuss a joint monitoring centre", "Putin discussed the truce with
    Erdogan": discussing is talks where two sides do it together, or one does it with another; not "the cabinet
    discussed the plan"."""
    found = []
    for token in doc:
        if token.pos_ != "VERB" or token.lemma_.lower() != "discuss" or token.i in taken:
            continue
        verb = token
        subjects = [c for c in verb.children if c.dep_ == "nsubj"]
        while not subjects and verb.dep_ in ("xcomp", "acomp") and verb.head.i != verb.i:
            verb = verb.head  # "are due to discuss", "agreed to discuss"
            subjects = [c for c in verb.children if c.dep_ == "nsubj"]
        together = any(any(c.dep_ == "conj" for c in s.children) or len(
            [c for c in s.children if c.dep_ == "amod" and c.ent_type_ == "NORP"] +
            [g for c in s.children if c.dep_ == "amod" and c.ent_type_ == "NORP" for g in c.children
             if g.dep_ == "conj" and g.ent_type_ == "NORP"]) >= 2 for s in subjects)
        partner = any(c.dep_ == "prep" and c.lower_ == "with" and any(g.dep_ == "pobj" for g in c.children)
                      for c in token.children)
        if together or partner and subjects:
            found.append(Span(doc, token.i, token.i + 1, label="talks"))
    return found


RECEIVING = {"receive", "host", "welcome"}
VISITORS = {"delegation", "envoy", "emissary", "delegate", "counterpart"}


def delegations_received(doc: Doc, taken: set[int]) -> list[Span]:
    """ "The Supreme Political Council received over the past days the Saudi delegation …": receiving another side's
    delegation or envoy is talks with it."""
    return [Span(doc, t.i, t.i + 1, label="talks") for t in doc if t.pos_ == "VERB" and t.i not in taken and
            t.lemma_.lower() in RECEIVING and any(c.dep_ == "dobj" and c.lemma_.lower() in VISITORS
                                                  for c in t.children)]


def violations_charged(doc: Doc, spans: list[Span], told: set[str]) -> list[Span]:
    """ "The ceasefire … has been broken often. … Pakistan accused Indian forces of about 3,000 violations the same
    year": breaches a side is accused of, in an article on a truce, are breaches of that truce; the noun stands for
    it. Not breaches of anything else ("violations of human rights")."""
    found = []
    for token in doc:
        if token.lemma_.lower() not in ("violation", "breach") or not nominal(token) or token.dep_ != "pobj" or \
                token.head.lower_ != "of":
            continue
        charged = token.head.head  # (the parser may hang the charge on the accused: "accused Indian forces of …")
        if charged.dep_ == "dobj":
            charged = charged.head
        if charged.lemma_.lower() != "accuse":
            continue
        if any(c.dep_ == "prep" for c in token.children) or any(s.start <= token.i < s.end for s in spans):
            continue
        if "ceasefire" in told or any(s.label_ == "ceasefire" and s.start < token.i for s in spans):
            found.append(Span(doc, token.i, token.i + 1, label="ceasefire"))
    return found


def crimes_found(doc: Doc, spans: list[Span]) -> list[Span]:
    """ "The Department of State determined that members of the RSF and allied militias have committed genocide": a
    finding that a side committed a crime of war accuses it; the verb of finding stands for the charge."""
    found = []
    taken = {i for s in spans for i in range(s.start, s.end)}
    for verb in doc:
        if verb.pos_ != "VERB" or verb.lemma_.lower() not in CONDEMNING["finding"] or verb.i in taken:
            continue
        for clause in verb.children:
            if clause.dep_ != "ccomp" or clause.lemma_.lower() not in ("commit", "perpetrate") or \
                    any(c.dep_ == "neg" for c in clause.children):
                continue
            crime = " ".join(t.lower_ for o in clause.children if o.dep_ == "dobj" for t in o.subtree)
            if any(crime == c or crime.endswith(" " + c) or crime.startswith(c + " ") for c in CONDEMNING["crimes"]):
                found.append(Span(doc, verb.i, verb.i + 1, label="accusation"))
                break
    return found


@lru_cache(maxsize=1)
def taking_words() -> frozenset[str]:
    """Words that tell an attack as a place taken (triggers.json)."""
    return frozenset(load("triggers")["taking"]["words"])


PAIRS = {"side", "man", "leader", "country", "party", "government", "neighbour", "neighbor", "delegation", "president",
         "minister"}
# (what "the two …" or "both …" name as a pair that can agree: "The two men held talks and agreed to reopen embassies")
BINDING = {"will", "would", "shall", "should"}  # "agreed that Guyana and Venezuela will not threaten or use force": a
# commitment; "the three ministers agree that the areas each side holds should not be extended"
COUNTED_AS_ONE = {"two", "both", "three", "four"}  # "the two sides", "both leaders", "the three ministers"


def as_a_pair(word: Token) -> bool:
    """Does the noun name sides together, as those who can agree or meet ("the two sides", "both leaders", "the
    three ministers")?"""
    return word.lemma_.lower() in PAIRS and word.tag_ == "NNS" and \
        any(c.lower_ in COUNTED_AS_ONE for c in word.children)


def agreed_steps(doc: Doc, spans: list[Span]) -> list[Span]:
    """ "The two men held talks on Sunday and agreed to reopen embassies, restore flights and telephone links": two
    sides agreeing on steps that name no event of ours made a deal of their own; the verb stands for it. Not where
    what they agree to is one of ours ("agreed to meet again" is talks planned), nor one side alone; and only in a
    passage that tells an event of ours besides (the talks they held), as the relevance gate reads them."""
    ctx = getattr(doc._, "tw_ctx", None)
    if not spans and getattr(doc._, "tw_kind", None) != "item" and "talks" not in getattr(ctx, "types_told", ()):
        return []  # (a list's point is read as its introduction is: "reached separate arrangements with Russia and
        # with Ukraine: • The United States and Russia have agreed to ensure safe navigation …"; and the talks told
        # before are what two sides agree at: "… met today at Argyle. The two presidents agreed that …")
    taken = {i for s in spans for i in range(s.start, s.end)}
    found = []
    for token in doc:
        if token.pos_ != "VERB" or token.lemma_.lower() != "agree" or token.i in taken:
            continue
        steps = [c for c in token.children if c.dep_ == "xcomp" and c.pos_ == "VERB" and
                 any(a.dep_ == "aux" and a.lower_ == "to" for a in c.children) or
                 c.dep_ == "ccomp" and c.pos_ == "VERB" and any(a.dep_ == "mark" and a.lower_ == "that" for a in
                                                                 c.children) and
                 any(a.dep_ == "aux" and a.lower_ in BINDING for a in c.children)]
        if not steps or any(t.i in taken for t in token.subtree):
            continue  # (nor "agreed to a proposal for a pause … to let civilians get help": the pause is agreed)
        verb = token.head if token.dep_ == "conj" and not any(c.dep_ == "nsubj" for c in token.children) else token
        subjects = [c for c in verb.children if c.dep_ == "nsubj"]
        pair = any(any(c.dep_ == "conj" for c in s.children) or as_a_pair(s) for s in subjects)
        if pair:
            process = any(o.dep_ == "dobj" and (o.lemma_.lower() == "dialogue" or o.lemma_.lower() == "process" and
                                                 any(c.lemma_.lower() in ("peace", "political") for c in o.children))
                          for step in steps for o in step.children)
            found.append(Span(doc, token.i, token.i + 1, label="talks" if process else "agreement"))
            # ("the two sides had agreed to enter a peace process": talks to come, no deal)
    return found


class TriggerTagger:
    """Doc in, Doc out: writes `doc.spans["tw_triggers"]` (label: event type)."""

    def __init__(self, nlp: Language) -> None:
        data = load("triggers")
        self.nouns: dict[str, dict] = data["nouns"]
        self.verbs: dict[str, dict] = data["verbs"]
        self.not_objects = set(data["not_objects"])
        self.held_through = held_through()
        self.place_parts = frozenset(data["held_through"]["parts"])
        self.not_subjects: dict[str, list[str]] = data["not_subjects"]
        self.obligation = data["obligation"]
        self.ceasing = data["ceasing"]
        self.settling = data["settling"]
        self.settings = data["settings"]
        self.breaking_through = data["breaking_through"]
        self.off_topic: dict[str, list[str]] = data["off_topic"]
        self.named_sites = set(data["named_sites"])
        self.threat_modals = set(data["threat_frame"]["modals"])
        self.vowing = set(data["threat_frame"]["vowing"])
        self.lemmas: dict[str, str] = {k: v for k, v in data["lemmas"].items() if not k.startswith("_")}
        self.business_words = set(data["business"]["words"])
        self.war_words = set(data["business"]["unless"])
        self.phrases = PhraseMatcher(nlp.vocab, attr="LOWER")
        for phrase, event_type in data["phrases"].items():
            self.phrases.add(event_type, [nlp.make_doc(phrase)])

    def _entry(self, token: Token) -> dict | None:
        entry = self._word_entry(token)
        if entry is not None and entry.get("threat_only") and not self.threatened(token):
            return None  # "India struck … in retaliation for an attack", "would decide how to respond": no harm vowed
        if entry is not None and entry.get("paid_for") and not any(
                g.lemma_.lower() in entry["paid_for"] for c in token.children if c.dep_ == "prep" and c.lower_ == "for"
                for g in c.children if g.dep_ == "pobj"):
            return None  # "Iran will pay for it", "will pay for its crimes"; not "will pay for the rebuilding"
        return entry

    def threatened(self, token: Token) -> bool:
        """Is a word of harm answered told as a threat: "Tehran would respond more severely", "vowed to respond",
        "Israel would receive its just punishment", "warned of retaliation"? Not "respond to the proposal", nor
        "would respond with strikes", whose strikes are the event's word."""
        verb = token
        if token.dep_ in ("acl", "xcomp") and token.head.lemma_.lower() == "right" and \
                token.head.head.lemma_.lower() in ("reserve", "retain", "keep"):
            answered = [t for p in token.children if p.dep_ == "prep" and p.lower_ == "to" for t in p.subtree]
            return not answered or any(self.nouns.get(t.lemma_.lower(), {}).get("type") == "attack" or
                                       t.lemma_.lower() in ("aggression", "provocation") for t in answered)
            # "the UAE said it reserved the right to respond to what it called terrorist attacks" (not "to respond to
            # the report")
        if nominal(token):
            verb = token.head.head if token.dep_ == "pobj" and token.head.lower_ == "of" else token.head
            if token.dep_ not in ("dobj", "pobj") or verb.pos_ != "VERB":
                return False
        else:
            for prep in (c for c in token.children if c.dep_ == "prep"):
                objects = [g for g in prep.children if g.dep_ in ("pobj", "pcomp")]
                if prep.lower_ == "to" and not any(self.nouns.get(g.lemma_.lower(), {}).get("type") == "attack" or
                                                   g.lemma_.lower() in ("aggression", "provocation", "violation")
                                                   for g in objects):
                    return False
                if prep.lower_ in ("with", "by") and any(self._word_entry(g) for g in objects):
                    return False
        if verb.lemma_.lower() in self.vowing and verb.i != token.i:
            return True  # "vowed revenge", "warned of retaliation"
        if any(c.dep_ == "aux" and c.lower_ in self.threat_modals for c in verb.children):
            return True
        return verb.dep_ == "xcomp" and verb.head.lemma_.lower() in self.vowing

    def _word_entry(self, token: Token) -> dict | None:
        lemma = self.lemmas.get(token.lower_, token.lemma_.lower())  # ("retook", left as it is)
        if nominal(token):
            entry = self.nouns.get(lemma) or self.nouns.get(token.lower_) or (
                token.pos_ == "PROPN" and token.lower_.endswith("s") and self.nouns.get(token.lower_[:-1]) or None)
            # (a name's plural the tagger leaves as it is: "the General Peace Accords")
            if entry and entry.get("plural_only") and not token.lower_.endswith("s"):
                return None
            if entry and token.dep_ == "pobj" and token.head.lower_ in entry.get("not_bare_after", ()) and \
                    not any(c.dep_ in ("det", "poss", "amod", "compound") for c in token.children):
                return None  # "soldiers on patrol": an idiom, no deal
            if entry and (token.dep_ == "pobj" and token.head.lower_ in entry.get("place_after", ()) or
                          token.dep_ == "dobj" and token.head.lemma_.lower() in entry.get("place_of", ())):
                return None  # "moved into the demilitarised buffer zone", "patrol the buffer zone": a place
            if entry and any(c.dep_ in ("compound", "amod") and c.lemma_.lower() in entry.get("not_modified_by", ())
                             for c in token.children):
                return None  # "died of a heart attack": an illness
            if entry and lemma in self.named_sites and any(c.dep_ == "compound" and c.pos_ == "PROPN"
                                                           for c in token.children):
                return None  # "the Philadelphi corridor": a place
            if entry and token.tag_ == "NNS" and token.dep_ == "pobj" and token.head.head.pos_ == "VERB" and \
                    of_the_dead(token.head.head) and not any(c.dep_ in ("det", "poss") for c in token.children):
                return None  # "families of those killed in attacks": who they were
            if entry and lemma in self.settings["subjects"] and token.dep_ == "nsubj" and \
                    token.head.lemma_.lower() in self.settings["verbs"] and \
                    any(c.dep_ == "aux" and c.lower_ in ("has", "have", "'s", "'ve") for c in token.head.children):
                return None  # "the fighting, which began on April 15, has killed at least 863 civilians": the war's
                # toll so far (but "fighting in Khartoum killed 20 people on Monday", or the fighting that "had
                # killed about 70" before a truce, is an event)
            if entry and entry["type"] == "attack" and token.dep_ == "pobj" and token.head.lower_ in ("to", "of") and \
                    (token.head.head.lemma_.lower() in NEAR_MISSES or any(
                        c.dep_ in ("advmod", "acomp") and c.lower_ in NEAR_MISSES for c in token.head.head.children)):
                return None  # "came closer than ever to a direct clash", "on the brink of war": none came
            if entry and entry["type"] == "attack" and token.dep_ == "dobj" and \
                    token.head.lemma_.lower() in self.ceasing["verbs"] and not any(
                    c.dep_ == "neg" for c in token.head.children):
                return None  # "pledging to end fighting that has killed thousands" (with "end" tagged a noun): the
                # fighting a stop ends is the setting; where the stop is a verb, the two name a ceasefire
            if entry and entry["type"] == "attack" and any(c.lower_ == "whose" for c in token.children) and \
                    token.head.lemma_.lower() == "lead" and token.head.tag_ in ("VBZ", "VBP", "VBN") and \
                    any(c.dep_ == "auxpass" and c.lower_ in ("is", "are") for c in token.head.children):
                return None  # "Ivory Coast, whose attack is led by Didier Drogba": a side's forwards, on a
                # sports page
            off_topic = self.off_topic.get(entry["type"], ()) if entry else ()
            if any(c.lemma_.lower() in off_topic for c in _topics(token)):
                return None  # "trade talks", "talks on a merger", "a strike over pay"
            return entry
        if token.pos_ == "VERB":
            entry = self.verbs.get(lemma)
            if entry and token.tag_ == "VBN" and token.dep_ in ("nsubj", "nsubjpass", "dobj", "pobj") and \
                    any(c.dep_ == "det" and c.lower_ == "the" for c in token.children):
                return None  # "under the command of the accused", "The accused appeared before the Court": a
                # person on trial, named by the participle
            if entry and entry.get("intransitive") and (token.dep_ in ("acl", "amod") or any(
                    c.dep_ in ("dobj", "nsubjpass", "agent", "auxpass") for c in token.children)):
                return None  # "have been mediating between Israel and Hamas" are talks; "mediated the truce", "a
                # swap mediated by the UAE" are not
            if entry and entry["type"] == "attack" and (token.dep_ == "amod" or self.by_setting(token) or
                                                        of_the_dead(token)):
                return None  # "31 wounded soldiers": who they are, not an attack the sentence tells
            if entry and entry.get("complements") and not any(
                    g.lemma_.lower() in entry["complements"] for c in token.children if c.dep_ != "nsubj"
                    for g in (c, *(d for d in c.children if c.dep_ == "dobj"))):
                return None  # "held Israel fully responsible" blames; "held talks", "held a meeting" do not
            if entry and entry.get("between") and not any(
                    c.dep_ == "prep" and c.lower_ == "between" for t in (token, *_objects(token)) for c in t.children):
                return None  # "flew the detainees to a base" moves them; "between Sanaa and Abha", a swap
            if entry and any(o.lemma_.lower() in self.not_objects for o in _objects(token)):
                return None  # "met the demands", "a demand the Kremlin refused to meet"
            if entry and entry.get("not_objects") and any(
                    t.lemma_.lower() in entry["not_objects"] for o in _objects(token)
                    for t in (o, *(g for p in o.children if p.dep_ == "prep" and p.lower_ == "of"
                                   for g in p.children))):
                return None  # "ICRC delegates met each of the detainees in private": a visit, no talks
            doers = [token, token.head] if token.dep_ in ("conj", "advcl") and token.head.pos_ == "VERB" else [token]
            # ("the robbers had demanded a car and released three hostages", "fans attacked …, injuring 12")
            sides = [c for v in doers for c in v.children if c.dep_ == "nsubj"] + [
                g for c in token.children if c.dep_ == "prep" and c.lower_ == "with" for g in c.children]
            sides += [g for c in sides if c.ent_type_ == "CARDINAL" or c.pos_ == "NUM" for p in c.children
                      if p.dep_ == "prep" and p.lower_ == "of" for g in p.children]  # "thousands of protesters"
            if entry and entry.get("subjects") and not any(
                    c.lemma_.lower() in entry["subjects"] for s in token.children if s.dep_ == "nsubj"
                    for c in (s, *s.conjuncts, *((token.head,) if token.dep_ == "relcl" and s.lower_ in (
                        "who", "that", "which") else ()))):
                return None  # "troops poured across the border", not refugees; "federal troops who landed on the
                # island": the troops the clause is on
            if entry and entry["type"] == "talks" and token.lemma_.lower() == "mediate" and token.dep_ == "relcl" and \
                    any(c.dep_ == "aux" and c.lower_ in ("has", "have") for c in token.children) and \
                    not any(t.ent_type_ in ("DATE", "TIME") for t in token.subtree):
                return None  # "Qatar, which has mediated between Israel and Hamas": the broker's role, no round
            own = [c for c in token.children if c.dep_ == "nsubj" or c.dep_ == "prep" and c.lower_ == "with"]
            if entry and entry["type"] == "talks" and token.pos_ == "VERB" and len(own) == 1 and \
                    own[0].lower_ in ("officials", "leaders", "members", "commanders") and \
                    not any(c.dep_ in ("prep", "conj") for c in own[0].children) and \
                    len({s.label_ for s in token.doc.spans.get(ACTORS, []) if own[0].left_edge.i <= s.start and
                         s.end <= own[0].i + 1}) <= 1 and not any(c.dep_ == "dobj" for c in token.children):
                return None  # "as officials met to review the cabinet's work", "where senior Hamas officials had met
                # to discuss a U.S. proposal": one body's own meeting, no two sides
            if entry and entry["type"] == "talks" and token.lemma_.lower() == "meet" and any(
                    s.lemma_.lower() in PLAYING and not any(c.dep_ in ("amod", "compound") for c in s.children)
                    for s in _doers(token)) and any(o.ent_type_ == "GPE" for o in _objects(token)):
                return None  # "The team were due to meet Ghana in Cabinda on Monday": a match, no talks
            if entry and any(c.lemma_.lower() in self.not_subjects.get(entry["type"], ()) for c in sides):
                return None  # "protesters stormed the parliament": a riot, not an armed attack; "police clashed with
                # fans", "police freed 10 hostages" from a bank robbery
            if entry and entry["type"] == "attack" and any(
                    c.dep_ == "nsubjpass" and any(a.dep_ in ("acl", "amod") and a.lemma_.lower() in FREEING
                                                  for a in c.children) for c in token.children):
                return None  # "the Russian soldiers freed had been captured in the Kursk region": how the captives
                # of a release were taken, told by the way
            return entry
        return None

    def by_setting(self, verb: Token) -> bool:
        """ "a war that has killed hundreds of thousands": the toll of the war, no attack of its own."""
        if verb.lemma_.lower() not in self.settings["verbs"]:
            return False
        subjects = [c for c in verb.children if c.dep_ == "nsubj"]
        if any(s.lower_ in ("that", "which") for s in subjects):
            if verb.dep_ == "relcl":
                subjects.append(verb.head)
                pronoun = next(s for s in subjects if s.lower_ in ("that", "which"))
                subjects += [t for t in verb.doc[max(pronoun.i - 5, verb.sent.start):pronoun.i] if t.pos_ == "NOUN"]
                # ("pledging to end fighting in eastern Congo that has killed thousands": the clause may be hung
                # on another noun, or on the place; the toll is the fighting's)
            elif verb.dep_ == "ccomp":  # "a war broke out that has killed …", parsed as what broke out
                subjects += [c for c in verb.head.children if c.dep_ == "nsubj"]
        which = next((g for c in verb.children if c.dep_ == "prep" and c.lower_ in ("in", "during")
                      for g in c.children if g.lower_ == "which"), None)
        if which is not None:
            # "an insurgency against the state since 1984 in which 40,000 people have been killed": the toll of
            # the noun the clause is on, which the parser may hang elsewhere
            subjects += [t for t in verb.doc[max(which.i - 8, verb.sent.start):which.i] if t.pos_ == "NOUN"]
        for child in verb.children:  # "1,800 people have been killed since the war erupted", "since the start
            # of the war": the war's toll so far
            if child.dep_ == "advcl" and any(m.dep_ == "mark" and m.lower_ == "since" for m in child.children):
                subjects += [c for c in child.children if c.dep_ == "nsubj"]
            elif child.dep_ == "prep" and child.lower_ == "since":
                subjects += [t for t in child.subtree if t.pos_ == "NOUN"]
            elif child.dep_ == "prep" and child.lower_ in ("in", "during") and any(
                    c.dep_ == "auxpass" for c in verb.children):
                subjects += [g for g in child.children if g.dep_ == "pobj" and not any(
                    d.dep_ in ("compound", "amod") for d in g.children)]  # "900 people have been killed in the
                # violence": its toll (not "killed in Israeli fighting", told as one side's act)
        subjects += [g for s in subjects for p in s.children if p.dep_ == "prep" and p.lower_ == "of"
                     for g in p.children if g.dep_ == "pobj"]  # "six months of war have killed more than 33,000"
        return any(s.lemma_.lower() in self.settings["subjects"] or s.lemma_.lower() in self.settings[
            "subjects_alone"] and not any(p.dep_ == "prep" and p.lower_ == "of" for p in s.children)
                   for s in subjects)  # ("the wave killed some 170,000 people", after the tsunami; not "a wave of
        # strikes killed 12")

    @staticmethod
    def _a_partner(token: Token, partners: dict) -> bool:
        """Does a partner preposition on the verb name an actor we know, or one of the partner nouns ("both prime
        ministers", "his Russian counterpart")?"""
        named = {i for span in token.doc.spans.get(ACTORS, []) for i in range(span.start, span.end)}
        heads = [g for c in token.children if c.dep_ == "prep" and c.lower_ in partners["preps"]
                 for g in c.children if g.dep_ == "pobj"]
        heads += [c for g in heads for c in g.conjuncts]
        return any(g.lemma_.lower() in partners["nouns"] or any(t.i in named for t in g.subtree) for g in heads)

    def _held(self, token: Token) -> list[Token]:
        """What a verb takes through "control of" ("had taken control of Zamzam"): the words after "of"."""
        held = [g for o in token.children if o.dep_ == "dobj" and o.lemma_.lower() in self.held_through
                for p in (*o.children, *(c for c in token.children if c.i == o.i + 1))  # (or the "of" hung on the
                # verb right after it: "took control | of El Fasher, the army's last stronghold")
                if p.dep_ == "prep" and p.lower_ == "of" for g in p.children if g.dep_ == "pobj"]
        held += [g for h in held if h.lemma_.lower() in self.place_parts for p in h.children
                 if p.dep_ == "prep" and p.lower_ == "of" for g in p.children if g.dep_ == "pobj"]
        # ("took control of the centre of Bukavu": the city whose centre it is)
        return held + [c for g in held for c in g.conjuncts]

    def _needed(self, token: Token, places: frozenset[int] = frozenset(),
                told: frozenset[str] | set[str] = frozenset()) -> dict | None:
        """The entry for `token` where the words it needs are near ("a swap of prisoners"); or, for an anaphoric noun
        ("the swap") in an article that has told of an event of its type (`told`), that event again."""
        entry = self._entry(token)
        if entry is not None and entry.get("yields_to_nouns") and any(
                t.i != token.i and t.pos_ == "NOUN" and self.nouns.get(t.lemma_.lower(), {}).get("type") ==
                entry["type"] for t in token.subtree):
            return None  # "hosted Hashimoto in Siberia for an informal meeting": the meeting tells the talks
        if entry is not None and entry.get("after_told") and entry["type"] not in told:
            return None  # "230 Ukrainians had come home" is a swap's half only in the story of a swap
        if entry is not None and entry.get("under") and not _under(token, entry["under"]):
            return None  # "agreed to pull their troops back": a withdrawal agreed (not "pulled troops back")
        near = _near_lemmas(token, places) if entry is not None and entry.get("needs") else set()
        held = self._held(token) if entry is not None and entry.get("needs") else []
        if entry is not None and entry.get("clause_subject"):
            near |= {g.lemma_.lower() for c in token.children if c.dep_ in ("ccomp", "xcomp") for g in c.children
                     if g.dep_ == "nsubj"}  # "Israel let about 1,900 prisoners go": whom it let go
        near |= {g.lemma_.lower() for g in held} | {g.ent_type_ for g in held if g.ent_type_} | \
            ({"GPE"} if any(g.i in places for g in held) else set())
        if entry is not None and entry.get("needs_object"):
            objects = held or [g for c in token.children if c.dep_ == "dobj" or c.dep_ == "prep" and
                               c.lower_ in entry.get("object_preps", ()) for g in (c, *c.children)
                               if g.dep_ in ("dobj", "pobj")]
            objects += [a for g in objects for a in g.children if a.dep_ == "appos"]  # ("Goma, the largest city")
            if entry.get("actor_objects") and token.tag_ in ("VBD", "VBN") and token.dep_ not in ("acl", "amod") and \
                    any(g.i in _named(token.doc) and g.ent_type_ != "PERSON" for g in objects):
                return entry  # "government forces fought UNITA": a side we name, fought (not "the coalition
                # fighting the Houthis", who it is; nor "it was fighting the FARC", a war it wages)
            pair = [g for c in token.children if c.dep_ == "nsubj" for g in (c, *c.conjuncts)] \
                if not objects and entry.get("pair_subjects") else []
            if len(pair) >= 2 and all(g.lemma_.lower() in entry["needs"] or g.i in _named(token.doc) for g in pair):
                return entry  # "Government forces and UNITA fought in Luanda": the two sides fought each other
            if not objects and token.dep_ == "relcl" and not any(c.dep_ in ("dobj", "nsubjpass") for c in
                                                                 token.children) and \
                    any(c.dep_ == "nsubj" and c.lower_ not in ("that", "which", "who") for c in token.children):
                objects = [token.head]  # "the offensive President Joseph Estrada ordered": what the clause is on
            after = " ".join(t.lower_ for t in token.doc[token.right_edge.i + 1:token.right_edge.i + 3]) if not \
                objects else " ".join(t.lower_ for t in token.doc[max(g.right_edge.i for g in objects) + 1:][:2])
            if any(after.startswith(idiom) for idiom in entry.get("idioms", ())):
                return None  # "took Kyiv by surprise": no town taken
            if entry.get("preps") and not any(c.dep_ == "prep" and c.lower_ in entry["preps"]
                                              for t in (token, *objects) for c in t.children):
                return None  # "sent troops to the border": no one attacked (but "sends tanks into Rafah")
            near = {g.lemma_.lower() for g in objects} | {g.ent_type_ for g in objects if g.ent_type_} | \
                ({"GPE"} if any(g.i in places for g in objects) else set())
            # ("fighting the army", "fought against the rebels"; not "fought alongside the army"; "had taken Goma":
            # the place taken, not "took part in talks in Doha")
        if entry is not None and entry.get("or_purpose") and any(c.dep_ == "dobj" and c.pos_ == "PROPN"
                                                                 for c in token.children) and any(
                c.dep_ in ("advcl", "xcomp") and c.lemma_.lower() in entry["or_purpose"] and
                any(a.dep_ == "aux" and a.lower_ == "to" for a in c.children) for c in token.children):
            near |= set(entry["needs"])  # "Biden, who called Netanyahu to congratulate him": a call between them
        partners = (entry or {}).get("partners")
        if partners and near & set(entry["needs"]) and near & set(entry["needs"]) <= set(partners["preps"]) and \
                not self._a_partner(token, partners):
            return None  # "spoke to reporters": no one to hold talks with
        verb = token.head.head
        if near and token.dep_ == "pobj" and token.head.lower_ in ("in", "under", "as") and verb.pos_ == "VERB" and \
                self._entry(verb) is None:
            # "brought home 175 prisoners of war in an exchange with Russia": whom the act moved (not "returned 103
            # prisoners in an exchange", where the returning is the swap)
            near.update(o.lemma_.lower() for o in verb.children if o.dep_ in ("dobj", "nsubjpass"))
        if entry is None or entry.get("needs") and not near & set(entry["needs"]):
            if entry is not None and any(t.lemma_.lower() in entry.get("not_in_a_sentence_with", ())
                                         for t in token.sent):
                return None  # "as the results of the first round were announced": a round of voting
            if entry is not None and entry.get("anaphoric") and entry["type"] in told and nominal(token) and \
                    any(c.dep_ == "det" and c.lower_ in ("the", "this", "that") or c.dep_ == "amod" and
                        c.ent_type_ == "ORDINAL" for c in token.children) and \
                    not any(c.dep_ in ("compound", "nmod") and not any(ch.isdigit() for ch in c.text)
                            for c in token.children):
                return entry  # "… agreed to release five Iranians held in the U.S. The swap, mediated by Qatar …";
                # "the 1,000-for-1,000 exchange agreed at the first round" (its count is no other kind of exchange);
                # "after a first round in Doha produced a truce", in an article on the talks
            if entry is not None and entry["type"] == "prisoner_exchange" and entry["type"] in told and \
                    token.pos_ == "VERB" and any(c.dep_ == "dobj" and c.pos_ == "NUM" and any(
                        d.dep_ == "det" and d.lower_ == "the" for d in c.children) for c in token.children):
                return entry  # "… freed six Israeli hostages … Hamas freed the six on Saturday": those told again
            return None
        return entry

    def __call__(self, doc: Doc) -> Doc:
        spans: list[Span] = []
        for match_id, start, end in self.phrases(doc):
            spans.append(Span(doc, start, end, label=doc.vocab.strings[match_id]))
        spans += [s for s in self.ceasings(doc) if not any(p.start <= s.root.i < p.end for p in spans)]
        spans += [s for s in self.settlings(doc) if not any(p.start <= s.root.i < p.end for p in spans)]
        spans += [s for s in self.breakthroughs(doc) if not any(p.start <= s.root.i < p.end for p in spans)]
        covered = {i for s in spans for i in range(s.start, s.end)}
        covered |= {i for s in doc.spans.get(ACTORS, []) if len(s) > 2 for i in range(s.start, s.end)}  # a word
        # of a name ("the Government of National Accord") names no event
        places = frozenset(i for span, _ in (doc._.tw_places or []) for i in range(span.start, span.end))
        ctx = getattr(doc._, "tw_ctx", None)
        ctx_told = ctx.types_told if ctx is not None else set()
        for token in doc:
            if token.i in covered:
                continue
            told = ({s.label_ for s in spans if s.start < token.sent.start} | ctx_told) - {
                s.label_ for s in spans if token.sent.start <= s.start < token.i}  # (not where the sentence named
            # it already: "an exchange agreement was reached to secure the release of …" is one swap; but "held talks
            # in Istanbul … after a first round in Doha" tells two rounds)
            if any(c.dep_ == "amod" and c.ent_type_ == "ORDINAL" for c in token.children) or \
                    token.dep_ == "pobj" and token.head.lower_ == "than":
                told = told | {s.label_ for s in spans if s.start < token.i}  # ("a first round"; "the swap would
                # be larger than the 1,000-for-1,000 exchange agreed in May": what one is measured against is another)
            entry = self._needed(token, places, told)
            if entry is None:
                continue
            needs = entry.get("needs")
            close = [g for c in token.children if c.dep_ not in APART for g in (c, *c.children)]
            if needs and any(c.lemma_.lower() in needs and (inner := self._needed(c)) and inner["type"] == entry["type"]
                             for c in close):
                continue  # "round of talks", "launched strikes": the talks, the strikes are the trigger
            label = entry["type"]
            if entry.get("anaphoric") and entry["type"] == "proposal" and \
                    any(c.dep_ == "det" and c.lower_ in ("the", "this", "that") for c in token.children) and \
                    not (needs and _near_lemmas(token, places) & set(needs)):
                label = carried_as(token, spans, ctx.carried if ctx is not None else {}) or label
                # ("Saakashvili signs the plan": the truce it was told as)
            spans.append(Span(doc, token.i, token.i + 1, label=label))
        spans = deals_of_swaps(doc, spans)
        spans += counted_again(doc, spans)
        spans += discussed_between(doc, covered | {i for s in spans for i in range(s.start, s.end)})
        spans += delegations_received(doc, covered | {i for s in spans for i in range(s.start, s.end)})
        spans += agreed_steps(doc, spans)
        spans += violations_charged(doc, spans, ctx_told)
        spans += crimes_found(doc, spans)
        spans += self.broken_again(doc, spans, ctx_told)
        spans += told_as_it(doc, spans, ctx.last_told if ctx is not None else None,
                            ctx.told_before if ctx is not None else ())
        spans += the_one_made(doc, spans)
        spans += condemned_by_name(doc, spans, ctx_told, ctx is not None and ctx.deferred is not None)
        spans += self.proposed_bare(doc, spans)
        spans += self.obligations(doc, covered | {s.start for s in spans})
        spans += self.points_demanded(doc, {i for s in spans for i in range(s.start, s.end)})
        spans += self.askings(doc, spans)
        attack_nouns = {s.root.i for s in spans if s.label_ == "attack" and nominal(s.root)}
        attack_verbs = {s.root.i for s in spans if s.label_ == "attack" and s.root.pos_ == "VERB"}
        spans = [s for s in spans if not (
            s.label_ == "attack" and s.root.pos_ == "VERB" and s.root.lemma_.lower() in TOLL_VERBS and (any(
                c.dep_ == "nsubj" and c.i in attack_nouns for v in (s.root, *toll_heads(s.root)) for c in v.children)
                or told_when_attacked(s.root, attack_verbs)))]
        # "an attack killed four" (and "… and wounded 171"): the attack, with its toll; the killing is no second
        # event; nor "37 people were killed … when al-Shabaab fighters attacked Lido beach"
        doc.spans[SPAN_KEY] = sorted((s for s in spans if not self.business(s)), key=lambda s: s.start)
        return doc

    @staticmethod
    def broken_again(doc: Doc, spans: list[Span], told: set[str]) -> list[Span]:
        """ "Russia's Easter ceasefire expired … with Ukraine saying Russian forces had violated it nearly 3,000
        times", "It was broken again this morning": a truce the article told of, broken where only a pronoun names it;
        the verb stands for it. So for a truce extended, or not: "failed to agree on extending it"; or agreed, where
        the truce was the last event word: "agreed to it in November 2003"."""
        out = []
        for token in doc:
            if token.pos_ == "VERB" and (token.lemma_.lower() in IT_VERBS["breaking"] or ended_it(token)) and any(
                    c.dep_ == "dobj" and c.lower_ == "it" or c.dep_ == "nsubjpass" and c.lower_ == "it" and
                    token.lemma_.lower() in IT_VERBS["breaking"] and not habitual(token)
                    for c in token.children) and (
                    "ceasefire" in told or any(s.label_ == "ceasefire" and s.start < token.i for s in spans)):
                out.append(Span(doc, token.i, token.i + 1, label="ceasefire"))
            elif token.pos_ == "VERB" and lapsing(token) and any(
                    c.dep_ == "nsubj" and c.lower_ in ("it", "each", "both", "all") for c in token.children):
                nouns = [s for s in spans if s.root.pos_ in ("NOUN", "PROPN", "ADJ", "NUM") and s.end <= token.i]
                said = next(c.lower_ for c in token.children if c.dep_ == "nsubj")
                if said == "it" and nouns and nouns[-1].label_ == "ceasefire" or \
                        said != "it" and len([s for s in nouns if s.label_ == "ceasefire"]) >= 2:
                    out.append(Span(doc, token.i, token.i + 1, label="ceasefire"))  # "… announced a third. Each
                    # collapsed within hours": the truces just told ended
            elif token.pos_ == "VERB" and token.lemma_.lower() == "agree" and any(
                    c.dep_ == "prep" and c.lower_ == "to" and any(g.lower_ == "it" for g in c.children)
                    for c in token.children):
                nouns = [s for s in spans if s.root.pos_ in ("NOUN", "PROPN") and s.end <= token.i]
                if nouns and nouns[-1].label_ == "ceasefire":
                    out.append(Span(doc, token.i, token.i + 1, label="ceasefire"))  # "The ceasefire itself is not
                    # new. India and Pakistan agreed to it in November 2003"
        return out

    @staticmethod
    def proposed_bare(doc: Doc, spans: list[Span]) -> list[Span]:
        """ "Ukraine's negotiators proposed a neutral status in exchange for security guarantees": a proposal whose
        content names no event of ours; the verb stands for it. ("Ukraine proposed a ceasefire" is the truce's.)"""
        taken = {i for s in spans for i in range(s.start, s.end)}
        out = []
        for token in doc:
            if token.pos_ != "VERB" or token.lemma_.lower() != "propose" or token.i in taken or token.dep_ == "amod":
                continue
            objects = [c for c in token.children if c.dep_ in ("dobj", "xcomp", "ccomp")]
            if [c.dep_ for c in objects] == ["dobj"] and not {t.i for t in objects[0].subtree} & taken:
                out.append(Span(doc, token.i, token.i + 1, label="proposal"))
        return out

    def business(self, span: Span) -> bool:
        """Talks or a deal in a sentence about business, with no fighting in it: "Honda and Nissan called off talks on
        a merger …, ending negotiations that would have created the world's third-largest carmaker"."""
        sent = span.sent
        return span.label_ in ("talks", "agreement") and any(
            t.lemma_.lower() in self.business_words for t in sent) and not any(
            t.lemma_.lower() in self.war_words for t in sent)

    def fighting(self, token: Token) -> bool:
        """Is the word one of the fighting a halt stops: "strikes", "offensive", the gerund "bombing", "military
        operations" (a `qualified` word, with one of its modifiers)?"""
        if token.lemma_.lower() in self.ceasing["objects"] or token.lower_ in self.ceasing["objects"]:
            return True
        qualifiers = self.ceasing["qualified"].get(token.lemma_.lower(), ())
        return any(c.lemma_.lower() in qualifiers for c in token.children if c.dep_ in ("compound", "amod"))

    def ceasings(self, doc: Doc) -> list[Span]:
        """ "Russian forces would halt all combat operations", "combat operations were halted", "would stop bombing
        the Houthis": a stop to the fighting is a ceasefire, named by the verb and its object together."""
        out = []
        for noun in doc:  # "a 30-day halt to strikes on civilian infrastructure", "a pause in the fighting"
            ordered = noun.lemma_.lower() in self.ceasing.get("ordered_nouns", ()) and noun.dep_ == "dobj" and \
                noun.head.lemma_.lower() in self.ceasing.get("ordering", ())
            if noun.pos_ != "NOUN" or noun.lemma_.lower() not in self.ceasing["nouns"] and not ordered:
                continue
            governors = {noun.head, noun.head.head} if noun.head.pos_ == "ADP" else {noun.head}
            preps = [*noun.children, *(c for g in governors for c in g.children if c.i == noun.i + 1)]  # the parser
            # may hang "to its offensive" on the verb: "announced a halt to its offensive", "agreed to a moratorium
            # on attacks"
            obj = next((g for c in preps if c.dep_ == "prep" and c.lower_ in ("to", "on", "of", "in")
                        for g in c.children if g.dep_ == "pobj" and self.fighting(g)), None)
            if obj is not None:
                out.append(Span(doc, noun.i, obj.i + 1, label=self.ceasing["type"]))
        for verb in doc:
            if verb.pos_ != "VERB" or verb.lemma_.lower() not in self.ceasing["verbs"] or any(
                    c.dep_ == "neg" for c in verb.children):
                continue
            objects = [*verb.children, *(g for c in verb.children if c.dep_ == "prep" and c.lower_ == "from" and
                                         verb.lemma_.lower() in self.ceasing["from_verbs"] for g in c.children)]
            for obj in objects:  # ("would refrain from offensive operations": what it keeps from)
                intransitive = obj.dep_ == "nsubj" and not any(c.dep_ in ("dobj", "xcomp") for c in verb.children)
                # ("All hostilities will stop for that period": what stops, told as the subject)
                if obj.dep_ not in ("dobj", "nsubjpass") and not (obj.dep_ == "xcomp" and obj.tag_ == "VBG") and \
                        not (obj.dep_ in ("pobj", "pcomp") and obj.head.lower_ == "from") and not intransitive:
                    continue  # "stop bombing the Houthis": the gerund is what stops
                if self.fighting(obj):
                    words = [verb.i, obj.i] + [c.i for c in obj.children if c.dep_ in ("compound", "amod")]
                    start, end = min(words), max(verb.i, obj.i) + 1
                    out.append(Span(doc, start, end, label=self.ceasing["type"]))
                    break
        return out

    def settlings(self, doc: Doc) -> list[Span]:
        """ "Ethiopia and Somalia agreed to set aside a bitter dispute", "agree to end row": a dispute a side agrees
        to settle is an agreement, named by the verb and its object together."""
        data = self.settling
        out = []
        for verb in doc:
            lemma = verb.lemma_.lower()
            if verb.pos_ != "VERB" or lemma not in data["verbs"] or verb.dep_ != "xcomp" or \
                    verb.head.lemma_.lower() not in data["governors"]:
                continue
            particle = data["particles"].get(lemma)
            if particle and not any(c.dep_ in ("prt", "advmod") and c.lower_ == particle for c in verb.children):
                continue  # ("set aside", not "set a date")
            obj = next((c for c in verb.children if c.dep_ == "dobj" and c.lemma_.lower() in data["objects"]), None)
            if obj is not None:
                out.append(Span(doc, verb.i, verb.i + 1, label=data["type"]))
        return out

    def breakthroughs(self, doc: Doc) -> list[Span]:
        """ "the federal army broke through the last Biafran lines": an army breaking through a line or a defence
        attacks it (not "broke through the clouds", nor protesters through a police cordon)."""
        data = self.breaking_through
        not_subjects = set(self.not_subjects.get("attack", ()))
        return [Span(doc, verb.i, verb.i + 1, label="attack") for verb in doc
                if verb.pos_ == "VERB" and verb.lemma_.lower() in data["verbs"] and any(
                    c.dep_ == "prep" and c.lower_ == "through" and any(
                        g.dep_ == "pobj" and g.lemma_.lower() in data["objects"] for g in c.children)
                    for c in verb.children) and not any(
                    c.dep_ == "nsubj" and c.lemma_.lower() in not_subjects for c in verb.children)]

    def askings(self, doc: Doc, spans: list[Span]) -> list[Span]:
        """ "The Houthis want Riyadh to pay public-sector salaries", "called on the mediators to press Israel": the
        verb of asking, as a demand on the named actor asked, where what it is asked to do names no event of ours
        (that event tells it: "urged Russia to agree to a ceasefire"). Only in a passage that tells an event of ours
        besides: "urges Russia to find his rival's emails" alone is no demand in a war (and a passage without a
        trigger word is not parsed)."""
        if not spans:
            return []
        actors = {i for span in doc.spans.get(ACTORS, []) for i in range(span.start, span.end)}
        told = {i for s in spans for i in range(s.start, s.end)}
        out = []
        for verb in doc:
            lemma = verb.lemma_.lower()
            if verb.pos_ != "VERB" or verb.i in told or lemma not in self.obligation["asking_verbs"] + \
                    self.obligation["asking_on_verbs"]:
                continue
            tasks = [c for c in verb.children if c.dep_ in ("xcomp", "ccomp") and c.pos_ == "VERB" and any(
                a.dep_ == "aux" and a.lower_ == "to" for a in c.children)]
            asked = [c for c in verb.children if c.dep_ == "dobj"] + [
                c for t in tasks for c in t.children if c.dep_ == "nsubj"] \
                if lemma in self.obligation["asking_verbs"] else [
                    g for c in verb.children if c.dep_ == "prep" and c.lower_ == "on" for g in c.children
                    if g.dep_ == "pobj"]  # (also "want Riyadh to pay", parsed with Riyadh the subject of "pay")
            if not asked or not tasks or not any(t.i in actors for a in asked for t in a.subtree):
                continue
            if any(s.label_ != "sanction" and s.root.i in {t.i for task in tasks for t in task.subtree}
                   for s in spans):
                continue  # ("urged Russia to agree to a ceasefire": the truce, called for; but "want Riyadh to lift
                # its blockade" asks for what no sanction status tells)
            if any(t.lemma_.lower() in RECIPROCATING for t in tasks) and any(
                    s.label_ == "ceasefire" and s.end <= verb.i and s.sent.start == verb.sent.start for s in spans):
                out.append(Span(doc, verb.i, verb.i + 1, label="ceasefire"))  # "declared a unilateral ceasefire
                continue  # and asked the Ethiopian government to reciprocate": a truce of the other's, called for
            out.append(Span(doc, verb.i, verb.i + 1, label=self.obligation["type"]))
        return out

    def obligations(self, doc: Doc, taken: set[int]) -> list[Span]:
        """ "Russia said Sudan must return the helicopter": the speech verb, as a demand on whoever the reported
        clause obliges. Only where that is a named actor: "stronger sanctions must follow" obliges nobody."""
        actors = {i for span in doc.spans.get(ACTORS, []) for i in range(span.start, span.end)}
        out = []
        for token in doc:
            if token.i in taken or token.pos_ != "VERB" or token.lemma_.lower() not in self.obligation["speech_verbs"]:
                continue
            for clause in token.children:
                if clause.dep_ == "ccomp" and peace_requires(clause):
                    out.append(Span(doc, token.i, token.i + 1, label=self.obligation["type"]))  # "The Council
                    # stresses that peace requires a complete halt to the aggression": its conditions, a demand
                    break
                if clause.dep_ == "ccomp" and (condition := condition_of_refusal(clause)) is not None:
                    clause = condition  # "Azerbaijan has said it will not sign it until Armenia removes …": a
                    # demand on Armenia
                elif clause.dep_ != "ccomp" or not any(
                        c.dep_ == "aux" and c.lower_ in self.obligation["modals"] for c in clause.children) or \
                        clause.lemma_.lower() in UNDERGOING:
                    continue  # ("Russia must face tough sanctions": a penalty called for, no demand on Russia)
                subjects = [c for c in clause.children if c.dep_ in ("nsubj", "nsubjpass")]
                lifted = clause.lemma_.lower() in ("lift", "ease", "remove") and any(
                    s.lemma_.lower() in ("sanction", "embargo", "restriction") for s in subjects)
                where = {t.i for s in subjects for c in s.children
                         if c.dep_ == "prep" and c.lower_ in ("in", "at", "on")
                         for t in c.subtree}  # ("until the war in Gaza ended": a place, no one obliged)
                if any(t.i in actors and t.i not in where for s in subjects for t in s.subtree) or lifted:
                    # (or "only after Western sanctions on its agricultural bank were lifted": a demand that they be)
                    out.append(Span(doc, token.i, token.i + 1, label=self.obligation["type"]))
                    break
        return out


    def points_demanded(self, doc: Doc, taken: set[int]) -> list[Span]:
        """ "… set out the terms on which Russia would stop fighting: 1. Ukraine must withdraw its troops from …":
        each point of a list of one side's terms that obliges a named actor is a demand, its verb the trigger."""
        ctx = getattr(doc._, "tw_ctx", None)
        if ctx is None or ctx.intro is None or not ctx.intro.demands or not (
                getattr(doc._, "tw_kind", None) == "item" or NUMBERED_POINT.match(doc.text)):
            return []
        actors = {i for span in doc.spans.get(ACTORS, []) for i in range(span.start, span.end)}
        out = []
        for sent in doc.sents:
            verb = sent.root
            if verb.i in taken or verb.pos_ != "VERB" or not any(
                    c.dep_ == "aux" and c.lower_ in self.obligation["modals"] for c in verb.children):
                continue
            if any(t.i in actors for c in verb.children if c.dep_ in ("nsubj", "nsubjpass") for t in c.subtree):
                out.append(Span(doc, verb.i, verb.i + 1, label=self.obligation["type"]))
        return out


IT_VERBS = load("triggers")["it_verbs"]
IT_WORDS = "tw_it_words"  # doc.user_data key: verb index -> the event noun its "it" stands for
IT_STARTS = {verb: set(objects) for verb, objects in IT_VERBS["starting"].items()}
IT_LAPSES = set(IT_VERBS["lapsing"])
IT_LAPSES_WITH = {verb: entry["particle"] for verb, entry in IT_VERBS["lapsing_phrasal"].items()}


def lapsing(verb: Token) -> bool:
    """Does the verb end what its subject "it" stands for ("it collapsed", "it broke down")?"""
    lemma = verb.lemma_.lower()
    return lemma in IT_LAPSES or lemma in IT_LAPSES_WITH and any(
        c.dep_ == "prt" and c.lower_ == IT_LAPSES_WITH[lemma] for c in verb.children)
IT_ANSWERED = set(IT_VERBS["answering"])
SETTING_PREPS = {"after", "before", "since", "during", "amid"}
IT_MADE = {"sign", "ratify", "accept", "reject", "approve", "endorse"}  # "It was signed at Panmunjom": made, or
# answered ("it must be respected" is a wish, no step)
IT_SUBJECT_VERBS = {*IT_STARTS, *IT_LAPSES}
IT_ENDS: dict[str, str] = IT_VERBS["ending"]


def ended_it(verb: Token) -> bool:
    """Is the verb one that ends what its "it" stands for, with the particle it takes ("formally called it off")?"""
    particle = IT_ENDS.get(verb.lemma_.lower())
    return particle is not None and (not particle or any(c.dep_ == "prt" and c.lower_ == particle
                                                        for c in verb.children))
IT_OBJECT_VERBS = IT_ANSWERED | set(IT_VERBS["breaking"])
IT_STANDS_FOR = ("ceasefire", "agreement", "proposal")  # what "it" may stand for: a truce, a deal, a plan


def it_of(verb: Token) -> Token | None:
    """The "it" a verb standing for a truce or deal takes: its subject ("It takes effect"), object ("accepted it")
    or what it abides by ("would abide by it")."""
    lemma = verb.lemma_.lower()
    if verb.pos_ not in ("VERB", "AUX"):
        return None
    return next((g for c in verb.children for g in (c, *c.children) if g.lower_ == "it" and (
        g.dep_ == "nsubj" and g.head.i == verb.i and (lemma in IT_SUBJECT_VERBS or lapsing(verb)) or
        g.dep_ == "dobj" and g.head.i == verb.i and lemma in IT_OBJECT_VERBS or
        g.dep_ == "nsubjpass" and g.head.i == verb.i and lemma in IT_MADE | set(IT_VERBS["breaking"]) or
        g.dep_ == "pobj" and c.dep_ == "prep" and IT_VERBS["through"].get(lemma) == c.lower_)), None)


def carried_as(token: Token, spans: list[Span], carried: dict[str, str]) -> str | None:
    """The type of the event a proposal word was told as, earlier in this passage ("a six-point plan to end the
    fighting": the truce its clause names) or in an earlier one (`carried`, the article's record), for the same word
    told again ("the plan"); None where it was told as no other event."""
    lemma = token.lemma_.lower()
    here = next((o.label_ for p in spans if p.label_ == "proposal" and p.root.lemma_.lower() == lemma and
                 p.start < token.i for o in spans if o.label_ == "ceasefire" and o.root.head.i == p.root.i), None)
    return here or carried.get(lemma)


IT_ACTS = set(IT_VERBS["acts"])


def the_act_told(verb: Token, spans: list[Span]) -> bool:
    """Does the verb take "the move" (or "this step") for a truce or deal its own sentence told before it ("ETA
    declared a permanent ceasefire on Monday, but Spain's government dismissed the move")?"""
    return any(c.dep_ == "dobj" and c.lemma_.lower() in IT_ACTS and any(
        d.dep_ == "det" and d.lower_ in ("the", "this") for d in c.children) for c in verb.children) and any(
        s.label_ in IT_STANDS_FOR and s.root.pos_ in ("NOUN", "PROPN") and verb.sent.start <= s.start and
        s.end <= verb.i for s in spans)


HABITUAL = {"daily", "repeatedly", "regularly", "routinely", "constantly", "often", "frequently"}


def habitual(verb: Token) -> bool:
    """Is the verb told of what happens again and again ("has been broken almost daily", "it has been broken
    often")?"""
    return any(c.dep_ in ("advmod", "npadvmod") and c.lemma_.lower() in HABITUAL for c in verb.children)


WITNESSES = {"witness", "guarantor", "mediator", "facilitator", "broker", "host"}  # "as our witness", "signed as
# a guarantor": who stands behind a deal others made


def signed_as_witness(verb: Token) -> bool:
    """ "President Boris Trajkovski signed as a witness": a signing with no object of its own, of the deal told before,
    by one who stands behind it."""
    return verb.lemma_.lower() == "sign" and not any(c.dep_ == "dobj" for c in verb.children) and any(
        c.dep_ == "prep" and c.lower_ == "as" and any(g.lemma_.lower() in WITNESSES for g in c.children)
        for c in verb.children)


def made_as_it(participle: Token) -> bool:
    """ "Signed in the Libyan capital on June 22, 2001, …, it restored the ceasefire": a participle opening the
    sentence, of no subject of its own, whose clause's subject is "it": what "it" names was signed."""
    verb = participle.head
    return participle.tag_ == "VBN" and participle.dep_ == "advcl" and participle.i < verb.i and \
        participle.i == participle.sent.start and \
        not any(c.dep_ in ("nsubj", "nsubjpass") for c in participle.children) and \
        any(c.dep_ == "nsubj" and c.lower_ == "it" for c in verb.children)


def the_one_made(doc: Doc, spans: list[Span]) -> list[Span]:
    """ "The N'sele ceasefire never held; the one signed in Arusha on 12 July 1992 …": "the one" a signing clause is
    on stands for the truce or deal the sentence named before it, another of its kind."""
    out = []
    for token in doc:
        if token.lower_ != "one" or not any(c.dep_ == "det" and c.lower_ == "the" for c in token.children) or \
                not any(c.dep_ == "acl" and c.tag_ == "VBN" and c.lemma_.lower() in (*SIGNING, "agree", "reach")
                        for c in token.children):
            continue
        before = [s for s in spans if token.sent.start <= s.start and s.end <= token.i and s.label_ in
                  IT_STANDS_FOR[:2] and nominal(s.root)]
        if before:
            out.append(Span(doc, token.i, token.i + 1, label=before[-1].label_))
    return out


def told_as_it(doc: Doc, spans: list[Span], last_told: str | None, told_before: tuple[str, ...] = ()) -> list[Span]:
    """A truce or deal that only "it" names, the last event word before it being one: "… announces a ceasefire
    between Israel and Hamas. It takes effect at 9 p.m." (it starts), "the truce … The Lebanese cabinet accepted
    it on Saturday" (it is answered). The verb stands for it, labelled as the word "it" refers to; `last_told` is the
    type of the last event noun of the article's earlier passages, `told_before` the types of all of the last passage's
    event nouns."""
    out = []
    for token in doc:
        if token.pos_ not in ("VERB", "AUX") or any(s.start <= token.i < s.end for s in spans):
            continue
        lemma = token.lemma_.lower()
        subject = any(c.dep_ == "nsubj" and c.lower_ == "it" for c in token.children)
        starts = subject and lemma in IT_STARTS and any(
            g.lemma_.lower() in IT_STARTS[lemma] for c in token.children if c.dep_ in ("dobj", "prep")
            for g in (c, *c.children) if g.dep_ in ("dobj", "pobj"))
        lapses = subject and lapsing(token)
        answered = lemma in IT_ANSWERED and any(c.dep_ == "dobj" and c.lower_ == "it" for c in token.children) or \
            lemma in IT_MADE and any(c.dep_ == "nsubjpass" and c.lower_ == "it" for c in token.children) or \
            lemma in IT_MADE and made_as_it(token) or signed_as_witness(token) or \
            lemma == "abide" and it_of(token) is not None or \
            lemma in IT_ANSWERED and the_act_told(token, spans)  # "would abide by it"; "dismissed the move"
        if not (starts or lapses or answered) or any(c.dep_ == "neg" or c.dep_ == "mark" and not (
                c.lower_ in ("after", "because") and token.tag_ == "VBD") for c in token.children):
            continue  # ("will not sign it until Armenia …": no step taken; "as soon as it is signed": not yet; but
            # "took effect …, after Israel's security cabinet approved it the evening before": done)
        if token.dep_ == "conj" and not any(c.dep_ == "nsubj" for c in token.children) and any(
                token.head.i in {a.i for a in s.root.ancestors} | {s.root.i} for s in spans if s.end <= token.i):
            continue  # "has accepted the proposal for a seven-day ceasefire and will sign it tomorrow": the same
            # truce, told by the verb before (but not "ETA declared a ceasefire …, but the government dismissed
            # the move": another's answer)
        nouns = [s for s in spans if s.root.pos_ in ("NOUN", "PROPN") and s.end <= token.i and not any(
            a.dep_ == "prep" and a.lower_ in SETTING_PREPS for a in s.root.ancestors)]
        said = nouns[-1].label_ if nouns else last_told  # (not "after eight days of fighting": when, not what)
        if said == "proposal" and nouns[-1:] and nouns[-1].root.dep_ == "dobj" and \
                nouns[-1].root.head.lemma_.lower() in SIGNING:
            said = "agreement"  # "signed a peace memorandum …, but the FLEC's leaders rejected it": a deal made
        wanted = IT_STANDS_FOR if answered else IT_STANDS_FOR[:2]
        if answered and said == "talks" and (made := [s for s in nouns if s.label_ in wanted]):
            nouns = made  # "signed a peace agreement … The text came out of ten days of talks … The sides initialled
            # it there": what talks made, not the talks, is what is signed
            said = nouns[-1].label_
        elif answered and said == "talks" and not nouns and (made_before := [t for t in told_before if t in wanted]):
            said = made_before[-1]  # "The accord, reached after six weeks of talks hosted by Togo's President … The
            # United Nations signed it as a moral guarantor": the accord, told in the passage before
        if said in wanted:
            out.append(Span(doc, token.i, token.i + 1, label=said))
            if nouns:  # the word "it" stands for, which the event is told by ("the declaration … It was signed")
                doc.user_data.setdefault(IT_WORDS, {})[token.i] = nouns[-1].root.lemma_.lower()
    return out
