-- Up Migration
-- Default rows: the 13 user groups and 4 bonus rules exactly as SCHEMA_NOTES.md lists them, the
-- category tree, default forums and chat rooms, global site switches and the prowlarr_global_stats
-- singleton. Every insert is ON CONFLICT DO NOTHING on a natural key, so rows an operator has
-- already changed are left alone.

-- name, display name, level, upload/download/request/invite, max invites (NULL = unlimited), bonus x,
-- immune, moderate, edit, delete torrents, manage users, manage forums, view IPs, view emails
INSERT INTO user_groups (name, display_name, level, can_upload, can_download, can_request, can_invite, max_invites,
                         bonus_multiplier, is_immune, can_moderate, can_edit_torrents, can_delete_torrents,
                         can_manage_users, can_manage_forums, can_view_ips, can_view_emails, download_slots)
VALUES
  ('banned',          'Banned',           0, false, false, false, false,    0, 1.00, false, false, false, false, false, false, false, false, NULL),
  ('validating',      'Validating',       1, false, true,  false, false,    0, 1.00, false, false, false, false, false, false, false, false, NULL),
  ('member',          'Member',           2, true,  true,  false, false,    0, 1.00, false, false, false, false, false, false, false, false, NULL),
  ('power_user',      'Power User',       3, true,  true,  true,  true,     5, 1.50, false, false, false, false, false, false, false, false, NULL),
  ('elite',           'Elite',            4, true,  true,  true,  true,    10, 2.00, false, false, false, false, false, false, false, false, NULL),
  ('torrent_master',  'Torrent Master',   5, true,  true,  true,  true,    20, 2.50, false, false, false, false, false, false, false, false, NULL),
  ('vip',             'VIP',              6, true,  true,  true,  true,    50, 2.00, true,  false, false, false, false, false, false, false, NULL),
  ('uploader',        'Uploader',         7, true,  true,  true,  true,    10, 1.50, true,  false, false, false, false, false, false, false, NULL),
  ('designer',        'Designer',         8, true,  true,  true,  true,    10, 1.00, true,  false, false, false, false, false, false, false, NULL),
  ('forum_moderator', 'Forum Moderator', 10, true,  true,  true,  true,    20, 1.00, true,  true,  true,  false, false, false, false, false, NULL),
  ('moderator',       'Moderator',       15, true,  true,  true,  true,    50, 1.00, true,  true,  true,  true,  true,  true,  true,  true,  NULL),
  ('administrator',   'Administrator',   20, true,  true,  true,  true,   100, 1.00, true,  true,  true,  true,  true,  true,  true,  true,  NULL),
  ('sysop',           'Sysop',           25, true,  true,  true,  true,  NULL, 1.00, true,  true,  true,  true,  true,  true,  true,  true,  NULL)
ON CONFLICT (name) DO NOTHING;

-- Category tree: parents first, then children found by the parent's slug.
INSERT INTO torrent_categories (name, slug, sort_order, icon) VALUES
  ('Movies',        'movies',         10, 'film'),
  ('TV',            'tv',             20, 'tv'),
  ('Music',         'music',          30, 'music'),
  ('Games',         'games',          40, 'gamepad'),
  ('Applications',  'applications',   50, 'app'),
  ('E-Books',       'e-books',        60, 'book'),
  ('Audiobooks',    'audiobooks',     70, 'headphones'),
  ('Anime',         'anime',          80, 'sparkles'),
  ('Documentaries', 'documentaries',  90, 'camera'),
  ('Other',         'other',         100, 'box')
ON CONFLICT (slug) DO NOTHING;

INSERT INTO torrent_categories (parent_id, name, slug, sort_order)
SELECT parent.id, child.name, child.slug, child.sort_order
  FROM (VALUES
    ('movies',       'HD',        'movies-hd',            10),
    ('movies',       'SD',        'movies-sd',            20),
    ('movies',       '4K',        'movies-4k',            30),
    ('movies',       'Remux',     'movies-remux',         40),
    ('tv',           'HD',        'tv-hd',                10),
    ('tv',           'SD',        'tv-sd',                20),
    ('tv',           '4K',        'tv-4k',                30),
    ('music',        'FLAC',      'music-flac',           10),
    ('music',        'MP3',       'music-mp3',            20),
    ('music',        'Other',     'music-other',          30),
    ('games',        'PC',        'games-pc',             10),
    ('games',        'Console',   'games-console',        20),
    ('applications', 'Windows',   'applications-windows', 10),
    ('applications', 'macOS',     'applications-macos',   20),
    ('applications', 'Linux',     'applications-linux',   30),
    ('applications', 'Mobile',    'applications-mobile',  40),
    ('anime',        'Series',    'anime-series',         10),
    ('anime',        'Movies',    'anime-movies',         20),
    ('documentaries','HD',        'documentaries-hd',     10),
    ('documentaries','SD',        'documentaries-sd',     20)
  ) AS child (parent_slug, name, slug, sort_order)
  JOIN torrent_categories parent ON parent.slug = child.parent_slug AND parent.parent_id IS NULL
