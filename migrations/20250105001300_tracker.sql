-- Up Migration
-- Tracker state the flush pipeline writes: the peers table (latest state of every peer, so swarms can
-- be rebuilt after a restart), snatches, per-user-per-torrent history (UNIT3D's history table),
-- per-torrent aggregates, and the client blacklist the engine loads at start.
--
-- Hot tables (peers, user_torrent_history, torrent_statistics) are upserted in bulk every few seconds:
-- only immutable key columns are indexed and fillfactor leaves room on each page, so those updates are
-- HOT (no index maintenance). No updated_at triggers: the flusher sets timestamps itself.
-- peer_id / peer_id_prefix are raw bytes from the announce (bytea). Free-form client input (agent,
-- key) carries no length CHECK: one odd client must never make a whole COPY batch fail.

CREATE TABLE peers (
  torrent_id          uuid        NOT NULL REFERENCES torrents (id) ON DELETE CASCADE,
  user_id             uuid        NOT NULL REFERENCES users (id) ON DELETE CASCADE,
  peer_id             bytea       NOT NULL CHECK (octet_length(peer_id) = 20),
  ip                  inet        NOT NULL,
  port                integer     NOT NULL CHECK (port BETWEEN 0 AND 65535),
  uploaded            bigint      NOT NULL DEFAULT 0 CHECK (uploaded >= 0),
  downloaded          bigint      NOT NULL DEFAULT 0 CHECK (downloaded >= 0),
  "left"              bigint      NOT NULL DEFAULT 0 CHECK ("left" >= 0),
  is_seeder           boolean     NOT NULL DEFAULT false,
  is_paused           boolean     NOT NULL DEFAULT false,
  connectable         boolean,
  agent               text,
  key                 text,
  freeleech_token_id  uuid        REFERENCES freeleech_tokens (id) ON DELETE SET NULL,
  created_at          timestamptz NOT NULL DEFAULT now(),
  updated_at          timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (torrent_id, user_id, peer_id)
) WITH (fillfactor = 80, autovacuum_vacuum_scale_factor = 0.02, autovacuum_analyze_scale_factor = 0.05);

-- The primary key serves lookups by torrent_id (its leading column).
CREATE INDEX idx_peers_user_id ON peers (user_id);
CREATE INDEX idx_peers_freeleech_token_id ON peers (freeleech_token_id) WHERE freeleech_token_id IS NOT NULL;

COMMENT ON TABLE peers IS 'Latest state of each (torrent, user, peer_id); updated_at = last announce';
COMMENT ON COLUMN peers."left" IS 'Bytes the peer still needs (announce "left"); 0 for a seeder';
COMMENT ON COLUMN peers.key IS 'Announce "key" parameter: identifies the client across IP changes';
COMMENT ON COLUMN peers.connectable IS 'NULL until a connectability check has run';

CREATE TABLE snatches (
  id           bigint      GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  user_id      uuid        NOT NULL REFERENCES users (id) ON DELETE CASCADE,
  torrent_id   uuid        NOT NULL REFERENCES torrents (id) ON DELETE CASCADE,
  completed_at timestamptz NOT NULL DEFAULT now(),
  ip           inet,
  port         integer     CHECK (port BETWEEN 0 AND 65535),
  peer_id      bytea       CHECK (octet_length(peer_id) = 20),
  agent        text,
  uploaded     bigint      NOT NULL DEFAULT 0 CHECK (uploaded >= 0),
  downloaded   bigint      NOT NULL DEFAULT 0 CHECK (downloaded >= 0),
  -- Two clients of one user may complete the same torrent in the same second: the peer_id tells them apart.
  CONSTRAINT snatches_user_torrent_peer_time_key UNIQUE (user_id, torrent_id, peer_id, completed_at)
);

CREATE INDEX idx_snatches_torrent_id ON snatches (torrent_id, completed_at DESC);
CREATE INDEX idx_snatches_user_completed ON snatches (user_id, completed_at DESC);

COMMENT ON TABLE snatches IS 'Each "completed" announce; the unique key makes a replayed flush batch harmless';

CREATE TABLE user_torrent_history (
  user_id              uuid        NOT NULL REFERENCES users (id) ON DELETE CASCADE,
  torrent_id           uuid        NOT NULL REFERENCES torrents (id) ON DELETE CASCADE,
  uploaded_raw         bigint      NOT NULL DEFAULT 0 CHECK (uploaded_raw >= 0),
  downloaded_raw       bigint      NOT NULL DEFAULT 0 CHECK (downloaded_raw >= 0),
  uploaded_credited    bigint      NOT NULL DEFAULT 0 CHECK (uploaded_credited >= 0),
  downloaded_credited  bigint      NOT NULL DEFAULT 0 CHECK (downloaded_credited >= 0),
  seed_time            bigint      NOT NULL DEFAULT 0 CHECK (seed_time >= 0),
  leech_time           bigint      NOT NULL DEFAULT 0 CHECK (leech_time >= 0),
  first_announce_at    timestamptz NOT NULL DEFAULT now(),
  last_announce_at     timestamptz NOT NULL DEFAULT now(),
  completed_at         timestamptz,
  active               boolean     NOT NULL DEFAULT true,
  is_seeder            boolean     NOT NULL DEFAULT false,
  immune               boolean     NOT NULL DEFAULT false,
  PRIMARY KEY (user_id, torrent_id),
  CONSTRAINT user_torrent_history_announce_order CHECK (last_announce_at >= first_announce_at)
) WITH (fillfactor = 80, autovacuum_vacuum_scale_factor = 0.05);

CREATE INDEX idx_user_torrent_history_torrent_id ON user_torrent_history (torrent_id);

COMMENT ON TABLE user_torrent_history IS 'Per user per torrent transfer and time totals (UNIT3D history)';
COMMENT ON COLUMN user_torrent_history.seed_time IS 'Seconds spent seeding';
COMMENT ON COLUMN user_torrent_history.leech_time IS 'Seconds spent leeching';
COMMENT ON COLUMN user_torrent_history.active IS 'The user currently has a peer on the torrent';
COMMENT ON COLUMN user_torrent_history.immune IS 'Exempt from hit-and-run rules';

CREATE TABLE torrent_statistics (
  torrent_id          uuid         PRIMARY KEY REFERENCES torrents (id) ON DELETE CASCADE,
  seeders             integer      NOT NULL DEFAULT 0 CHECK (seeders >= 0),
  leechers            integer      NOT NULL DEFAULT 0 CHECK (leechers >= 0),
  times_completed     integer      NOT NULL DEFAULT 0 CHECK (times_completed >= 0),
  peak_seeders        integer      NOT NULL DEFAULT 0 CHECK (peak_seeders >= 0),
  peak_leechers       integer      NOT NULL DEFAULT 0 CHECK (peak_leechers >= 0),
  peak_at             timestamptz,
  total_uploaded      bigint       NOT NULL DEFAULT 0 CHECK (total_uploaded >= 0),
  total_downloaded    bigint       NOT NULL DEFAULT 0 CHECK (total_downloaded >= 0),
  avg_upload_speed    bigint       CHECK (avg_upload_speed >= 0),
  avg_download_speed  bigint       CHECK (avg_download_speed >= 0),
  health_score        numeric(5,2) CHECK (health_score BETWEEN 0 AND 100),
  is_dead             boolean      NOT NULL DEFAULT false,
  dead_since          timestamptz,
  last_activity_at    timestamptz,
  last_seeder_at      timestamptz,
  updated_at          timestamptz  NOT NULL DEFAULT now()
) WITH (fillfactor = 80);

COMMENT ON TABLE torrent_statistics IS 'Denormalised per-torrent aggregates (peaks, speeds in bytes/s, health)';

CREATE TABLE client_blacklist (
  id              integer     GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY,
  peer_id_prefix  bytea       NOT NULL UNIQUE CHECK (octet_length(peer_id_prefix) BETWEEN 1 AND 20),
  client_name     text        NOT NULL CHECK (char_length(client_name) BETWEEN 1 AND 100),
  reason          text,
  created_by      uuid        REFERENCES users (id) ON DELETE SET NULL,
  created_at      timestamptz NOT NULL DEFAULT now()
);

CREATE INDEX idx_client_blacklist_created_by ON client_blacklist (created_by) WHERE created_by IS NOT NULL;

COMMENT ON TABLE client_blacklist IS 'Clients refused by peer_id prefix (e.g. ''-UT3'' bytes)';

-- Down Migration
DROP TABLE client_blacklist;
DROP TABLE torrent_statistics;
DROP TABLE user_torrent_history;
DROP TABLE snatches;
DROP TABLE peers;
