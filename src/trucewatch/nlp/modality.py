"""Modality and attribution: is the event asserted, reported, uncertain, planned or hypothetical, and who says so.

Read from the trigger, the words governing it and the sentence's reporting verb. Order of precedence:
hypothetical ("if Moscow rejects") > uncertain ("widely believed", "allegedly") > reported ("reportedly",
"X said", "according to") > planned ("will", "is set to") > asserted. "Reportedly" counts as reported: it
attributes the claim to unnamed reports, as the seed gold codes it.
"""

from __future__ import annotations

from dataclasses import dataclass

from spacy.tokens import Span, Token

REPORTING = {"say", "tell", "state", "report", "announce", "claim", "note", "add", "reveal", "mention", "write",
             "confirm", "insist", "stress", "emphasize", "emphasise", "articulate", "allege", "argue", "warn",
             "assert", "explain", "indicate", "suggest", "acknowledge", "describe", "reiterate", "tweet"}
RECORDING = {"record", "register", "log", "document", "count", "tally", "cite", "report"}  # "the army recorded 5,133
# violations", "the General Staff reported 143 combat clashes":
# whoever keeps the count reports the events; it does not take part in them
DENIALS = {"deny", "refute"}  # "Iran denied launching missiles": Iran's word, and the act said not to have happened
UNCERTAIN = {"believe", "allegedly", "alleged", "likely", "apparently", "possibly", "perhaps", "suspect",
             "suspected", "appear", "seem", "probably", "may", "might", "unclear", "unconfirmed", "purportedly",
             "potential", "possible"}
REPORTED_ADVERBS = {"reportedly", "purportedly"}
CONDITIONAL = {"if", "unless", "whether"}
FUTURE_AUX = {"will", "shall", "'ll", "wo"}
HEDGING_MODALS = {"should", "would", "could", "might", "may"}
PERCEIVED = {"hear", "see"}  # what "could be heard" was heard
POSSIBILITY = {"can", "could", "may", "might", "ca"}  # "can be extended", "could agree": only possible
PLANNING = {"plan", "expect", "intend", "hope", "set", "schedule", "aim", "prepare", "due"}


def planning(verb: Token) -> bool:
    """ "plans to", "is set to", "expects": but "agreed to set up a corridor" sets nothing for later."""
    if verb.pos_ != "VERB" or verb.lemma_.lower() not in PLANNING:
        return False
    if verb.lemma_.lower() == "set":
        return any(c.dep_ == "xcomp" and any(a.dep_ == "aux" and a.lower_ == "to" for a in c.children)
                   for c in verb.children) or verb.tag_ == "VBN" and any(c.dep_ == "auxpass" for c in verb.children)
    return True


def destined(verb: Token) -> bool:
    """ "Joseph Kony was to sign it at Ri-Kwangba": past "be" with a "to" clause tells what was meant to happen (the
    story goes on to say whether it did). Not the present of a deal's terms, "Hamas is to free 33 hostages", which
    tells what the deal says."""
    return verb.lemma_ == "be" and verb.pos_ == "AUX" and verb.tag_ == "VBD" and any(
        c.dep_ == "nsubj" for c in verb.children) and any(
        c.dep_ == "xcomp" and c.pos_ == "VERB" and any(a.dep_ == "aux" and a.lower_ == "to" for a in c.children)
        for c in verb.children)


def possible(trigger: Token, chain: list[Token]) -> bool:
    """Is a governing verb only possible ("the truce can be extended", "they could agree next week")? Not when
    negated ("could not agree" failed) or perfect ("may have violated" is a doubt about what happened), nor when
    the event is what acts ("a meeting could tackle the issues", "the battle could be long": it is presupposed)."""
    for verb in chain:
        if verb.pos_ not in ("VERB", "AUX"):
            continue
        if trigger.dep_ == "nsubj" and trigger.head.i == verb.i:
            return False
        if trigger.dep_ == "nsubjpass" and trigger.head.i == verb.i and verb.lemma_.lower() in PERCEIVED:
            return False  # "Shelling could be heard on the edge of Mariupol": it was heard
        if verb.lemma_ == "be" and any(c.dep_ == "expl" for c in verb.children) and any(
                c.dep_ == "det" and c.lower_ == "no" for c in trigger.children):
            return False  # "there can be no talks under fire", "there would be no truce": ruled out, not possible
        aux = [c for c in verb.children if c.dep_ in ("aux", "auxpass", "neg")]
        if any(a.lower_ in POSSIBILITY for a in aux):
            return not any(a.dep_ == "neg" or a.lemma_ == "have" for a in aux)
        if verb.lemma_ == "be" and any(a.lower_ == "would" for a in aux) and not any(a.dep_ == "neg" for a in aux) \
                and any(c.dep_ == "attr" and c.i in {t.i for t in chain} | {trigger.i} for c in verb.children):
            return True  # "any movement of warships would be a violation of the agreement": what would count as one
    return False


