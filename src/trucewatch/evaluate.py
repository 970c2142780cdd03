"""Scoring extraction against gold annotations, in three formats.

1. **Seed gold** (one gold event a line: `id, doc, core, type, status, actors {role: [codes]}, date {start, end},
   place {country}, quantities, modality, evidence, key`). A system event matches a gold event when it is in the
   same document, has the same type and its evidence span overlaps the gold evidence; each gold event takes at most
   one system event, the best by status, actors and date. These are the rules of the shared reference scorer,
   written again here so that `trucewatch eval` needs nothing outside the package.
2. **RAMS windows** (`rams_*.gold.jsonl`: `doc, label, start, end, trigger`; texts in a docs file): for the windows
   whose label maps to one of our types, is there an event of that type whose evidence covers the trigger?
3. **PLOVER sentences** (`plover_*.jsonl`: `text, event, source [{code}], target [{code}]`): on the sentences whose
   PLOVER type maps to ours and where we emit an event of a mapped type, is our initiator among the gold sources?

Each scorer returns a report dict with the figures and the misses and false alarms, with their sentences.
"""

from __future__ import annotations

import json
from collections import defaultdict
from collections.abc import Iterable
from itertools import combinations
from pathlib import Path
from typing import Any

from trucewatch.model import Document

# Gold sets in the seed format: the shared seeds, and our own articles (eval/own), annotated before each first run
EVENT_GOLD_SETS = ("seeds", "own")
ATTRIBUTES = ("status", "actors", "roles", "date", "place", "quantities", "modality")
RAMS_TYPES = {  # RAMS label prefix -> our type
    "government.agreements.acceptagreementcontractceasefire": ("ceasefire", "agreement", "prisoner_exchange"),
    "government.agreements.violateagreement": ("ceasefire", "agreement"),
    "government.agreements.n/a": ("ceasefire", "agreement", "prisoner_exchange"),
    "contact.negotiate": ("talks",),
    "embargosanction": ("sanction",),
    "conflict.attack": ("attack",),
}
RAMS_GROUPS = {"ceasefire": "agreements", "agreement": "agreements", "prisoner_exchange": "agreements",
               "talks": "negotiate", "sanction": "sanction", "attack": "attack"}
PLOVER_TYPES = {
    "AGREE": ("agreement", "ceasefire", "prisoner_exchange"), "CONSULT": ("talks",),
    "ASSAULT": ("attack",), "FIGHT": ("attack",), "COERCE": ("attack", "sanction"),
    "DEMAND": ("demand", "ceasefire"), "SANCTION": ("sanction",),
    "CONCEDE": ("ceasefire", "agreement", "prisoner_exchange"),
    "RETREAT": ("ceasefire", "prisoner_exchange", "agreement"), "REJECT": tuple(
        ["ceasefire", "talks", "agreement", "proposal", "demand"]), "DISAPPROVE": ("accusation",),
    "THREATEN": ("attack", "sanction"),
}  # (a truce demanded is recorded as the truce called for, not as a demand besides: "Bosnian Serbs demanded a truce")
ORGANISATIONS = {"UN", "NATO", "EU", "EC", "OSCE", "AU", "ARABLEAGUE", "ASEAN", "G7", "IAEA", "ICC", "ILO", "WHO",
                 "ECOWAS", "IGAD", "AMNESTY", "ICRC"}  # PLOVER writes these as IGO (its gold codes Amnesty
# International and the Red Cross so)
NGOS = {"HRW"}
CAMEO_SPELLINGS = {"ITA": "ITL", "JPN": "JAP", "VNM": "VTN"}  # the PLOVER gold writes some states as CAMEO does


def read_jsonl(path: str | Path) -> list[dict[str, Any]]:
    with open(path, encoding="utf-8") as fh:
        return [json.loads(line) for line in fh if line.strip()]


def ratio(n: int, d: int) -> float | None:
    return round(n / d, 3) if d else None


# -- 1. seed gold ------------------------------------------------------------------------------------------------

def _codes(event: dict, role: str | None = None) -> set[str]:
    return {a.get("code") for a in event.get("actors") or []
            if a.get("code") and (role is None or a.get("role") == role)}


