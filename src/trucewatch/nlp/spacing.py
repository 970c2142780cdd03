"""Runs of blank the parser is not shown: a line is parsed without them and its parse laid back on the line as read.

Cleaning never rewrites a text: what it reads as no words (a wiki link's target, a tag, a citation, a quiz key's
letter) becomes blank of the same length, so every offset still points into the document. The tokenizer makes each
run of two or more spaces a token of its own, and the small model, which saw few of them in training, reads the words
around one worse: "with the UN as mediator and [[Portugal]], [[Russia]] and the [[United States]] as observers" read
as blank loses "Russia" from the list the parse makes of the observers. So a line with such runs is parsed as its
words alone (a space after each word that had one, or a blank run), and the parse is copied back to the line's own
tokens; each blank run hangs on the word before it (on the first word where it leads the line), as the parser hangs
it when it sees one, and stays inside a name it stood in.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator

from spacy.tokens import Doc

from trucewatch.nlp.sentences import NAMES_KEY


def _blank(token) -> bool:
    return token.is_space and not token.text.strip(" ")  # (runs of spaces only: a line break is a sign the parser
    # may read)


def shown(doc: Doc) -> tuple[Doc, list[int]] | None:
    """The words of `doc` without its blank runs, and the index in `doc` of each; None where it has none."""
    kept = [t.i for t in doc if not _blank(t)]
    if len(kept) == len(doc):
        return None
    spaces = [bool(doc[i].whitespace_) or i + 1 < len(doc) and _blank(doc[i + 1]) for i in kept]
    return Doc(doc.vocab, words=[doc[i].text for i in kept], spaces=spaces), kept


def laid_back(doc: Doc, parsed: Doc, kept: list[int]) -> Doc:
    """`doc`'s tokens with the annotation `parsed` (its words without blank runs, `kept` their indices) was given."""
    n = len(doc)
    if not kept:
        return Doc(doc.vocab, words=[t.text for t in doc], spaces=[bool(t.whitespace_) for t in doc],
                   tags=["_SP"] * n, pos=["SPACE"] * n, heads=list(range(n)), deps=["ROOT"] * n)
    at = {j: k for k, j in enumerate(kept)}
    tags, pos, morphs, lemmas, heads, deps, ents = [], [], [], [], [], [], []
    before = None  # the nearest word before, in `doc`
    for i, token in enumerate(doc):
        k = at.get(i)
        if k is not None:
            word = parsed[k]
            tags.append(word.tag_)
            pos.append(word.pos_)
            morphs.append(str(word.morph))
            lemmas.append(word.lemma_)
            heads.append(kept[word.head.i])
            deps.append(word.dep_)
            ents.append(f"{word.ent_iob_}-{word.ent_type_}" if word.ent_type_ else "O")
            before = i
            continue
        host = before if before is not None else kept[0]
        after = at.get(next((j for j in range(i + 1, n) if j in at), -1))
        inside = after is not None and parsed[after].ent_iob_ == "I" and before is not None
        tags.append("_SP")
        pos.append("SPACE")
        morphs.append("")
        lemmas.append(token.text)
        heads.append(host)
        deps.append("dep")
        ents.append(f"I-{parsed[after].ent_type_}" if inside else "O")
    out = Doc(doc.vocab, words=[t.text for t in doc], spaces=[bool(t.whitespace_) for t in doc], tags=tags, pos=pos,
              morphs=morphs, lemmas=lemmas, heads=heads, deps=deps, ents=ents)
    out.user_data.update(parsed.user_data)
    if NAMES_KEY in parsed.user_data:
        out.user_data[NAMES_KEY] = [(kept[a], kept[b - 1] + 1) for a, b in parsed.user_data[NAMES_KEY] if b > a]
    return out


def parse_all(make_doc: Callable[[str], Doc], pipe: Callable[[Iterable[Doc]], Iterable[Doc]],
              texts: list[str]) -> Iterator[Doc]:
    """The parse of each text, in order, through `pipe`, each parsed without its blank runs."""
    made = [make_doc(text) for text in texts]
    plans = [shown(doc) for doc in made]
    for doc, plan, parsed in zip(made, plans, pipe(doc if plan is None else plan[0] for doc, plan in
                                                     zip(made, plans))):
        yield parsed if plan is None else laid_back(doc, parsed, plan[1])
