"""Triggers: the words that name an event, with the event type they stand for.

Nouns ("ceasefire", "talks"), verbs ("met", "shelled"), and phrases ("cessation of hostilities") come from
`data/triggers.json`. A trigger is only a candidate: its status, and whether it is an event at all, is decided from
what governs it (`status.py`). Writes `doc.spans["tw_triggers"]`, labelled with the event type.
"""

from __future__ import annotations

from spacy.language import Language
from spacy.matcher import PhraseMatcher
from spacy.tokens import Doc, Span, Token

from trucewatch.nlp.lexicon import load

SPAN_KEY = "tw_triggers"
NOMINAL_DEPS = {"nsubj", "nsubjpass", "dobj", "pobj", "compound", "attr", "appos", "dative"}


def nominal(token: Token) -> bool:
    """A noun by its tag, or by its function where the tagger slipped ("ceasefire talks were held")."""
    return token.pos_ in ("NOUN", "PROPN") or (token.pos_ == "VERB" and token.dep_ in NOMINAL_DEPS
                                                and token.tag_ in ("NNS", "NN", "VBZ"))


def _near_lemmas(token: Token) -> set[str]:
    """Lemmas of the words close to `token`: children, grandchildren through `of`, and its head."""
    near = {token.head.lemma_.lower()}
    for child in token.children:
        near.add(child.lemma_.lower())
        near.add(child.lower_)
        for grandchild in child.children:
            near.add(grandchild.lemma_.lower())
    return near


class TriggerTagger:
    """Doc in, Doc out: writes `doc.spans["tw_triggers"]` (label: event type)."""

    def __init__(self, nlp: Language) -> None:
        data = load("triggers")
        self.nouns: dict[str, dict] = data["nouns"]
        self.verbs: dict[str, dict] = data["verbs"]
        self.not_objects = set(data["not_objects"])
        self.phrases = PhraseMatcher(nlp.vocab, attr="LOWER")
        for phrase, event_type in data["phrases"].items():
            self.phrases.add(event_type, [nlp.make_doc(phrase)])

    def _entry(self, token: Token) -> dict | None:
        lemma = token.lemma_.lower()
        if nominal(token):
            entry = self.nouns.get(lemma) or self.nouns.get(token.lower_)
            if entry and entry.get("plural_only") and not token.lower_.endswith("s"):
                return None
            return entry
        if token.pos_ == "VERB":
            entry = self.verbs.get(lemma)
            if entry and any(c.dep_ == "dobj" and c.lemma_.lower() in self.not_objects for c in token.children):
                return None
            return entry
        return None

    def __call__(self, doc: Doc) -> Doc:
        spans: list[Span] = []
        for match_id, start, end in self.phrases(doc):
            spans.append(Span(doc, start, end, label=doc.vocab.strings[match_id]))
        covered = {i for s in spans for i in range(s.start, s.end)}
        for token in doc:
            if token.i in covered:
                continue
            entry = self._entry(token)
            if entry is None:
                continue
            needs = entry.get("needs")
            if needs:
                near = _near_lemmas(token)
                if not near & set(needs):
                    continue
                if any(c.lemma_.lower() in needs and self._entry(c) and self._entry(c)["type"] == entry["type"]
                       for c in token.subtree if c is not token):
                    continue  # "round of talks": the talks are the trigger
            spans.append(Span(doc, token.i, token.i + 1, label=entry["type"]))
        doc.spans[SPAN_KEY] = sorted(spans, key=lambda s: s.start)
        return doc