def not_yet(trigger: Token, chain: list[Token]) -> bool:
    """An event in a "before" or "until" clause told in the present has not happened: "before the treaty is
    signed", "until the war ends". In the past it has: "before the truce took effect". Nor has one in a time clause
    of a clause still to come: "will take effect once sanctions are lifted"."""
    for verb in [trigger, *chain]:
        if verb.pos_ not in ("VERB", "AUX") or verb.dep_ != "advcl":
            continue
        marks = {c.lower_ for c in verb.children if c.dep_ == "mark"}
        waited = marks & {"once", "until", "till", "before"} or marks & {"after", "when"} and (
            any(c.lower_ == "only" for c in (*verb.children, *verb.head.children))
            or verb.tag_ in ("VBZ", "VBP") or any(c.dep_ in ("aux", "auxpass") and c.tag_ in ("VBZ", "VBP")
                                                  for c in verb.children))
        if waited and any(c.dep_ == "aux" and c.lower_ in ("will", "would", "shall", "'ll")
                          for c in verb.head.children):
            # "the deal would only take effect after sanctions were lifted": a condition, to come; not "would stop
            # bombing after the group agreed to stop", which tells what came first
            return True
        if marks & {"before", "until", "till"}:
            return verb.tag_ in ("VBZ", "VBP", "VB") or any(c.dep_ in ("aux", "auxpass") and c.tag_ in ("VBZ", "VBP")
                                                           for c in verb.children)
    return False


@dataclass
class Modality:
    modality: str
    claimed_by_token: Token | None  # the subject of the reporting verb, or the object of "according to"
    conditional: bool = False  # hypothetical by an "if" or "unless" clause, not by a modal of possibility


def _clause_tokens(chain: list[Token]) -> list[Token]:
    """The chain and the function words hanging from it (auxiliaries, marks, adverbs)."""
    out = []
    for token in chain:
        out.append(token)
        out.extend(c for c in token.children if c.dep_ in ("aux", "auxpass", "mark", "advmod", "neg", "amod"))
    return out


def reporting_verb(start: Token) -> tuple[Token, Token | None] | None:
    """The reporting verb above `start` (through ccomp), with its subject."""
    node = start
    for _ in range(8):
        head = node.head
        if head.i == node.i:
            said = next((c for c in node.children if c.dep_ == "parataxis" and c.lemma_.lower() in REPORTING and
                         c.i > node.i), None)  # "Turkish air strikes kept hitting …, the group said": the words
            # after the clause that say who told it, parsed as hung on it
            subject = next((c for c in said.children if c.dep_ == "nsubj"), None) if said is not None else None
            return (said, subject) if subject is not None else None
        if node.dep_ in ("ccomp", "parataxis") and (head.lemma_.lower() in REPORTING or
                                                    head.lemma_.lower() in DENIALS and node.i > head.i):
            subject = next((c for c in head.children if c.dep_ in ("nsubj", "nsubjpass")), None)
            speaker = head
            while subject is None and speaker.dep_ == "conj" and speaker.head.i != speaker.i:
                speaker = speaker.head  # "Zelenskiy said Kyiv was ready to talk, but insisted that …": the first
                subject = next((c for c in speaker.children if c.dep_ == "nsubj"), None)  # verb's subject speaks
            if subject is None and head.dep_ == "xcomp":
                above = head.head.head if head.head.dep_ == "acomp" else head.head  # "Qatar, Egypt and the United
                # States are glad to announce that …": who is glad announces
                subject = next((c for c in above.children if c.dep_ == "nsubj"), None)
            return head, subject
        if node.dep_ == "advcl" and head.lemma_.lower() in REPORTING and node.tag_ == "VBG":
            subject = next((c for c in head.children if c.dep_ == "nsubj"), None)
            return head, subject
        node = head
    return None


def according_to(sent: Span) -> Token | None:
    for token in sent[:-1]:
        if token.lower_ == "according" and token.nbor(1).lower_ == "to":
            objs = [c for c in token.nbor(1).children if c.dep_ == "pobj"]
            return objs[0] if objs else None
    return None


