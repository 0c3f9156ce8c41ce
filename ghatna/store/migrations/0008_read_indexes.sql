-- What the read layer asks of a large knowledge base: one actor's events (its page, the actor
-- filter, its timeline and counterparts), events per actor (the actor list, the dashboard), the
-- articles that name an actor, and the newest or oldest events first (undated ones last, as
-- store/read/filters.py orders them), each answered from an index instead of a scan of every event.
CREATE INDEX fused_events_actor ON fused_events (actor_id, day_from);
CREATE INDEX fused_events_recipient ON fused_events (recipient_id, day_from);
CREATE INDEX actor_links_actor_article ON actor_links (actor_id, article_id);
CREATE INDEX fused_events_newest ON fused_events ((COALESCE(day_from, '0000')), id);
CREATE INDEX fused_events_oldest ON fused_events ((COALESCE(day_from, '9999')), id);
