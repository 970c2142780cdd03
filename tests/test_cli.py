"""The commands as a user runs them."""

import json
import subprocess
import sys
from pathlib import Path

from click.testing import CliRunner

from trucewatch.cli import main

ROOT = Path(__file__).resolve().parent.parent
EXAMPLES = ROOT / "examples"


def run(*args, input=None):
    return CliRunner().invoke(main, list(args), input=input, catch_exceptions=False)


def test_help_is_fast_and_loads_no_model():
    code = "import sys; from trucewatch.cli import main; import trucewatch.cli; print('spacy' in sys.modules)"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "False"


def test_extract_writes_spec_events_for_stdin_and_files(tmp_path):
    doc = {"id": "x1", "published": "2025-05-16",
           "text": "Russian and Ukrainian delegations met in Istanbul on Friday. Both sides agreed to exchange "
                   "1,000 prisoners of war each."}
    result = run("extract", "--input", "-", input=json.dumps(doc) + "\n")
    assert result.exit_code == 0
    events = [json.loads(line) for line in result.stdout.splitlines()]
    assert {e["type"] for e in events} == {"talks", "prisoner_exchange"}
    assert all(e["doc_id"] == "x1" and e["cluster_id"] for e in events)
    out = tmp_path / "ev.jsonl"
    assert run("extract", "--input", str(EXAMPLES), "--output", str(out)).exit_code == 0
    assert len(out.read_text().splitlines()) >= 10


def test_ingest_is_idempotent_and_queries_filter(tmp_path):
    db = str(tmp_path / "t.db")
    assert run("ingest", "--db", db, str(EXAMPLES)).exit_code == 0
    first = json.loads(run("events", "--db", db, "--format", "json").stdout)
    assert run("ingest", "--db", db, str(EXAMPLES)).exit_code == 0
    again = json.loads(run("events", "--db", db, "--format", "json").stdout)
    assert [e["event_id"] for e in again] == [e["event_id"] for e in first]
    talks = json.loads(run("events", "--db", db, "--type", "talks", "--actor", "UKR", "--format", "json").stdout)
    assert talks and all(e["type"] == "talks" and "UKR" in {a["code"] for a in e["actors"]} for e in talks)
    since = json.loads(run("events", "--db", db, "--since", "2025-01-01", "--format", "json").stdout)
    assert since and all((e["date"]["end"] or e["date"]["start"]) >= "2025" for e in since)
    csv_out = run("events", "--db", db, "--place", "TUR", "--format", "csv").stdout
    assert csv_out.startswith("event_id,doc_id,type") and "Istanbul" in csv_out
    assert "evidence" in run("events", "--db", db).stdout


def test_the_readme_shows_what_make_run_prints(tmp_path):
    readme = (ROOT / "README.md").read_text()
    shown = readme.split("## What it prints", 1)[1].split("```", 2)[1]
    rows = [line.rstrip() for line in shown.splitlines() if line.startswith("ev_")]
    db = str(tmp_path / "t.db")
    ingested = run("ingest", "--db", db, str(EXAMPLES)).output
    printed = {line.rstrip() for line in run("events", "--db", db).stdout.splitlines()}
    assert rows and [row for row in rows if row not in printed] == []
    total = next(line for line in shown.splitlines() if line.startswith("trucewatch:"))
    assert total.split(";")[1] in ingested  # "30 events added"


def test_show_prints_evidence_in_context_and_source(tmp_path):
    db = str(tmp_path / "t.db")
    run("ingest", "--db", db, str(EXAMPLES / "idlib-ceasefire-2020.txt"))
    event = json.loads(run("events", "--db", db, "--type", "ceasefire", "--format", "json").stdout)[0]
    out = run("show", event["event_id"], "--db", db).stdout
    assert ">>>" in out and "<<<" in out and "idlib-ceasefire-2020" in out


def test_ceasefires_json_has_the_registry_fields(tmp_path):
    db = str(tmp_path / "t.db")
    run("ingest", "--db", db, str(EXAMPLES))
    records = json.loads(run("ceasefires", "--db", db, "--format", "json").stdout)
    needed = {"ceasefire_id", "name", "parties", "mediators", "scope", "declared", "effective", "ends", "kind",
              "status", "history", "violations", "sources"}
    assert records and all(needed <= set(r) for r in records)
    christmas = [r for r in records if r["parties"] == ["RUS"] and (r["effective"] or "").startswith("2023-01-06")]
    assert christmas and christmas[0]["status"] == "ended"
    one = run("ceasefire", christmas[0]["ceasefire_id"], "--db", db).stdout
    assert "ended" in one and "2023-01-08" in one


def test_a_bad_input_is_named_the_rest_is_stored_and_the_exit_says_so(tmp_path):
    docs = tmp_path / "docs.jsonl"
    docs.write_text('{"id": "ok", "published": "2025-01-15", "text": "Israel and Hamas agreed to a ceasefire '
                    'in Gaza on Wednesday."}\n{"id": "broken", "text": \n{"id": "notext"}\n')
    (tmp_path / "empty.txt").write_text("")
    db = str(tmp_path / "t.db")
    result = subprocess.run([sys.executable, "-m", "trucewatch", "ingest", "--db", db, str(tmp_path)],
                            capture_output=True, text=True)
    assert result.returncode == 2
    assert f"{docs}:2" in result.stderr and f"{docs}:3" in result.stderr and "empty.txt" in result.stderr
    stored = json.loads(run("events", "--db", db, "--format", "json").stdout)
    assert [e["doc_id"] for e in stored] == ["ok"]
    again = subprocess.run([sys.executable, "-m", "trucewatch", "ingest", "--db", db, str(tmp_path)],
                           capture_output=True, text=True)
    assert again.returncode == 2
    assert len(json.loads(run("events", "--db", db, "--format", "json").stdout)) == len(stored)


def test_unknown_event_is_a_clear_error(tmp_path):
    result = subprocess.run([sys.executable, "-m", "trucewatch", "show", "ev_nope", "--db", str(tmp_path / "t.db")],
                            capture_output=True, text=True)
    assert result.returncode == 4 and "[E404]" in result.stderr and "ev_nope" in result.stderr


def test_bad_filter_value_is_refused(tmp_path):
    result = run("events", "--db", str(tmp_path / "t.db"), "--type", "riot")
    assert result.exit_code == 2 and "riot" in result.output
