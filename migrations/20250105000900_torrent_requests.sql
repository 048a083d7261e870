-- Up Migration
-- Requests with bonus-point bounties and votes. bounty_total and vote_count are denormalised from the
-- two child tables by the application in the same transaction as the child row.
-- Bounty rows survive a purged contributor (user_id SET NULL) so the request's payout stays auditable.

CREATE TABLE torrent_requests (
  id                 uuid          PRIMARY KEY DEFAULT gen_random_uuid(),
  requester_id       uuid          REFERENCES users (id) ON DELETE SET NULL,
  category_id        integer       NOT NULL REFERENCES torrent_categories (id) ON DELETE RESTRICT,
  title              text          NOT NULL CHECK (char_length(title) BETWEEN 1 AND 300),
  description        text,
  year               smallint      CHECK (year BETWEEN 1850 AND 2200),
  imdb_id            text          CHECK (imdb_id ~ '^tt[0-9]{7,10}$'),
  tmdb_id            integer       CHECK (tmdb_id > 0),
  resolutions        text[]        NOT NULL DEFAULT '{}',
  codecs             text[]        NOT NULL DEFAULT '{}',
  sources            text[]        NOT NULL DEFAULT '{}',
  status             text          NOT NULL DEFAULT 'open' CHECK (status IN ('open', 'filled', 'closed')),
  bounty_total       numeric(16,2) NOT NULL DEFAULT 0 CHECK (bounty_total >= 0),
  vote_count         integer       NOT NULL DEFAULT 0 CHECK (vote_count >= 0),
  filled_torrent_id  uuid          REFERENCES torrents (id) ON DELETE SET NULL,
  filled_by          uuid          REFERENCES users (id) ON DELETE SET NULL,
  filled_at          timestamptz,
  closed_reason      text,
  search_vector      tsvector      GENERATED ALWAYS AS (
                       setweight(to_tsvector('simple'::regconfig, translate(title, '._-[]()', '       ')), 'A')
                       || setweight(to_tsvector('english'::regconfig, left(coalesce(description, ''), 100000)), 'B')
                     ) STORED,
  deleted_at         timestamptz,
  created_at         timestamptz   NOT NULL DEFAULT now(),
  updated_at         timestamptz   NOT NULL DEFAULT now(),
  CONSTRAINT torrent_requests_filled_has_time CHECK (status <> 'filled' OR filled_at IS NOT NULL)
);

CREATE INDEX idx_torrent_requests_requester_id ON torrent_requests (requester_id) WHERE requester_id IS NOT NULL;
CREATE INDEX idx_torrent_requests_category_id ON torrent_requests (category_id);
CREATE INDEX idx_torrent_requests_filled_torrent_id ON torrent_requests (filled_torrent_id) WHERE filled_torrent_id IS NOT NULL;
CREATE INDEX idx_torrent_requests_filled_by ON torrent_requests (filled_by) WHERE filled_by IS NOT NULL;
CREATE INDEX idx_torrent_requests_open ON torrent_requests (bounty_total DESC, created_at DESC)
  WHERE status = 'open' AND deleted_at IS NULL;
CREATE INDEX idx_torrent_requests_imdb_id ON torrent_requests (imdb_id) WHERE imdb_id IS NOT NULL;
CREATE INDEX idx_torrent_requests_search_vector ON torrent_requests USING gin (search_vector);

CREATE TRIGGER trg_torrent_requests_updated_at BEFORE UPDATE ON torrent_requests
  FOR EACH ROW EXECUTE FUNCTION set_updated_at();

CREATE TABLE torrent_request_bounties (
  id           uuid          PRIMARY KEY DEFAULT gen_random_uuid(),
  request_id   uuid          NOT NULL REFERENCES torrent_requests (id) ON DELETE CASCADE,
  user_id      uuid          REFERENCES users (id) ON DELETE SET NULL,
  amount       numeric(14,2) NOT NULL CHECK (amount > 0),
  created_at   timestamptz   NOT NULL DEFAULT now(),
  refunded_at  timestamptz
);

CREATE INDEX idx_torrent_request_bounties_request_id ON torrent_request_bounties (request_id);
CREATE INDEX idx_torrent_request_bounties_user_id ON torrent_request_bounties (user_id) WHERE user_id IS NOT NULL;

CREATE TABLE torrent_request_votes (
  request_id  uuid        NOT NULL REFERENCES torrent_requests (id) ON DELETE CASCADE,
  user_id     uuid        NOT NULL REFERENCES users (id) ON DELETE CASCADE,
  created_at  timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (request_id, user_id)
);

CREATE INDEX idx_torrent_request_votes_user_id ON torrent_request_votes (user_id);

COMMENT ON TABLE torrent_requests IS 'Requests for content, filled by uploading a matching torrent';
COMMENT ON TABLE torrent_request_bounties IS 'Bonus-point contributions to a request (several per user allowed)';
COMMENT ON TABLE torrent_request_votes IS 'One support vote per user per request';

-- Down Migration
DROP TABLE torrent_request_votes;
DROP TABLE torrent_request_bounties;
DROP TABLE torrent_requests;
