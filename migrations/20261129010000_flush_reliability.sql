-- Up Migration
-- Two records the engine's flusher writes in the same transaction as a batch (so exactly once, by
-- batch id), both for administrators to list:
--
-- flush_quarantine: staged deltas PostgreSQL refused to add (a stored counter would pass the bigint
-- or integer maximum). One poison key must not block everyone else's accounting, so its rows are
-- moved here and the rest of the batch commits. Repair the stored counter, then re-apply by hand.
--
-- credit_refusals: transfer a client reported that the engine did not credit because it could not be
-- justified (the ratio-cheating signature): a `started` announce reporting transfer (the protocol
-- says a session starts at 0), or a first announce without `started` reporting more than the user
-- could have moved since their last counted announce on that torrent.

CREATE TABLE flush_quarantine (
  id              bigint      GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  quarantined_at  timestamptz NOT NULL DEFAULT now(),
  batch_id        uuid        NOT NULL,
  table_name      text        NOT NULL CHECK (table_name IN ('user_statistics', 'user_torrent_history', 'torrents')),
  user_id         uuid,
  torrent_id      uuid,
  reason          text        NOT NULL,
  deltas          jsonb       NOT NULL
);

CREATE INDEX idx_flush_quarantine_quarantined_at ON flush_quarantine (quarantined_at);
CREATE INDEX idx_flush_quarantine_user_id ON flush_quarantine (user_id) WHERE user_id IS NOT NULL;

COMMENT ON TABLE flush_quarantine IS 'Flush deltas refused by PostgreSQL (counter overflow), kept for an administrator to repair and re-apply';
COMMENT ON COLUMN flush_quarantine.deltas IS 'The staged row as it would have been merged (sg_users / sg_history columns, or {completed})';

CREATE TABLE credit_refusals (
  id                  bigint      GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  created_at          timestamptz NOT NULL,
  batch_id            uuid        NOT NULL,
  user_id             uuid        NOT NULL,
  torrent_id          uuid        NOT NULL,
  peer_id             bytea       NOT NULL CHECK (octet_length(peer_id) = 20),
  ip                  inet        NOT NULL,
  port                integer     NOT NULL CHECK (port BETWEEN 0 AND 65535),
  kind                text        NOT NULL CHECK (kind IN ('started_with_transfer', 'first_announce_over_bound')),
  reported_uploaded   bigint      NOT NULL CHECK (reported_uploaded >= 0),
  reported_downloaded bigint      NOT NULL CHECK (reported_downloaded >= 0),
  allowed_bytes       bigint      NOT NULL CHECK (allowed_bytes >= 0),
  refused_uploaded    bigint      NOT NULL CHECK (refused_uploaded >= 0),
  refused_downloaded  bigint      NOT NULL CHECK (refused_downloaded >= 0)
);

CREATE INDEX idx_credit_refusals_created_at ON credit_refusals (created_at);
CREATE INDEX idx_credit_refusals_user_id ON credit_refusals (user_id, created_at);

COMMENT ON TABLE credit_refusals IS 'Reported transfer the engine refused to credit on a first announce (ratio-cheating signature)';
COMMENT ON COLUMN credit_refusals.allowed_bytes IS 'What the user could have moved since their last counted announce on the torrent (0 for started)';

-- Down Migration
DROP TABLE credit_refusals;
DROP TABLE flush_quarantine;
