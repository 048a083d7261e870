-- Up Migration
-- Extensions and shared helpers used by every later migration.
-- Only contrib extensions are used (they ship with every PostgreSQL build, including the embedded one):
--   pgcrypto  - digest()/hmac() for maintenance scripts (gen_random_uuid() itself is core since PG13)
--   pg_trgm   - trigram indexes for substring/ILIKE search on torrent names and file paths
--   btree_gin - lets GIN indexes combine scalar columns with arrays/jsonb
-- All three are "trusted", so a database owner without superuser can install them.

CREATE EXTENSION IF NOT EXISTS pgcrypto;
CREATE EXTENSION IF NOT EXISTS pg_trgm;
CREATE EXTENSION IF NOT EXISTS btree_gin;

-- Keeps updated_at current on tables whose rows are edited (not on the hot counter tables the flush
-- pipeline rewrites every few seconds). A caller that sets updated_at explicitly is respected.
CREATE FUNCTION set_updated_at() RETURNS trigger
LANGUAGE plpgsql
AS $$
BEGIN
  IF NEW.updated_at IS NOT DISTINCT FROM OLD.updated_at THEN
    NEW.updated_at := now();
  END IF;
  RETURN NEW;
END
$$;

COMMENT ON FUNCTION set_updated_at() IS 'BEFORE UPDATE trigger: bumps updated_at unless the statement set it';

-- Down Migration
DROP FUNCTION set_updated_at();
DROP EXTENSION IF EXISTS btree_gin;
DROP EXTENSION IF EXISTS pg_trgm;
DROP EXTENSION IF EXISTS pgcrypto;
