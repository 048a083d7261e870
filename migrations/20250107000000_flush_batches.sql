-- Up Migration
-- Every batch the engine's flusher commits, recorded in the same transaction as its rows. A flush
-- whose COMMIT outcome is unknown (connection lost before the acknowledgement) is retried with the
-- same batch_id; finding it here means it already committed, so nothing is counted twice.
CREATE TABLE flush_batches (
  batch_id      uuid        PRIMARY KEY,
  flushed_at    timestamptz NOT NULL DEFAULT now(),
  peer_rows     integer     NOT NULL CHECK (peer_rows >= 0),
  user_rows     integer     NOT NULL CHECK (user_rows >= 0),
  history_rows  integer     NOT NULL CHECK (history_rows >= 0),
  torrent_rows  integer     NOT NULL CHECK (torrent_rows >= 0),
  snatch_rows   integer     NOT NULL CHECK (snatch_rows >= 0)
);

CREATE INDEX idx_flush_batches_flushed_at ON flush_batches (flushed_at);

COMMENT ON TABLE flush_batches IS 'Batch ids of committed engine flushes (retry idempotence); old rows may be pruned after a day';

-- Down Migration
DROP TABLE flush_batches;
