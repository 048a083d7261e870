/**
 * Reads the engine's read-mostly state from PostgreSQL: everything at start, and single records when
 * an event says they changed. Runs in the supervisor only, never on the request path.
 */
import { to as copyTo } from 'pg-copy-streams';
import { withTransaction, type Pool } from '../core/db.js';
import { parsePortRanges } from './address.js';
import type { GroupRecord, IpBanRecord, ModerationStatus, SiteSettings, TorrentRecord, UserRecord } from './records.js';
import type { PackedPeers } from './restore/packed-peers.js';
import { PeerCopyDecoder } from './restore/peer-copy-decoder.js';

/** Hands out the dense per-process user indexes the shared counters and accounting arrays use. */
export class UserIndexes {
  private readonly byId = new Map<string, number>();
  private readonly ids: string[] = [];

  indexOf(userId: string): number {
    let index = this.byId.get(userId);
    if (index === undefined) {
      index = this.ids.length;
      this.ids.push(userId);
      this.byId.set(userId, index);
    }
    return index;
  }

  idOf(index: number): string | undefined {
    return this.ids[index];
  }

  get size(): number {
    return this.ids.length;
  }
}

const ACTIVE_BAN = `lifted_at IS NULL AND (expires_at IS NULL OR expires_at > now())`;

/**
 * Epoch ms until which the user's unlifted bans of `type` run: Infinity when one has no expiry, 0 when
 * there is none. The record carries the time, so the engine stops honouring a ban the moment it
 * expires (the expiry job only tidies the rows afterwards).
 */
const banUntil = (type: string) => `
  COALESCE((SELECT CASE WHEN bool_or(b.expires_at IS NULL) THEN 'Infinity'::float8
                        ELSE max(extract(epoch FROM b.expires_at) * 1000)::float8 END
            FROM bans b WHERE b.user_id = u.id AND b.ban_type = '${type}' AND b.${ACTIVE_BAN}), 0)`;

const USER_SELECT = `
  SELECT u.id, u.passkey, u.group_id,
         (u.status = 'enabled' AND u.deleted_at IS NULL) AS enabled,
         u.can_download,
         ${banUntil('account')} AS account_ban_until,
         ${banUntil('download')} AS download_ban_until,
         COALESCE(extract(epoch FROM u.personal_freeleech_until) * 1000, 0)::float8 AS personal_freeleech_until
  FROM users u`;

interface UserRow {
  id: string;
  passkey: string;
  group_id: number;
  enabled: boolean;
  can_download: boolean;
  account_ban_until: number;
  download_ban_until: number;
  personal_freeleech_until: number;
}

function toUser(row: UserRow, indexes: UserIndexes): UserRecord {
  return {
    id: row.id,
    index: indexes.indexOf(row.id),
    passkey: row.passkey,
    groupId: row.group_id,
    enabled: row.enabled,
    canDownload: row.can_download,
    accountBanUntil: row.account_ban_until,
    downloadBanUntil: row.download_ban_until,
    personalFreeleechUntil: row.personal_freeleech_until,
  };
}

export async function loadUsers(pool: Pool, indexes: UserIndexes): Promise<UserRecord[]> {
  const { rows } = await pool.query<UserRow>(USER_SELECT);
  return rows.map((r) => toUser(r, indexes));
}

export async function loadUser(pool: Pool, indexes: UserIndexes, userId: string): Promise<UserRecord | null> {
  const { rows } = await pool.query<UserRow>(`${USER_SELECT} WHERE u.id = $1`, [userId]);
  return rows[0] ? toUser(rows[0], indexes) : null;
}

const GROUP_SELECT = `
  SELECT id, name, can_download, download_slots, is_freeleech, is_double_upload,
         upload_multiplier::float8 AS upload_multiplier, download_multiplier::float8 AS download_multiplier
  FROM user_groups`;

interface GroupRow {
  id: number;
  name: string;
  can_download: boolean;
  download_slots: number | null;
  is_freeleech: boolean;
  is_double_upload: boolean;
  upload_multiplier: number;
  download_multiplier: number;
}

function toGroup(r: GroupRow): GroupRecord {
  return {
    id: r.id,
    name: r.name,
    canDownload: r.can_download,
    downloadSlots: r.download_slots,
    isFreeleech: r.is_freeleech,
    isDoubleUpload: r.is_double_upload,
    uploadMultiplier: r.upload_multiplier,
    downloadMultiplier: r.download_multiplier,
  };
}

