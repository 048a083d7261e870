/**
 * The schema in migrations/: every table of both source documents exists, the constraints bite,
 * time-series rows land in the right monthly partition, migrating is idempotent, the default rows are
 * seeded and v_pool_status computes the capacity thresholds.
 */
import { randomBytes } from 'node:crypto';
import { readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, it, expect, beforeAll, afterAll } from 'vitest';
import { createTestDatabase, type TestDatabase } from './support/database.js';
import { migrateUp, migrationStatus } from '../core/migrations.js';

type Pool = TestDatabase['pool'];

const TRACKER_TABLES = [
  'user_groups', 'users', 'user_sessions', 'user_privacy', 'user_statistics', 'user_achievements', 'user_2fa',
  'torrent_categories', 'torrents', 'torrent_files', 'torrent_tags', 'torrent_tag_assignments', 'torrent_tag_votes',
  'torrent_moderation', 'torrent_metadata', 'torrent_requests', 'torrent_request_bounties', 'torrent_request_votes',
  'torrent_collections', 'torrent_collection_items', 'torrent_collection_subscriptions', 'comments',
  'peers', 'announces', 'peer_history', 'torrent_statistics',
  'bonus_rules', 'bonus_transactions', 'freeleech_tokens',
  'forums', 'forum_topics', 'forum_posts', 'forum_subscriptions', 'private_messages', 'chat_rooms', 'chat_messages',
  'reports', 'warnings', 'bans', 'audit_logs', 'moderation_queue', 'search_index_queue',
];

const ENGINE_TABLES = ['snatches', 'user_torrent_history', 'client_blacklist', 'api_tokens', 'site_settings'];

const POOL_TABLES = [
  'users', 'user_subs', 'torbox_pool', 'torbox_slots', 'torbox_assignments', 'torbox_pool_health',
  'torbox_concurrency_log', 'torbox_usage_logs', 'prowlarr_indexers', 'prowlarr_search_logs', 'prowlarr_indexer_logs',
  'prowlarr_indexer_metrics', 'prowlarr_stats_history', 'prowlarr_global_stats', 'cache', 'distributed_locks', 'job_logs',
];

const VIEWS = ['v_pool_status', 'v_user_slots'];

const TIME_SERIES_TABLES = [
  'announces', 'peer_history', 'audit_logs', 'torbox_usage_logs', 'torbox_concurrency_log', 'prowlarr_search_logs',
];

const MIGRATION_FILES = readdirSync(fileURLToPath(new URL('../migrations/', import.meta.url)))
  .filter((f) => f.endsWith('.sql'))
  .map((f) => f.replace(/\.sql$/, ''))
  .sort();

/** `<parent>_yYYYYmMM` for the UTC month `offset` months from now. */
function partitionName(parent: string, offset: number): string {
  const now = new Date();
  const month = new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth() + offset, 1));
  return `${parent}_y${month.getUTCFullYear()}m${String(month.getUTCMonth() + 1).padStart(2, '0')}`;
}

/** Noon UTC on the 15th of the month `offset` months from now: safely inside that month. */
function midMonth(offset: number): Date {
  const now = new Date();
  return new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth() + offset, 15, 12));
}

async function insertUser(pool: Pool, group = 'member'): Promise<string> {
  const username = `schema_${randomBytes(5).toString('hex')}`;
  const { rows } = await pool.query<{ id: string }>(
    `INSERT INTO users (username, email, passkey, group_id, status)
     VALUES ($1, $2, $3, (SELECT id FROM user_groups WHERE name = $4), 'enabled') RETURNING id`,
    [username, `${username}@example.test`, randomBytes(16).toString('hex'), group],
  );
  return rows[0]!.id;
}

