"""Cross-document resolution on a corpus written for the test (tests/fixtures/reports): 36 short reports of eight
real events by several outlets, with rewrites, a syndicated copy and near-miss distractors (another round of talks
in the same city, another truce by the same leader, another Gaza truce)."""

import json
import random
from pathlib import Path

import pytest

from trucewatch import evaluate as ev
from trucewatch.cli import main
from trucewatch.ingest import read_inputs
from trucewatch.resolve.clusters import resolve_batch

HERE = Path(__file__).parent / "fixtures" / "reports"
DOCS, GOLD = HERE / "reports.jsonl", HERE / "reports.gold.jsonl"


@pytest.fixture(scope="module")
def report(extractor):
    docs = list(read_inputs([str(DOCS)]))
    events = [e for _, found in extractor.extract_many(docs) for e in found]
    resolve_batch(docs, events)
    return ev.score_seeds([d.to_dict() for d in docs], ev.read_jsonl(GOLD), [e.to_dict() for e in events])


def test_the_corpus_is_what_it_says():
    gold = ev.read_jsonl(GOLD)
    assert len(ev.read_jsonl(DOCS)) >= 30
    assert len({g["key"] for g in gold if g["core"]}) >= 8


def test_pairwise_precision_and_recall(report):
    assert report["cross_doc"]["pairs_gold"] >= 30
    assert report["cross_doc"]["precision"] >= 0.95, report["cross_doc"]
    assert report["cross_doc"]["recall"] >= 0.9, report["cross_doc"]


def test_the_events_themselves_are_found(report):
    assert report["core_recall"] >= 0.95 and report["precision"] >= 0.9, (report["missed"], report["false_alarms"])


def partition(db: str) -> set[frozenset[tuple[str, str]]]:
    from click.testing import CliRunner

    events = json.loads(CliRunner().invoke(main, ["events", "--db", db, "--format", "json"]).stdout)
    groups: dict[str, set] = {}
    for e in events:
        groups.setdefault(e["cluster_id"], set()).add((e["doc_id"], e["evidence"]["text"]))
    return {frozenset(g) for g in groups.values()}


def test_the_order_of_ingestion_does_not_change_the_clusters(tmp_path):
    from click.testing import CliRunner

    lines = DOCS.read_text().splitlines()
    partitions = []
    for seed in (0, 1, 2):
        order = lines[:]
        random.Random(seed).shuffle(order)
        db = str(tmp_path / f"{seed}.db")
        for chunk in (order[:12], order[12:25], order[25:]):  # three ingests: later ones join earlier clusters
            path = tmp_path / f"{seed}-{len(chunk)}.jsonl"
            path.write_text("\n".join(chunk) + "\n")
            assert CliRunner().invoke(main, ["ingest", "--db", db, str(path)]).exit_code == 0
        partitions.append(partition(db))
    assert partitions[0] == partitions[1] == partitions[2]
    assert len(partitions[0]) >= 10