def _gold_codes(gold: dict, role: str | None = None) -> set[str]:
    actors = gold.get("actors") or {}
    return set(actors.get(role, [])) if role else {c for cs in actors.values() for c in cs}


def _span(text: str, evidence: dict | None) -> tuple[int, int] | None:
    if not isinstance(evidence, dict):
        return None
    start, end = evidence.get("start"), evidence.get("end")
    if isinstance(start, int) and isinstance(end, int) and 0 <= start < end:
        return start, end
    snippet = evidence.get("text") or ""
    at = text.find(snippet) if snippet else -1
    return (at, at + len(snippet)) if at >= 0 else None


def _evidence_text(text: str, event: dict) -> str:
    span = _span(text, event.get("evidence"))
    return text[span[0]:span[1]] if span else ""


def _date_ok(gold: dict, event: dict) -> bool | None:
    g = gold.get("date")
    if not g:
        return None
    s = event.get("date") or {}
    ok = str(s.get("start") or "").startswith(g["start"])
    if ok and g.get("end"):
        ok = str(s.get("end") or "").startswith(g["end"])
    return ok


def _checks(gold: dict, event: dict) -> dict[str, bool | None]:
    actors = gold.get("actors") or {}
    return {
        "status": event.get("status") == gold["status"],
        "actors": _gold_codes(gold) <= _codes(event),
        "roles": all(set(cs) <= _codes(event, role) for role, cs in actors.items()) if actors else None,
        "date": _date_ok(gold, event),
        "place": ((event.get("place") or {}).get("country") == gold["place"].get("country"))
        if gold.get("place") else None,
        "quantities": all((event.get("quantities") or {}).get(k) == v for k, v in gold["quantities"].items())
        if gold.get("quantities") else None,
        "modality": (event.get("modality") == gold["modality"]) if gold.get("modality") else None,
    }


def score_seeds(docs: list[dict], golds: list[dict], events: list[dict]) -> dict[str, Any]:
    texts = {d["id"]: d["text"] for d in docs}
    by_doc: dict[str, list[dict]] = defaultdict(list)
    for e in events:
        if e.get("doc_id") in texts:
            by_doc[e["doc_id"]].append(e)
    used: set[tuple[str, int]] = set()
    matches: dict[str, dict] = {}
    for g in sorted(golds, key=lambda g: not g.get("core", True)):
        text = texts.get(g["doc"])
        if text is None:
            continue
        at = text.find(g["evidence"])
        gspan = (at, at + len(g["evidence"]))
        best = None
        for i, e in enumerate(by_doc.get(g["doc"], [])):
            if (g["doc"], i) in used or e.get("type") != g["type"]:
                continue
            sspan = _span(text, e.get("evidence"))
            if not sspan or sspan[1] <= gspan[0] or gspan[1] <= sspan[0]:
                continue
            affinity = 4 * (e.get("status") == g["status"]) + 2 * (_gold_codes(g) <= _codes(e)) + bool(
                _date_ok(g, e))
            cand = (affinity, -i)
            if best is None or cand > best[0]:
                best = (cand, (g["doc"], i), e)
        if best:
            used.add(best[1])
            matches[g["id"]] = best[2]
    core = [g for g in golds if g.get("core", True) and g["doc"] in texts]
    n_sys = sum(len(v) for v in by_doc.values())
    checks: dict[str, list[bool]] = {k: [] for k in ATTRIBUTES}
    wrong: list[dict] = []
    full = 0
    for g in (g for g in core if g["id"] in matches):
        results = _checks(g, matches[g["id"]])
        for k, v in results.items():
            if v is not None:
                checks[k].append(v)
        if all(v is not False for k, v in results.items() if k != "roles"):
            full += 1
        else:
            wrong.append({"gold": g["id"], "wrong": [k for k, v in results.items() if v is False],
                          "evidence": _evidence_text(texts[g["doc"]], matches[g["id"]])})
    tp = fp = fn = 0
    matched = [g for g in golds if g["id"] in matches]
    for a, b in combinations(matched, 2):
        if a["doc"] == b["doc"] or a["type"] != b["type"]:
            continue
        ca, cb = matches[a["id"]].get("cluster_id"), matches[b["id"]].get("cluster_id")
        same_sys = ca is not None and ca == cb
        tp += a["key"] == b["key"] and same_sys
        fn += a["key"] == b["key"] and not same_sys
        fp += same_sys and a["key"] != b["key"]
    matched_ids = {id(e) for e in matches.values()}
    false_alarms = [{"doc": e["doc_id"], "type": e["type"], "status": e["status"],
                     "evidence": _evidence_text(texts[e["doc_id"]], e)}
                    for v in by_doc.values() for e in v if id(e) not in matched_ids]
    per_type = {}
    for t in sorted({g["type"] for g in core} | {e["type"] for v in by_doc.values() for e in v}):
        gt = [g for g in core if g["type"] == t]
        st = sum(1 for v in by_doc.values() for e in v if e["type"] == t)
        mt = sum(1 for g in golds if g["type"] == t and g["id"] in matches)
        per_type[t] = {"gold_core": len(gt), "system": st,
                       "core_recall": ratio(sum(g["id"] in matches for g in gt), len(gt)), "precision": ratio(mt, st)}
    recall, precision = ratio(len([g for g in core if g["id"] in matches]), len(core)), ratio(len(matches), n_sys)
    p, r = precision or 0, recall or 0
    return {
        "gold_core": len(core), "system_events": n_sys, "core_recall": recall, "precision": precision,
        "f1": round(2 * p * r / (p + r), 3) if p + r else 0.0, "full_core": ratio(full, len(core)),
        "attributes": {k: ratio(sum(v), len(v)) for k, v in checks.items()},
        "cross_doc": {"pairs_gold": tp + fn, "precision": ratio(tp, tp + fp), "recall": ratio(tp, tp + fn)},
        "per_type": per_type,
        "missed": [{"gold": g["id"], "type": g["type"], "evidence": g["evidence"]} for g in core
                   if g["id"] not in matches],
        "wrong_attributes": wrong, "false_alarms": false_alarms,
    }


