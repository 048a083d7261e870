-- Up Migration
-- Moderation: user reports, warnings (points, severity, expiry), bans and the moderation queue.
-- reports and moderation_queue point at polymorphic targets (type + uuid id), so no foreign key there.
-- Bans: ip bans carry a cidr range (a single address is a /32 or /128) looked up with a GiST
-- inet_ops index (ip_range >>= '1.2.3.4'); email bans carry a LIKE pattern. "Active" is decided at
-- query time (lifted_at IS NULL AND (is_permanent OR expires_at > now())); indexes only use immutable
-- predicates. ban.user_id is SET NULL on a purge so IP/email bans linked to an account survive it.

CREATE TABLE reports (
  id                  uuid        PRIMARY KEY DEFAULT gen_random_uuid(),
  reporter_id         uuid        REFERENCES users (id) ON DELETE SET NULL,
  report_type         text        NOT NULL CHECK (report_type IN (
                                    'torrent', 'user', 'comment', 'forum_topic', 'forum_post', 'private_message',
                                    'chat_message', 'request', 'collection')),
  reported_entity_id  uuid        NOT NULL,
  reason              text        NOT NULL CHECK (char_length(reason) BETWEEN 1 AND 200),
  details             text,
  evidence_urls       text[]      NOT NULL DEFAULT '{}',
  evidence            jsonb       NOT NULL DEFAULT '{}' CHECK (jsonb_typeof(evidence) = 'object'),
  priority            text        NOT NULL DEFAULT 'normal' CHECK (priority IN ('low', 'normal', 'high', 'urgent')),
  status              text        NOT NULL DEFAULT 'open' CHECK (status IN ('open', 'investigating', 'escalated', 'resolved', 'dismissed')),
  assigned_to         uuid        REFERENCES users (id) ON DELETE SET NULL,
  assigned_at         timestamptz,
  resolved_by         uuid        REFERENCES users (id) ON DELETE SET NULL,
  resolved_at         timestamptz,
  resolution          text,
  created_at          timestamptz NOT NULL DEFAULT now(),
  updated_at          timestamptz NOT NULL DEFAULT now(),
  CONSTRAINT reports_closed_has_time CHECK (status NOT IN ('resolved', 'dismissed') OR resolved_at IS NOT NULL)
);

CREATE INDEX idx_reports_open ON reports (priority, created_at) WHERE status IN ('open', 'investigating', 'escalated');
CREATE INDEX idx_reports_target ON reports (report_type, reported_entity_id);
CREATE INDEX idx_reports_reporter_id ON reports (reporter_id) WHERE reporter_id IS NOT NULL;
CREATE INDEX idx_reports_assigned_to ON reports (assigned_to) WHERE assigned_to IS NOT NULL;
CREATE INDEX idx_reports_resolved_by ON reports (resolved_by) WHERE resolved_by IS NOT NULL;

CREATE TRIGGER trg_reports_updated_at BEFORE UPDATE ON reports
  FOR EACH ROW EXECUTE FUNCTION set_updated_at();

COMMENT ON TABLE reports IS 'Reports filed by users against any reportable entity';

CREATE TABLE warnings (
  id               uuid        PRIMARY KEY DEFAULT gen_random_uuid(),
  user_id          uuid        NOT NULL REFERENCES users (id) ON DELETE CASCADE,
  issued_by        uuid        REFERENCES users (id) ON DELETE SET NULL,
  severity         text        NOT NULL DEFAULT 'minor' CHECK (severity IN ('minor', 'moderate', 'major', 'severe')),
  points           integer     NOT NULL DEFAULT 1 CHECK (points >= 0),
  reason           text        NOT NULL CHECK (char_length(reason) >= 1),
  torrent_id       uuid        REFERENCES torrents (id) ON DELETE SET NULL,
  report_id        uuid        REFERENCES reports (id) ON DELETE SET NULL,
  expires_at       timestamptz,
  acknowledged_at  timestamptz,
  revoked_at       timestamptz,
  revoked_by       uuid        REFERENCES users (id) ON DELETE SET NULL,
  revoke_reason    text,
  created_at       timestamptz NOT NULL DEFAULT now(),
  CONSTRAINT warnings_expiry_after_issue CHECK (expires_at IS NULL OR expires_at > created_at)
);

