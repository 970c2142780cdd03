"""The `trucewatch` command. Heavy modules (spaCy, the gazetteer) load inside commands, so `--help` is instant."""

from __future__ import annotations

import sys
from collections.abc import Iterator

import click

from trucewatch import __version__
from trucewatch.errors import InputProblem, TrucewatchError

FORMATS = click.Choice(["table", "json", "csv"])


def _db_option(f):
    return click.option("--db", envvar="TRUCEWATCH_DB", default="trucewatch.db", show_default=True,
                        help="SQLite database file (or set TRUCEWATCH_DB).")(f)


def _warn(message: str) -> None:
    click.echo(f"trucewatch: {message}", err=True)


class Batch:
    """Splits a stream of documents and input problems, reporting problems as they come."""

    def __init__(self) -> None:
        self.problems: list[InputProblem] = []
        self.documents = 0

    def documents_of(self, items) -> Iterator:
        for item in items:
            if isinstance(item, InputProblem):
                self.problems.append(item)
                _warn(str(item))
            else:
                self.documents += 1
                yield item


def _progress(iterable, desc: str):
    from tqdm import tqdm

    return tqdm(iterable, desc=desc, unit="doc", disable=None, file=sys.stderr, leave=False)


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="trucewatch")
def main() -> None:
    """trucewatch: ceasefires, talks and the events around them, extracted from news with their evidence."""


def _workers_option(f):
    import os

    f = click.option("--gate/--no-gate", default=True, show_default=True,
                     help="Skip the parser on articles and paragraphs that cannot hold an event.")(f)
    return click.option("--workers", type=click.IntRange(1, 64), default=os.cpu_count() or 1, show_default=True,
                        help="Extraction processes (each loads the model once).")(f)


@main.command()
@click.option("--input", "inputs", multiple=True, required=True, metavar="PATH",
              help="JSONL, .txt or .html file, a directory of them, or - for stdin. Repeatable.")
@click.option("--output", default="-", show_default=True, help="Events as JSON lines; - for stdout.")
@click.option("--max-chars", default=2_000_000, show_default=True, help="Longest document text accepted.")
@_workers_option
def extract(inputs: tuple[str, ...], output: str, max_chars: int, workers: int, gate: bool) -> None:
    """Extract events from documents, without a database: one JSON event per line."""
    import numpy as np

    from trucewatch.ingest import read_inputs
    from trucewatch.nlp.pipeline import ParallelExtractor
    from trucewatch.resolve.clusters import assign_clusters
    from trucewatch.resolve.neardup import families, signature

    batch = Batch()
    events, signatures = [], {}
    docs = batch.documents_of(read_inputs(inputs, max_chars))
    with ParallelExtractor(workers, gate) as extractor:
        for doc, found in _progress(extractor.map(docs), "extract"):
            # not the text, and the signature as 64 small integers: memory stays flat on long streams
            signatures[doc.id] = np.asarray(signature(doc.text), dtype=np.uint32)
            events.extend(found)
    clusters = assign_clusters(events, families(signatures))
    for e in events:
        e.cluster_id = clusters[e.event_id]
    text = "".join(e.to_json() + "\n" for e in events)
    if output == "-":
        click.echo(text, nl=False)
    else:
        with open(output, "w", encoding="utf-8") as fh:
            fh.write(text)
    _warn(f"{batch.documents} documents, {len(events)} events"
          + (f"; {len(batch.problems)} inputs could not be read" if batch.problems else ""))
    if batch.problems:
        sys.exit(2)


