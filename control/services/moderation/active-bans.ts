/**
 * Bans the control plane enforces itself (the engine enforces account, download and IP bans): an
 * active upload ban refuses RegisterTorrent, an email ban CreateUser. Chat and forum bans are for the chat and forum
 * services to read the same way.
 */
import { failedPrecondition, permissionDenied } from '../../errors/control-error.js';
import type { Queryable } from '../users/user-records.js';
import type { StoredBanType } from './enums.js';

export async function requireNoActiveBan(db: Queryable, userId: string, type: StoredBanType): Promise<void> {
  const { rows } = await db.query<{ reason: string }>(
    `SELECT reason FROM bans WHERE user_id = $1 AND ban_type = $2 AND lifted_at IS NULL AND (expires_at IS NULL OR expires_at > now()) LIMIT 1`,
    [userId, type],
  );
  if (rows[0]) throw permissionDenied(`${type.toUpperCase()}_BANNED`, `your account has an active ${type} ban: ${rows[0].reason}`);
}

/** An address matching an active email ban (a LIKE pattern such as %@example.com) cannot get an account. */
export async function requireEmailNotBanned(db: Queryable, email: string): Promise<void> {
  const { rows } = await db.query(
    `SELECT 1 FROM bans WHERE ban_type = 'email' AND lifted_at IS NULL AND (expires_at IS NULL OR expires_at > now())
       AND lower($1) LIKE lower(email_pattern) LIMIT 1`,
    [email],
  );
  if (rows[0]) throw failedPrecondition('EMAIL_BANNED', 'this email address (or its domain) is banned', { email });
}
