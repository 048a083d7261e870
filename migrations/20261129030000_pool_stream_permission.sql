-- Up Migration
-- The group right behind PERMISSION_POOL_STREAM (32): an API token's owner needs it to call the
-- engine's pool routes (start, heartbeat and end stream leases, report upstream calls). Those answers
-- carry decrypted debrid API keys, so only a service account's group should hold it; by default only
-- administrators and sysops do.
ALTER TABLE user_groups ADD COLUMN can_pool_stream boolean NOT NULL DEFAULT false;

UPDATE user_groups SET can_pool_stream = true WHERE name IN ('administrator', 'sysop');

COMMENT ON COLUMN user_groups.can_pool_stream IS 'May use the engine''s debrid pool routes (PERMISSION_POOL_STREAM)';

-- Down Migration
ALTER TABLE user_groups DROP COLUMN can_pool_stream;