@main.command()
@click.argument("paths", nargs=-1, required=True)
@_db_option
@click.option("--max-chars", default=2_000_000, show_default=True, help="Longest document text accepted.")
@click.option("--batch-size", default=200, show_default=True, help="Documents written per transaction.")
@_workers_option
def ingest(paths: tuple[str, ...], db: str, max_chars: int, batch_size: int, workers: int, gate: bool) -> None:
    """Extract events from PATHS (files, directories, - for stdin) into the database. Idempotent."""
    from itertools import islice

    from trucewatch.ingest import read_inputs
    from trucewatch.nlp.pipeline import ParallelExtractor
    from trucewatch.store import Store

    batch = Batch()
    outcomes: dict[str, int] = {}
    events_added = 0
    with Store(db) as store, ParallelExtractor(workers, gate) as extractor:
        docs = iter(_progress(batch.documents_of(read_inputs(paths, max_chars)), "ingest"))
        while block := list(islice(docs, batch_size)):
            is_known = [store.check(doc) is not None for doc in block]  # unchanged or a copy: not parsed
            fresh = [doc for doc, known in zip(block, is_known) if not known]
            pending = [(doc, []) for doc, known in zip(block, is_known) if known] + list(extractor.map(fresh))
            for result in store.add_batch(pending):
                outcomes[result.outcome] = outcomes.get(result.outcome, 0) + 1
                events_added += result.events
                if result.outcome == "duplicate":
                    _warn(f"{result.doc_id}: same text as stored document {result.duplicate_of!r}; skipped")
        _recluster(store)
        stats = store.stats()
    summary = ", ".join(f"{n} {k}" for k, n in sorted(outcomes.items())) or "nothing"
    _warn(f"{batch.documents} documents read ({summary}); {events_added} events added; database {db} holds "
          f"{stats['documents']} documents, {stats['events']} events")
    if batch.problems:
        _warn(f"{len(batch.problems)} inputs could not be read (see above)")
        sys.exit(2)


@main.command()
@_db_option
@click.option("--type", "type_", help="Event type, e.g. ceasefire, talks, attack.")
@click.option("--status", help="Status, e.g. agreed, violated, held.")
@click.option("--actor", help="Actor code (RUS) or part of a name.")
@click.option("--place", help="Country code (SYR) or part of a place name.")
@click.option("--since", help="Events on or after this date (YYYY, YYYY-MM or YYYY-MM-DD).")
@click.option("--until", help="Events on or before this date.")
@click.option("--limit", type=int, help="At most this many events.")
@click.option("--format", "fmt", type=FORMATS, default="table", show_default=True)
def events(db: str, type_, status, actor, place, since, until, limit, fmt: str) -> None:
    """List stored events, filtered."""
    from trucewatch.export import format_events
    from trucewatch.model import EVENT_TYPES
    from trucewatch.store import EventFilter, Store

    if type_ and type_ not in EVENT_TYPES:
        raise click.BadParameter(f"{type_!r} is not one of {', '.join(EVENT_TYPES)}", param_hint="--type")
    with Store(db) as store:
        found = store.events(EventFilter(type=type_, status=status, actor=actor, place=place, since=since,
                                         until=until, limit=limit))
    click.echo(format_events(found, fmt))


@main.command()
@click.argument("event_id")
@_db_option
@click.option("--context", default=300, show_default=True, help="Characters of article shown around the evidence.")
def show(event_id: str, db: str, context: int) -> None:
    """One event with its evidence in context and its source."""
    import json
    import textwrap

    from trucewatch.store import EventFilter, Store

    with Store(db) as store:
        event = store.event(event_id)
        doc = store.document(event.doc_id)
        others = store.events(EventFilter(cluster=event.cluster_id)) if event.cluster_id else []
        versions = store.versions(doc.id)
    record = event.to_dict()
    click.echo(json.dumps({k: record[k] for k in record if k not in ("evidence", "mentions")}, ensure_ascii=False,
                          indent=1))
    ev = event.evidence
    before = doc.text[max(0, ev.start - context):ev.start]
    after = doc.text[ev.end:ev.end + context]
    click.echo(f"\nEvidence (offsets {ev.start}-{ev.end}), in context:")
    shown = " ".join(before.split()) + " >>>" + " ".join(doc.text[ev.start:ev.end].split()) + "<<< " + \
        " ".join(after.split())
    click.echo(textwrap.fill(shown, 100, initial_indent="  ", subsequent_indent="  "))
    click.echo(f"\nSource: {doc.id}  {doc.title or ''}")
    for label, value in (("published", doc.published), ("outlet", doc.outlet), ("url", doc.url),
                         ("fetched", doc.fetched_at), ("read from", doc.source)):
        if value:
            click.echo(f"  {label}: {value}")
    for version in versions:
        click.echo(f"  earlier version replaced {version['replaced_at']} (fetched {version['fetched_at'] or '?'})")
    reports = [o for o in others if o.event_id != event.event_id]
    if reports:
        click.echo(f"\nOther reports of this event ({event.cluster_id}):")
        for o in reports:
            click.echo(f"  {o.event_id}  {o.doc_id}: " + textwrap.shorten(o.evidence.text, 80))


