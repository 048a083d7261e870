-- Up Migration
-- Prowlarr indexer tracking: indexers with rolling 24 h and all-time counters, per-search logs
-- (range-partitioned by month of searched_at, DEFAULT partition), cumulative query snapshots, hourly
-- metric buckets, periodic stats history and a singleton row of global stats.
-- Response times are integer milliseconds (_ms). success_rate is a percentage 0-100.
-- Thresholds (pool document): response time warning at 500 ms, critical at 2000 ms (mark degraded);
-- search success warning below 95 %, critical below 80 % (disable). The metrics job applies them.

CREATE TABLE prowlarr_indexers (
  id                        uuid         PRIMARY KEY DEFAULT gen_random_uuid(),
  indexer_name              text         NOT NULL CHECK (char_length(indexer_name) BETWEEN 1 AND 200),
  indexer_id                integer,
  prowlarr_id               integer,
  is_enabled                boolean      NOT NULL DEFAULT true,
  protocol                  text         NOT NULL DEFAULT 'torrent' CHECK (protocol IN ('torrent', 'usenet')),
  priority                  integer      NOT NULL DEFAULT 25,

  total_requests_24h        integer      NOT NULL DEFAULT 0 CHECK (total_requests_24h >= 0),
  successful_requests_24h   integer      NOT NULL DEFAULT 0 CHECK (successful_requests_24h >= 0),
  failed_requests_24h       integer      NOT NULL DEFAULT 0 CHECK (failed_requests_24h >= 0),
  timeout_count_24h         integer      NOT NULL DEFAULT 0 CHECK (timeout_count_24h >= 0),
  queries_24h               integer      NOT NULL DEFAULT 0 CHECK (queries_24h >= 0),
  grabs_24h                 integer      NOT NULL DEFAULT 0 CHECK (grabs_24h >= 0),

  queries_total             bigint       NOT NULL DEFAULT 0 CHECK (queries_total >= 0),
  grabs_total               bigint       NOT NULL DEFAULT 0 CHECK (grabs_total >= 0),
  rss_queries               bigint       NOT NULL DEFAULT 0 CHECK (rss_queries >= 0),
  auth_queries              bigint       NOT NULL DEFAULT 0 CHECK (auth_queries >= 0),
  failed_queries            bigint       NOT NULL DEFAULT 0 CHECK (failed_queries >= 0),
  failed_grabs              bigint       NOT NULL DEFAULT 0 CHECK (failed_grabs >= 0),

  avg_response_time_ms      integer      CHECK (avg_response_time_ms >= 0),
  median_response_time_ms   integer      CHECK (median_response_time_ms >= 0),
  p95_response_time_ms      integer      CHECK (p95_response_time_ms >= 0),
  avg_grab_response_time_ms integer      CHECK (avg_grab_response_time_ms >= 0),

  status                    text         NOT NULL DEFAULT 'operational' CHECK (status IN ('operational', 'degraded', 'down')),
  success_rate              numeric(5,2) CHECK (success_rate BETWEEN 0 AND 100),
  last_check_at             timestamptz,
  last_success_at           timestamptz,
  last_failure_at           timestamptz,

  indexer_type              text,
  description               text,
  language                  text,
  privacy                   text,
  created_at                timestamptz  NOT NULL DEFAULT now(),
  updated_at                timestamptz  NOT NULL DEFAULT now(),

  CONSTRAINT prowlarr_indexers_instance_key UNIQUE (prowlarr_id, indexer_id)
);

CREATE INDEX idx_prowlarr_indexers_enabled ON prowlarr_indexers (is_enabled, avg_response_time_ms);
CREATE INDEX idx_prowlarr_indexers_status ON prowlarr_indexers (status);
CREATE INDEX idx_prowlarr_indexers_name ON prowlarr_indexers (lower(indexer_name));

COMMENT ON TABLE prowlarr_indexers IS 'Prowlarr indexers with rolling and all-time performance figures';
COMMENT ON COLUMN prowlarr_indexers.indexer_id IS 'Indexer id inside Prowlarr';
COMMENT ON COLUMN prowlarr_indexers.prowlarr_id IS 'Which Prowlarr instance';

CREATE TABLE prowlarr_search_logs (
  id                uuid        NOT NULL DEFAULT gen_random_uuid(),
  searched_at       timestamptz NOT NULL DEFAULT now(),
  indexer_id        uuid        REFERENCES prowlarr_indexers (id) ON DELETE CASCADE,
  user_id           uuid        REFERENCES users (id) ON DELETE SET NULL,
  search_query      text,
  search_type       text        NOT NULL DEFAULT 'search' CHECK (search_type IN ('movie', 'series', 'search')),
  imdb_id           text,
  tmdb_id           text,
  response_time_ms  integer     CHECK (response_time_ms >= 0),
  http_status       integer     CHECK (http_status BETWEEN 100 AND 599),
  results_count     integer     CHECK (results_count >= 0),
  was_successful    boolean     NOT NULL,
  error_type        text,
  error_message     text,
  PRIMARY KEY (id, searched_at)
) PARTITION BY RANGE (searched_at);

CREATE TABLE prowlarr_search_logs_default PARTITION OF prowlarr_search_logs DEFAULT;

CREATE INDEX idx_prowlarr_search_indexer ON prowlarr_search_logs (indexer_id, searched_at);
CREATE INDEX idx_prowlarr_search_user_id ON prowlarr_search_logs (user_id, searched_at) WHERE user_id IS NOT NULL;

COMMENT ON TABLE prowlarr_search_logs IS 'Individual searches (partitioned by month of searched_at, the pool document''s "timestamp")';
COMMENT ON COLUMN prowlarr_search_logs.indexer_id IS 'NULL for a fan-out search across all indexers';

