-- Up Migration
-- Announce log and periodic peer snapshots: append-only time series, range-partitioned by month
-- (monthly partitions come from create_monthly_partitions(); the DEFAULT partition catches anything
-- outside them). Primary keys include the partition column, as PostgreSQL requires.
-- No foreign keys: history must outlive purged users/torrents, and per-row FK checks would slow the
-- bulk COPY the flusher uses. Ids come from plain sequences (shared by all partitions).

CREATE SEQUENCE announces_id_seq AS bigint;

CREATE TABLE announces (
  id                bigint      NOT NULL DEFAULT nextval('announces_id_seq'),
  created_at        timestamptz NOT NULL DEFAULT now(),
  torrent_id        uuid        NOT NULL,
  user_id           uuid        NOT NULL,
  peer_id           bytea       NOT NULL CHECK (octet_length(peer_id) = 20),
  ip                inet        NOT NULL,
  port              integer     NOT NULL CHECK (port BETWEEN 0 AND 65535),
  event             text        NOT NULL DEFAULT 'none' CHECK (event IN ('none', 'started', 'completed', 'stopped', 'paused')),
  uploaded          bigint      NOT NULL CHECK (uploaded >= 0),
  downloaded        bigint      NOT NULL CHECK (downloaded >= 0),
  "left"            bigint      NOT NULL CHECK ("left" >= 0),
  uploaded_delta    bigint      NOT NULL DEFAULT 0 CHECK (uploaded_delta >= 0),
  downloaded_delta  bigint      NOT NULL DEFAULT 0 CHECK (downloaded_delta >= 0),
  credited_upload   bigint      NOT NULL DEFAULT 0 CHECK (credited_upload >= 0),
  credited_download bigint      NOT NULL DEFAULT 0 CHECK (credited_download >= 0),
  numwant           integer     CHECK (numwant >= 0),
  agent             text,
  key               text,
  PRIMARY KEY (id, created_at)
) PARTITION BY RANGE (created_at);

ALTER SEQUENCE announces_id_seq OWNED BY announces.id;

CREATE TABLE announces_default PARTITION OF announces DEFAULT;

CREATE INDEX idx_announces_torrent_id ON announces (torrent_id, created_at);
CREATE INDEX idx_announces_user_id ON announces (user_id, created_at);

COMMENT ON TABLE announces IS 'Every announce processed (partitioned by month of created_at)';
COMMENT ON COLUMN announces.event IS 'BEP 3 event; none = regular interval announce, paused = BEP 21';

CREATE SEQUENCE peer_history_id_seq AS bigint;

CREATE TABLE peer_history (
  id              bigint      NOT NULL DEFAULT nextval('peer_history_id_seq'),
  recorded_at     timestamptz NOT NULL DEFAULT now(),
  torrent_id      uuid        NOT NULL,
  user_id         uuid        NOT NULL,
  peer_id         bytea       NOT NULL CHECK (octet_length(peer_id) = 20),
  ip              inet,
  port            integer     CHECK (port BETWEEN 0 AND 65535),
  uploaded        bigint      NOT NULL CHECK (uploaded >= 0),
  downloaded      bigint      NOT NULL CHECK (downloaded >= 0),
  "left"          bigint      NOT NULL CHECK ("left" >= 0),
  upload_rate     bigint      CHECK (upload_rate >= 0),
  download_rate   bigint      CHECK (download_rate >= 0),
  is_seeder       boolean     NOT NULL,
  is_paused       boolean     NOT NULL DEFAULT false,
  connectable     boolean,
  agent           text,
  PRIMARY KEY (id, recorded_at)
) PARTITION BY RANGE (recorded_at);

ALTER SEQUENCE peer_history_id_seq OWNED BY peer_history.id;

CREATE TABLE peer_history_default PARTITION OF peer_history DEFAULT;

CREATE INDEX idx_peer_history_torrent_id ON peer_history (torrent_id, recorded_at);
CREATE INDEX idx_peer_history_user_id ON peer_history (user_id, recorded_at);

COMMENT ON TABLE peer_history IS 'Periodic peer snapshots for analytics (partitioned by month of recorded_at)';
COMMENT ON COLUMN peer_history.upload_rate IS 'Bytes per second since the previous snapshot';

INSERT INTO partitioned_tables (parent, retention_months) VALUES
  ('announces', 12),
  ('peer_history', 12);

-- Down Migration
DELETE FROM partitioned_tables WHERE parent IN ('announces'::regclass, 'peer_history'::regclass);
DROP TABLE peer_history;
DROP TABLE announces;
