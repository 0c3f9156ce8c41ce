-- The actor knowledge base's entry (a Wikidata QID or a KB id) is a canonical actor's identity
-- across articles and scripts; each entity keeps the link that gave it, with its score and reason.
ALTER TABLE actors ADD COLUMN kb_id TEXT;
CREATE INDEX actors_kb_id ON actors (kb_id);
ALTER TABLE entities ADD COLUMN kb_id TEXT;
ALTER TABLE entities ADD COLUMN link_score REAL;
ALTER TABLE entities ADD COLUMN link_reason TEXT;
