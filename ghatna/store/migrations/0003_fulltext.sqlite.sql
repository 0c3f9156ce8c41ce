-- Full-text search over event evidence. Rows hold lexemes already folded by ghatna
-- (ghatna.store.fulltext), separated by spaces, so the plain `ascii` tokenizer is enough and
-- Devanagari vowel signs are never split off. rowid = events.id.
CREATE VIRTUAL TABLE event_text USING fts5 (lexemes, tokenize = 'ascii')