CREATE INDEX idx_warnings_user_id ON warnings (user_id, created_at DESC);
CREATE INDEX idx_warnings_unrevoked ON warnings (user_id, expires_at) WHERE revoked_at IS NULL;
CREATE INDEX idx_warnings_issued_by ON warnings (issued_by) WHERE issued_by IS NOT NULL;
CREATE INDEX idx_warnings_revoked_by ON warnings (revoked_by) WHERE revoked_by IS NOT NULL;
CREATE INDEX idx_warnings_torrent_id ON warnings (torrent_id) WHERE torrent_id IS NOT NULL;
CREATE INDEX idx_warnings_report_id ON warnings (report_id) WHERE report_id IS NOT NULL;

COMMENT ON TABLE warnings IS 'Infractions: points add up while the warning is neither expired nor revoked';

CREATE TABLE bans (
  id                  uuid        PRIMARY KEY DEFAULT gen_random_uuid(),
  ban_type            text        NOT NULL CHECK (ban_type IN ('account', 'ip', 'email', 'upload', 'download', 'chat', 'forum')),
  user_id             uuid        REFERENCES users (id) ON DELETE SET NULL,
  ip_range            cidr,
  email_pattern       text        CHECK (char_length(email_pattern) BETWEEN 3 AND 320),
  reason              text        NOT NULL CHECK (char_length(reason) >= 1),
  internal_notes      text,
  banned_by           uuid        REFERENCES users (id) ON DELETE SET NULL,
  starts_at           timestamptz NOT NULL DEFAULT now(),
  expires_at          timestamptz,
  is_permanent        boolean     NOT NULL DEFAULT false,
  appeal_status       text        CHECK (appeal_status IN ('pending', 'accepted', 'rejected')),
  appeal_text         text,
  appealed_at         timestamptz,
  appeal_reviewed_by  uuid        REFERENCES users (id) ON DELETE SET NULL,
  appeal_reviewed_at  timestamptz,
  appeal_response     text,
  lifted_at           timestamptz,
  lifted_by           uuid        REFERENCES users (id) ON DELETE SET NULL,
  lift_reason         text,
  created_at          timestamptz NOT NULL DEFAULT now(),
  updated_at          timestamptz NOT NULL DEFAULT now(),
  CONSTRAINT bans_ip_has_range CHECK (ban_type <> 'ip' OR ip_range IS NOT NULL),
  CONSTRAINT bans_email_has_pattern CHECK (ban_type <> 'email' OR email_pattern IS NOT NULL),
  CONSTRAINT bans_permanent_never_expires CHECK (NOT (is_permanent AND expires_at IS NOT NULL)),
  CONSTRAINT bans_expiry_after_start CHECK (expires_at IS NULL OR expires_at > starts_at),
  CONSTRAINT bans_appeal_has_time CHECK (appeal_status IS NULL OR appealed_at IS NOT NULL)
);

CREATE INDEX idx_bans_ip_range ON bans USING gist (ip_range inet_ops) WHERE ban_type = 'ip' AND lifted_at IS NULL;
CREATE INDEX idx_bans_user_id ON bans (user_id, ban_type) WHERE user_id IS NOT NULL;
CREATE INDEX idx_bans_unlifted ON bans (ban_type, expires_at) WHERE lifted_at IS NULL;
CREATE INDEX idx_bans_email_pattern ON bans (lower(email_pattern)) WHERE ban_type = 'email' AND lifted_at IS NULL;
CREATE INDEX idx_bans_appeals ON bans (appealed_at) WHERE appeal_status = 'pending';
CREATE INDEX idx_bans_banned_by ON bans (banned_by) WHERE banned_by IS NOT NULL;
CREATE INDEX idx_bans_lifted_by ON bans (lifted_by) WHERE lifted_by IS NOT NULL;
CREATE INDEX idx_bans_appeal_reviewed_by ON bans (appeal_reviewed_by) WHERE appeal_reviewed_by IS NOT NULL;