@main.command()
@_db_option
@click.option("--format", "fmt", type=FORMATS, default="table", show_default=True)
@click.option("--type", "type_", help="Only clusters of this event type.")
def clusters(db: str, fmt: str, type_: str | None) -> None:
    """Real-world events: the merged record of each cluster, how many documents, outlets and independent sources
    report it, and what they disagree on."""
    import csv
    import io
    import json

    from trucewatch.export import table
    from trucewatch.resolve.clusters import summarize
    from trucewatch.store import EventFilter, Store

    with Store(db) as store:
        records = summarize(store.events(EventFilter(type=type_)), store.documents_meta())
    if fmt == "json":
        click.echo(json.dumps(records, indent=1, ensure_ascii=False))
        return
    rows = [{"cluster_id": r["cluster_id"], "date": r["date"] or "", "type": r["type"], "status": r["status"],
             "actors": ",".join(f"{a['code']}:{a['role'][:4]}" for a in r["actors"]), "place": r["place"] or "",
             "documents": r["documents"], "outlets": r["outlets"], "sources": r["independent_sources"],
             "contested": ",".join(c["field"] for c in r["contested"])} for r in records]
    if fmt == "csv":
        buf = io.StringIO()
        writer = csv.DictWriter(buf, fieldnames=list(rows[0]) if rows else ["cluster_id"])
        writer.writeheader()
        writer.writerows(rows)
        click.echo(buf.getvalue(), nl=False)
    else:
        click.echo(table(rows, ["cluster_id", "date", "type", "status", "actors", "place", "documents", "outlets",
                                "sources", "contested"], {"actors": 40, "place": 20}))


def _registry(db: str):
    from trucewatch.resolve.ceasefires import build_registry
    from trucewatch.store import EventFilter, Store

    with Store(db) as store:
        found = store.events(EventFilter(type="ceasefire"))
        outlets = {k: v.get("outlet") for k, v in store.documents_meta().items()}
    return build_registry(found, outlets)


@main.command()
@_db_option
@click.option("--format", "fmt", type=FORMATS, default="table", show_default=True)
@click.option("--timeline/--no-timeline", default=None, help="Print each ceasefire's dated history (table only).")
def ceasefires(db: str, fmt: str, timeline: bool | None) -> None:
    """The ceasefire registry: one record per ceasefire, its status now and its history."""
    from trucewatch.export import ceasefire_timeline, format_ceasefires

    registry = _registry(db)
    click.echo(format_ceasefires(registry, fmt))
    if fmt == "table" and timeline is not False:
        for record in registry:
            click.echo("\n" + ceasefire_timeline(record))


@main.command()
@click.argument("ceasefire_id")
@_db_option
def ceasefire(ceasefire_id: str, db: str) -> None:
    """One ceasefire's timeline."""
    from trucewatch.errors import NotFound
    from trucewatch.export import ceasefire_timeline
    from trucewatch.resolve.ceasefires import by_id

    record = by_id(_registry(db)).get(ceasefire_id)
    if record is None:
        raise NotFound(f"no ceasefire {ceasefire_id!r} in {db}")
    click.echo(ceasefire_timeline(record))


def _web_options(f):
    f = click.option("--ignore-robots", is_flag=True, help="Do not read robots.txt (for your own sources only).")(f)
    f = click.option("--timeout", default=20.0, show_default=True, help="Seconds to wait for a server.")(f)
    f = click.option("--max-bytes", default=5_000_000, show_default=True, help="Largest body read.")(f)
    return click.option("--min-interval", default=1.0, show_default=True,
                        help="Seconds between two requests to one host.")(f)


def _fetcher(ignore_robots: bool, timeout: float, max_bytes: int, min_interval: float):
    from trucewatch.ingest.web import Fetcher

    return Fetcher(timeout=timeout, max_bytes=max_bytes, min_interval=min_interval, respect_robots=not ignore_robots)


