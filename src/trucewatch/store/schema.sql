-- trucewatch store, schema version 2.
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
    family       TEXT           -- documents that are copies of one article share a family
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
CREATE INDEX IF NOT EXISTS events_date ON events (date_start);
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
