"""The scorers on small gold sets written for the test."""

from trucewatch import evaluate as ev

DOC = {"id": "d", "text": "Russia and Turkey agreed a ceasefire. Russia broke it on Monday."}


def sys_event(type_="ceasefire", status="agreed", start=0, end=36, codes=(("RUS", "participant"),), cluster=None):
    return {"doc_id": "d", "type": type_, "status": status, "evidence": {"start": start, "end": end},
            "actors": [{"code": c, "role": r, "name": c} for c, r in codes], "date": {"start": "2020-03-05"},
            "cluster_id": cluster}


def gold(**kw):
    base = {"id": "g1", "doc": "d", "core": True, "type": "ceasefire", "status": "agreed",
            "actors": {"participant": ["RUS", "TUR"]}, "evidence": "Russia and Turkey agreed", "key": "k"}
    base.update(kw)
    return base


def test_a_match_needs_type_and_overlapping_evidence():
    r = ev.score_seeds([DOC], [gold()], [sys_event(), sys_event("talks", "held")])
    assert (r["core_recall"], r["precision"]) == (1.0, 0.5)
    assert r["attributes"]["status"] == 1.0 and r["attributes"]["actors"] == 0.0
    assert r["false_alarms"][0]["type"] == "talks"
    assert r["wrong_attributes"][0]["wrong"] == ["actors", "roles"]


def test_misses_are_listed():
    r = ev.score_seeds([DOC], [gold()], [sys_event(start=37, end=63)])
    assert r["core_recall"] == 0.0 and r["missed"][0]["gold"] == "g1"


def test_rams_recall_at_the_trigger():
    docs = [{"id": "w", "text": "Rebels attacked the town . Talks were held ."}]
    golds = [{"doc": "w", "label": "conflict.attack.n/a", "start": 7, "end": 15, "trigger": "attacked"},
             {"doc": "w", "label": "contact.negotiate.meet", "start": 26, "end": 31, "trigger": "Talks"},
             {"doc": "w", "label": "life.die.n/a", "start": 0, "end": 6, "trigger": "Rebels"}]
    events = [{"doc_id": "w", "type": "attack", "evidence": {"start": 0, "end": 25}, "mentions": []}]
    r = ev.score_rams(docs, golds, events)
    assert r["recall"] == {"attack": 1.0, "negotiate": 0.0} and r["missed"][0]["trigger"] == "Talks"


def test_plover_initiator_codes_with_organisations_as_igo():
    records = [{"id": "p1", "text": "...", "event": "DEMAND", "source": [{"code": "IGO"}]},
               {"id": "p2", "text": "...", "event": "DEMAND", "source": [{"code": "CHN"}]},
               {"id": "p3", "text": "...", "event": "PROTEST", "source": [{"code": "USA"}]}]
    events = [{"doc_id": "p1", "type": "demand", "actors": [{"code": "UN", "role": "initiator"}]},
              {"doc_id": "p2", "type": "demand", "actors": [{"code": "USA", "role": "initiator"}]}]
    r = ev.score_plover(records, events)
    assert (r["sentences_mapped"], r["sentences_emitted"], r["initiator_accuracy"]) == (2, 2, 0.5)


def test_floors_report_what_is_below():
    reports = {"seeds": {"core_recall": 0.9, "precision": 0.5, "full_core": 0.6, "attributes": {"status": 1.0},
                         "cross_doc": {"precision": 1.0, "recall": 1.0}}}
    floors = {"seeds": {"core_recall": 0.85, "precision": 0.75, "attributes": {"status": 1.0}},
              "rams": {"attack": 0.9}}
    assert ev.below_floors(reports, floors) == ["seeds.precision 0.5 < 0.75"]


def test_plover_codes_armed_groups_by_their_base_and_amnesty_as_igo():
    from trucewatch.evaluate import plover_code

    assert plover_code("HEZBOLLAH") == "LBN"
    assert plover_code("AMNESTY") == "IGO"
    assert plover_code("RUS") == "RUS"


def test_plover_takes_the_mediator_of_a_consultation_as_its_source_and_cameo_spellings():
    records = [{"id": "c1", "text": "...", "event": "CONSULT", "source": [{"code": "IGO"}]},
               {"id": "c2", "text": "...", "event": "SANCTION", "source": [{"code": "JAP"}]},
               {"id": "c3", "text": "...", "event": "DEMAND", "source": [{"code": "QAT"}]}]
    events = [{"doc_id": "c1", "type": "talks", "actors": [{"code": "UN", "role": "mediator"},
                                                            {"code": "SYR", "role": "participant"}]},
              {"doc_id": "c2", "type": "sanction", "actors": [{"code": "JPN", "role": "initiator"}]},
              # a mediator is the source of a consultation only: here it is no demand's maker
              {"doc_id": "c3", "type": "demand", "actors": [{"code": "QAT", "role": "mediator"},
                                                             {"code": "EGY", "role": "initiator"}]}]
    r = ev.score_plover(records, events)
    assert (r["sentences_emitted"], r["initiator_right"]) == (3, 2)
    assert [w["id"] for w in r["wrong"]] == ["c3"]
