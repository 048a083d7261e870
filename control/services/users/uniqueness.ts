/**
 * Usernames and emails are unique case-insensitively. Checked up front for a clear ALREADY_EXISTS,
 * and the unique indexes still decide a race (their violation maps to the same error).
 */
import { alreadyExists } from '../../errors/control-error.js';
import type { Queryable } from './user-records.js';

export async function requireAvailable(db: Queryable, fields: { username?: string; email?: string }, exceptUserId?: string): Promise<void> {
  if (fields.username !== undefined) {
    const { rowCount } = await db.query(`SELECT 1 FROM users WHERE lower(username) = lower($1) AND id IS DISTINCT FROM $2`, [fields.username, exceptUserId ?? null]);
    if (rowCount) throw alreadyExists('USERNAME_TAKEN', `username "${fields.username}" is taken`, { field: 'username' });
  }
  if (fields.email !== undefined) {
    const { rowCount } = await db.query(`SELECT 1 FROM users WHERE lower(email) = lower($1) AND id IS DISTINCT FROM $2`, [fields.email, exceptUserId ?? null]);
    if (rowCount) throw alreadyExists('EMAIL_TAKEN', `email "${fields.email}" is in use`, { field: 'email' });
  }
}

/** Maps a unique violation of the users indexes raised by a concurrent insert; other errors pass. */
export function uniqueViolationToError(err: unknown): unknown {
  const pgError = err as { code?: string; constraint?: string };
  if (pgError.code !== '23505') return err;
  if (pgError.constraint === 'uq_users_username_lower') return alreadyExists('USERNAME_TAKEN', 'username is taken', { field: 'username' });
  if (pgError.constraint === 'uq_users_email_lower') return alreadyExists('EMAIL_TAKEN', 'email is in use', { field: 'email' });
  return err;
}
