"""Event mentions: one per trigger that the sentence makes an event of, with everything the sentence says of it.

Doc in, Doc out: reads the layers written before (actors, places, dates, triggers) and writes `doc._.tw_events`, a
list of `Mention`s. Cross-sentence work (pronouns across sentences, lists, merging repeated mentions, dates from
the article) happens in `article.py`.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from spacy.tokens import Doc, Span, Token

from trucewatch.model import Place, When
from trucewatch.nlp.modality import read_modality
from trucewatch.nlp.numbers import quantities
from trucewatch.nlp.roles import ActorRef, attachment, role_for, sentence_mentions
from trucewatch.nlp.status import StatusReader
from trucewatch.nlp.triggers import SPAN_KEY as TRIGGERS

LOCATIVE = {"in", "at", "near", "along", "inside", "across", "over", "outside", "around", "throughout", "on", "into",
            "within", "from"}


@dataclass
class Mention:
    """One event as one sentence states it; `doc_start`/`doc_end` are offsets into the article text."""

    type: str
    status: str
    strength: int
    cls: str | None
    sentence: Span
    trigger: Span
    doc_start: int
    doc_end: int
    actors: list[tuple[ActorRef, str]] = field(default_factory=list)
    date: When | None = None
    place: Place | None = None
    quantities: dict = field(default_factory=dict)
    modality: str = "asserted"
    negated: bool = False
    claimed_by: str | None = None
    kind: str = "body"  # the segment it came from: body, headline, item
    mentions: list[tuple[int, int, str]] = field(default_factory=list)

    def codes(self, roles: tuple[str, ...] = ("initiator", "target", "participant")) -> frozenset[str]:
        return frozenset(ref.code for ref, role in self.actors if ref.code and role in roles)


def tree_distance(a: Token, b: Token) -> int:
    if a.i == b.i:
        return 0
    up_a = [a, *a.ancestors]
    up_b = [b, *b.ancestors]
    ids_b = {t.i: n for n, t in enumerate(up_b)}
    for n, token in enumerate(up_a):
        if token.i in ids_b:
            return n + ids_b[token.i]
    return 99


class EventFinder:
    """Doc in, Doc out: writes `doc._.tw_events`."""

    def __init__(self) -> None:
        self.status = StatusReader()

    def __call__(self, doc: Doc) -> Doc:
        ctx = doc._.tw_ctx
        offset = doc._.tw_offset or 0
        found: list[Mention] = []
        triggers = list(doc.spans[TRIGGERS])
        for sent in doc.sents:
            in_sent = [t for t in triggers if sent.start <= t.start < sent.end]
            mentions = sentence_mentions(sent, ctx.actors)
            for trigger in in_sent:
                mention = self.mention(doc, sent, trigger, in_sent, mentions, ctx, offset)
                if mention is not None:
                    found.append(mention)
            ctx.actors.remember(mentions)
        doc._.tw_events = found
        return doc

    def mention(self, doc: Doc, sent: Span, trigger: Span, in_sent: list[Span], actor_mentions: list,
                ctx, offset: int) -> Mention | None:
        event_type = trigger.label_
        reading = self.status.read(trigger, event_type, in_sent)
        if reading.topic:
            return None
        anchors = {trigger.root.i, *(t.i for t in reading.chain)}
        actors = self.actors(trigger, reading, anchors, actor_mentions, event_type)
        status = reading.status
        if status is None and not actors:
            return None
        mod = read_modality(trigger, reading.chain, sent)
        claimed = None
        if mod.claimed_by_token is not None:
            for m in actor_mentions:
                if m.start <= mod.claimed_by_token.i < m.end or any(
                        m.start <= t.i < m.end for t in mod.claimed_by_token.subtree):
                    claimed = m.refs[0].code
                    break
        place = self.place(doc, sent, anchors, trigger, actor_mentions)
        if event_type == "talks" and place and place.country:
            parties = {ref.code for ref, role in actors if role in ("participant", "initiator")}
            if len(parties) >= 2 and place.country not in parties and not any(
                    ref.code == place.country for ref, _ in actors):
                actors.append((ActorRef(place.country, place.name, "state"), "mediator"))
        return Mention(
            type=event_type, status=status or "", strength=reading.strength, cls=reading.cls, sentence=sent,
            trigger=trigger, doc_start=offset + sent.start_char, doc_end=offset + sent.end_char,
            actors=actors, date=self.date(doc, sent, anchors, trigger), place=place,
            quantities=quantities(sent.text, event_type), modality=mod.modality, negated=reading.negated,
            claimed_by=claimed, kind=doc._.tw_kind or "body",
        )

    def actors(self, trigger: Span, reading, anchors: set[int], actor_mentions: list,
               event_type: str) -> list[tuple[ActorRef, str]]:
        out: list[tuple[ActorRef, str]] = []
        subjects = [m for m in actor_mentions if (a := attachment(m.root, anchors)) and a[0] in ("nsubj",)]
        several = len({r.code for m in subjects for r in m.refs}) >= 2
        for m in actor_mentions:
            if trigger.start <= m.root.i < trigger.end and event_type != "accusation":
                continue
            att = attachment(m.root, anchors)
            if att is None:
                continue
            dep, prep, anchor = att
            if dep == "self":
                role = "participant" if event_type in ("talks", "agreement", "prisoner_exchange") else "initiator"
            else:
                role = role_for(dep, prep, anchor.i == trigger.root.i, event_type, reading.cls, several)
            if role is None:
                continue
            for ref in m.refs:
                if not any(r.code == ref.code and rl == role for r, rl in out):
                    out.append((ref, role))
        # The subject of a control verb speaks for the inner verb too: "Moscow refused to agree".
        return out

    def place(self, doc: Doc, sent: Span, anchors: set[int], trigger: Span, actor_mentions: list) -> Place | None:
        best: tuple[int, Place] | None = None
        for span, place in doc._.tw_places:
            if span.start < sent.start or span.end > sent.end:
                continue
            att = attachment(span.root, anchors)
            locative = span.root.dep_ == "pobj" and span.root.head.lower_ in LOCATIVE
            if att and att[0] == "prep" and att[1] in LOCATIVE:
                score = 0
            elif att and att[0] in ("compound", "nmod", "amod") and att[2].i == trigger.root.i and \
                    span.root.pos_ == "PROPN" and not any(m.start <= span.root.i < m.end for m in actor_mentions
                                                         if m.refs[0].kind == "demonym"):
                score = 1
            elif locative and span.root.head.lower_ not in ("from", "on"):
                score = 2 + tree_distance(span.root, trigger.root)
            else:
                continue
            if best is None or score < best[0]:
                best = (score, place)
        return best[1] if best else None

    def date(self, doc: Doc, sent: Span, anchors: set[int], trigger: Span) -> When | None:
        best: tuple[int, When] | None = None
        for span, found in doc._.tw_dates:
            if span.start < sent.start or span.end > sent.end or not found.anchor:
                continue
            if found.clause_offset_days is not None:
                clause = [t for t in span[-1].subtree if t.pos_ in ("VERB", "AUX") and t.i >= span.end - 1]
                clause_tokens = {t.i for c in clause for t in c.subtree}
                if trigger.root.i not in clause_tokens:
                    continue
                distance = 0
            else:
                distance = min(tree_distance(span.root, doc[i]) for i in anchors)
            if best is None or distance < best[0]:
                best = (distance, found.when)
        if best is None:
            return None
        when = best[1]
        return When(start=when.start, end=when.end, precision=when.precision, text=when.text)
