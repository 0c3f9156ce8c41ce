-- Canonical actors across articles (with every spelling seen and why each mention was linked),
-- fused events (one real-world event reported by several articles), and the columns that tie
-- per-article rows to them. Per-article events stay as they are: nothing is lost by fusing.
ALTER TABLE articles ADD COLUMN outlet TEXT;

CREATE TABLE actors (
    id {pk},
    type TEXT,
    name_hi TEXT,
    name_en TEXT,
    country TEXT,
    sector TEXT,
    role TEXT,
    code TEXT,
    created_at TEXT NOT NULL
);
CREATE INDEX actors_country ON actors (country);
CREATE INDEX actors_code ON actors (code);

CREATE TABLE actor_names (
    actor_id INTEGER NOT NULL REFERENCES actors (id) ON DELETE CASCADE,
    key TEXT NOT NULL,
    name TEXT NOT NULL,
    PRIMARY KEY (actor_id, key)
);
CREATE INDEX actor_names_key ON actor_names (key);

CREATE TABLE actor_links (
    id {pk},
    actor_id INTEGER NOT NULL REFERENCES actors (id) ON DELETE CASCADE,
    article_id INTEGER NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
    entity_id INTEGER REFERENCES entities (id) ON DELETE CASCADE,
    name TEXT,
    rule TEXT NOT NULL,
    reason TEXT NOT NULL
);
CREATE INDEX actor_links_actor ON actor_links (actor_id);

ALTER TABLE entities ADD COLUMN actor_id INTEGER REFERENCES actors (id);
CREATE INDEX entities_actor ON entities (actor_id);

CREATE TABLE fused_events (
    id {pk},
    type TEXT NOT NULL,
    mode TEXT,
    cameo TEXT,
    quad_class INTEGER,
    plover_score REAL,
    actor_id INTEGER REFERENCES actors (id),
    actor_code TEXT,
    actor_name_en TEXT,
    actor_name_hi TEXT,
    actor_country TEXT,
    actor_sector TEXT,
    recipient_id INTEGER REFERENCES actors (id),
    recipient_code TEXT,
    recipient_name_en TEXT,
    recipient_name_hi TEXT,
    recipient_country TEXT,
    recipient_sector TEXT,
    location_name_hi TEXT,
    location_name_en TEXT,
    location_country TEXT,
    location_key TEXT,
    date_start TEXT,
    date_end TEXT,
    date_precision TEXT,
    day_from TEXT,
    day_to TEXT,
    date_from_article INTEGER NOT NULL,
    modality TEXT NOT NULL,
    confidence REAL NOT NULL,
    source_count INTEGER NOT NULL,
    outlet_count INTEGER NOT NULL,
    mention_count INTEGER NOT NULL,
    source_url TEXT,
    created_at TEXT NOT NULL
);
CREATE INDEX fused_events_match ON fused_events (type, actor_id, recipient_id);
CREATE INDEX fused_events_dyad ON fused_events (actor_country, recipient_country, day_from);
CREATE INDEX fused_events_day ON fused_events (day_from);

CREATE TABLE fused_event_contexts (
    fused_id INTEGER NOT NULL REFERENCES fused_events (id) ON DELETE CASCADE,
    context TEXT NOT NULL,
    PRIMARY KEY (fused_id, context)
);
CREATE INDEX fused_event_contexts_context ON fused_event_contexts (context);

ALTER TABLE events ADD COLUMN actor_id INTEGER REFERENCES actors (id);
ALTER TABLE events ADD COLUMN recipient_id INTEGER REFERENCES actors (id);
ALTER TABLE events ADD COLUMN actor_code TEXT;
ALTER TABLE events ADD COLUMN recipient_code TEXT;
ALTER TABLE events ADD COLUMN quad_class INTEGER;
ALTER TABLE events ADD COLUMN plover_score REAL;
ALTER TABLE events ADD COLUMN day_from TEXT;
ALTER TABLE events ADD COLUMN day_to TEXT;
ALTER TABLE events ADD COLUMN fused_id INTEGER REFERENCES fused_events (id);
CREATE INDEX events_fused ON events (fused_id);

ALTER TABLE evidence ADD COLUMN text TEXT
