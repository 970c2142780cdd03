"""Sentence bounds the parser must keep: no sentence starts inside a name we know, or inside a date.

The small model sometimes ends a sentence in the middle of a place or actor name it has not seen ("… near the Ta Muen
| Thom temple."), which cuts the event's sentence off from where it happened. This component runs before the parser
and marks every token inside a known name of two or more words, or inside a date expression ("from 00:00 Moscow time
| on 10 November 2020"), as no sentence start; the parser respects marks set before it.
"""

from __future__ import annotations

from datetime import date

from spacy.language import Language
from spacy.matcher import PhraseMatcher
from spacy.tokens import Doc

from trucewatch.nlp.actors import actor_book
from trucewatch.nlp.places import gazetteer
from trucewatch.nlp.when import find_dates

ANY_DAY = date(2000, 1, 1)  # (where a date stands does not depend on the day it is read against)

NAME = "tw_whole_names"
NAMES_KEY = "tw_whole_names"  # doc.user_data: the (start, end) of each name found, for the parse mender


class WholeNames:
    def __init__(self, nlp: Language) -> None:
        self.matcher = PhraseMatcher(nlp.vocab, attr="LOWER")
        names = {n for n in [*gazetteer().site_names(), *actor_book().surfaces] if " " in n.strip()}
        self.matcher.add("NAME", [nlp.make_doc(n) for n in sorted(names)])

    def __call__(self, doc: Doc) -> Doc:
        found = [(start, end) for _, start, end in self.matcher(doc)]
        for start, end in found:
            for token in doc[start + 1:end]:
                token.is_sent_start = False
        doc.user_data[NAMES_KEY] = found
        for told in find_dates(doc.text, ANY_DAY):
            span = doc.char_span(told.start, told.end, alignment_mode="expand")
            for token in span[1:] if span is not None else ():
                token.is_sent_start = False
        return doc


@Language.factory(NAME)
def whole_names(nlp: Language, name: str) -> WholeNames:
    return WholeNames(nlp)


def keep_names_whole(nlp: Language) -> Language:
    """`nlp` with the component before its parser (once)."""
    if NAME not in nlp.pipe_names and "parser" in nlp.pipe_names:
        nlp.add_pipe(NAME, before="parser")
    return nlp
