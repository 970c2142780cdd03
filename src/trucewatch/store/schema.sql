-- trucewatch store, schema version 3.
CREATE TABLE IF NOT EXISTS documents (
    doc_id       TEXT PRIMARY KEY,
    content_hash TEXT NOT NULL,
    title        TEXT,
    published    TEXT,
    url          TEXT,
    outlet       TEXT,
    source       TEXT,
    text         TEXT NOT NULL,
    ingested_at  TEXT NOT NULL,
    minhash      TEXT,          -- near-duplicate signature (JSON list of 64 integers)
    family       TEXT,          -- documents that are copies of one article share a family
    canonical_url TEXT,         -- one spelling of the article's URL (https, no tracking parameters, no AMP)
    fetched_at   TEXT
);
CREATE INDEX IF NOT EXISTS documents_canonical ON documents (canonical_url);

-- Earlier texts of documents that changed after publication: kept, not overwritten.
CREATE TABLE IF NOT EXISTS document_versions (
    doc_id       TEXT NOT NULL,
    content_hash TEXT NOT NULL,
    title        TEXT,
    text         TEXT NOT NULL,
    fetched_at   TEXT,
    replaced_at  TEXT NOT NULL
);
CREATE INDEX IF NOT EXISTS document_versions_doc ON document_versions (doc_id);

-- Feeds followed by `trucewatch watch`, and the entries already taken from each.
CREATE TABLE IF NOT EXISTS feeds (
    url           TEXT PRIMARY KEY,
    etag          TEXT,
    last_modified TEXT,
    last_polled   TEXT,
    next_poll     REAL NOT NULL DEFAULT 0,
    failures      INTEGER NOT NULL DEFAULT 0,
    last_status   TEXT,
    last_error    TEXT
);
CREATE TABLE IF NOT EXISTS feed_entries (
    feed_url  TEXT NOT NULL,
    entry_key TEXT NOT NULL,
    link      TEXT,
    doc_id    TEXT,
    seen_at   TEXT NOT NULL,
    PRIMARY KEY (feed_url, entry_key)
);
CREATE INDEX IF NOT EXISTS documents_hash ON documents (content_hash);

CREATE TABLE IF NOT EXISTS events (
    event_id     TEXT PRIMARY KEY,
    doc_id       TEXT NOT NULL REFERENCES documents (doc_id) ON DELETE CASCADE,
    type         TEXT NOT NULL,
    status       TEXT NOT NULL,
    date_start   TEXT,
    date_end     TEXT,
    place_name   TEXT,
    country      TEXT,
    modality     TEXT NOT NULL,
    confidence   REAL NOT NULL,
    cluster_id   TEXT,
    ev_start     INTEGER NOT NULL,
    record       TEXT NOT NULL  -- the whole event as JSON, the spec's shape
);
CREATE INDEX IF NOT EXISTS events_type_date ON events (type, date_start);
CREATE INDEX IF NOT EXISTS events_type_status_date ON events (type, status, date_start);
CREATE INDEX IF NOT EXISTS events_order ON events (date_start, doc_id, ev_start);
CREATE INDEX IF NOT EXISTS events_date_end ON events (date_end);
CREATE INDEX IF NOT EXISTS events_country ON events (country, date_start);
CREATE INDEX IF NOT EXISTS events_doc ON events (doc_id);
CREATE INDEX IF NOT EXISTS events_cluster ON events (cluster_id);

CREATE TABLE IF NOT EXISTS event_actors (
    event_id TEXT NOT NULL REFERENCES events (event_id) ON DELETE CASCADE,
    code     TEXT,
    name     TEXT NOT NULL,
    role     TEXT NOT NULL
);
CREATE INDEX IF NOT EXISTS event_actors_code ON event_actors (code);
CREATE INDEX IF NOT EXISTS event_actors_event ON event_actors (event_id);
