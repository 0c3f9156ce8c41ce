-- Articles and everything extracted from them. {pk} is the dialect's auto-increment key.
CREATE TABLE articles (
    id {pk},
    doc_id TEXT NOT NULL,
    content_hash TEXT NOT NULL UNIQUE,
    source TEXT NOT NULL,
    url TEXT,
    title TEXT,
    dateline_hi TEXT,
    dateline_en TEXT,
    dateline_country TEXT,
    date_value TEXT,
    date_precision TEXT,
    date_inferred INTEGER,
    date_basis TEXT,
    language TEXT NOT NULL,
    text TEXT NOT NULL,
    ingested_at TEXT NOT NULL
);
CREATE INDEX articles_doc_id ON articles (doc_id);

CREATE TABLE sentences (
    article_id INTEGER NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
    idx INTEGER NOT NULL,
    start_offset INTEGER NOT NULL,
    end_offset INTEGER NOT NULL,
    PRIMARY KEY (article_id, idx)
);

CREATE TABLE entities (
    id {pk},
    article_id INTEGER NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
    local_id TEXT NOT NULL,
    type TEXT NOT NULL,
    name_hi TEXT,
    name_en TEXT,
    country TEXT,
    sector TEXT,
    role TEXT
);
CREATE INDEX entities_article ON entities (article_id);

CREATE TABLE mentions (
    entity_id INTEGER NOT NULL REFERENCES entities (id) ON DELETE CASCADE,
    start_offset INTEGER NOT NULL,
    end_offset INTEGER NOT NULL
);
CREATE INDEX mentions_entity ON mentions (entity_id);

CREATE TABLE timexes (
    article_id INTEGER NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
    sentence INTEGER NOT NULL,
    start_offset INTEGER NOT NULL,
    end_offset INTEGER NOT NULL,
    text TEXT NOT NULL,
    value_start TEXT,
    value_end TEXT,
    precision TEXT,
    kind TEXT NOT NULL
);
CREATE INDEX timexes_article ON timexes (article_id);

CREATE TABLE events (
    id {pk},
    article_id INTEGER NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
    type TEXT NOT NULL,
    mode TEXT,
    cameo TEXT,
    actor_entity_id INTEGER REFERENCES entities (id) ON DELETE SET NULL,
    actor_name_en TEXT,
    actor_name_hi TEXT,
    actor_country TEXT,
    actor_sector TEXT,
    actor_role TEXT,
    recipient_entity_id INTEGER REFERENCES entities (id) ON DELETE SET NULL,
    recipient_name_en TEXT,
    recipient_name_hi TEXT,
    recipient_country TEXT,
    recipient_sector TEXT,
    recipient_role TEXT,
    location_name_hi TEXT,
    location_name_en TEXT,
    location_country TEXT,
    date_start TEXT,
    date_end TEXT,
    date_precision TEXT,
    date_text TEXT,
    modality TEXT NOT NULL,
    context TEXT NOT NULL,
    confidence REAL NOT NULL
);
CREATE INDEX events_article ON events (article_id);
CREATE INDEX events_type ON events (type);
CREATE INDEX events_dyad ON events (actor_country, recipient_country);

CREATE TABLE evidence (
    event_id INTEGER NOT NULL REFERENCES events (id) ON DELETE CASCADE,
    sentence INTEGER NOT NULL,
    start_offset INTEGER NOT NULL,
    end_offset INTEGER NOT NULL,
    trigger TEXT NOT NULL
);
CREATE INDEX evidence_event ON evidence (event_id);
