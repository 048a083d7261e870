-- Up Migration
-- Indexer health and back-off state (issue 13). An indexer whose recent search success falls below
-- the disable threshold is disabled by the health job for an escalating period (Prowlarr's ladder:
-- level 1..9 = 1 min, 5 min, 15 min, 30 min, 1 h, 3 h, 6 h, 12 h, 24 h); a good window steps the level
-- back by one. An operator's disable is kept apart from the automatic one: the health job never
-- re-enables an indexer an operator turned off.

ALTER TABLE prowlarr_indexers
  ADD COLUMN backoff_level smallint NOT NULL DEFAULT 0 CHECK (backoff_level BETWEEN 0 AND 9),
  ADD COLUMN disabled_until timestamptz,
  ADD COLUMN disabled_by text CHECK (disabled_by IN ('health', 'operator')),
  ADD COLUMN health_window_start timestamptz,
  ADD COLUMN last_synced_at timestamptz,
  -- Only a disabled row names who disabled it, and only the health job sets a back-off deadline.
  ADD CONSTRAINT prowlarr_indexers_disabled_by CHECK (disabled_by IS NULL OR NOT is_enabled),
  ADD CONSTRAINT prowlarr_indexers_disabled_until CHECK (disabled_until IS NULL OR disabled_by = 'health');

-- Indexers disabled by Prowlarr itself (enable = false in its registry) have disabled_by NULL.
COMMENT ON COLUMN prowlarr_indexers.backoff_level IS 'Escalation level of the automatic back-off (0 = none, 9 = 24 h)';
COMMENT ON COLUMN prowlarr_indexers.disabled_until IS 'Automatic disable: when the indexer is tried again';
COMMENT ON COLUMN prowlarr_indexers.disabled_by IS 'Who disabled it: health (automatic back-off) or operator; NULL when enabled or disabled in Prowlarr';
COMMENT ON COLUMN prowlarr_indexers.health_window_start IS 'Searches after this instant form the next health evaluation';
COMMENT ON COLUMN prowlarr_indexers.last_synced_at IS 'Last registry sync that saw this indexer in Prowlarr';

CREATE INDEX idx_prowlarr_indexers_disabled_until ON prowlarr_indexers (disabled_until) WHERE disabled_until IS NOT NULL;

-- The search-log partition key's index serves the hourly roll-up's range scans over all indexers.
CREATE INDEX idx_prowlarr_search_searched_at ON prowlarr_search_logs (searched_at);

-- Reports of searches carry an idempotency key (batch_id); a batch id is recorded in the transaction
-- that writes its rows, so a report sent twice, or a flush retried, is written once. Rows older than
-- a few days may be pruned (a reporter retries within minutes).
CREATE TABLE prowlarr_search_batches (
  batch_id     uuid        PRIMARY KEY,
  search_rows  integer     NOT NULL CHECK (search_rows >= 0),
  written_at   timestamptz NOT NULL DEFAULT now()
);

CREATE INDEX idx_prowlarr_search_batches_written_at ON prowlarr_search_batches (written_at);

COMMENT ON TABLE prowlarr_search_batches IS 'Idempotency keys of written search reports (engine flush and ReportSearches)';

-- Down Migration
DROP TABLE prowlarr_search_batches;
DROP INDEX idx_prowlarr_search_searched_at;
DROP INDEX idx_prowlarr_indexers_disabled_until;
ALTER TABLE prowlarr_indexers
  DROP CONSTRAINT prowlarr_indexers_disabled_until,
  DROP CONSTRAINT prowlarr_indexers_disabled_by,
  DROP COLUMN last_synced_at,
  DROP COLUMN health_window_start,
  DROP COLUMN disabled_by,
  DROP COLUMN disabled_until,
  DROP COLUMN backoff_level;