async function insertTorrent(pool: Pool): Promise<string> {
  const { rows } = await pool.query<{ id: string }>(
    `INSERT INTO torrents (info_hash, name, category_id, size, moderation_status)
     VALUES ($1, $2, (SELECT id FROM torrent_categories WHERE slug = 'movies-hd'), $3, 'approved') RETURNING id`,
    [randomBytes(20), `Schema.Test.${randomBytes(3).toString('hex')}.1080p-GRP`, 4 << 20],
  );
  return rows[0]!.id;
}

interface PoolOptions {
  status?: string;
  currentUserSlots?: number;
  maxUserSlots?: number;
  currentStreams?: number;
  maxStreams?: number;
}

async function insertPool(pool: Pool, o: PoolOptions = {}): Promise<string> {
  const { rows } = await pool.query<{ id: string }>(
    `INSERT INTO torbox_pool (name, api_key_ciphertext, api_key_iv, api_key_tag, api_key_fingerprint, status,
                              current_user_slots, max_user_slots, current_concurrent_streams, max_concurrent_streams)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10) RETURNING id`,
    [
      `key-${randomBytes(4).toString('hex')}`,
      randomBytes(48),
      randomBytes(12),
      randomBytes(16),
      randomBytes(32),
      o.status ?? 'healthy',
      o.currentUserSlots ?? 0,
      o.maxUserSlots ?? 100,
      o.currentStreams ?? 0,
      o.maxStreams ?? 35,
    ],
  );
  return rows[0]!.id;
}

async function insertSlot(pool: Pool, poolKeyId: string, slotNumber: number, userId: string | null = null): Promise<void> {
  await pool.query(
    `INSERT INTO torbox_slots (pool_key_id, slot_number, user_id, is_active, assigned_at)
     VALUES ($1, $2, $3, $3::uuid IS NOT NULL, CASE WHEN $3::uuid IS NOT NULL THEN now() END)`,
    [poolKeyId, slotNumber, userId],
  );
}

async function insertAnnounce(pool: Pool, createdAt: Date): Promise<string> {
  const { rows } = await pool.query<{ partition: string }>(
    `INSERT INTO announces (created_at, torrent_id, user_id, peer_id, ip, port, event, uploaded, downloaded, "left")
     VALUES ($1, gen_random_uuid(), gen_random_uuid(), $2, '192.0.2.10', 51413, 'started', 0, 0, 1048576)
     RETURNING tableoid::regclass::text AS partition`,
    [createdAt, randomBytes(20)],
  );
  return rows[0]!.partition;
}

async function insertAuditLog(pool: Pool, createdAt: Date): Promise<string> {
  const { rows } = await pool.query<{ partition: string }>(
    `INSERT INTO audit_logs (created_at, action, entity_type, entity_id, after)
     VALUES ($1, 'schema.test', 'user', gen_random_uuid()::text, '{"ok": true}')
     RETURNING tableoid::regclass::text AS partition`,
    [createdAt],
  );
  return rows[0]!.partition;
}

