from trucewatch.model import Actor, Document, Event, Evidence, Place, When
from trucewatch.store import EventFilter, Store


def doc(doc_id="d1", text="Russia and Turkey agreed a ceasefire in Idlib."):
    return Document(id=doc_id, text=text, published="2020-03-05", outlet="example.org")


def event(doc_id="d1", status="agreed", start=0):
    return Event(doc_id=doc_id, type="ceasefire", status=status, evidence=Evidence("Russia and Turkey", start, 17),
                 actors=[Actor("Russia", "RUS", "participant"), Actor("Turkey", "TUR", "participant")],
                 date=When("2020-03-06"), place=Place("Idlib", "SYR", 35.9, 36.6, 169389))


def test_ingesting_the_same_document_again_adds_nothing(tmp_path):
    with Store(tmp_path / "t.db") as store:
        assert store.add_batch([(doc(), [event()])])[0].outcome == "added"
        assert store.add_batch([(doc(), [event()])])[0].outcome == "unchanged"
        assert (store.stats()["documents"], store.stats()["events"]) == (1, 1)


def test_same_text_under_another_id_is_a_duplicate(tmp_path):
    with Store(tmp_path / "t.db") as store:
        store.add_batch([(doc(), [event()])])
        result = store.add_batch([(doc("copy"), [event("copy")])])[0]
        assert (result.outcome, result.duplicate_of) == ("duplicate", "d1")
        assert store.stats()["events"] == 1


def test_a_changed_document_replaces_its_events(tmp_path):
    with Store(tmp_path / "t.db") as store:
        store.add_batch([(doc(), [event(), event(status="violated", start=1)])])
        store.add_batch([(doc(text="Russia broke the Idlib ceasefire."), [event(status="violated")])])
        assert [e.status for e in store.events()] == ["violated"]


def test_filters(tmp_path):
    with Store(tmp_path / "t.db") as store:
        store.add_batch([(doc(), [event(), event(status="violated", start=1)])])
        assert len(store.events(EventFilter(status="violated"))) == 1
        assert len(store.events(EventFilter(actor="TUR"))) == 2
        assert len(store.events(EventFilter(actor="Turk"))) == 2
        assert len(store.events(EventFilter(place="SYR"))) == 2
        assert len(store.events(EventFilter(place="Idlib", type="ceasefire"))) == 2
        assert not store.events(EventFilter(since="2021"))
        assert len(store.events(EventFilter(since="2020-03", until="2020-03-06"))) == 2
        assert not store.events(EventFilter(until="2020-03-05"))
        assert len(store.events(EventFilter(limit=1))) == 1


def test_a_store_survives_reopening(tmp_path):
    with Store(tmp_path / "t.db") as store:
        store.add_batch([(doc(), [event()])])
    with Store(tmp_path / "t.db") as store:
        assert store.event(event().event_id).place.name == "Idlib"


def test_a_file_that_is_not_a_database_is_a_clear_error(tmp_path):
    import pytest

    from trucewatch.errors import StoreError

    bad = tmp_path / "notes.db"
    bad.write_text("these are my notes, not a database\n" * 100)
    with pytest.raises(StoreError, match="not a trucewatch database"):
        Store(bad)