export async function loadGroups(pool: Pool): Promise<GroupRecord[]> {
  return (await pool.query<GroupRow>(GROUP_SELECT)).rows.map(toGroup);
}

export async function loadGroup(pool: Pool, groupId: number): Promise<GroupRecord | null> {
  const { rows } = await pool.query<GroupRow>(`${GROUP_SELECT} WHERE id = $1`, [groupId]);
  return rows[0] ? toGroup(rows[0]) : null;
}

const TORRENT_SELECT = `
  SELECT t.id, t.info_hash, t.moderation_status, t.deleted_at IS NOT NULL AS deleted,
         t.is_freeleech, t.is_double_upload, t.times_completed,
         tokens.user_ids AS token_user_ids, tokens.expires_at AS token_expires_at
  FROM torrents t
  -- Active tokens in one order for both arrays; expires_at is NOT NULL for an active token (CHECK).
  CROSS JOIN LATERAL (
    SELECT COALESCE(array_agg(ft.user_id ORDER BY ft.user_id), '{}') AS user_ids,
           COALESCE(array_agg(extract(epoch FROM ft.expires_at)::float8 ORDER BY ft.user_id), '{}') AS expires_at
    FROM freeleech_tokens ft
    WHERE ft.torrent_id = t.id AND ft.status = 'active' AND ft.expires_at > now()) tokens`;

interface TorrentRow {
  id: string;
  info_hash: Buffer;
  moderation_status: ModerationStatus;
  deleted: boolean;
  is_freeleech: boolean;
  is_double_upload: boolean;
  times_completed: number;
  token_user_ids: string[];
  token_expires_at: number[];
}

function toTorrent(r: TorrentRow, indexes: UserIndexes): TorrentRecord {
  return {
    id: r.id,
    infoHash: r.info_hash.toString('latin1'),
    status: r.moderation_status,
    deleted: r.deleted,
    isFreeleech: r.is_freeleech,
    isDoubleUpload: r.is_double_upload,
    timesCompleted: r.times_completed,
    tokenUserIndexes: r.token_user_ids.map((id) => indexes.indexOf(id)),
    tokenExpiresAt: r.token_expires_at.map(Number),
  };
}

export async function loadTorrents(pool: Pool, indexes: UserIndexes): Promise<TorrentRecord[]> {
  return (await pool.query<TorrentRow>(TORRENT_SELECT)).rows.map((r) => toTorrent(r, indexes));
}

export async function loadTorrent(pool: Pool, indexes: UserIndexes, torrentId: string): Promise<TorrentRecord | null> {
  const { rows } = await pool.query<TorrentRow>(`${TORRENT_SELECT} WHERE t.id = $1`, [torrentId]);
  return rows[0] ? toTorrent(rows[0], indexes) : null;
}

export async function loadIpBans(pool: Pool): Promise<IpBanRecord[]> {
  const { rows } = await pool.query<IpBanRecord>(
    `SELECT id, ip_range::text AS cidr, COALESCE(extract(epoch FROM expires_at) * 1000, 0)::float8 AS "expiresAt"
     FROM bans WHERE ban_type = 'ip' AND ip_range IS NOT NULL AND ${ACTIVE_BAN}`,
  );
  return rows;
}

export async function loadClientBlacklist(pool: Pool): Promise<string[]> {
  const { rows } = await pool.query<{ prefix: Buffer }>(`SELECT peer_id_prefix AS prefix FROM client_blacklist`);
  return rows.map((r) => r.prefix.toString('latin1'));
}

const SETTING_KEYS = [
  'global_freeleech',
  'global_freeleech_starts_at',
  'global_freeleech_ends_at',
  'global_double_upload',
  'global_double_upload_starts_at',
  'global_double_upload_ends_at',
];

/** A stored RFC 3339 time (jsonb string) as epoch ms; null, absent or unreadable is 0 (unbounded). */
function epochMs(value: unknown): number {
  if (typeof value !== 'string') return 0;
  const ms = Date.parse(value);
  return Number.isFinite(ms) ? ms : 0;
}

