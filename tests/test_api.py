"""The HTTP API, in-process: filters, paging, errors that are never 500, writes behind a token, safe data."""

import json

import pytest
import schemathesis
from fastapi.testclient import TestClient
from openapi_spec_validator import validate

from trucewatch.model import Document
from trucewatch.store import Store
from trucewatch.web.app import create_app

XSS = Document(id="xss", published="2025-06-02", outlet="attacker.example",
               text="Russia and Ukraine agreed to a ceasefire on Monday. <script>window.__pwned=1</script> "
                    "<img src=x onerror=\"window.__pwned=2\">")
ARTICLES = [
    Document(id="a1", published="2025-05-16", outlet="one.example",
             text="Russian and Ukrainian delegations met in Istanbul on Friday. Both sides agreed to exchange "
                  "1,000 prisoners of war each."),
    Document(id="a2", published="2025-05-17", outlet="two.example",
             text="Negotiators from Russia and Ukraine held talks in Istanbul on May 16."),
    Document(id="a3", published="2020-03-05", outlet="one.example",
             text="Russia and Turkey agreed on Thursday to a ceasefire in Syria's Idlib province."),
    XSS,
]


@pytest.fixture(scope="module")
def db(tmp_path_factory, extractor):
    from trucewatch.resolve.clusters import assign_clusters

    path = tmp_path_factory.mktemp("api") / "api.db"
    with Store(path) as store:
        store.add_batch(list(extractor.extract_many(ARTICLES)))
        store.set_clusters(assign_clusters(store.iter_events(), store.refresh_families()))
    return str(path)


@pytest.fixture(scope="module")
def client(db):
    return TestClient(create_app(db))


def test_events_filters_and_paging(client):
    page = client.get("/api/events", params={"limit": 2}).json()
    assert page["total"] >= 5 and len(page["items"]) == 2 and page["next_offset"] == 2
    talks = client.get("/api/events", params={"type": "talks", "actor": "UKR", "place": "TUR"}).json()
    assert talks["total"] == 2 and all(e["type"] == "talks" for e in talks["items"])
    assert client.get("/api/events", params={"since": "2025", "until": "2025-12"}).json()["total"] >= 3
    assert client.get("/api/events", params={"until": "2020-03-05", "type": "ceasefire"}).json()["total"] == 1


@pytest.mark.parametrize("params", [{"type": "riot"}, {"since": "yesterday"}, {"limit": 0}, {"limit": 5000},
                                    {"offset": -1}, {"status": "DROP TABLE"}, {"actor": "x" * 500}])
def test_bad_parameters_are_422_with_a_message(client, params):
    response = client.get("/api/events", params=params)
    assert response.status_code == 422 and response.json()["detail"]


def test_one_event_with_its_reports_and_404s(client):
    talks = client.get("/api/events", params={"type": "talks"}).json()["items"]
    data = client.get(f"/api/events/{talks[0]['event_id']}").json()
    assert data["event"]["event_id"] == talks[0]["event_id"]
    assert {r["outlet"] for r in data["reports"]} == {"one.example", "two.example"}  # one cluster, two outlets
    assert client.get("/api/events/ev_0123456789abcdef").status_code == 404
    assert client.get("/api/events/not-an-id").status_code == 422
    assert client.get("/api/documents/nope").status_code == 404
    assert client.get("/api/clusters/cl_000000000000").status_code == 404
    assert client.get("/api/ceasefires/cf_0000000000").status_code == 404


