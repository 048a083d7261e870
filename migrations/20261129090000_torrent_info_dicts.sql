-- Up Migration
-- The info dictionary of each registered torrent, byte for byte as uploaded, so a user can download
-- the .torrent with their own passkey in it. Kept apart from `torrents`, whose narrow, hot rows the
-- flusher rewrites all the time.
CREATE TABLE torrent_info_dicts (
  torrent_id  uuid        PRIMARY KEY REFERENCES torrents (id) ON DELETE CASCADE,
  info        bytea       NOT NULL CHECK (octet_length(info) BETWEEN 2 AND 10485760),
  created_at  timestamptz NOT NULL DEFAULT now()
);

COMMENT ON TABLE torrent_info_dicts IS 'Bencoded info dictionary of each torrent as uploaded (its SHA-1 is the info_hash)';

-- Down Migration
DROP TABLE torrent_info_dicts;