export async function loadSettings(pool: Pool): Promise<SiteSettings> {
  const [{ rows }, ports] = await Promise.all([
    pool.query<{ key: string; value: unknown }>(`SELECT key, value FROM site_settings WHERE key = ANY($1)`, [SETTING_KEYS]),
    pool.query<{ port_from: number; port_to: number }>(`SELECT port_from, port_to FROM blacklisted_ports`),
  ]);
  const value = (key: string) => rows.find((r) => r.key === key)?.value;
  return {
    globalFreeleech: value('global_freeleech') === true,
    globalFreeleechFrom: epochMs(value('global_freeleech_starts_at')),
    globalFreeleechUntil: epochMs(value('global_freeleech_ends_at')),
    globalDoubleUpload: value('global_double_upload') === true,
    globalDoubleUploadFrom: epochMs(value('global_double_upload_starts_at')),
    globalDoubleUploadUntil: epochMs(value('global_double_upload_ends_at')),
    blacklistedPorts: ports.rows.map((r) => [r.port_from, r.port_to]),
  };
}

/**
 * At the engine's first start against a database, fill blacklisted_ports from the configured list
 * (engine.blacklistedPorts). The marker setting makes this happen once: afterwards the table, which
 * operators change through the control plane, is the only source.
 */
export async function seedBlacklistedPorts(pool: Pool, configured: string[]): Promise<void> {
  await withTransaction(pool, async (tx) => {
    const marked = await tx.query(
      `INSERT INTO site_settings (key, value, description)
       VALUES ('blacklisted_ports.seeded', 'true', 'blacklisted_ports was filled from engine.blacklistedPorts at first start')
       ON CONFLICT (key) DO NOTHING`,
    );
    if (marked.rowCount === 0) return;
    for (const [from, to] of parsePortRanges(configured)) {
      await tx.query(`INSERT INTO blacklisted_ports (port_from, port_to, reason) VALUES ($1, $2, 'engine.blacklistedPorts') ON CONFLICT DO NOTHING`, [from, to]);
    }
  });
}

/**
 * The restore query: peers of live torrents, in the column order PeerCopyDecoder reads. Raw columns
 * (no host(), no extract()) so PostgreSQL only copies bytes out.
 */
const PEERS_COPY = `
  COPY (SELECT t.info_hash, p.user_id::text, p.peer_id, p.ip, p.port, p.uploaded, p.downloaded, p."left",
               p.is_paused, p.updated_at
        FROM peers p JOIN torrents t ON t.id = p.torrent_id
        WHERE t.deleted_at IS NULL) TO STDOUT (FORMAT binary)`;

/**
 * Peers as the last flush left them, packed per owning worker (`workerCount` shares, by info_hash as
 * `ownerOf`): the supervisor transfers each share to its worker as it is.
 */
export async function loadPeers(pool: Pool, indexes: UserIndexes, workerCount = 1): Promise<PackedPeers[]> {
  const client = await pool.connect();
  try {
    // The planner's row estimate sizes the buffers once instead of doubling them up to a million rows.
    const { rows } = await client.query<{ estimate: number }>(`SELECT reltuples::float8 AS estimate FROM pg_class WHERE oid = 'peers'::regclass`);
    const decoder = new PeerCopyDecoder(indexes, workerCount, Math.max(0, rows[0]?.estimate ?? 0));
    const stream = client.query(copyTo(PEERS_COPY));
    for await (const chunk of stream) decoder.push(chunk as Buffer);
    return decoder.end();
  } finally {
    client.release();
  }
}

/**
 * Set every torrent's seeders and leechers from the peers table (at start, before swarms are rebuilt).
 * The peers are counted per torrent_id first (one pass over the table, grouped on the primary key's
 * leading column) and only then joined to torrents, instead of joining every peer row to its torrent.
 */
export async function recountTorrentPeers(pool: Pool): Promise<void> {
  await pool.query(`
    UPDATE torrents t SET seeders = COALESCE(c.seeders, 0), leechers = COALESCE(c.leechers, 0)
    FROM torrents t2
    LEFT JOIN (SELECT torrent_id,
                      count(*) FILTER (WHERE "left" = 0)::int AS seeders,
                      count(*) FILTER (WHERE "left" > 0)::int AS leechers
               FROM peers GROUP BY torrent_id) c ON c.torrent_id = t2.id
    WHERE t.id = t2.id
      AND (t.seeders, t.leechers) IS DISTINCT FROM (COALESCE(c.seeders, 0), COALESCE(c.leechers, 0))`);
}
