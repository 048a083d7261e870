/** An API token the way the control plane stores it (SHA-256 digest), for an account in `group`. */
import { generateToken, hashToken } from '../../../control/credentials.js';
import type { Pool } from '../../../core/db.js';
import { createUser } from '../../support/fixtures.js';

export async function createApiToken(pool: Pool, group: string): Promise<{ userId: string; token: string }> {
  const user = await createUser(pool, { group });
  const token = generateToken('sgt');
  await pool.query(`INSERT INTO api_tokens (user_id, name, token_hash) VALUES ($1, 'search reporter', $2)`, [user.id, hashToken(token)]);
  return { userId: user.id, token };
}
