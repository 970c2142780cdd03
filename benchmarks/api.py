"""Latency of `/api/events` with filters on 100,000 stored events (p50 and p95), in-process.

The events are generated (types, statuses, actors, places and dates drawn at random), written through the store,
then each query runs `--repeat` times through the ASGI app with a test client, after one warm-up call.

    .venv/bin/python benchmarks/api.py [--events 100000] [--repeat 40]
"""

from __future__ import annotations

import argparse
import random
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "src"))

from fastapi.testclient import TestClient  # noqa: E402

from trucewatch.model import STATUSES, Actor, Document, Event, Evidence, Place, When  # noqa: E402
from trucewatch.store import Store  # noqa: E402
from trucewatch.web.app import create_app  # noqa: E402

CODES = ["RUS", "UKR", "TUR", "SYR", "ISR", "HAMAS", "USA", "QAT", "EGY", "SDN", "RSF", "COD", "RWA", "YEM", "HOUTHI"]
PLACES = [("Istanbul", "TUR", 41.01, 28.95), ("Idlib", "SYR", 35.93, 36.63), ("Gaza Strip", "PSE", 31.42, 34.36),
          ("Kyiv", "UKR", 50.45, 30.52), ("Khartoum", "SDN", 15.55, 32.53), ("Doha", "QAT", 25.29, 51.53),
          ("Goma", "COD", -1.68, 29.23), ("Sanaa", "YEM", 15.35, 44.21)]
QUERIES = {
    "no filter, first page": {},
    "type": {"type": "ceasefire"},
    "type + status": {"type": "ceasefire", "status": "violated"},
    "actor": {"actor": "RUS"},
    "place (country)": {"place": "SYR"},
    "since/until": {"since": "2024-01-01", "until": "2024-03-31"},
    "type + actor + dates": {"type": "talks", "actor": "UKR", "since": "2023", "until": "2024-12"},
    "deep page": {"offset": 50_000},
}


def fill(path: Path, n_events: int, seed: int = 3) -> None:
    rng = random.Random(seed)
    types = list(STATUSES)
    per_doc = 10
    with Store(path) as store:
        batch = []
        for d in range(n_events // per_doc):
            doc = Document(id=f"gen-{d}", text=f"Generated report {d} for the API benchmark.",
                           published=f"{rng.randint(2020, 2025)}-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}")
            events = []
            for j in range(per_doc):
                t = rng.choice(types)
                name, country, lat, lon = rng.choice(PLACES)
                day = f"{rng.randint(2020, 2025)}-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}"
                codes = rng.sample(CODES, 2)
                events.append(Event(doc_id=doc.id, type=t, status=rng.choice(STATUSES[t]),
                                    evidence=Evidence(doc.text, 0, len(doc.text)),
                                    actors=[Actor(c, c, "participant") for c in codes], date=When(day),
                                    place=Place(name, country, lat, lon), trigger=Evidence("x", j, j + 1),
                                    cluster_id=f"cl_{d:012x}"))
            batch.append((doc, events))
            if len(batch) == 500:
                store.add_batch(batch)
                batch = []
        store.add_batch(batch)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--events", type=int, default=100_000)
    parser.add_argument("--repeat", type=int, default=40)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        db = Path(tmp) / "api.db"
        start = time.perf_counter()
        fill(db, args.events)
        print(f"{args.events:,} events written in {time.perf_counter() - start:.1f} s")
        client = TestClient(create_app(str(db)))
        print(f"{'query':28} {'total':>8} {'p50 ms':>8} {'p95 ms':>8}")
        for label, params in QUERIES.items():
            params = {"limit": 50, **params}
            total = client.get("/api/events", params=params).json()["total"]
            times = []
            for _ in range(args.repeat):
                t0 = time.perf_counter()
                response = client.get("/api/events", params=params)
                times.append((time.perf_counter() - t0) * 1000)
                assert response.status_code == 200
            times.sort()
            p95 = times[min(len(times) - 1, int(len(times) * 0.95))]
            print(f"{label:28} {total:8,} {statistics.median(times):8.1f} {p95:8.1f}")


if __name__ == "__main__":
    main()