def _recluster(store) -> None:
    from trucewatch.resolve.clusters import assign_clusters

    store.set_clusters(assign_clusters(store.iter_events(), store.refresh_families()))


@main.command()
@click.argument("urls", nargs=-1, required=True)
@_db_option
@_web_options
def fetch(urls: tuple[str, ...], db: str, ignore_robots: bool, timeout: float, max_bytes: int,
          min_interval: float) -> None:
    """Download article pages, extract their events and store them (with URL, final URL and fetch time)."""
    from trucewatch.ingest.web import fetch_article
    from trucewatch.nlp.pipeline import Extractor
    from trucewatch.store import Store

    fetcher = _fetcher(ignore_robots, timeout, max_bytes, min_interval)
    failed = 0
    with Store(db) as store:
        extractor = None
        for url in urls:
            item = fetch_article(fetcher, url)
            if isinstance(item, InputProblem):
                failed += 1
                _warn(str(item))
                continue
            known = store.check(item)
            if known is None:
                extractor = extractor or Extractor()
                known = store.add_batch([(item, extractor.extract(item))])[0]
            click.echo(f"{url}: {known.outcome} as {item.id} ({known.events} events)"
                       + (f", same text as {known.duplicate_of}" if known.duplicate_of else ""))
        _recluster(store)
    fetcher.close()
    if failed:
        sys.exit(2)


@main.command()
@click.argument("feeds", type=click.Path(dir_okay=False))
@_db_option
@click.option("--once", is_flag=True, help="One pass over the feeds that are due, then exit (for cron).")
@_web_options
def watch(feeds: str, db: str, once: bool, ignore_robots: bool, timeout: float, max_bytes: int,
          min_interval: float) -> None:
    """Follow the RSS/Atom feeds listed in FEEDS (one URL a line, optional every=15m): poll each on its own interval
    with conditional requests, fetch and store new entries, log one line per feed per poll. State is kept in the
    database, so a restart resumes where it stopped."""
    import time
    from datetime import datetime

    from trucewatch.ingest.feeds import due, poll, read_feed_list
    from trucewatch.nlp.pipeline import Extractor
    from trucewatch.store import Store

    specs = read_feed_list(feeds)
    fetcher = _fetcher(ignore_robots, timeout, max_bytes, min_interval)
    extractor: list[Extractor] = []

    def extract(documents):
        if not extractor:
            extractor.append(Extractor())
        return list(extractor[0].extract_many(documents))

    with Store(db) as store:
        try:
            while True:
                new = 0
                for spec in due(store, specs, time.time()):
                    result = poll(store, fetcher, spec, extract)
                    stamp = datetime.now().strftime("%Y-%m-%d %H:%M:%S")
                    click.echo(f"{stamp} {result.line()}", err=result.status == "error")
                    for problem in result.problems:
                        _warn(f"  {problem}")
                    new += result.new
                if new:
                    _recluster(store)
                if once:
                    break
                wake = min(float(store.feed_state(s.url).get("next_poll") or 0) for s in specs)
                time.sleep(max(1.0, min(wake - time.time(), 300.0)))
        except KeyboardInterrupt:
            _warn("stopped")
    fetcher.close()


@main.command()
@_db_option
@click.option("--host", default="127.0.0.1", show_default=True, help="Address to listen on.")
@click.option("--port", default=8000, show_default=True, type=click.IntRange(1, 65535))
@click.option("--token", envvar="TRUCEWATCH_TOKEN", help="Allow POST /api/documents with this bearer token "
              "(or set TRUCEWATCH_TOKEN); without one, writes are off.")
@click.option("--max-upload", default=1_000_000, show_default=True, help="Largest document accepted by POST.")
def serve(db: str, host: str, port: int, token: str | None, max_upload: int) -> None:
    """The HTTP API (/api/*, /openapi.json) and the page at / for timeline, map and evidence."""
    import uvicorn

    from trucewatch.web.app import create_app

    click.echo(f"trucewatch: serving {db} on http://{host}:{port}/ (writes {'on' if token else 'off'})", err=True)
    uvicorn.run(create_app(db, token=token, max_upload=max_upload), host=host, port=port, log_level="warning")


