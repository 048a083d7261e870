-- Up Migration
-- The bonus economy on top of the ledger tables of 20250105001200_bonus.sql:
--
-- * bonus_accrual_periods: one row per credited accrual period. The accrual job inserts it in the same
--   transaction as its credits, so the primary key makes a period credit once whatever happens
--   (two runs, two nodes, a crash halfway rolls everything back).
-- * bonus_seed_marks: per (user, torrent), the user_torrent_history.seed_time already paid for. The
--   accrual pays the difference since the last period, i.e. the seeding seconds the engine measured
--   and flushed in between (docs/bonus.md). No foreign keys: the table is rewritten in bulk every
--   period, and a mark left by a purged user or torrent is never joined again (harmless).
-- * bonus_exchange_items: what points buy, with administrable prices; defaults seeded below.

CREATE TABLE bonus_accrual_periods (
  period_start    timestamptz   PRIMARY KEY,
  period_end      timestamptz   NOT NULL,
  users_credited  integer       NOT NULL DEFAULT 0 CHECK (users_credited >= 0),
  points_total    numeric(18,2) NOT NULL DEFAULT 0 CHECK (points_total >= 0),
  seed_seconds    bigint        NOT NULL DEFAULT 0 CHECK (seed_seconds >= 0),
  credited_at     timestamptz   NOT NULL DEFAULT now(),
  CONSTRAINT bonus_accrual_periods_order CHECK (period_end > period_start)
);

COMMENT ON TABLE bonus_accrual_periods IS 'Accrual periods already credited (the idempotence key of the bonus accrual job)';

CREATE TABLE bonus_seed_marks (
  user_id         uuid    NOT NULL,
  torrent_id      uuid    NOT NULL,
  seed_time_paid  bigint  NOT NULL CHECK (seed_time_paid >= 0),
  PRIMARY KEY (user_id, torrent_id)
) WITH (fillfactor = 80, autovacuum_vacuum_scale_factor = 0.05);

COMMENT ON TABLE bonus_seed_marks IS 'user_torrent_history.seed_time already paid by the accrual job, per user and torrent';

CREATE TABLE bonus_exchange_items (
  id           text          PRIMARY KEY CHECK (id ~ '^[a-z][a-z0-9_]{1,63}$'),
  kind         text          NOT NULL CHECK (kind IN ('upload_credit', 'freeleech_token', 'personal_freeleech', 'invite')),
  description  text          NOT NULL CHECK (char_length(description) BETWEEN 1 AND 300),
  cost         numeric(14,2) NOT NULL CHECK (cost > 0),
  -- What one purchase gives: bytes of upload credit, tokens, seconds of personal freeleech, invites.
  quantity     bigint        NOT NULL CHECK (quantity > 0),
  is_active    boolean       NOT NULL DEFAULT true,
  created_at   timestamptz   NOT NULL DEFAULT now(),
  updated_at   timestamptz   NOT NULL DEFAULT now()
);

CREATE TRIGGER trg_bonus_exchange_items_updated_at BEFORE UPDATE ON bonus_exchange_items
  FOR EACH ROW EXECUTE FUNCTION set_updated_at();

COMMENT ON TABLE bonus_exchange_items IS 'The bonus exchange: what points buy and at what price (administrable)';
COMMENT ON COLUMN bonus_exchange_items.quantity IS 'Per purchase: bytes (upload_credit), tokens (freeleech_token), seconds (personal_freeleech), invites (invite)';

INSERT INTO bonus_exchange_items (id, kind, description, cost, quantity) VALUES
  ('upload_1gib',        'upload_credit',      '1 GiB of upload credit',             100.00, 1073741824),
  ('upload_10gib',       'upload_credit',      '10 GiB of upload credit',            900.00, 10737418240),
  ('upload_100gib',      'upload_credit',      '100 GiB of upload credit',          8000.00, 107374182400),
  ('freeleech_token',    'freeleech_token',    'One freeleech token',                 500.00, 1),
  ('freeleech_token_x5', 'freeleech_token',    'Five freeleech tokens',              2250.00, 5),
  ('personal_fl_24h',    'personal_freeleech', 'Personal freeleech for 24 hours',   1500.00, 86400),
  ('personal_fl_7d',     'personal_freeleech', 'Personal freeleech for 7 days',     8000.00, 604800),
  ('invite',             'invite',             'One invite',                       5000.00, 1)
ON CONFLICT (id) DO NOTHING;

-- Request fills are paid when confirmed: a filled request waits for its requester (or staff) to confirm
-- the torrent matches; each bounty row is then either awarded to the filler or refunded, never both.
ALTER TABLE torrent_requests ADD COLUMN fill_confirmed_at timestamptz;
ALTER TABLE torrent_requests ADD CONSTRAINT torrent_requests_confirmed_was_filled
  CHECK (fill_confirmed_at IS NULL OR (status = 'filled' AND filled_at IS NOT NULL));
ALTER TABLE torrent_request_bounties ADD COLUMN awarded_at timestamptz;
ALTER TABLE torrent_request_bounties ADD CONSTRAINT torrent_request_bounties_settled_once
  CHECK (awarded_at IS NULL OR refunded_at IS NULL);
COMMENT ON COLUMN torrent_requests.fill_confirmed_at IS 'When the requester or staff confirmed the fill (bounties paid to filled_by)';
COMMENT ON COLUMN torrent_request_bounties.awarded_at IS 'When this bounty was paid to the request''s filler';

-- Tokens of a user listed newest first (BonusService ListFreeleechTokens); usage per token is on the token row.
CREATE INDEX idx_freeleech_tokens_user_acquired ON freeleech_tokens (user_id, acquired_at DESC);

-- Down Migration
DROP INDEX idx_freeleech_tokens_user_acquired;
ALTER TABLE torrent_request_bounties DROP CONSTRAINT torrent_request_bounties_settled_once;
ALTER TABLE torrent_request_bounties DROP COLUMN awarded_at;
ALTER TABLE torrent_requests DROP CONSTRAINT torrent_requests_confirmed_was_filled;
ALTER TABLE torrent_requests DROP COLUMN fill_confirmed_at;
DROP TABLE bonus_exchange_items;
DROP TABLE bonus_seed_marks;
DROP TABLE bonus_accrual_periods;
