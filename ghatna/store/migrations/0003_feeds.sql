-- Feed polling state of `ghatna watch`: each feed's HTTP validators, and every item already handled,
-- so a restarted watch neither refetches an unchanged feed nor ingests an item twice.
CREATE TABLE feeds (
    url TEXT PRIMARY KEY,
    etag TEXT,
    last_modified TEXT,
    last_polled TEXT
);

CREATE TABLE feed_items (
    feed_url TEXT NOT NULL REFERENCES feeds (url) ON DELETE CASCADE,
    item_id TEXT NOT NULL,
    link TEXT,
    outcome TEXT NOT NULL,
    seen_at TEXT NOT NULL,
    PRIMARY KEY (feed_url, item_id)
);