CREATE TRIGGER trg_bans_updated_at BEFORE UPDATE ON bans
  FOR EACH ROW EXECUTE FUNCTION set_updated_at();

COMMENT ON TABLE bans IS 'Account, IP-range, email and feature (upload/download/chat/forum) bans';
COMMENT ON COLUMN bans.ip_range IS 'Banned network for ip bans; a single address is /32 (IPv4) or /128 (IPv6)';
COMMENT ON COLUMN bans.email_pattern IS 'LIKE pattern for email bans, e.g. %@example.com';

CREATE TABLE moderation_queue (
  id                uuid         PRIMARY KEY DEFAULT gen_random_uuid(),
  item_type         text         NOT NULL CHECK (item_type IN (
                                   'torrent', 'comment', 'forum_topic', 'forum_post', 'request', 'collection',
                                   'user', 'report', 'private_message', 'chat_message')),
  item_id           uuid         NOT NULL,
  status            text         NOT NULL DEFAULT 'pending' CHECK (status IN ('pending', 'in_review', 'approved', 'rejected', 'escalated', 'dismissed')),
  priority          text         NOT NULL DEFAULT 'normal' CHECK (priority IN ('low', 'normal', 'high', 'urgent')),
  reason            text,
  submitted_by      uuid         REFERENCES users (id) ON DELETE SET NULL,
  auto_flagged      boolean      NOT NULL DEFAULT false,
  flag_source       text,
  confidence_score  numeric(5,4) CHECK (confidence_score BETWEEN 0 AND 1),
  assigned_to       uuid         REFERENCES users (id) ON DELETE SET NULL,
  assigned_at       timestamptz,
  reviewed_by       uuid         REFERENCES users (id) ON DELETE SET NULL,
  reviewed_at       timestamptz,
  decision_notes    text,
  metadata          jsonb        NOT NULL DEFAULT '{}' CHECK (jsonb_typeof(metadata) = 'object'),
  created_at        timestamptz  NOT NULL DEFAULT now(),
  updated_at        timestamptz  NOT NULL DEFAULT now(),
  CONSTRAINT moderation_queue_auto_flag_score CHECK (auto_flagged OR confidence_score IS NULL)
);

-- One open entry per item: re-queueing something already pending is a no-op (ON CONFLICT DO NOTHING).
CREATE UNIQUE INDEX uq_moderation_queue_pending_item ON moderation_queue (item_type, item_id) WHERE status = 'pending';
CREATE INDEX idx_moderation_queue_work ON moderation_queue (priority, created_at) WHERE status IN ('pending', 'in_review', 'escalated');
CREATE INDEX idx_moderation_queue_item ON moderation_queue (item_type, item_id);
CREATE INDEX idx_moderation_queue_assigned_to ON moderation_queue (assigned_to) WHERE assigned_to IS NOT NULL;
CREATE INDEX idx_moderation_queue_reviewed_by ON moderation_queue (reviewed_by) WHERE reviewed_by IS NOT NULL;
CREATE INDEX idx_moderation_queue_submitted_by ON moderation_queue (submitted_by) WHERE submitted_by IS NOT NULL;

CREATE TRIGGER trg_moderation_queue_updated_at BEFORE UPDATE ON moderation_queue
  FOR EACH ROW EXECUTE FUNCTION set_updated_at();

COMMENT ON TABLE moderation_queue IS 'Items awaiting staff review, including auto-flagged ones (ML confidence_score)';

-- Down Migration
DROP TABLE moderation_queue;
DROP TABLE bans;
DROP TABLE warnings;
DROP TABLE reports;
