/**
 * Feature bans the control plane enforces itself (the engine enforces account, download and IP bans):
 * an active upload ban refuses RegisterTorrent. Chat and forum bans are for the chat and forum
 * services to read the same way.
 */
import { permissionDenied } from '../../errors/control-error.js';
import type { Queryable } from '../users/user-records.js';
import type { StoredBanType } from './enums.js';

export async function requireNoActiveBan(db: Queryable, userId: string, type: StoredBanType): Promise<void> {
  const { rows } = await db.query<{ reason: string }>(
    `SELECT reason FROM bans WHERE user_id = $1 AND ban_type = $2 AND lifted_at IS NULL AND (expires_at IS NULL OR expires_at > now()) LIMIT 1`,
    [userId, type],
  );
  if (rows[0]) throw permissionDenied(`${type.toUpperCase()}_BANNED`, `your account has an active ${type} ban: ${rows[0].reason}`);
}
