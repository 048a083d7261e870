-- Up Migration
-- Comments on torrents, requests and collections. The target is polymorphic
-- (commentable_type, commentable_id), so it cannot carry a foreign key; the application removes a
-- target's comments when it hard-deletes the target. Threads via parent_id; soft delete keeps a thread
-- readable ("[deleted]") while hiding the body.

CREATE TABLE comments (
  id                uuid        PRIMARY KEY DEFAULT gen_random_uuid(),
  commentable_type  text        NOT NULL CHECK (commentable_type IN ('torrent', 'request', 'collection')),
  commentable_id    uuid        NOT NULL,
  parent_id         uuid        REFERENCES comments (id) ON DELETE CASCADE,
  author_id         uuid        REFERENCES users (id) ON DELETE SET NULL,
  body              text        NOT NULL CHECK (char_length(body) BETWEEN 1 AND 65535),
  is_anonymous      boolean     NOT NULL DEFAULT false,
  edit_count        integer     NOT NULL DEFAULT 0 CHECK (edit_count >= 0),
  edited_at         timestamptz,
  edited_by         uuid        REFERENCES users (id) ON DELETE SET NULL,
  edit_history      jsonb       NOT NULL DEFAULT '[]' CHECK (jsonb_typeof(edit_history) = 'array'),
  search_vector     tsvector    GENERATED ALWAYS AS (to_tsvector('english'::regconfig, body)) STORED,
  deleted_at        timestamptz,
  deleted_by        uuid        REFERENCES users (id) ON DELETE SET NULL,
  created_at        timestamptz NOT NULL DEFAULT now(),
  updated_at        timestamptz NOT NULL DEFAULT now(),
  CONSTRAINT comments_not_own_parent CHECK (parent_id <> id)
);

CREATE INDEX idx_comments_target ON comments (commentable_type, commentable_id, created_at);
CREATE INDEX idx_comments_parent_id ON comments (parent_id) WHERE parent_id IS NOT NULL;
CREATE INDEX idx_comments_author_id ON comments (author_id, created_at DESC) WHERE author_id IS NOT NULL;
CREATE INDEX idx_comments_edited_by ON comments (edited_by) WHERE edited_by IS NOT NULL;
CREATE INDEX idx_comments_deleted_by ON comments (deleted_by) WHERE deleted_by IS NOT NULL;
CREATE INDEX idx_comments_search_vector ON comments USING gin (search_vector);

CREATE TRIGGER trg_comments_updated_at BEFORE UPDATE ON comments
  FOR EACH ROW EXECUTE FUNCTION set_updated_at();

COMMENT ON TABLE comments IS 'Threaded comments on torrents, requests and collections';
COMMENT ON COLUMN comments.edit_history IS 'Previous versions: [{"body": ..., "edited_at": ..., "edited_by": ...}]';

-- Down Migration
DROP TABLE comments;
