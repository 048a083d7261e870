-- Up Migration
-- The references of the two tables every flush batch upserts into (peers, user_torrent_history: to
-- torrents and users, and peers' freeleech token) are checked once per batch instead of once per row,
-- and the announce log keeps one index instead of three.
--
-- Why (issue 14, measured with the backend's CPU time, 50k new peers against 300k stored,
-- docs/benchmarks.md "Flush: what a batch costs PostgreSQL"): each foreign key queues one trigger event
-- per inserted row and runs a lookup with a row lock for it. The peers upsert took 1.6 s of CPU with
-- its three keys, 0.75 s with the batch check below; the history merge 0.3 to 0.5 s with its two keys,
-- 0.19 s without. The freeleech-token key was checked on every insert although nothing writes that
-- column (it is NULL).
--
-- Integrity kept, with the semantics the keys had:
-- * The flusher (engine/flush/batch-writer.ts) locks every torrent and user its batch refers to
--   FOR KEY SHARE, as a foreign-key check does, in one statement per table, then says so for its
--   transaction with SET LOCAL swarmgate.batch_keys_checked = 'on'. Its merges join torrents and users,
--   so rows whose torrent or user is gone are left out; the lock makes a concurrent DELETE wait for the
--   flush to commit, and that DELETE's cascade (below) then removes the rows the flush wrote.
-- * Every other writer (an operator's psql, a test, a restore) is checked per row as before, by
--   constraint triggers that do what the foreign key's trigger did (lookup FOR KEY SHARE, error 23503
--   naming the former constraint). Their WHEN clause skips the flusher's rows, and rows whose
--   freeleech_token_id is NULL: such rows queue no trigger event at all. Constraint triggers are AFTER
--   triggers, so COPY into these tables keeps its batched insert path.
-- * ON DELETE CASCADE (torrents, users) and ON DELETE SET NULL (freeleech_tokens) become statement
--   triggers over the deleted rows; TRUNCATE of torrents or users empties both tables, as
--   TRUNCATE ... CASCADE did.
--
-- announces: the btree indexes on (torrent_id, created_at) and (user_id, created_at) cost 7 µs of
-- PostgreSQL CPU per logged announce between them (a random uuid into each of two btrees: a COPY of
-- 50k rows took 0.64 s of CPU with them, 0.29 s without), and every announce is logged by default.
-- Nothing in Swarmgate reads the log by torrent or user; retention drops whole months. A BRIN index on
-- created_at (a few pages per partition, near free to keep) serves time-range reads. An investigation
-- that needs one user's announces can index the month it looks at, e.g.
-- CREATE INDEX CONCURRENTLY ON announces_y2026m11 (user_id, created_at).

ALTER TABLE peers
  DROP CONSTRAINT peers_torrent_id_fkey,
  DROP CONSTRAINT peers_user_id_fkey,
  DROP CONSTRAINT peers_freeleech_token_id_fkey;
ALTER TABLE user_torrent_history
  DROP CONSTRAINT user_torrent_history_torrent_id_fkey,
  DROP CONSTRAINT user_torrent_history_user_id_fkey;

-- True inside a flush transaction that has locked its batch's torrents and users (see above).
CREATE FUNCTION flush_batch_checked_keys() RETURNS boolean LANGUAGE sql STABLE AS
$$ SELECT coalesce(current_setting('swarmgate.batch_keys_checked', true), '') = 'on' $$;

-- The per-row check for a table with torrent_id and user_id columns (errors as the foreign keys raised them).
CREATE FUNCTION check_torrent_and_user_exist() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  PERFORM 1 FROM torrents WHERE id = NEW.torrent_id FOR KEY SHARE;
  IF NOT FOUND THEN
    RAISE EXCEPTION 'insert or update on table "%" violates foreign key constraint "%_torrent_id_fkey"', TG_TABLE_NAME, TG_TABLE_NAME
      USING ERRCODE = 'foreign_key_violation', DETAIL = format('Key (torrent_id)=(%s) is not present in table "torrents".', NEW.torrent_id),
            TABLE = TG_TABLE_NAME, CONSTRAINT = TG_TABLE_NAME || '_torrent_id_fkey';
  END IF;
  PERFORM 1 FROM users WHERE id = NEW.user_id FOR KEY SHARE;
  IF NOT FOUND THEN
    RAISE EXCEPTION 'insert or update on table "%" violates foreign key constraint "%_user_id_fkey"', TG_TABLE_NAME, TG_TABLE_NAME
      USING ERRCODE = 'foreign_key_violation', DETAIL = format('Key (user_id)=(%s) is not present in table "users".', NEW.user_id),
            TABLE = TG_TABLE_NAME, CONSTRAINT = TG_TABLE_NAME || '_user_id_fkey';
  END IF;
  RETURN NULL;
END $$;

CREATE FUNCTION check_peer_freeleech_token_exists() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  PERFORM 1 FROM freeleech_tokens WHERE id = NEW.freeleech_token_id FOR KEY SHARE;
  IF NOT FOUND THEN
    RAISE EXCEPTION 'insert or update on table "peers" violates foreign key constraint "peers_freeleech_token_id_fkey"'
      USING ERRCODE = 'foreign_key_violation',
            DETAIL = format('Key (freeleech_token_id)=(%s) is not present in table "freeleech_tokens".', NEW.freeleech_token_id),
            TABLE = 'peers', CONSTRAINT = 'peers_freeleech_token_id_fkey';
  END IF;
  RETURN NULL;
END $$;

CREATE CONSTRAINT TRIGGER peers_keys_exist AFTER INSERT OR UPDATE OF torrent_id, user_id ON peers
  FOR EACH ROW WHEN (NOT flush_batch_checked_keys()) EXECUTE FUNCTION check_torrent_and_user_exist();
CREATE CONSTRAINT TRIGGER user_torrent_history_keys_exist AFTER INSERT OR UPDATE OF torrent_id, user_id ON user_torrent_history
  FOR EACH ROW WHEN (NOT flush_batch_checked_keys()) EXECUTE FUNCTION check_torrent_and_user_exist();
CREATE CONSTRAINT TRIGGER peers_freeleech_token_exists AFTER INSERT OR UPDATE OF freeleech_token_id ON peers
  FOR EACH ROW WHEN (NEW.freeleech_token_id IS NOT NULL) EXECUTE FUNCTION check_peer_freeleech_token_exists();

-- ON DELETE CASCADE: TG_ARGV[0] is the child table, TG_ARGV[1] its column naming the deleted rows' id.
CREATE FUNCTION delete_children_of_deleted() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  EXECUTE format('DELETE FROM %I c USING gone g WHERE c.%I = g.id', TG_ARGV[0], TG_ARGV[1]);
  RETURN NULL;
END $$;

CREATE FUNCTION clear_peer_tokens_of_deleted() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  UPDATE peers p SET freeleech_token_id = NULL FROM gone g WHERE p.freeleech_token_id = g.id;
  RETURN NULL;
END $$;

-- TRUNCATE ... CASCADE of a parent took these tables along.
CREATE FUNCTION truncate_flush_children() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  TRUNCATE peers, user_torrent_history;
  RETURN NULL;
END $$;

CREATE TRIGGER peers_cascade_torrents AFTER DELETE ON torrents REFERENCING OLD TABLE AS gone
  FOR EACH STATEMENT EXECUTE FUNCTION delete_children_of_deleted('peers', 'torrent_id');
CREATE TRIGGER peers_cascade_users AFTER DELETE ON users REFERENCING OLD TABLE AS gone
  FOR EACH STATEMENT EXECUTE FUNCTION delete_children_of_deleted('peers', 'user_id');
CREATE TRIGGER user_torrent_history_cascade_torrents AFTER DELETE ON torrents REFERENCING OLD TABLE AS gone
  FOR EACH STATEMENT EXECUTE FUNCTION delete_children_of_deleted('user_torrent_history', 'torrent_id');
CREATE TRIGGER user_torrent_history_cascade_users AFTER DELETE ON users REFERENCING OLD TABLE AS gone
  FOR EACH STATEMENT EXECUTE FUNCTION delete_children_of_deleted('user_torrent_history', 'user_id');
CREATE TRIGGER peers_set_null_tokens AFTER DELETE ON freeleech_tokens REFERENCING OLD TABLE AS gone
  FOR EACH STATEMENT EXECUTE FUNCTION clear_peer_tokens_of_deleted();
CREATE TRIGGER flush_children_truncate_torrents AFTER TRUNCATE ON torrents FOR EACH STATEMENT EXECUTE FUNCTION truncate_flush_children();
CREATE TRIGGER flush_children_truncate_users AFTER TRUNCATE ON users FOR EACH STATEMENT EXECUTE FUNCTION truncate_flush_children();

DROP INDEX idx_announces_torrent_id;
DROP INDEX idx_announces_user_id;
CREATE INDEX idx_announces_created_at ON announces USING brin (created_at);

COMMENT ON TABLE peers IS 'Latest state of each (torrent, user, peer_id); updated_at = last announce. References checked by triggers, once per batch for the flusher (migration 20261130010000)';

-- Down Migration
DROP INDEX idx_announces_created_at;
CREATE INDEX idx_announces_torrent_id ON announces (torrent_id, created_at);
CREATE INDEX idx_announces_user_id ON announces (user_id, created_at);
DROP TRIGGER flush_children_truncate_users ON users;
DROP TRIGGER flush_children_truncate_torrents ON torrents;
DROP TRIGGER peers_set_null_tokens ON freeleech_tokens;
DROP TRIGGER user_torrent_history_cascade_users ON users;
DROP TRIGGER user_torrent_history_cascade_torrents ON torrents;
DROP TRIGGER peers_cascade_users ON users;
DROP TRIGGER peers_cascade_torrents ON torrents;
DROP TRIGGER peers_freeleech_token_exists ON peers;
DROP TRIGGER user_torrent_history_keys_exist ON user_torrent_history;
DROP TRIGGER peers_keys_exist ON peers;
DROP FUNCTION truncate_flush_children();
DROP FUNCTION clear_peer_tokens_of_deleted();
DROP FUNCTION delete_children_of_deleted();
DROP FUNCTION check_peer_freeleech_token_exists();
DROP FUNCTION check_torrent_and_user_exist();
DROP FUNCTION flush_batch_checked_keys();
ALTER TABLE user_torrent_history
  ADD CONSTRAINT user_torrent_history_user_id_fkey FOREIGN KEY (user_id) REFERENCES users (id) ON DELETE CASCADE,
  ADD CONSTRAINT user_torrent_history_torrent_id_fkey FOREIGN KEY (torrent_id) REFERENCES torrents (id) ON DELETE CASCADE;
ALTER TABLE peers
  ADD CONSTRAINT peers_torrent_id_fkey FOREIGN KEY (torrent_id) REFERENCES torrents (id) ON DELETE CASCADE,
  ADD CONSTRAINT peers_user_id_fkey FOREIGN KEY (user_id) REFERENCES users (id) ON DELETE CASCADE,
  ADD CONSTRAINT peers_freeleech_token_id_fkey FOREIGN KEY (freeleech_token_id) REFERENCES freeleech_tokens (id) ON DELETE SET NULL;
COMMENT ON TABLE peers IS 'Latest state of each (torrent, user, peer_id); updated_at = last announce';