def inverted(verb: Token) -> bool:
    """A condition told by inversion: "Should the Ukrainian side violate the ceasefire, …", "Were Hamas to break the
    truce, …"."""
    subjects = [c.i for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")]
    if verb.dep_ != "advcl" or not subjects:
        return False
    return verb.lower_ in ("were", "had") and verb.i < subjects[0] or any(
        c.dep_ in ("aux", "auxpass") and c.lower_ in ("should", "were", "had") and c.i < subjects[0] and
        c.i == verb.left_edge.i for c in verb.children)


WH_WORDS = {"which", "what", "who", "whose", "where", "when", "how", "why"}
NOT_YET_AUX = {"will", "would", "could", "might"}


def presupposed(chain: list[Token], sent: Span, root: Token | None = None) -> bool:
    """Is the event told, in a question that asks something else of it, as known: by a past relative clause ("Which
    two envoys brought the peace plan that Slobodan Milosevic accepted on 3 June?"), or by a past verb a "wh" word
    asks when, where or by whom of ("When did NATO's air campaign against Yugoslavia begin?", "Where did the two
    delegations hold talks in February 1999?"; not "Did NATO bomb …?", which asks whether)?"""
    if not any(t.lower_ in WH_WORDS for t in sent[:3]):
        return False
    return any(v.dep_ == "relcl" and v.tag_ in ("VBD", "VBN") and
               not any(a.dep_ == "aux" and a.lower_ in NOT_YET_AUX for a in v.children) for v in chain) or any(
        v.dep_ == "ROOT" and v.pos_ == "VERB" and any(a.dep_ == "aux" and a.lower_ == "did" for a in v.children)
        for v in [*chain, *([root] if root is not None else [])])


def read_modality(trigger: Span, chain: list[Token], sent: Span) -> Modality:
    tokens = _clause_tokens([trigger.root, *chain])
    words = {t.lemma_.lower() for t in tokens} | {t.lower_ for t in tokens}
    top = chain[-1] if chain else trigger.root
    report = reporting_verb(top)
    recorder = next((s for v in chain if v.lemma_.lower() in RECORDING | DENIALS for s in v.children
                     if s.dep_ == "nsubj"), None)
    claimed = report[1] if report else recorder if recorder is not None else according_to(sent)
    conditional = any(t.dep_ == "mark" and t.lower_ in CONDITIONAL for t in tokens) or any(
        t.dep_ == "advcl" and any(c.lower_ in CONDITIONAL for c in t.children) for t in [*chain, trigger.root]
        if t.dep_ == "advcl") or sent.text.rstrip().endswith("?") and \
        not presupposed(chain, sent, trigger.root) or any(
        c.dep_ == "advcl" and any(m.dep_ == "mark" and m.lower_ in ("if", "unless") for m in c.children)
        for t in chain if t.pos_ in ("VERB", "AUX") and any(a.dep_ == "aux" and a.lower_ in HEDGING_MODALS
                                                             for a in t.children)
        for c in t.children) or any(  # "it should face sanctions if …"; not "threatened sanctions if …"
        t.dep_ == "advcl" and t.head.lower_ == "long" and any(m.dep_ == "mark" and m.lower_ == "as" for m in t.children)
        for t in [trigger.root, *chain])  # "will respect the truce as long as Israel does not violate it"
    conditional = conditional or any(  # "would resume the talks when the parties showed they were serious about
        # observing the truce": a condition of what is still to come
        t.dep_ == "advcl" and any(m.dep_ in ("mark", "advmod") and m.lower_ in ("when", "once", "until") and
                                  m.i < t.i for m in t.children)
        and any(a.dep_ == "aux" and a.lower_ in ("will", "would", "shall") for a in t.head.children)
        for t in [*chain, trigger.root, *trigger.root.ancestors]) or any(
        # "Once both steps are taken, Russia would order an immediate ceasefire": what would follow on a condition
        c.dep_ == "advcl" and c.i < t.i and any(m.dep_ in ("mark", "advmod") and m.lower_ in ("once", "when")
                                                for m in c.children)
        for t in chain if any(a.dep_ == "aux" and a.lower_ == "would" for a in t.children) for c in t.children)
    conditional = conditional or any(inverted(t) for t in [trigger.root, *chain, *trigger.root.ancestors])
    if conditional or possible(trigger.root, chain) or not_yet(trigger.root, chain):
        return Modality("hypothetical", claimed, conditional=conditional)
    if words & UNCERTAIN:
        return Modality("uncertain", claimed)
    if words & REPORTED_ADVERBS:
        return Modality("reported", claimed)
    if report or claimed is not None:
        return Modality("reported", claimed)
    if words & FUTURE_AUX or any(planning(t) or destined(t) for t in chain):
        return Modality("planned", None)
    return Modality("asserted", None)
