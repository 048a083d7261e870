-- Up Migration
-- Outbox for asynchronous search indexing (Meilisearch): writers enqueue in the same transaction as
-- the change; a worker claims rows with FOR UPDATE SKIP LOCKED, retries with backoff via
-- available_at, and gives up after max_attempts. Completed rows are pruned after a few days.

CREATE TABLE search_index_queue (
  id            bigint      GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  entity_type   text        NOT NULL CHECK (entity_type IN ('torrent', 'request', 'collection', 'forum_topic', 'forum_post', 'user')),
  entity_id     uuid        NOT NULL,
  operation     text        NOT NULL CHECK (operation IN ('index', 'update', 'delete')),
  payload       jsonb       CHECK (jsonb_typeof(payload) = 'object'),
  status        text        NOT NULL DEFAULT 'pending' CHECK (status IN ('pending', 'processing', 'completed', 'failed')),
  attempts      integer     NOT NULL DEFAULT 0 CHECK (attempts >= 0),
  max_attempts  integer     NOT NULL DEFAULT 5 CHECK (max_attempts > 0),
  last_error    text,
  available_at  timestamptz NOT NULL DEFAULT now(),
  locked_at     timestamptz,
  locked_by     text,
  processed_at  timestamptz,
  created_at    timestamptz NOT NULL DEFAULT now(),
  CONSTRAINT search_index_queue_processing_locked CHECK (status <> 'processing' OR locked_at IS NOT NULL),
  CONSTRAINT search_index_queue_completed_time CHECK (status <> 'completed' OR processed_at IS NOT NULL)
);

CREATE INDEX idx_search_index_queue_ready ON search_index_queue (available_at, id) WHERE status = 'pending';
CREATE INDEX idx_search_index_queue_processing ON search_index_queue (locked_at) WHERE status = 'processing';
CREATE INDEX idx_search_index_queue_entity ON search_index_queue (entity_type, entity_id);
CREATE INDEX idx_search_index_queue_processed_at ON search_index_queue (processed_at) WHERE status = 'completed';

COMMENT ON TABLE search_index_queue IS 'Pending search-engine index operations (transactional outbox)';

-- Down Migration
DROP TABLE search_index_queue;
