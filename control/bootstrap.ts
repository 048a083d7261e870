/**
 * First-run setup: when the database has no administrator yet, create one (group sysop) with a
 * one-time password and an API token, and return them so `start` can print them once. Everything
 * happens in one transaction under an advisory lock, so two nodes starting together create one.
 */
import { withTransaction, type Pool } from '../core/db.js';
import { generatePasskey, generatePassword, generateToken, hashPassword, hashToken } from './credentials.js';

export interface AdministratorCredentials {
  username: string;
  password: string;
  apiToken: string;
}

const BOOTSTRAP_LOCK = 0x5377_6172; // "Swar"
const MARKER = 'administrator_bootstrapped';

export async function bootstrapAdministrator(pool: Pool): Promise<AdministratorCredentials | null> {
  const password = generatePassword();
  const passwordHash = await hashPassword(password);
  return withTransaction(pool, async (tx) => {
    await tx.query('SELECT pg_advisory_xact_lock($1)', [BOOTSTRAP_LOCK]);
    const done = await tx.query('SELECT 1 FROM site_settings WHERE key = $1', [MARKER]);
    if (done.rowCount) return null;

    const username = 'admin';
    const apiToken = generateToken('sgt');
    const user = await tx.query<{ id: string }>(
      `INSERT INTO users (username, email, passkey, group_id, password_hash, status)
       VALUES ($1, $2, $3, (SELECT id FROM user_groups WHERE name = 'sysop'), $4, 'enabled')
       RETURNING id`,
      [username, 'admin@localhost', generatePasskey(), passwordHash],
    );
    const userId = user.rows[0]!.id;
    await tx.query(`INSERT INTO api_tokens (user_id, name, token_hash) VALUES ($1, $2, $3)`, [userId, 'bootstrap', hashToken(apiToken)]);
    await tx.query(`INSERT INTO site_settings (key, value) VALUES ($1, $2)`, [MARKER, JSON.stringify({ user_id: userId })]);
    await tx.query(
      `INSERT INTO audit_logs (actor_user_id, action, entity_type, entity_id, after, success)
       VALUES (NULL, 'administrator.bootstrap', 'user', $1, $2, true)`,
      [userId, JSON.stringify({ username, group: 'sysop' })],
    );
    return { username, password, apiToken };
  });
}
