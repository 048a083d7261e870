-- Up Migration
-- Torrents. info_hash is the raw 20-byte SHA-1 (v1) and info_hash_v2 the raw 32-byte SHA-256 (BEP 52),
-- both bytea so the engine compares bytes without hex round trips.
-- seeders/leechers/times_completed/last_seeder_at are denormalised counters the flush pipeline
-- rewrites constantly: none of them is indexed (keeps those updates HOT) and there is no updated_at
-- trigger here (updated_at means "metadata edited" and is set by the control plane).
-- search_vector is a stored generated column; dots, underscores and dashes in scene names are turned
-- into spaces first so "Some.Movie.2024.1080p-GRP" yields the words some/movie/2024/1080p/grp; only
-- the first 100k characters of the description are indexed (tsvector has a 1 MB limit). PostgreSQL
-- only recomputes it when name or description change, not on the counter updates.

CREATE TABLE torrents (
  id                 uuid        PRIMARY KEY DEFAULT gen_random_uuid(),
  info_hash          bytea       NOT NULL CHECK (octet_length(info_hash) = 20),
  info_hash_v2       bytea       CHECK (octet_length(info_hash_v2) = 32),
  name               text        NOT NULL CHECK (char_length(name) BETWEEN 1 AND 500),
  description        text,
  category_id        integer     NOT NULL REFERENCES torrent_categories (id) ON DELETE RESTRICT,
  uploader_id        uuid        REFERENCES users (id) ON DELETE SET NULL,

  size               bigint      NOT NULL DEFAULT 0 CHECK (size >= 0),
  file_count         integer     NOT NULL DEFAULT 0 CHECK (file_count >= 0),
  piece_length       integer     CHECK (piece_length > 0),

  resolution         text,
  codec              text,
  source             text,
  release_group      text,

  moderation_status  text        NOT NULL DEFAULT 'pending'
                                 CHECK (moderation_status IN ('pending', 'approved', 'rejected', 'postponed')),
  moderated_by       uuid        REFERENCES users (id) ON DELETE SET NULL,
  moderated_at       timestamptz,
  moderation_reason  text,

  is_freeleech       boolean     NOT NULL DEFAULT false,
  is_double_upload   boolean     NOT NULL DEFAULT false,
  is_featured        boolean     NOT NULL DEFAULT false,
  is_sticky          boolean     NOT NULL DEFAULT false,
  is_anonymous       boolean     NOT NULL DEFAULT false,

  seeders            integer     NOT NULL DEFAULT 0 CHECK (seeders >= 0),
  leechers           integer     NOT NULL DEFAULT 0 CHECK (leechers >= 0),
  times_completed    integer     NOT NULL DEFAULT 0 CHECK (times_completed >= 0),
  last_seeder_at     timestamptz,

  nfo                bytea       CHECK (octet_length(nfo) <= 1048576),

  search_vector      tsvector    GENERATED ALWAYS AS (
                       setweight(to_tsvector('simple'::regconfig, translate(name, '._-[]()', '       ')), 'A')
                       || setweight(to_tsvector('english'::regconfig, left(coalesce(description, ''), 100000)), 'B')
                     ) STORED,

  deleted_at         timestamptz,
  created_at         timestamptz NOT NULL DEFAULT now(),
  updated_at         timestamptz NOT NULL DEFAULT now(),

  CONSTRAINT torrents_info_hash_key UNIQUE (info_hash),
  CONSTRAINT torrents_info_hash_v2_key UNIQUE (info_hash_v2)
) WITH (fillfactor = 90);

CREATE INDEX idx_torrents_category_id ON torrents (category_id);
CREATE INDEX idx_torrents_uploader_id ON torrents (uploader_id) WHERE uploader_id IS NOT NULL;
CREATE INDEX idx_torrents_moderated_by ON torrents (moderated_by) WHERE moderated_by IS NOT NULL;
CREATE INDEX idx_torrents_search_vector ON torrents USING gin (search_vector);
CREATE INDEX idx_torrents_name_trgm ON torrents USING gin (name gin_trgm_ops);
CREATE INDEX idx_torrents_listing ON torrents (created_at DESC)
  WHERE deleted_at IS NULL AND moderation_status = 'approved';
CREATE INDEX idx_torrents_pending ON torrents (created_at)
  WHERE moderation_status = 'pending' AND deleted_at IS NULL;
CREATE INDEX idx_torrents_featured ON torrents (created_at DESC)
  WHERE (is_featured OR is_sticky) AND deleted_at IS NULL;
CREATE INDEX idx_torrents_freeleech ON torrents (id)
  WHERE (is_freeleech OR is_double_upload) AND deleted_at IS NULL;
CREATE INDEX idx_torrents_release_group ON torrents (lower(release_group)) WHERE release_group IS NOT NULL;
CREATE INDEX idx_torrents_deleted_at ON torrents (deleted_at) WHERE deleted_at IS NOT NULL;

COMMENT ON TABLE torrents IS 'Registered torrents; only approved, non-deleted ones are announceable';
COMMENT ON COLUMN torrents.info_hash IS 'Raw SHA-1 info hash (BitTorrent v1), 20 bytes';
COMMENT ON COLUMN torrents.info_hash_v2 IS 'Raw SHA-256 info hash (BitTorrent v2 / hybrid), 32 bytes';
COMMENT ON COLUMN torrents.nfo IS 'NFO file as uploaded (usually CP437, hence bytes)';
COMMENT ON COLUMN torrents.last_seeder_at IS 'Last time a seeder announced (dead-torrent detection)';

-- Down Migration
DROP TABLE torrents;
