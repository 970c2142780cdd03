"""Events, clusters and ceasefires as tables, JSON and CSV, for the terminal and for files."""

from __future__ import annotations

import csv
import io
import json
import textwrap
from collections.abc import Sequence

from trucewatch.model import Ceasefire, Event

EVENT_COLUMNS = ("event_id", "date", "type", "status", "actors", "place", "modality", "evidence")


def actors_text(e: Event) -> str:
    return ", ".join(f"{a.code or a.name}:{a.role[:4]}" for a in e.actors)


def event_row(e: Event) -> dict[str, str]:
    date = ""
    if e.date:
        date = e.date.start + (f"..{e.date.end}" if e.date.end else "") + ("*" if e.date.inferred else "")
    place = ""
    if e.place:
        place = e.place.name + (f" ({e.place.country})" if e.place.country and e.place.country not in e.place.name
                                else "")
    return {"event_id": e.event_id, "date": date, "type": e.type, "status": e.status, "actors": actors_text(e),
            "place": place, "modality": e.modality, "evidence": " ".join(e.evidence.text.split())}


def table(rows: Sequence[dict[str, str]], columns: Sequence[str], widths: dict[str, int] | None = None) -> str:
    widths = dict(widths or {})
    for col in columns:
        natural = max([len(col)] + [len(str(r.get(col, ""))) for r in rows])
        widths[col] = min(widths.get(col, natural), natural)
    def cut(value: str, width: int) -> str:
        return value if len(value) <= width else value[: max(width - 1, 1)] + "…"
    lines = ["  ".join(col.ljust(widths[col]) for col in columns),
             "  ".join("-" * widths[col] for col in columns)]
    for r in rows:
        lines.append("  ".join(cut(str(r.get(col, "")), widths[col]).ljust(widths[col]) for col in columns).rstrip())
    return "\n".join(lines)


def events_table(events: Sequence[Event]) -> str:
    return table([event_row(e) for e in events], EVENT_COLUMNS,
                 {"event_id": 19, "date": 24, "actors": 34, "place": 26, "evidence": 60})


def events_json(events: Sequence[Event]) -> str:
    return json.dumps([e.to_dict() for e in events], ensure_ascii=False, indent=1)


def events_csv(events: Sequence[Event]) -> str:
    buf = io.StringIO()
    fields = ["event_id", "doc_id", "type", "status", "date_start", "date_end", "precision", "actors", "place",
              "country", "lat", "lon", "quantities", "modality", "negated", "claimed_by", "confidence",
              "cluster_id", "evidence", "evidence_start", "evidence_end"]
    writer = csv.DictWriter(buf, fieldnames=fields)
    writer.writeheader()
    for e in events:
        writer.writerow({
            "event_id": e.event_id, "doc_id": e.doc_id, "type": e.type, "status": e.status,
            "date_start": e.date.start if e.date else "", "date_end": (e.date.end or "") if e.date else "",
            "precision": e.date.precision if e.date else "", "actors": actors_text(e),
            "place": e.place.name if e.place else "", "country": (e.place.country or "") if e.place else "",
            "lat": e.place.lat if e.place and e.place.lat is not None else "",
            "lon": e.place.lon if e.place and e.place.lon is not None else "",
            "quantities": json.dumps(e.quantities) if e.quantities else "", "modality": e.modality,
            "negated": e.negated, "claimed_by": e.claimed_by or "", "confidence": e.confidence,
            "cluster_id": e.cluster_id or "", "evidence": e.evidence.text, "evidence_start": e.evidence.start,
            "evidence_end": e.evidence.end})
    return buf.getvalue()


def format_events(events: Sequence[Event], fmt: str) -> str:
    return {"table": events_table, "json": events_json, "csv": events_csv}[fmt](events)


CEASEFIRE_COLUMNS = ("ceasefire_id", "name", "parties", "mediators", "effective", "ends", "kind", "status",
                     "violations", "sources")


def ceasefire_row(c: Ceasefire) -> dict[str, str]:
    return {"ceasefire_id": c.ceasefire_id, "name": c.name, "parties": ",".join(c.parties),
            "mediators": ",".join(c.mediators), "effective": c.effective or "", "ends": c.ends or "",
            "kind": c.kind, "status": c.status, "violations": str(len(c.violations)),
            "sources": str(len(c.sources))}


