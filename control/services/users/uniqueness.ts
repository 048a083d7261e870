/**
 * Usernames and emails are unique case-insensitively. Checked up front for a clear ALREADY_EXISTS,
 * and the unique indexes still decide a race (their violation maps to the same reasons in
 * control/errors/database-errors.ts, for every handler).
 */
import { alreadyExists, echo } from '../../errors/control-error.js';
import type { Queryable } from './user-records.js';

/**
 * `showEmail`: whether the caller may see other accounts' emails (can_view_emails); without it the
 * answer does not quote the address back (it came from the caller, but the message and details
 * travel into logs and tools that other staff read).
 */
export async function requireAvailable(
  db: Queryable,
  fields: { username?: string; email?: string },
  exceptUserId?: string,
  showEmail = false,
): Promise<void> {
  if (fields.username !== undefined) {
    const { rowCount } = await db.query(`SELECT 1 FROM users WHERE lower(username) = lower($1) AND id IS DISTINCT FROM $2`, [fields.username, exceptUserId ?? null]);
    if (rowCount) throw alreadyExists('USERNAME_TAKEN', `username "${echo(fields.username)}" is taken`, { field: 'username' });
  }
  if (fields.email !== undefined) {
    const { rowCount } = await db.query(`SELECT 1 FROM users WHERE lower(email) = lower($1) AND id IS DISTINCT FROM $2`, [fields.email, exceptUserId ?? null]);
    if (rowCount) throw alreadyExists('EMAIL_TAKEN', showEmail ? `email "${echo(fields.email)}" is in use` : 'the email is in use by another account', { field: 'email' });
  }
}