INSERT INTO partitioned_tables (parent, retention_months) VALUES ('prowlarr_search_logs', 6);

CREATE TABLE prowlarr_indexer_logs (
  id             bigint      GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  indexer_id     uuid        NOT NULL REFERENCES prowlarr_indexers (id) ON DELETE CASCADE,
  queries_count  bigint      NOT NULL CHECK (queries_count >= 0),
  recorded_at    timestamptz NOT NULL DEFAULT now()
);

CREATE INDEX idx_prowlarr_indexer_logs_indexer_id ON prowlarr_indexer_logs (indexer_id, recorded_at);

COMMENT ON TABLE prowlarr_indexer_logs IS 'Snapshots of each indexer''s cumulative query count (query distribution over time)';

CREATE TABLE prowlarr_indexer_metrics (
  id                      bigint      GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  indexer_id              uuid        NOT NULL REFERENCES prowlarr_indexers (id) ON DELETE CASCADE,
  hour_bucket             timestamptz NOT NULL CHECK (extract(epoch FROM hour_bucket)::bigint % 3600 = 0),
  total_requests          integer     NOT NULL DEFAULT 0 CHECK (total_requests >= 0),
  successful_requests     integer     NOT NULL DEFAULT 0 CHECK (successful_requests >= 0),
  failed_requests         integer     NOT NULL DEFAULT 0 CHECK (failed_requests >= 0),
  timeout_requests        integer     NOT NULL DEFAULT 0 CHECK (timeout_requests >= 0),
  avg_response_time_ms    integer     CHECK (avg_response_time_ms >= 0),
  min_response_time_ms    integer     CHECK (min_response_time_ms >= 0),
  max_response_time_ms    integer     CHECK (max_response_time_ms >= 0),
  p50_response_time_ms    integer     CHECK (p50_response_time_ms >= 0),
  p95_response_time_ms    integer     CHECK (p95_response_time_ms >= 0),
  total_results_returned  bigint      NOT NULL DEFAULT 0 CHECK (total_results_returned >= 0),
  created_at              timestamptz NOT NULL DEFAULT now(),
  CONSTRAINT prowlarr_indexer_metrics_bucket_key UNIQUE (indexer_id, hour_bucket),
  CONSTRAINT prowlarr_indexer_metrics_min_max CHECK (min_response_time_ms IS NULL OR max_response_time_ms IS NULL OR min_response_time_ms <= max_response_time_ms)
);

CREATE INDEX idx_prowlarr_indexer_metrics_hour_bucket ON prowlarr_indexer_metrics (hour_bucket);

COMMENT ON TABLE prowlarr_indexer_metrics IS 'Per-indexer hourly buckets (hour_bucket is a whole UTC hour)';

CREATE TABLE prowlarr_stats_history (
  id                    bigint       GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  indexer_id            uuid         NOT NULL REFERENCES prowlarr_indexers (id) ON DELETE CASCADE,
  queries_total         bigint       NOT NULL DEFAULT 0 CHECK (queries_total >= 0),
  grabs_total           bigint       NOT NULL DEFAULT 0 CHECK (grabs_total >= 0),
  avg_response_time_ms  integer      CHECK (avg_response_time_ms >= 0),
  success_rate          numeric(5,2) CHECK (success_rate BETWEEN 0 AND 100),
  snapshot_at           timestamptz  NOT NULL DEFAULT now()
);

CREATE INDEX idx_prowlarr_stats_history_indexer_id ON prowlarr_stats_history (indexer_id, snapshot_at);

COMMENT ON TABLE prowlarr_stats_history IS 'Periodic per-indexer snapshots for trend charts';

CREATE TABLE prowlarr_global_stats (
  id                           integer      PRIMARY KEY DEFAULT 1 CHECK (id = 1),
  total_searches_24h           integer      NOT NULL DEFAULT 0 CHECK (total_searches_24h >= 0),
  successful_searches_24h      integer      NOT NULL DEFAULT 0 CHECK (successful_searches_24h >= 0),
  failed_searches_24h          integer      NOT NULL DEFAULT 0 CHECK (failed_searches_24h >= 0),
  timeout_searches_24h         integer      NOT NULL DEFAULT 0 CHECK (timeout_searches_24h >= 0),
  avg_response_time_24h_ms     integer      CHECK (avg_response_time_24h_ms >= 0),
  p95_response_time_24h_ms     integer      CHECK (p95_response_time_24h_ms >= 0),
  slowest_indexer_id           uuid         REFERENCES prowlarr_indexers (id) ON DELETE SET NULL,
  slowest_indexer_avg_time_ms  integer      CHECK (slowest_indexer_avg_time_ms >= 0),
  most_reliable_indexer_id     uuid         REFERENCES prowlarr_indexers (id) ON DELETE SET NULL,
  most_reliable_success_rate   numeric(5,2) CHECK (most_reliable_success_rate BETWEEN 0 AND 100),
  last_updated_at              timestamptz  NOT NULL DEFAULT now()
);

COMMENT ON TABLE prowlarr_global_stats IS 'Singleton (id = 1): figures across all indexers for the last 24 h';

-- Down Migration
DROP TABLE prowlarr_global_stats;
DROP TABLE prowlarr_stats_history;
DROP TABLE prowlarr_indexer_metrics;
DROP TABLE prowlarr_indexer_logs;
DELETE FROM partitioned_tables WHERE parent = 'prowlarr_search_logs'::regclass;
DROP TABLE prowlarr_search_logs;
DROP TABLE prowlarr_indexers;