# -- 2. RAMS -----------------------------------------------------------------------------------------------------

def rams_types(label: str) -> tuple[str, ...]:
    for prefix, types in RAMS_TYPES.items():
        if label.startswith(prefix) or prefix in label:
            return types
    return ()


def score_rams(docs: list[dict], golds: list[dict], events: list[dict]) -> dict[str, Any]:
    texts = {d["id"]: d["text"] for d in docs}
    by_doc: dict[str, list[dict]] = defaultdict(list)
    for e in events:
        by_doc[e["doc_id"]].append(e)
    found: dict[str, list[bool]] = defaultdict(list)
    misses = []
    for g in golds:
        types = rams_types(g["label"])
        if not types or g["doc"] not in texts:
            continue
        group = RAMS_GROUPS[types[0]]
        hit = False
        for e in by_doc.get(g["doc"], []):
            spans = [e["evidence"], *(e.get("mentions") or [])]
            if e["type"] in types and any(s["start"] <= g["start"] < s["end"] for s in spans):
                hit = True
                break
        found[group].append(hit)
        if not hit:
            sentence_start = texts[g["doc"]].rfind(" . ", 0, g["start"]) + 3
            sentence_end = texts[g["doc"]].find(" . ", g["end"])
            misses.append({"doc": g["doc"], "label": g["label"], "trigger": g["trigger"],
                           "sentence": texts[g["doc"]][max(sentence_start, 0):sentence_end + 2].strip()})
    return {"recall": {k: ratio(sum(v), len(v)) for k, v in sorted(found.items())},
            "windows": {k: len(v) for k, v in sorted(found.items())},
            "recall_all": ratio(sum(sum(v) for v in found.values()), sum(len(v) for v in found.values())),
            "missed": misses}


# -- 3. PLOVER ---------------------------------------------------------------------------------------------------

def group_bases() -> dict[str, str]:
    from trucewatch.nlp.actors import actor_book

    return actor_book().bases


