"""The accuracy gate: figures on the shared gold sets must stay at or above the floors in eval/floors.json."""

import importlib.util
import json

import pytest

from conftest import ROOT, shared_path
from trucewatch import evaluate as ev
from trucewatch.ingest import read_inputs
from trucewatch.resolve.clusters import resolve_batch

FLOORS = json.loads((ROOT / "eval" / "floors.json").read_text())


def reference_scorer():
    path = shared_path("eval", "score.py")
    spec = importlib.util.spec_from_file_location("shared_score", path)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def events_of(extractor, docs):
    events = [e for _, found in extractor.extract_many(docs) for e in found]
    resolve_batch(docs, events)
    return [e.to_dict() for e in events]


@pytest.fixture(scope="module")
def seeds(extractor):
    docs_path, gold_path = shared_path("corpus", "seeds.jsonl"), shared_path("eval", "seeds.gold.jsonl")
    docs = [d.to_dict() for d in read_inputs([str(docs_path)])]
    return docs, ev.read_jsonl(gold_path), events_of(extractor, list(read_inputs([str(docs_path)])))


def test_seed_scores_meet_the_floors(seeds):
    report = {"seeds": ev.score_seeds(*seeds)}
    assert not ev.below_floors(report, FLOORS), ev.figures(report)


def test_our_seed_scorer_agrees_with_the_reference_scorer(seeds):
    ours = ev.score_seeds(*seeds)
    theirs = reference_scorer().score(*seeds)
    for key in ("gold_core", "system_events", "core_recall", "precision", "f1", "full_core", "attributes",
                "cross_doc"):
        assert ours[key] == theirs[key], key
    assert [m["gold"] for m in ours["missed"]] == theirs["missed_core"]


def test_own_gold_scores_meet_the_floors(extractor):
    """Our own articles (eval/own), annotated before the system first read them: in the repo, never skipped."""
    docs_path, gold_path = ROOT / "eval" / "own" / "docs.jsonl", ROOT / "eval" / "own" / "gold.jsonl"
    docs = list(read_inputs([str(docs_path)]))
    report = {"own": ev.score_seeds([d.to_dict() for d in docs], ev.read_jsonl(gold_path), events_of(extractor, docs))}
    assert report["own"]["gold_core"] >= 279
    assert not ev.below_floors(report, FLOORS), ev.figures(report)


def test_rams_recall_meets_the_floors(extractor):
    docs = list(read_inputs([str(shared_path("eval", "dev", "rams_dev.docs.jsonl"))]))
    report = {"rams": ev.score_rams([d.to_dict() for d in docs],
                                    ev.read_jsonl(shared_path("eval", "dev", "rams_dev.gold.jsonl")),
                                    events_of(extractor, docs))}
    assert not ev.below_floors(report, FLOORS), ev.figures(report)


def test_plover_initiators_meet_the_floors(extractor):
    records = ev.read_jsonl(shared_path("eval", "dev", "plover_gsr.jsonl"))
    report = {"plover": ev.score_plover(records, events_of(extractor, ev.plover_documents(records)))}
    assert not ev.below_floors(report, FLOORS), ev.figures(report)
