-- Up Migration
-- Curated collections (Gazelle collages): ordered torrent lists, public or private, optionally
-- collaborative, with staff picks and subscriptions.
-- The (collection_id, position) uniqueness is DEFERRABLE so a reorder can swap positions inside one
-- transaction.

CREATE TABLE torrent_collections (
  id                uuid        PRIMARY KEY DEFAULT gen_random_uuid(),
  owner_id          uuid        REFERENCES users (id) ON DELETE SET NULL,
  name              text        NOT NULL CHECK (char_length(name) BETWEEN 1 AND 200),
  description       text,
  cover_url         text,
  is_public         boolean     NOT NULL DEFAULT true,
  is_collaborative  boolean     NOT NULL DEFAULT false,
  is_staff_pick     boolean     NOT NULL DEFAULT false,
  item_count        integer     NOT NULL DEFAULT 0 CHECK (item_count >= 0),
  subscriber_count  integer     NOT NULL DEFAULT 0 CHECK (subscriber_count >= 0),
  deleted_at        timestamptz,
  created_at        timestamptz NOT NULL DEFAULT now(),
  updated_at        timestamptz NOT NULL DEFAULT now()
);

CREATE INDEX idx_torrent_collections_owner_id ON torrent_collections (owner_id) WHERE owner_id IS NOT NULL;
CREATE INDEX idx_torrent_collections_public ON torrent_collections (updated_at DESC) WHERE is_public AND deleted_at IS NULL;
CREATE INDEX idx_torrent_collections_staff_pick ON torrent_collections (updated_at DESC) WHERE is_staff_pick AND deleted_at IS NULL;
CREATE INDEX idx_torrent_collections_name_trgm ON torrent_collections USING gin (name gin_trgm_ops);

CREATE TRIGGER trg_torrent_collections_updated_at BEFORE UPDATE ON torrent_collections
  FOR EACH ROW EXECUTE FUNCTION set_updated_at();

CREATE TABLE torrent_collection_items (
  collection_id  uuid        NOT NULL REFERENCES torrent_collections (id) ON DELETE CASCADE,
  torrent_id     uuid        NOT NULL REFERENCES torrents (id) ON DELETE CASCADE,
  position       integer     NOT NULL CHECK (position >= 0),
  added_by       uuid        REFERENCES users (id) ON DELETE SET NULL,
  note           text,
  added_at       timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (collection_id, torrent_id),
  CONSTRAINT torrent_collection_items_position_key UNIQUE (collection_id, position) DEFERRABLE INITIALLY DEFERRED
);

CREATE INDEX idx_torrent_collection_items_torrent_id ON torrent_collection_items (torrent_id);
CREATE INDEX idx_torrent_collection_items_added_by ON torrent_collection_items (added_by) WHERE added_by IS NOT NULL;

CREATE TABLE torrent_collection_subscriptions (
  collection_id  uuid        NOT NULL REFERENCES torrent_collections (id) ON DELETE CASCADE,
  user_id        uuid        NOT NULL REFERENCES users (id) ON DELETE CASCADE,
  notify         boolean     NOT NULL DEFAULT true,
  last_seen_at   timestamptz,
  created_at     timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (collection_id, user_id)
);

CREATE INDEX idx_torrent_collection_subscriptions_user_id ON torrent_collection_subscriptions (user_id);

COMMENT ON TABLE torrent_collections IS 'Curated, ordered lists of torrents (collages)';
COMMENT ON TABLE torrent_collection_items IS 'Torrents in a collection, ordered by position';
COMMENT ON TABLE torrent_collection_subscriptions IS 'Users following a collection';

-- Down Migration
DROP TABLE torrent_collection_subscriptions;
DROP TABLE torrent_collection_items;
DROP TABLE torrent_collections;