@main.command(name="eval")
@click.option("--shared", default="../shared", show_default=True, help="Folder holding corpus/ and eval/.")
@click.option("--seeds-docs", help="Documents (JSONL) for the seed-format gold [default: SHARED/corpus/seeds.jsonl].")
@click.option("--seeds-gold", help="Gold events, seed format [default: SHARED/eval/seeds.gold.jsonl].")
@click.option("--rams-docs", help="RAMS windows [default: SHARED/eval/dev/rams_dev.docs.jsonl].")
@click.option("--rams-gold", help="RAMS gold triggers [default: SHARED/eval/dev/rams_dev.gold.jsonl].")
@click.option("--plover", "plover_path", help="PLOVER gold sentences [default: SHARED/eval/dev/plover_gsr.jsonl].")
@click.option("--own", "own_dir", default="eval/own", show_default=True,
              help="Our own gold set: docs.jsonl and gold.jsonl, seed format.")
@click.option("--only", type=click.Choice(["seeds", "own", "rams", "plover"]), multiple=True,
              help="Run only these.")
@click.option("--errors", default=8, show_default=True, help="Misses and false alarms listed per set.")
@click.option("--json", "json_out", help="Write the full reports here.")
@click.option("--floors", help="A floors file (eval/floors.json): exit 1 when a figure is below its floor.")
def evaluate(shared, seeds_docs, seeds_gold, rams_docs, rams_gold, plover_path, own_dir, only, errors, json_out,
             floors):
    """Score extraction on gold files: seed-format events (the shared seeds and our own set), RAMS triggers, PLOVER
    actor codes."""
    import json
    from pathlib import Path

    from trucewatch import evaluate as ev
    from trucewatch.ingest import read_inputs
    from trucewatch.nlp.pipeline import Extractor
    from trucewatch.resolve.clusters import resolve_batch

    base = Path(shared)
    paths = {
        "seeds": (seeds_docs or base / "corpus/seeds.jsonl", seeds_gold or base / "eval/seeds.gold.jsonl"),
        "rams": (rams_docs or base / "eval/dev/rams_dev.docs.jsonl",
                 rams_gold or base / "eval/dev/rams_dev.gold.jsonl"),
        "own": (Path(own_dir) / "docs.jsonl", Path(own_dir) / "gold.jsonl"),
        "plover": (plover_path or base / "eval/dev/plover_gsr.jsonl", None),
    }
    extractor = Extractor()

    def extract(docs) -> list[dict]:
        events = [e for _, found in _progress(extractor.extract_many(docs), "eval") for e in found]
        resolve_batch(docs, events)
        return [e.to_dict() for e in events]

    reports = {}
    for name in only or ("seeds", "own", "rams", "plover"):
        first, second = paths[name]
        missing = [str(p) for p in (first, second) if p is not None and not Path(p).exists()]
        if missing:
            _warn(f"[E108] {name}: {', '.join(missing)} not found; skipped")
            continue
        if name == "plover":
            records = ev.read_jsonl(first)
            reports[name] = ev.score_plover(records, extract(ev.plover_documents(records)))
        else:
            docs = [d for d in read_inputs([str(first)]) if not isinstance(d, InputProblem)]
            scorer = ev.score_rams if name == "rams" else ev.score_seeds
            reports[name] = scorer([d.to_dict() for d in docs], ev.read_jsonl(second), extract(docs))
    from trucewatch.export import eval_report

    click.echo(eval_report(reports, errors))
    if json_out:
        Path(json_out).write_text(json.dumps(reports, indent=1, ensure_ascii=False))
    if floors:
        below = ev.below_floors(reports, json.loads(Path(floors).read_text()))
        for line in below:
            _warn(f"below floor: {line}")
        if below:
            sys.exit(1)


def run() -> None:
    """Entry point: user errors print `[CODE] message` and exit with their code, no traceback."""
    try:
        main(standalone_mode=False)
    except TrucewatchError as exc:
        _warn(str(exc))
        sys.exit(exc.exit_code)
    except click.exceptions.Abort:
        _warn("aborted")
        sys.exit(130)
    except click.ClickException as exc:
        exc.show()
        sys.exit(exc.exit_code)
    except click.exceptions.Exit as exc:
        sys.exit(exc.exit_code)
