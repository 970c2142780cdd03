import pytest

from trucewatch.model import STATUSES, Actor, Event, Evidence, When

SPEC_FIELDS = {"event_id", "doc_id", "type", "status", "actors", "date", "place", "quantities", "modality",
               "negated", "claimed_by", "evidence", "confidence", "cluster_id"}


def make(**kw):
    base = dict(doc_id="d1", type="ceasefire", status="agreed", evidence=Evidence("Truce agreed.", 10, 23))
    base.update(kw)
    return Event(**base)


def test_nine_types_with_the_specs_statuses():
    assert len(STATUSES) == 9
    assert "violated" in STATUSES["ceasefire"] and "carried_out" in STATUSES["prisoner_exchange"]


def test_unknown_type_or_status_is_refused():
    with pytest.raises(ValueError):
        make(type="riot")
    with pytest.raises(ValueError):
        make(status="held")


def test_event_id_is_stable_and_depends_on_what_the_event_is():
    a = make()
    assert a.event_id == make().event_id
    assert a.event_id != make(status="violated").event_id
    assert a.event_id != make(evidence=Evidence("Truce agreed.", 11, 24)).event_id


def test_dict_has_the_spec_fields_and_round_trips():
    e = make(actors=[Actor("Russia", "RUS", "participant")], date=When("2020-03-06", precision="day"),
             quantities={"duration_days": 30})
    d = e.to_dict()
    assert SPEC_FIELDS <= set(d)
    assert d["actors"] == [{"name": "Russia", "code": "RUS", "role": "participant"}]
    back = Event.from_dict(d)
    assert back.to_dict() == d


def test_model_imports_nothing_of_ours():
    import ast
    from pathlib import Path

    import trucewatch.model as model

    tree = ast.parse(Path(model.__file__).read_text())
    imported = [n.module for n in ast.walk(tree) if isinstance(n, ast.ImportFrom)]
    imported += [a.name for n in ast.walk(tree) if isinstance(n, ast.Import) for a in n.names]
    assert not [m for m in imported if m and m.startswith("trucewatch")]


def test_roles_modalities_and_precisions_are_the_specs():
    from trucewatch.model import Actor

    with pytest.raises(ValueError):
        make(modality="certain")
    with pytest.raises(ValueError):
        make(actors=[Actor("Russia", "RUS", "sponsor")])
    with pytest.raises(ValueError):
        make(date=When("2020-03-06", precision="week"))