describe('database schema', () => {
  let db: TestDatabase;

  beforeAll(async () => {
    db = await createTestDatabase();
  });

  afterAll(async () => {
    await db?.drop();
  });

  describe('tables and views', () => {
    it('has every table of the tracker document, the engine extras and the pool document', async () => {
      const expected = [...new Set([...TRACKER_TABLES, ...ENGINE_TABLES, ...POOL_TABLES])];
      const { rows } = await db.pool.query<{ relname: string }>(
        `SELECT c.relname FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
          WHERE n.nspname = 'public' AND c.relkind IN ('r', 'p') AND NOT c.relispartition`,
      );
      const present = new Set(rows.map((r) => r.relname));
      expect(expected.filter((t) => !present.has(t))).toEqual([]);
      expect(TRACKER_TABLES).toHaveLength(42);
      expect(POOL_TABLES).toHaveLength(17);
    });

    it('has both pool views', async () => {
      const { rows } = await db.pool.query<{ table_name: string }>(
        `SELECT table_name FROM information_schema.views WHERE table_schema = 'public' ORDER BY table_name`,
      );
      expect(rows.map((r) => r.table_name)).toEqual(expect.arrayContaining(VIEWS));
    });

    it('partitions every time-series table by range with a DEFAULT partition', async () => {
      const { rows } = await db.pool.query<{ relname: string; has_default: boolean }>(
        `SELECT c.relname, pt.partdefid <> 0 AS has_default
           FROM pg_partitioned_table pt JOIN pg_class c ON c.oid = pt.partrelid
          WHERE pt.partstrat = 'r'`,
      );
      const byName = new Map(rows.map((r) => [r.relname, r.has_default]));
      for (const table of TIME_SERIES_TABLES) expect(byName.get(table), table).toBe(true);
      const registered = await db.pool.query<{ parent: string }>(`SELECT parent::text AS parent FROM partitioned_tables`);
      expect(registered.rows.map((r) => r.parent).sort()).toEqual([...TIME_SERIES_TABLES].sort());
    });
  });

  describe('constraints', () => {
    it('refuses an unknown pool status', async () => {
      await insertPool(db.pool, { status: 'degraded' });
      await expect(insertPool(db.pool, { status: 'on_fire' })).rejects.toThrow(/torbox_pool_status_check/);
    });

    it('refuses negative slot counts and slot number 0', async () => {
      await insertPool(db.pool, { currentUserSlots: 0 });
      await expect(insertPool(db.pool, { currentUserSlots: -1 })).rejects.toThrow(/torbox_pool_current_user_slots_check/);
      await expect(insertPool(db.pool, { currentUserSlots: 101, maxUserSlots: 100 })).rejects.toThrow(
        /torbox_pool_slots_within_max/,
      );
      const key = await insertPool(db.pool);
      await insertSlot(db.pool, key, 1);
      await expect(insertSlot(db.pool, key, 0)).rejects.toThrow(/torbox_slots_slot_number_check/);
    });

    it('refuses a duplicate (pool_key_id, slot_number)', async () => {
      const key = await insertPool(db.pool);
      const other = await insertPool(db.pool);
      const user = await insertUser(db.pool);
      await insertSlot(db.pool, key, 1, user);
      await insertSlot(db.pool, key, 2);
      await insertSlot(db.pool, other, 1);
      await expect(insertSlot(db.pool, key, 1)).rejects.toThrow(/torbox_slots_pool_slot_key/);
    });

    it('allows one ACTIVE freeleech token per user and torrent, any number of inactive ones', async () => {
      const user = await insertUser(db.pool);
      const torrent = await insertTorrent(db.pool);
      const insertToken = (status: string) =>
        db.pool.query(
          `INSERT INTO freeleech_tokens (user_id, torrent_id, status, activated_at, expires_at)
           VALUES ($1, $2, $3, now() - interval '1 hour', now() + interval '24 hours')`,
          [user, torrent, status],
        );
      await insertToken('expired');
      await insertToken('used');
      await insertToken('active');
      await expect(insertToken('active')).rejects.toThrow(/uq_freeleech_tokens_one_active/);

      const otherTorrent = await insertTorrent(db.pool);
      await db.pool.query(
        `INSERT INTO freeleech_tokens (user_id, torrent_id, status, activated_at, expires_at)
         VALUES ($1, $2, 'active', now(), now() + interval '24 hours')`,
        [user, otherTorrent],
      );
      await expect(
        db.pool.query(`INSERT INTO freeleech_tokens (user_id, status) VALUES ($1, 'bogus')`, [user]),
      ).rejects.toThrow(/freeleech_tokens_status_check/);
    });

    it('refuses an unknown ban type and an IP ban without a range', async () => {
      const user = await insertUser(db.pool);
      await db.pool.query(`INSERT INTO bans (ban_type, user_id, reason) VALUES ('account', $1, 'test')`, [user]);
      await db.pool.query(`INSERT INTO bans (ban_type, ip_range, reason, is_permanent) VALUES ('ip', '198.51.100.0/24', 'test', true)`);
      await expect(
        db.pool.query(`INSERT INTO bans (ban_type, user_id, reason) VALUES ('shadow', $1, 'test')`, [user]),
      ).rejects.toThrow(/bans_ban_type_check/);
      await expect(db.pool.query(`INSERT INTO bans (ban_type, reason) VALUES ('ip', 'test')`)).rejects.toThrow(
        /bans_ip_has_range/,
      );
      const { rows } = await db.pool.query(
        `SELECT 1 FROM bans WHERE ban_type = 'ip' AND lifted_at IS NULL AND ip_range >>= '198.51.100.77'::inet`,
      );
      expect(rows).toHaveLength(1);
    });

    it('keeps usernames and emails unique case-insensitively', async () => {
      const user = await insertUser(db.pool);
      const { rows } = await db.pool.query<{ username: string; email: string }>(
        `SELECT username, email FROM users WHERE id = $1`,
        [user],
      );
      const { username, email } = rows[0]!;
      await expect(
        db.pool.query(
          `INSERT INTO users (username, email, passkey, group_id) VALUES ($1, 'someone.else@example.test', $2,
             (SELECT id FROM user_groups WHERE name = 'member'))`,
          [username.toUpperCase(), randomBytes(16).toString('hex')],
        ),
      ).rejects.toThrow(/uq_users_username_lower/);
      await expect(
        db.pool.query(
          `INSERT INTO users (username, email, passkey, group_id) VALUES ('someone_else_x', $1, $2,
             (SELECT id FROM user_groups WHERE name = 'member'))`,
          [email.toUpperCase(), randomBytes(16).toString('hex')],
        ),
      ).rejects.toThrow(/uq_users_email_lower/);
    });
  });

  describe('monthly partitions', () => {
    beforeAll(async () => {
      // What the periodic job does; a no-op unless the template database was migrated in an earlier month.
      await db.pool.query('SELECT create_upcoming_partitions(3)');
    });

    it('routes announces and audit logs to this and next month\'s partitions', async () => {
      expect(await insertAnnounce(db.pool, midMonth(0))).toBe(partitionName('announces', 0));
      expect(await insertAnnounce(db.pool, midMonth(1))).toBe(partitionName('announces', 1));
      expect(await insertAuditLog(db.pool, midMonth(0))).toBe(partitionName('audit_logs', 0));
      expect(await insertAuditLog(db.pool, midMonth(1))).toBe(partitionName('audit_logs', 1));
    });

    it('keeps a far-future row in the DEFAULT partition until its month is created, then moves it', async () => {
      const when = new Date(Date.UTC(2099, 2, 10, 8));
      expect(await insertAnnounce(db.pool, when)).toBe('announces_default');
      expect(await insertAuditLog(db.pool, when)).toBe('audit_logs_default');

      const created = await db.pool.query<{ n: number }>(
        `SELECT create_monthly_partitions('announces', '2099-03-01', 1) AS n`,
      );
      expect(created.rows[0]!.n).toBe(1);
      const again = await db.pool.query<{ n: number }>(
        `SELECT create_monthly_partitions('announces', '2099-03-20', 1) AS n`,
      );
      expect(again.rows[0]!.n).toBe(0);

      const { rows } = await db.pool.query<{ partition: string }>(
        `SELECT tableoid::regclass::text AS partition FROM announces WHERE created_at = $1`,
        [when],
      );
      expect(rows.map((r) => r.partition)).toEqual(['announces_y2099m03']);
      const leftover = await db.pool.query(`SELECT 1 FROM announces_default WHERE created_at = $1`, [when]);
      expect(leftover.rows).toHaveLength(0);

      // audit_logs was not touched: its row is still in the DEFAULT partition.
      const audit = await db.pool.query<{ partition: string }>(
        `SELECT tableoid::regclass::text AS partition FROM audit_logs WHERE created_at = $1`,
        [when],
      );
      expect(audit.rows.map((r) => r.partition)).toEqual(['audit_logs_default']);
    });

    it('routes pool-service logs by their own time column', async () => {
      const user = await insertUser(db.pool);
      const key = await insertPool(db.pool);
      const usage = await db.pool.query<{ partition: string }>(
        `INSERT INTO torbox_usage_logs (occurred_at, user_id, pool_key_id, stream_type, was_successful)
         VALUES ($1, $2, $3, 'movie', true) RETURNING tableoid::regclass::text AS partition`,
        [midMonth(0), user, key],
      );
      expect(usage.rows[0]!.partition).toBe(partitionName('torbox_usage_logs', 0));
      const stream = await db.pool.query<{ partition: string }>(
        `INSERT INTO torbox_concurrency_log (stream_started_at, pool_key_id, user_id, stream_type)
         VALUES ($1, $2, $3, 'series') RETURNING tableoid::regclass::text AS partition`,
        [midMonth(1), key, user],
      );
      expect(stream.rows[0]!.partition).toBe(partitionName('torbox_concurrency_log', 1));
    });
  });

  describe('migrations', () => {
    it('is a no-op on an already migrated database and reports every file as applied', async () => {
      expect(await migrateUp(db.url)).toEqual([]);
      const status = await migrationStatus(db.url);
      expect(status.map((s) => s.name)).toEqual(MIGRATION_FILES);
      expect(status.filter((s) => s.appliedAt === null)).toEqual([]);
    });

    it('migrates an empty database in one go, creating this month\'s partitions, then does nothing', async () => {
      const fresh = await createTestDatabase({ migrated: false });
      try {
        expect(await migrateUp(fresh.url)).toEqual(MIGRATION_FILES);
        expect(await migrateUp(fresh.url)).toEqual([]);
        const names = TIME_SERIES_TABLES.flatMap((t) => [partitionName(t, -1), partitionName(t, 0), partitionName(t, 1)]);
        const { rows } = await fresh.pool.query<{ name: string }>(
          `SELECT name FROM unnest($1::text[]) AS name WHERE to_regclass(name) IS NULL`,
          [names],
        );
        expect(rows).toEqual([]);
        const status = await migrationStatus(fresh.url);
        expect(status.every((s) => s.appliedAt instanceof Date)).toBe(true);
      } finally {
        await fresh.drop();
      }
    });
  });

  describe('default rows', () => {
    it('seeds the 13 user groups with their levels and rights', async () => {
      const { rows } = await db.pool.query<{
        name: string;
        level: number;
        can_upload: boolean;
        can_download: boolean;
        can_request: boolean;
        can_invite: boolean;
        max_invites: number | null;
        bonus_multiplier: string;
        is_immune: boolean;
        can_moderate: boolean;
        can_edit_torrents: boolean;
        can_delete_torrents: boolean;
        can_manage_users: boolean;
        can_view_ips: boolean;
        can_view_emails: boolean;
        download_slots: number | null;
      }>(`SELECT * FROM user_groups ORDER BY level`);
      expect(rows.map((r) => [r.name, r.level])).toEqual([
        ['banned', 0], ['validating', 1], ['member', 2], ['power_user', 3], ['elite', 4], ['torrent_master', 5],
        ['vip', 6], ['uploader', 7], ['designer', 8], ['forum_moderator', 10], ['moderator', 15],
        ['administrator', 20], ['sysop', 25],
      ]);
      const g = new Map(rows.map((r) => [r.name, r]));
      expect(g.get('banned')).toMatchObject({ can_upload: false, can_download: false, can_request: false, can_invite: false });
      expect(g.get('validating')).toMatchObject({ can_upload: false, can_download: true });
      expect(g.get('member')).toMatchObject({ can_upload: true, can_download: true, can_request: false, can_invite: false });
      expect(g.get('power_user')).toMatchObject({ can_request: true, can_invite: true, max_invites: 5 });
      expect(Number(g.get('power_user')!.bonus_multiplier)).toBe(1.5);
      expect(Number(g.get('torrent_master')!.bonus_multiplier)).toBe(2.5);
      expect(g.get('vip')).toMatchObject({ is_immune: true, can_moderate: false, max_invites: 50 });
      expect(g.get('elite')).toMatchObject({ is_immune: false });
      expect(g.get('forum_moderator')).toMatchObject({
        is_immune: true, can_moderate: true, can_edit_torrents: true, can_delete_torrents: false, can_manage_users: false,
      });
      expect(g.get('moderator')).toMatchObject({
        can_delete_torrents: true, can_manage_users: true, can_view_ips: true, can_view_emails: true, max_invites: 50,
      });
      expect(g.get('administrator')).toMatchObject({ can_view_ips: true, max_invites: 100 });
      expect(g.get('sysop')).toMatchObject({ max_invites: null, can_manage_users: true });
      for (const r of rows) expect(r.download_slots, r.name).toBeNull();
    });

    it('seeds the four bonus rules', async () => {
      const { rows } = await db.pool.query<{
        name: string;
        rule_type: string;
        points_per_hour: string;
        base_multiplier: string;
        size_multiplier_enabled: boolean;
        conditions: Record<string, unknown>;
      }>(`SELECT * FROM bonus_rules ORDER BY name`);
      const rules = Object.fromEntries(
        rows.map((r) => [
          r.name,
          [r.rule_type, Number(r.points_per_hour), Number(r.base_multiplier), r.size_multiplier_enabled, r.conditions],
        ]),
      );
      expect(rules).toEqual({
        freeleech_seeding: ['seed_time', 1.5, 1.25, true, { freeleech: true }],
        large_file_bonus: ['seed_time', 1.5, 1.5, true, { min_size_bytes: 53687091200 }],
        low_seeder_bonus: ['seed_time', 2, 1.5, true, { max_seeders: 4, min_ratio: 0.5 }],
        standard_seeding: ['seed_time', 1, 1, true, { min_ratio: 0.5 }],
      });
    });

    it('seeds categories with subcategories', async () => {
      const { rows } = await db.pool.query<{ parent: string; children: string[] }>(
        `SELECT p.slug AS parent, array_agg(c.slug ORDER BY c.slug) AS children
           FROM torrent_categories p JOIN torrent_categories c ON c.parent_id = p.id
          WHERE p.parent_id IS NULL GROUP BY p.slug`,
      );
      const tree = new Map(rows.map((r) => [r.parent, r.children]));
      expect(tree.get('movies')).toEqual(expect.arrayContaining(['movies-hd', 'movies-sd', 'movies-4k']));
      expect(tree.get('tv')).toEqual(expect.arrayContaining(['tv-hd', 'tv-sd', 'tv-4k']));
      expect(tree.get('music')).toEqual(expect.arrayContaining(['music-flac', 'music-mp3']));
      const parents = await db.pool.query<{ slug: string }>(`SELECT slug FROM torrent_categories WHERE parent_id IS NULL`);
      expect(parents.rows.map((r) => r.slug)).toEqual(
        expect.arrayContaining(['movies', 'tv', 'music', 'games', 'applications', 'e-books', 'anime', 'documentaries']),
      );
    });

    it('seeds forums, chat rooms and the global switches', async () => {
      const forums = await db.pool.query<{ slug: string; min_read_level: number }>(`SELECT slug, min_read_level FROM forums`);
      const bySlug = new Map(forums.rows.map((r) => [r.slug, r.min_read_level]));
      for (const slug of ['announcements', 'general-discussion', 'help-support', 'suggestions', 'staff']) {
        expect(bySlug.has(slug), slug).toBe(true);
      }
      expect(bySlug.get('staff')).toBe(15);

      const rooms = await db.pool.query<{ slug: string; room_type: string }>(
        `SELECT slug, room_type FROM chat_rooms ORDER BY sort_order`,
      );
      expect(rooms.rows).toEqual([
        { slug: 'general', room_type: 'public' },
        { slug: 'help', room_type: 'public' },
        { slug: 'staff', room_type: 'staff' },
      ]);

      const settings = await db.pool.query<{ key: string; value: unknown }>(
        `SELECT key, value FROM site_settings WHERE key IN ('global_freeleech', 'global_double_upload') ORDER BY key`,
      );
      expect(settings.rows).toEqual([
        { key: 'global_double_upload', value: false },
        { key: 'global_freeleech', value: false },
      ]);
      const singleton = await db.pool.query(`SELECT id FROM prowlarr_global_stats`);
      expect(singleton.rows).toEqual([{ id: 1 }]);
    });
  });

  describe('pool views', () => {
    it('v_pool_status marks slots WARNING at 80 % and CRITICAL at 95 %', async () => {
      const cases: [number, string][] = [[79, 'OK'], [80, 'WARNING'], [94, 'WARNING'], [95, 'CRITICAL'], [100, 'CRITICAL']];
      for (const [current, expected] of cases) {
        const id = await insertPool(db.pool, { currentUserSlots: current, maxUserSlots: 100 });
        const { rows } = await db.pool.query<{ slot_status: string; slot_utilization_pct: string }>(
          `SELECT slot_status, slot_utilization_pct FROM v_pool_status WHERE pool_key_id = $1`,
          [id],
        );
        expect(rows[0]!.slot_status, `${current}/100`).toBe(expected);
        expect(Number(rows[0]!.slot_utilization_pct)).toBe(current);
      }
      // Fractions of the key's own maximum: 16 of 20 is 80 %.
      const small = await insertPool(db.pool, { currentUserSlots: 16, maxUserSlots: 20 });
      const { rows } = await db.pool.query(`SELECT slot_status FROM v_pool_status WHERE pool_key_id = $1`, [small]);
      expect(rows[0]).toEqual({ slot_status: 'WARNING' });
    });

    it('v_pool_status marks streams WARNING at 30/35 and CRITICAL at 33/35 of the key\'s maximum', async () => {
      const cases: [number, number, string][] = [
        [29, 35, 'OK'], [30, 35, 'WARNING'], [32, 35, 'WARNING'], [33, 35, 'CRITICAL'], [35, 35, 'CRITICAL'],
        [59, 70, 'OK'], [60, 70, 'WARNING'], [66, 70, 'CRITICAL'],
      ];
      for (const [current, max, expected] of cases) {
        const id = await insertPool(db.pool, { currentStreams: current, maxStreams: max });
        const { rows } = await db.pool.query<{ concurrency_status: string; slot_status: string }>(
          `SELECT concurrency_status, slot_status FROM v_pool_status WHERE pool_key_id = $1`,
          [id],
        );
        expect(rows[0]!.concurrency_status, `${current}/${max}`).toBe(expected);
        expect(rows[0]!.slot_status).toBe('OK');
      }
    });

    it('v_user_slots lists assigned slots with the user\'s email', async () => {
      const user = await insertUser(db.pool);
      const key = await insertPool(db.pool, { currentUserSlots: 1 });
      await insertSlot(db.pool, key, 7, user);
      await insertSlot(db.pool, key, 8);
      await db.pool.query(
        `UPDATE torbox_slots SET last_activity_at = now() - interval '4 days' WHERE pool_key_id = $1 AND slot_number = 7`,
        [key],
      );
      const { rows } = await db.pool.query<{ email: string; slot_number: number; pool_status: string; days_since_activity: string }>(
        `SELECT email, slot_number, pool_status, days_since_activity FROM v_user_slots WHERE pool_key_id = $1`,
        [key],
      );
      expect(rows).toHaveLength(1);
      expect(rows[0]!.email).toMatch(/@example\.test$/);
      expect(rows[0]!.slot_number).toBe(7);
      expect(rows[0]!.pool_status).toBe('healthy');
      expect(Number(rows[0]!.days_since_activity)).toBeCloseTo(4, 1);
    });
  });
});
