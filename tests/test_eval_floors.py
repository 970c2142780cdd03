"""The accuracy gate: seed scores from the reference scorer must stay at or above the floors in eval/floors.json."""

import importlib.util
import json

from conftest import ROOT, shared_path
from trucewatch.ingest import read_inputs
from trucewatch.resolve.clusters import assign_clusters


def scorer():
    path = shared_path("eval", "score.py")
    spec = importlib.util.spec_from_file_location("shared_score", path)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_seed_scores_meet_the_floors(extractor):
    docs_path = shared_path("corpus", "seeds.jsonl")
    gold_path = shared_path("eval", "seeds.gold.jsonl")
    score = scorer()
    docs = list(read_inputs([str(docs_path)]))
    events = [e for _, found in extractor.extract_many(docs) for e in found]
    clusters = assign_clusters(events)
    for e in events:
        e.cluster_id = clusters[e.event_id]
    result = score.score(score.read_jsonl(docs_path), score.read_jsonl(gold_path), [e.to_dict() for e in events])
    floors = json.loads((ROOT / "eval" / "floors.json").read_text())["seeds"]
    report = json.dumps({k: result[k] for k in ("core_recall", "precision", "full_core", "attributes",
                                                "cross_doc")})
    for key in ("core_recall", "precision", "full_core"):
        assert result[key] >= floors[key], f"{key} {result[key]} < floor {floors[key]}: {report}"
    for key, floor in floors["attributes"].items():
        assert (result["attributes"][key] or 0) >= floor, f"{key} {result['attributes'][key]} < {floor}"
    assert (result["cross_doc"]["precision"] or 0) >= floors["cross_doc_precision"], report
    assert (result["cross_doc"]["recall"] or 0) >= floors["cross_doc_recall"], report