def test_clusters_ceasefires_documents_stats(client):
    clusters = client.get("/api/clusters", params={"type": "talks"}).json()
    assert clusters["items"][0]["documents"] == 2 and clusters["items"][0]["outlets"] == 2
    one = client.get(f"/api/clusters/{clusters['items'][0]['cluster_id']}").json()
    assert one["cluster_id"] == clusters["items"][0]["cluster_id"]
    registry = client.get("/api/ceasefires").json()["items"]
    idlib = [c for c in registry if "Idlib" in " ".join(c["scope"])][0]
    assert client.get(f"/api/ceasefires/{idlib['ceasefire_id']}").json()["parties"] == ["RUS", "TUR"]
    doc = client.get("/api/documents/a1").json()
    assert doc["text"].startswith("Russian") and all(doc["text"][e["start"]:e["end"]] for e in doc["events"])
    stats = client.get("/api/stats").json()
    assert stats["documents"] == 4 and stats["by_type"]["talks"] == 2


def test_downloads_follow_the_filter(client):
    csv_text = client.get("/api/events.csv", params={"type": "talks"}).text
    assert csv_text.splitlines()[0].startswith("event_id,doc_id,type") and len(csv_text.splitlines()) == 3
    geo = client.get("/api/events.geojson", params={"type": "talks"}).json()
    assert geo["type"] == "FeatureCollection" and geo["features"]
    lon, lat = geo["features"][0]["geometry"]["coordinates"]
    assert 27 < lon < 30 and 40 < lat < 42  # Istanbul


def test_article_text_is_data_and_the_page_forbids_inline_script(client):
    doc = client.get("/api/documents/xss").json()
    assert "<script>window.__pwned=1</script>" in doc["text"]  # returned as a JSON string, unaltered
    page = client.get("/")
    assert "script-src 'self'" in page.headers["content-security-policy"]
    assert page.headers["x-content-type-options"] == "nosniff"
    js = client.get("/static/app.js").text
    assert "innerHTML" not in js and "insertAdjacentHTML" not in js and "eval(" not in js


def test_writes_are_off_without_a_token(client):
    assert client.post("/api/documents", content=b'{"id": "x", "text": "Talks held."}').status_code == 403


def test_writes_with_a_token_are_checked_and_size_limited(db):
    client = TestClient(create_app(db, token="s3cret", max_upload=2000))
    doc = {"id": "posted", "published": "2025-01-15",
           "text": "Israel and Hamas agreed to a ceasefire in Gaza on Wednesday."}
    assert client.post("/api/documents", json=doc).status_code == 401
    auth = {"Authorization": "Bearer s3cret"}
    created = client.post("/api/documents", json=doc, headers=auth)
    assert created.status_code == 201 and created.json()["outcome"] == "added" and created.json()["events"] >= 1
    assert client.post("/api/documents", json=doc, headers=auth).json()["outcome"] == "unchanged"
    big = {"id": "big", "text": "talks " * 1000}
    assert client.post("/api/documents", json=big, headers=auth).status_code == 413
    assert client.post("/api/documents", content=b"{not json", headers=auth).status_code == 422
    assert client.post("/api/documents", json={"id": "nt"}, headers=auth).status_code == 422


def test_openapi_document_validates(client):
    spec = client.get("/openapi.json").json()
    validate(spec)
    assert {"/api/events", "/api/events/{event_id}", "/api/clusters", "/api/ceasefires", "/api/documents/{doc_id}",
            "/api/stats"} <= set(spec["paths"])


def test_no_read_endpoint_answers_500(db):
    """Property test: requests generated from our own OpenAPI document, every read operation, never a 500."""
    from hypothesis import HealthCheck, given, settings

    schema = schemathesis.openapi.from_asgi("/openapi.json", create_app(db)).include(method="GET")
    operations = [result.ok() for result in schema.get_all_operations()]
    assert len(operations) >= 9
    for operation in operations:

        @given(case=operation.as_strategy())
        @settings(max_examples=25, deadline=None, suppress_health_check=list(HealthCheck), database=None)
        def no_server_error(case):
            response = case.call()
            assert response.status_code < 500, (case.path, case.query, response.status_code, response.text[:200])

        no_server_error()


def test_json_twins_parse(client):
    for path in ("/api/events", "/api/clusters", "/api/ceasefires", "/api/stats", "/api/countries.geojson"):
        assert isinstance(json.loads(client.get(path).text), dict)