def format_ceasefires(records: Sequence[Ceasefire], fmt: str) -> str:
    if fmt == "json":
        return json.dumps([c.to_dict() for c in records], ensure_ascii=False, indent=1)
    rows = [ceasefire_row(c) for c in records]
    if fmt == "csv":
        buf = io.StringIO()
        writer = csv.DictWriter(buf, fieldnames=CEASEFIRE_COLUMNS)
        writer.writeheader()
        writer.writerows(rows)
        return buf.getvalue()
    return table(rows, CEASEFIRE_COLUMNS, {"name": 44})


def ceasefire_timeline(c: Ceasefire) -> str:
    lines = [f"{c.name}  [{c.ceasefire_id}]",
             f"  parties: {', '.join(c.parties) or '-'}   mediators: {', '.join(c.mediators) or '-'}   "
             f"kind: {c.kind}   status now: {c.status}",
             f"  scope: {', '.join(c.scope) or '-'}   declared: {c.declared or '-'}   effective: "
             f"{c.effective or '-'}   ends: {c.ends or '-'}"]
    for h in c.history:
        mark = "*" if h.date_inferred else " "
        lines.append(f"  {h.date or '????-??-??'}{mark} {h.status:<11} {', '.join(h.sources)}")
    if any(h.date_inferred for h in c.history):
        lines.append("  (* the report gives no date; this is the article's)")
    for v in c.violations:
        claim = f" (claimed by {v['claimed_by']})" if v.get("claimed_by") else ""
        lines.append(f"  violation {v['date'] or ''} by {','.join(v['by']) or '?'}{claim}: "
                     + textwrap.shorten(v["evidence"], 90))
    return "\n".join(lines)


def eval_report(reports: dict[str, dict], errors: int = 8) -> str:
    """`trucewatch eval`'s printout: figures first, then the errors with their sentences."""
    lines: list[str] = []
    headings = {"seeds": "== seed-format gold: the shared seeds", "own": "== seed-format gold: our own articles"}
    for name, heading in headings.items():
        if name not in reports:
            continue
        r = reports[name]
        lines.append(heading)
        for key in ("gold_core", "system_events", "core_recall", "precision", "f1", "full_core"):
            lines.append(f"{key:16} {r[key]}")
        lines.append("attributes       " + "  ".join(f"{k} {v}" for k, v in r["attributes"].items()))
        lines.append(f"cross_doc        {r['cross_doc']}")
        for t, v in r["per_type"].items():
            lines.append(f"  {t:18} gold {v['gold_core']:>3}  system {v['system']:>3}  "
                         f"recall {v['core_recall']}  precision {v['precision']}")
        for kind, items in (("missed", r["missed"]), ("wrong attributes", r["wrong_attributes"]),
                            ("false alarms", r["false_alarms"])):
            if items:
                lines.append(f"-- {kind} ({len(items)})")
                lines += ["   " + textwrap.shorten(json.dumps(i, ensure_ascii=False), 200) for i in items[:errors]]
    if "rams" in reports:
        r = reports["rams"]
        lines.append("== RAMS: recall of our type at the gold trigger")
        for key, value in r["recall"].items():
            lines.append(f"  {key:12} {value}  ({r['windows'][key]} windows)")
        lines.append(f"  {'all':12} {r['recall_all']}")
        if r["missed"]:
            lines.append(f"-- missed ({len(r['missed'])})")
            lines += ["   " + textwrap.shorten(f"{m['label']} [{m['trigger']}] {m['sentence']}", 200)
                      for m in r["missed"][:errors]]
    if "plover" in reports:
        r = reports["plover"]
        lines.append("== PLOVER: initiator code on sentences where we emit an event of a mapped type")
        lines.append(f"  initiator accuracy {r['initiator_accuracy']}  ({r['initiator_right']} of "
                     f"{r['sentences_emitted']}; we emit on {r['sentences_emitted']} of {r['sentences_mapped']} "
                     f"mapped sentences, coverage {r['coverage']})")
        if r["wrong"]:
            lines.append(f"-- wrong ({len(r['wrong'])})")
            lines += ["   " + textwrap.shorten(f"{w['event']} gold {w['gold']} ours {w['ours']}: {w['text']}", 200)
                      for w in r["wrong"][:errors]]
    return "\n".join(lines)
