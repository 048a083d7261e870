-- Up Migration
-- The one users table shared by the tracker and the pool service (SCHEMA_NOTES: the tracker's shape
-- wins; the pool service's encrypted config, config_salt and accessed_at join it).
-- Usernames and emails are unique case-insensitively through expression indexes on lower() (no citext).
-- Accounts are soft-deleted (deleted_at) so names stay reserved and history keeps its references.

CREATE TABLE users (
  id                        uuid        PRIMARY KEY DEFAULT gen_random_uuid(),
  username                  text        NOT NULL CHECK (char_length(username) BETWEEN 2 AND 64 AND username = btrim(username)),
  email                     text        NOT NULL CHECK (char_length(email) <= 320 AND email ~ '^[^@[:space:]]+@[^@[:space:]]+$'),
  passkey                   char(32)    NOT NULL UNIQUE CHECK (passkey ~ '^[0-9A-Za-z]{32}$'),
  group_id                  smallint    NOT NULL REFERENCES user_groups (id) ON DELETE RESTRICT,
  password_hash             text        CHECK (password_hash LIKE '$argon2id$%'),
  status                    text        NOT NULL DEFAULT 'pending' CHECK (status IN ('pending', 'enabled', 'disabled')),
  disabled_reason           text,
  can_download              boolean     NOT NULL DEFAULT true,
  personal_freeleech_until  timestamptz,

  invited_by                uuid        REFERENCES users (id) ON DELETE SET NULL,
  invites_remaining         integer     NOT NULL DEFAULT 0 CHECK (invites_remaining >= 0),

  email_verified_at         timestamptz,
  email_verification_hash   bytea       CHECK (octet_length(email_verification_hash) = 32),
  email_verification_sent_at timestamptz,
  password_reset_hash       bytea       CHECK (octet_length(password_reset_hash) = 32),
  password_reset_expires_at timestamptz,

  title                     text        CHECK (char_length(title) <= 64),
  avatar_url                text,
  profile_text              text,

  -- pool service (debrid) per-user settings, encrypted by the application
  config                    text,
  config_salt               text,

  last_login_at             timestamptz,
  last_login_ip             inet,
  last_access_at            timestamptz,
  accessed_at               timestamptz,
  deleted_at                timestamptz,
  created_at                timestamptz NOT NULL DEFAULT now(),
  updated_at                timestamptz NOT NULL DEFAULT now(),

  CONSTRAINT users_config_needs_salt CHECK (config IS NULL OR config_salt IS NOT NULL),
  CONSTRAINT users_not_self_invited CHECK (invited_by IS DISTINCT FROM id)
);

CREATE UNIQUE INDEX uq_users_username_lower ON users (lower(username));
CREATE UNIQUE INDEX uq_users_email_lower ON users (lower(email));
CREATE UNIQUE INDEX uq_users_email_verification_hash ON users (email_verification_hash) WHERE email_verification_hash IS NOT NULL;
CREATE UNIQUE INDEX uq_users_password_reset_hash ON users (password_reset_hash) WHERE password_reset_hash IS NOT NULL;
CREATE INDEX idx_users_group_id ON users (group_id);
CREATE INDEX idx_users_invited_by ON users (invited_by) WHERE invited_by IS NOT NULL;
CREATE INDEX idx_users_status ON users (status) WHERE deleted_at IS NULL;
CREATE INDEX idx_users_last_access_at ON users (last_access_at) WHERE deleted_at IS NULL;
CREATE INDEX idx_users_deleted_at ON users (deleted_at) WHERE deleted_at IS NOT NULL;
CREATE INDEX idx_users_username_trgm ON users USING gin (lower(username) gin_trgm_ops);

CREATE TRIGGER trg_users_updated_at BEFORE UPDATE ON users
  FOR EACH ROW EXECUTE FUNCTION set_updated_at();

COMMENT ON TABLE users IS 'Accounts of both the tracker and the debrid pool service';
COMMENT ON COLUMN users.passkey IS '32 alphanumeric characters in every announce URL';
COMMENT ON COLUMN users.password_hash IS 'argon2id PHC string; NULL until the account sets a password';
COMMENT ON COLUMN users.can_download IS 'Per-user override; the group''s can_download must also allow it';
COMMENT ON COLUMN users.email_verification_hash IS 'SHA-256 of the emailed verification token';
COMMENT ON COLUMN users.config IS 'Pool service configuration, encrypted by the application';
COMMENT ON COLUMN users.accessed_at IS 'Last pool-service (debrid) access';
COMMENT ON COLUMN users.last_access_at IS 'Last tracker site/API access';

-- Down Migration
DROP TABLE users;
