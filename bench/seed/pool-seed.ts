/**
 * The pool run's rows: debrid keys sealed under a fresh master key (as the control plane stores
 * them), and a service account in a group holding can_pool_stream with an API token.
 */
import { randomBytes, randomUUID } from 'node:crypto';
import type { Pool } from '../../core/db.js';
import { SecretBox } from '../../core/secret-box.js';
import { generateToken, hashToken } from '../../control/credentials.js';

export interface PoolSeed {
  masterKey: string;
  token: string;
  keyIds: string[];
}

export async function seedPool(pool: Pool, keys: number, cap: number): Promise<PoolSeed> {
  const masterKey = randomBytes(32).toString('base64');
  const box = new SecretBox(masterKey);
  const keyIds: string[] = [];
  for (let k = 0; k < keys; k++) {
    const id = randomUUID();
    const apiKey = `bench_${randomBytes(16).toString('hex')}`;
    const sealed = box.seal(apiKey, id);
    await pool.query(
      `INSERT INTO torbox_pool (id, name, api_key_ciphertext, api_key_iv, api_key_tag, api_key_fingerprint, max_user_slots, max_concurrent_streams)
       VALUES ($1, $2, $3, $4, $5, $6, 100, $7)`,
      [id, `bench-${k + 1}`, sealed.ciphertext, sealed.iv, sealed.tag, box.fingerprint(apiKey), cap],
    );
    keyIds.push(id);
  }
  const { rows } = await pool.query<{ id: string }>(
    `INSERT INTO users (username, email, passkey, group_id, status)
     VALUES ('bench_proxy', 'bench_proxy@example.test', $1, (SELECT id FROM user_groups WHERE name = 'administrator'), 'enabled') RETURNING id`,
    [randomBytes(16).toString('hex')],
  );
  const token = generateToken('sgt');
  await pool.query(`INSERT INTO api_tokens (user_id, name, token_hash) VALUES ($1, 'bench proxy', $2)`, [rows[0]!.id, hashToken(token)]);
  return { masterKey, token, keyIds };
}

/**
 * Start rows that went over their key's cap: the key's sessions as +1 at start and -1 at end, in
 * time order (an end before a start at the same instant), and every start that lifts the running
 * count above the cap is a violation.
 */
export async function capViolations(pool: Pool, cap: number): Promise<{ violations: number; peak: number; sessions: number }> {
  const { rows } = await pool.query<{ violations: number; peak: number; sessions: number }>(
    `SELECT COALESCE(sum(over), 0)::int AS violations, COALESCE(max(peak), 0)::int AS peak,
            (SELECT count(*) FROM torbox_concurrency_log)::int AS sessions
     FROM (
       SELECT count(*) FILTER (WHERE d = 1 AND running > $1) AS over, max(running) AS peak
       FROM (
         SELECT pool_key_id, d, sum(d) OVER (PARTITION BY pool_key_id ORDER BY t, d ROWS UNBOUNDED PRECEDING) AS running
         FROM (
           SELECT pool_key_id, stream_started_at AS t, 1 AS d FROM torbox_concurrency_log
           UNION ALL
           SELECT pool_key_id, stream_ended_at, -1 FROM torbox_concurrency_log WHERE stream_ended_at IS NOT NULL
         ) AS events
       ) AS counted
       GROUP BY pool_key_id
     ) AS per_key`,
    [cap],
  );
  return rows[0]!;
}
