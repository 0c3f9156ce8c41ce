-- Geocoded event places (output contract 2): GeoNames id, coordinates, feature ("P.PPL"),
-- admin1 ("IN.16") and the basis the place was read from (clause, sentence, visit, dateline),
-- on per-article events and on fused events.
ALTER TABLE events ADD COLUMN location_geonames_id INTEGER;
ALTER TABLE events ADD COLUMN location_lat REAL;
ALTER TABLE events ADD COLUMN location_lon REAL;
ALTER TABLE events ADD COLUMN location_feature TEXT;
ALTER TABLE events ADD COLUMN location_admin1 TEXT;
ALTER TABLE events ADD COLUMN location_basis TEXT;
ALTER TABLE fused_events ADD COLUMN location_geonames_id INTEGER;
ALTER TABLE fused_events ADD COLUMN location_lat REAL;
ALTER TABLE fused_events ADD COLUMN location_lon REAL;
ALTER TABLE fused_events ADD COLUMN location_feature TEXT;
ALTER TABLE fused_events ADD COLUMN location_admin1 TEXT;
ALTER TABLE fused_events ADD COLUMN location_basis TEXT;