ON CONFLICT (slug) DO NOTHING;

-- Bonus rules (SCHEMA_NOTES.md): all earn per hour of seeding, scaled by torrent size.
INSERT INTO bonus_rules (name, description, rule_type, points_per_hour, base_multiplier, size_multiplier_enabled, conditions, priority)
VALUES
  ('standard_seeding',  'Points for every hour seeded while keeping a ratio of at least 0.5',
   'seed_time', 1.00, 1.00, true, '{"min_ratio": 0.5}', 10),
  ('low_seeder_bonus',  'Extra points for seeding torrents with fewer than 5 seeders',
   'seed_time', 2.00, 1.50, true, '{"max_seeders": 4, "min_ratio": 0.5}', 20),
  ('freeleech_seeding', 'Extra points for seeding freeleech torrents',
   'seed_time', 1.50, 1.25, true, '{"freeleech": true}', 30),
  ('large_file_bonus',  'Extra points for seeding torrents of 50 GiB or more',
   'seed_time', 1.50, 1.50, true, '{"min_size_bytes": 53687091200}', 40)
ON CONFLICT (name) DO NOTHING;

-- Forums. Levels compare with user_groups.level: 1 = validating and up may read, 2 = members post,
-- 15 = moderators and up.
INSERT INTO forums (name, slug, description, sort_order, min_read_level, min_post_level, min_topic_level, auto_lock_days)
VALUES
  ('Announcements',      'announcements',      'News from the staff',                              10,  1, 15, 15, NULL),
  ('General Discussion', 'general-discussion', 'Anything that does not fit elsewhere',             20,  1,  2,  2, 180),
  ('Help & Support',     'help-support',       'Questions about the site, clients and ratio',      30,  1,  1,  1, 90),
  ('Suggestions',        'suggestions',        'Ideas to improve the site',                        40,  1,  2,  2, 365),
  ('Staff',              'staff',              'Staff only',                                       50, 15, 15, 15, NULL)
ON CONFLICT (slug) DO NOTHING;

INSERT INTO chat_rooms (name, slug, description, room_type, min_level, slow_mode_seconds, message_retention_days, sort_order)
VALUES
  ('General', 'general', 'General chat',                 'public', 1, 0, 30, 10),
  ('Help',    'help',    'Ask for help',                 'public', 1, 5, 30, 20),
  ('Staff',   'staff',   'Staff room',                   'staff', 15, 0, 365, 30)
ON CONFLICT (slug) DO NOTHING;

INSERT INTO site_settings (key, value, description) VALUES
  ('global_freeleech',     'false', 'Every torrent is freeleech (downloads are not counted)'),
  ('global_double_upload', 'false', 'Every torrent credits double upload')
ON CONFLICT (key) DO NOTHING;

INSERT INTO prowlarr_global_stats (id) VALUES (1) ON CONFLICT (id) DO NOTHING;

-- Down Migration
DELETE FROM prowlarr_global_stats WHERE id = 1;
DELETE FROM site_settings WHERE key IN ('global_freeleech', 'global_double_upload');
DELETE FROM chat_rooms WHERE slug IN ('general', 'help', 'staff');
DELETE FROM forums WHERE slug IN ('announcements', 'general-discussion', 'help-support', 'suggestions', 'staff');
DELETE FROM bonus_rules WHERE name IN ('standard_seeding', 'low_seeder_bonus', 'freeleech_seeding', 'large_file_bonus');
DELETE FROM torrent_categories WHERE parent_id IS NOT NULL AND slug IN (
  'movies-hd', 'movies-sd', 'movies-4k', 'movies-remux', 'tv-hd', 'tv-sd', 'tv-4k', 'music-flac', 'music-mp3',
  'music-other', 'games-pc', 'games-console', 'applications-windows', 'applications-macos', 'applications-linux',
  'applications-mobile', 'anime-series', 'anime-movies', 'documentaries-hd', 'documentaries-sd');
DELETE FROM torrent_categories WHERE parent_id IS NULL AND slug IN (
  'movies', 'tv', 'music', 'games', 'applications', 'e-books', 'audiobooks', 'anime', 'documentaries', 'other');
DELETE FROM user_groups WHERE name IN (
  'banned', 'validating', 'member', 'power_user', 'elite', 'torrent_master', 'vip', 'uploader', 'designer',
  'forum_moderator', 'moderator', 'administrator', 'sysop');
