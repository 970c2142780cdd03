"""The ceasefire registry built from the shared seed articles holds the two ceasefires they describe."""

import pytest

from conftest import shared_path
from trucewatch.ingest import read_inputs
from trucewatch.resolve.ceasefires import build_registry
from trucewatch.resolve.clusters import resolve_batch


@pytest.fixture(scope="module")
def registry(extractor):
    docs = list(read_inputs([str(shared_path("corpus", "seeds.jsonl"))]))
    events = [e for _, found in extractor.extract_many(docs) for e in found]
    resolve_batch(docs, events)
    return build_registry(events, {d.id: d.outlet for d in docs})


def test_idlib_ceasefire(registry):
    [idlib] = [c for c in registry if "Idlib" in c.scope]
    assert idlib.parties == ["RUS", "TUR"] and idlib.kind == "bilateral"
    assert idlib.effective.startswith("2020-03-06") and idlib.status == "agreed"


def test_christmas_truce_with_its_violation_and_end(registry):
    [truce] = [c for c in registry if (c.effective or "").startswith("2023-01-06")]
    assert truce.parties == ["RUS"] and truce.kind == "unilateral"
    assert truce.ends.startswith("2023-01-07")
    told = [h.status for h in truce.history if not h.date_inferred]
    assert told == ["announced", "violated", "ended"]  # Turkey's call for it is there too, dated by its article
    assert truce.violations[0]["doc_id"] == "seed-000" and truce.violations[0]["by"] == ["RUS"]
    assert truce.sources == [{"doc_id": "seed-000", "outlet": None}]


def test_the_two_istanbul_rounds_stay_apart(extractor):
    docs = list(read_inputs([str(shared_path("corpus", "seeds.jsonl"))]))
    events = [e for _, found in extractor.extract_many(docs) for e in found]
    resolve_batch(docs, events)
    talks = {(e.doc_id, e.date.start): e.cluster_id for e in events if e.type == "talks" and e.status == "held"
             and e.codes("participant") == {"RUS", "UKR"}}
    assert talks[("seed-001", "2025-06-02")] == talks[("seed-003", "2025-06-02")]
    assert talks[("seed-002", "2025-05-16")] != talks[("seed-001", "2025-06-02")]
