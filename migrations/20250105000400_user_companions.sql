-- Up Migration
-- One-to-one and one-to-many companions of users: sessions, privacy ("paranoia"), statistics,
-- achievements, TOTP 2FA and API tokens. Everything here belongs to the user and goes with it
-- (ON DELETE CASCADE); accounts are normally soft-deleted, so cascades only run on a real purge.
-- Secrets are never stored: session and API tokens are kept as SHA-256 digests (bytea, 32 bytes).

CREATE TABLE user_sessions (
  id                  uuid        PRIMARY KEY DEFAULT gen_random_uuid(),
  user_id             uuid        NOT NULL REFERENCES users (id) ON DELETE CASCADE,
  token_hash          bytea       NOT NULL UNIQUE CHECK (octet_length(token_hash) = 32),
  refresh_token_hash  bytea       UNIQUE CHECK (octet_length(refresh_token_hash) = 32),
  device_fingerprint  text,
  device_name         text,
  user_agent          text,
  ip                  inet,
  country_code        char(2)     CHECK (country_code ~ '^[A-Z]{2}$'),
  region              text,
  city                text,
  created_at          timestamptz NOT NULL DEFAULT now(),
  last_seen_at        timestamptz NOT NULL DEFAULT now(),
  expires_at          timestamptz NOT NULL,
  revoked_at          timestamptz,
  revoke_reason       text
);

CREATE INDEX idx_user_sessions_user_id ON user_sessions (user_id);
CREATE INDEX idx_user_sessions_expires_at ON user_sessions (expires_at);

COMMENT ON TABLE user_sessions IS 'Login sessions (JWT/refresh tokens stored as SHA-256 digests)';

CREATE TABLE user_privacy (
  user_id                uuid        PRIMARY KEY REFERENCES users (id) ON DELETE CASCADE,
  -- Gazelle-style paranoia: what other members may see on the profile (17 switches)
  show_uploaded          boolean     NOT NULL DEFAULT true,
  show_downloaded        boolean     NOT NULL DEFAULT true,
  show_ratio             boolean     NOT NULL DEFAULT true,
  show_required_ratio    boolean     NOT NULL DEFAULT true,
  show_bonus_points      boolean     NOT NULL DEFAULT true,
  show_uploads           boolean     NOT NULL DEFAULT true,
  show_seeding           boolean     NOT NULL DEFAULT true,
  show_leeching          boolean     NOT NULL DEFAULT true,
  show_snatched          boolean     NOT NULL DEFAULT true,
  show_requests_filled   boolean     NOT NULL DEFAULT true,
  show_requests_voted    boolean     NOT NULL DEFAULT true,
  show_collections       boolean     NOT NULL DEFAULT true,
  show_comments          boolean     NOT NULL DEFAULT true,
  show_forum_posts       boolean     NOT NULL DEFAULT true,
  show_invitees          boolean     NOT NULL DEFAULT false,
  show_last_seen         boolean     NOT NULL DEFAULT true,
  show_achievements      boolean     NOT NULL DEFAULT true,
  hide_online_status     boolean     NOT NULL DEFAULT false,
  -- notifications
  email_on_private_message boolean   NOT NULL DEFAULT true,
  email_on_comment_reply boolean     NOT NULL DEFAULT false,
  email_on_forum_reply   boolean     NOT NULL DEFAULT false,
  email_on_request_filled boolean    NOT NULL DEFAULT true,
  email_on_mention       boolean     NOT NULL DEFAULT false,
  digest_frequency       text        NOT NULL DEFAULT 'never' CHECK (digest_frequency IN ('never', 'daily', 'weekly')),
  updated_at             timestamptz NOT NULL DEFAULT now()
);

CREATE TRIGGER trg_user_privacy_updated_at BEFORE UPDATE ON user_privacy
  FOR EACH ROW EXECUTE FUNCTION set_updated_at();

COMMENT ON TABLE user_privacy IS 'Per-user visibility (paranoia) and notification settings';

