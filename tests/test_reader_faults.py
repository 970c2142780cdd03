"""A fault of the reader on one document (a bug of ours, not bad input) is warned by name and the documents after it
are still read, each from its own parses."""

import pytest

from trucewatch.errors import UnreadDocument
from trucewatch.model import Document


def test_a_document_the_reader_fails_on_is_named_and_the_rest_are_read(extractor, monkeypatch):
    docs = [Document(id=f"d{n}", text=f"Russia and Ukraine agreed a ceasefire on Monday. Talks were held in round {n}.",
                     published="2025-06-02") for n in range(3)]
    read = type(extractor)._read

    def failing(self, plan, parsed):
        if plan.document.id == "d1":
            next(parsed)  # (a fault midway through its parses)
            raise ValueError("a fault of ours")
        return read(self, plan, parsed)

    monkeypatch.setattr(type(extractor), "_read", failing)
    with pytest.warns(UnreadDocument, match=r"E109.*d1.*ValueError"):
        results = list(extractor.extract_many(docs, gate=False))
    assert [doc.id for doc, _ in results] == ["d0", "d1", "d2"]
    found = {doc.id: {e.type for e in events} for doc, events in results}
    assert found["d1"] == set() and found["d0"] == found["d2"] == {"ceasefire", "talks"}
    [talks] = [e for e in results[2][1] if e.type == "talks"]
    assert "round 2" in talks.evidence.text  # (its own sentence, not one the failed document left unread)
