-- Up Migration
-- Audit trail of every control-plane mutation (written in the same transaction as the change) and of
-- notable system actions. Range-partitioned by month of created_at with a DEFAULT partition.
-- actor_user_id carries no foreign key: the log must outlive a purged account, and partitioned
-- tables are kept free of per-row FK checks on the write path. entity_id is text because audited
-- entities have uuid, integer or text keys (site_settings).

CREATE SEQUENCE audit_logs_id_seq AS bigint;

CREATE TABLE audit_logs (
  id              bigint      NOT NULL DEFAULT nextval('audit_logs_id_seq'),
  created_at      timestamptz NOT NULL DEFAULT now(),
  actor_user_id   uuid,
  actor_type      text        NOT NULL DEFAULT 'user' CHECK (actor_type IN ('user', 'system', 'service', 'api_token')),
  action          text        NOT NULL CHECK (char_length(action) BETWEEN 1 AND 100),
  entity_type     text        CHECK (char_length(entity_type) BETWEEN 1 AND 64),
  entity_id       text,
  changes         jsonb       CHECK (jsonb_typeof(changes) = 'object'),
  before          jsonb,
  after           jsonb,
  metadata        jsonb       NOT NULL DEFAULT '{}' CHECK (jsonb_typeof(metadata) = 'object'),
  request_id      text,
  ip              inet,
  user_agent      text,
  success         boolean     NOT NULL DEFAULT true,
  error_message   text,
  PRIMARY KEY (id, created_at),
  CONSTRAINT audit_logs_entity_pair CHECK (entity_id IS NULL OR entity_type IS NOT NULL)
) PARTITION BY RANGE (created_at);

ALTER SEQUENCE audit_logs_id_seq OWNED BY audit_logs.id;

CREATE TABLE audit_logs_default PARTITION OF audit_logs DEFAULT;

CREATE INDEX idx_audit_logs_actor ON audit_logs (actor_user_id, created_at) WHERE actor_user_id IS NOT NULL;
CREATE INDEX idx_audit_logs_entity ON audit_logs (entity_type, entity_id, created_at);
CREATE INDEX idx_audit_logs_action ON audit_logs (action, created_at);
CREATE INDEX idx_audit_logs_request_id ON audit_logs (request_id) WHERE request_id IS NOT NULL;
CREATE INDEX idx_audit_logs_failures ON audit_logs (created_at) WHERE NOT success;

COMMENT ON TABLE audit_logs IS 'Who did what to which entity, with before/after images (partitioned by month)';
COMMENT ON COLUMN audit_logs.changes IS 'Changed fields only: {"field": {"from": ..., "to": ...}}';
COMMENT ON COLUMN audit_logs.request_id IS 'Correlates all rows written by one RPC';

INSERT INTO partitioned_tables (parent, retention_months) VALUES ('audit_logs', 24);

-- Down Migration
DELETE FROM partitioned_tables WHERE parent = 'audit_logs'::regclass;
DROP TABLE audit_logs;