-- Written by the flush pipeline: counters only, so no updated_at trigger and no index on any counter
-- (an indexed counter would defeat HOT updates); fillfactor leaves room for HOT.
CREATE TABLE user_statistics (
  user_id                  uuid          PRIMARY KEY REFERENCES users (id) ON DELETE CASCADE,
  uploaded_raw             bigint        NOT NULL DEFAULT 0 CHECK (uploaded_raw >= 0),
  downloaded_raw           bigint        NOT NULL DEFAULT 0 CHECK (downloaded_raw >= 0),
  uploaded_credited        bigint        NOT NULL DEFAULT 0 CHECK (uploaded_credited >= 0),
  downloaded_credited      bigint        NOT NULL DEFAULT 0 CHECK (downloaded_credited >= 0),
  ratio                    double precision GENERATED ALWAYS AS (
                             CASE WHEN downloaded_credited > 0 THEN uploaded_credited::double precision / downloaded_credited END
                           ) STORED,
  required_ratio           numeric(6,3)  NOT NULL DEFAULT 0 CHECK (required_ratio >= 0),
  bonus_points             numeric(14,2) NOT NULL DEFAULT 0 CHECK (bonus_points >= 0),
  bonus_points_earned      numeric(16,2) NOT NULL DEFAULT 0 CHECK (bonus_points_earned >= 0),
  bonus_points_spent       numeric(16,2) NOT NULL DEFAULT 0 CHECK (bonus_points_spent >= 0),
  torrents_uploaded        integer       NOT NULL DEFAULT 0 CHECK (torrents_uploaded >= 0),
  torrents_seeding         integer       NOT NULL DEFAULT 0 CHECK (torrents_seeding >= 0),
  torrents_leeching        integer       NOT NULL DEFAULT 0 CHECK (torrents_leeching >= 0),
  torrents_snatched        integer       NOT NULL DEFAULT 0 CHECK (torrents_snatched >= 0),
  requests_created         integer       NOT NULL DEFAULT 0 CHECK (requests_created >= 0),
  requests_filled          integer       NOT NULL DEFAULT 0 CHECK (requests_filled >= 0),
  requests_voted           integer       NOT NULL DEFAULT 0 CHECK (requests_voted >= 0),
  bounty_spent             numeric(16,2) NOT NULL DEFAULT 0 CHECK (bounty_spent >= 0),
  bounty_earned            numeric(16,2) NOT NULL DEFAULT 0 CHECK (bounty_earned >= 0),
  seed_time_seconds        bigint        NOT NULL DEFAULT 0 CHECK (seed_time_seconds >= 0),
  leech_time_seconds       bigint        NOT NULL DEFAULT 0 CHECK (leech_time_seconds >= 0),
  invites_sent             integer       NOT NULL DEFAULT 0 CHECK (invites_sent >= 0),
  updated_at               timestamptz   NOT NULL DEFAULT now()
) WITH (fillfactor = 85);

COMMENT ON TABLE user_statistics IS 'Aggregated transfer, bonus and activity counters per user';
COMMENT ON COLUMN user_statistics.uploaded_raw IS 'Bytes actually reported by clients';
COMMENT ON COLUMN user_statistics.uploaded_credited IS 'Bytes counted for ratio after freeleech/double-upload/multipliers';

CREATE TABLE user_achievements (
  id                    uuid          PRIMARY KEY DEFAULT gen_random_uuid(),
  user_id               uuid          NOT NULL REFERENCES users (id) ON DELETE CASCADE,
  achievement_key       text          NOT NULL CHECK (achievement_key ~ '^[a-z0-9_.:-]{1,64}$'),
  name                  text          NOT NULL,
  description           text,
  tier                  text          NOT NULL CHECK (tier IN ('bronze', 'silver', 'gold', 'platinum', 'diamond')),
  bonus_points_awarded  numeric(14,2) NOT NULL DEFAULT 0 CHECK (bonus_points_awarded >= 0),
  invites_awarded       integer       NOT NULL DEFAULT 0 CHECK (invites_awarded >= 0),
  is_visible            boolean       NOT NULL DEFAULT true,
  earned_at             timestamptz   NOT NULL DEFAULT now(),
  UNIQUE (user_id, achievement_key, tier)
);

COMMENT ON TABLE user_achievements IS 'Badges earned, tiered bronze < silver < gold < platinum < diamond';

CREATE TABLE user_2fa (
  user_id          uuid        PRIMARY KEY REFERENCES users (id) ON DELETE CASCADE,
  totp_secret      text        NOT NULL CHECK (totp_secret ~ '^[A-Z2-7]{16,128}=*$'),
  backup_codes     text[]      NOT NULL DEFAULT '{}',
  is_enabled       boolean     NOT NULL DEFAULT false,
  enabled_at       timestamptz,
  last_used_at     timestamptz,
  last_used_step   bigint,
  failed_attempts  integer     NOT NULL DEFAULT 0 CHECK (failed_attempts >= 0),
  locked_until     timestamptz,
  created_at       timestamptz NOT NULL DEFAULT now(),
  updated_at       timestamptz NOT NULL DEFAULT now(),
  CONSTRAINT user_2fa_enabled_has_time CHECK (NOT is_enabled OR enabled_at IS NOT NULL)
);

CREATE TRIGGER trg_user_2fa_updated_at BEFORE UPDATE ON user_2fa
  FOR EACH ROW EXECUTE FUNCTION set_updated_at();

COMMENT ON COLUMN user_2fa.totp_secret IS 'Base32 TOTP secret (RFC 4648 alphabet)';
COMMENT ON COLUMN user_2fa.backup_codes IS 'Digests of unused one-time recovery codes';
COMMENT ON COLUMN user_2fa.last_used_step IS 'Last accepted TOTP time step, so a code cannot be replayed';

CREATE TABLE api_tokens (
  id            uuid        PRIMARY KEY DEFAULT gen_random_uuid(),
  user_id       uuid        NOT NULL REFERENCES users (id) ON DELETE CASCADE,
  name          text        NOT NULL CHECK (char_length(name) BETWEEN 1 AND 100),
  token_hash    bytea       NOT NULL UNIQUE CHECK (octet_length(token_hash) = 32),
  created_at    timestamptz NOT NULL DEFAULT now(),
  last_used_at  timestamptz,
  expires_at    timestamptz,
  revoked_at    timestamptz
);

CREATE INDEX idx_api_tokens_user_id ON api_tokens (user_id);

COMMENT ON TABLE api_tokens IS 'Bearer tokens for the gRPC control plane; token_hash = SHA-256 of the token';

-- Down Migration
DROP TABLE api_tokens;
DROP TABLE user_2fa;
DROP TABLE user_achievements;
DROP TABLE user_statistics;
DROP TABLE user_privacy;
DROP TABLE user_sessions;
