/** Rows tests need, inserted the way the control plane would: users with passkeys, registered torrents. */
import { randomBytes } from 'node:crypto';
import type { Pool } from '../../core/db.js';

export interface TestUser {
  id: string;
  passkey: string;
  username: string;
}

export async function createUser(pool: Pool, options: { group?: string; status?: string } = {}): Promise<TestUser> {
  const username = `user_${randomBytes(5).toString('hex')}`;
  const passkey = randomBytes(16).toString('hex');
  const { rows } = await pool.query<{ id: string }>(
    `INSERT INTO users (username, email, passkey, group_id, status)
     VALUES ($1, $2, $3, (SELECT id FROM user_groups WHERE name = $4), $5) RETURNING id`,
    [username, `${username}@example.test`, passkey, options.group ?? 'member', options.status ?? 'enabled'],
  );
  return { id: rows[0]!.id, passkey, username };
}

export interface TestTorrent {
  id: string;
  infoHash: Buffer;
}

export async function createTorrent(
  pool: Pool,
  options: { status?: 'pending' | 'approved' | 'rejected' | 'postponed'; infoHash?: Buffer; freeleech?: boolean; doubleUpload?: boolean; size?: number } = {},
): Promise<TestTorrent> {
  const infoHash = options.infoHash ?? randomBytes(20);
  const { rows } = await pool.query<{ id: string }>(
    `INSERT INTO torrents (info_hash, name, category_id, size, moderation_status, is_freeleech, is_double_upload)
     VALUES ($1, $2, (SELECT id FROM torrent_categories ORDER BY id LIMIT 1), $3, $4, $5, $6) RETURNING id`,
    [infoHash, `Test torrent ${infoHash.toString('hex').slice(0, 8)}`, options.size ?? 1 << 20, options.status ?? 'approved',
      options.freeleech ?? false, options.doubleUpload ?? false],
  );
  return { id: rows[0]!.id, infoHash };
}