def plover_code(code: str | None) -> str | None:
    """Our code as PLOVER writes it: organisations are IGO or NGO, armed groups their base (Hezbollah: LBN)."""
    if code in ORGANISATIONS:
        return "IGO"
    if code in NGOS:
        return "NGO"
    return group_bases().get(code, code)


def score_plover(records: list[dict], events: list[dict]) -> dict[str, Any]:
    by_doc: dict[str, list[dict]] = defaultdict(list)
    for e in events:
        by_doc[e["doc_id"]].append(e)
    right, wrong, emitted, mapped = 0, [], 0, 0
    for r in records:
        types = PLOVER_TYPES.get(r.get("event"))
        if not types:
            continue
        mapped += 1
        ours = [e for e in by_doc.get(r["id"], []) if e["type"] in types]
        if not ours:
            continue
        emitted += 1
        gold = {s.get("code") for s in r.get("source") or [] if s.get("code")}
        # PLOVER's source of mediated consultations is the mediator ("third-party" mode)
        source_roles = ("initiator", "mediator") if r["event"] == "CONSULT" else ("initiator",)
        initiators = {plover_code(a["code"]) for e in ours for a in e["actors"]
                      if a.get("code") and a["role"] in source_roles}
        if not initiators:
            initiators = {plover_code(a["code"]) for e in ours for a in e["actors"]
                          if a.get("code") and a["role"] == "participant"}
        if not initiators:
            # PLOVER codes an event nobody is named for by the country it happened in ("a roadside bombing near
            # Samarra": IRQ); ours leaves the initiator empty, so the place's country stands in.
            initiators = {e["place"]["country"] for e in ours if (e.get("place") or {}).get("country")}
        initiators |= {CAMEO_SPELLINGS[c] for c in initiators if c in CAMEO_SPELLINGS}
        if initiators & gold:
            right += 1
        else:
            wrong.append({"id": r["id"], "event": r["event"], "gold": sorted(gold), "ours": sorted(
                c for c in initiators if c), "text": r["text"]})
    return {"sentences_mapped": mapped, "sentences_emitted": emitted, "initiator_right": right,
            "initiator_accuracy": ratio(right, emitted), "coverage": ratio(emitted, mapped), "wrong": wrong}


# -- running -----------------------------------------------------------------------------------------------------

def plover_documents(records: Iterable[dict]) -> list[Document]:
    return [Document(id=r["id"], text=r["text"], published=r.get("date")) for r in records]


def figures(reports: dict[str, dict]) -> dict[str, float | None]:
    """The headline figures of each report, flat: "seeds.precision", "rams.attack" …"""
    out: dict[str, float | None] = {}
    for name in EVENT_GOLD_SETS:
        if name not in reports:
            continue
        r = reports[name]
        for key in ("core_recall", "precision", "full_core"):
            out[f"{name}.{key}"] = r[key]
        for key, value in r["attributes"].items():
            out[f"{name}.{key}"] = value
        out[f"{name}.cross_doc_precision"] = r["cross_doc"]["precision"]
        out[f"{name}.cross_doc_recall"] = r["cross_doc"]["recall"]
    if "rams" in reports:
        for key, value in reports["rams"]["recall"].items():
            out[f"rams.{key}"] = value
    if "plover" in reports:
        out["plover.initiator_accuracy"] = reports["plover"]["initiator_accuracy"]
        out["plover.coverage"] = reports["plover"]["coverage"]
    return out


def below_floors(reports: dict[str, dict], floors: dict[str, Any]) -> list[str]:
    """Figures under their floor in `floors` (the eval/floors.json shape), as readable lines."""
    flat: dict[str, float] = {}
    for name in EVENT_GOLD_SETS:
        for key, value in floors.get(name, {}).items():
            if isinstance(value, dict):
                flat.update({f"{name}.{k}": v for k, v in value.items()})
            else:
                flat[f"{name}.{key}"] = value
    for group in ("rams", "plover"):
        flat.update({f"{group}.{k}": v for k, v in floors.get(group, {}).items()})
    got = figures(reports)
    return [f"{key} {got.get(key)} < {floor}" for key, floor in sorted(flat.items())
            if key.split(".")[0] in reports and (got.get(key) or 0) < floor]
