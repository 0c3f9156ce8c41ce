-- Full-text search over event evidence: a tsvector built from lexemes already folded by ghatna
-- (ghatna.store.fulltext) with array_to_tsvector, so no text-search parser or locale is involved.
CREATE TABLE event_text (
    event_id INTEGER PRIMARY KEY REFERENCES events (id) ON DELETE CASCADE,
    lexemes TSVECTOR NOT NULL
);
CREATE INDEX event_text_lexemes ON event_text USING GIN (lexemes)
