/**
 * Pool rows for tests, inserted the way the control plane stores them: keys sealed with SecretBox
 * (the key row's id as AAD), API tokens by SHA-256, users; and a small JSON client for the pool routes.
 */
import { randomBytes, randomUUID } from 'node:crypto';
import { request } from 'node:http';
import type { Pool } from '../../core/db.js';
import { SecretBox } from '../../core/secret-box.js';
import { generateToken, hashToken } from '../../control/credentials.js';
import { createUser, type TestUser } from '../support/fixtures.js';

export const MASTER_KEY = randomBytes(32).toString('base64');
export const box = new SecretBox(MASTER_KEY);

export interface SeededKey {
  id: string;
  name: string;
  apiKey: string;
}

export async function seedPoolKey(
  pool: Pool,
  options: { name?: string; priority?: number; maxUserSlots?: number; maxStreams?: number; status?: string; active?: boolean; apiKey?: string } = {},
): Promise<SeededKey> {
  const id = randomUUID();
  const apiKey = options.apiKey ?? `tb_${randomBytes(16).toString('hex')}`;
  const sealed = box.seal(apiKey, id);
  const name = options.name ?? `key-${id.slice(0, 8)}`;
  await pool.query(
    `INSERT INTO torbox_pool (id, name, api_key_ciphertext, api_key_iv, api_key_tag, api_key_fingerprint, priority, max_user_slots,
       max_concurrent_streams, status, is_active)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11)`,
    [id, name, sealed.ciphertext, sealed.iv, sealed.tag, box.fingerprint(apiKey), options.priority ?? 0, options.maxUserSlots ?? 100,
      options.maxStreams ?? 35, options.status ?? 'healthy', options.active ?? true],
  );
  return { id, name, apiKey };
}

/** A service account in a group holding can_pool_stream (administrator), with an API token. */
export async function seedPoolToken(pool: Pool, options: { group?: string } = {}): Promise<{ user: TestUser; token: string }> {
  const user = await createUser(pool, { group: options.group ?? 'administrator' });
  const token = generateToken('sgt');
  await pool.query(`INSERT INTO api_tokens (user_id, name, token_hash) VALUES ($1, 'proxy', $2)`, [user.id, hashToken(token)]);
  return { user, token };
}

export interface JsonAnswer {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  body: any;
}

/**
 * POST over a connection of its own (no keep-alive), so SO_REUSEPORT may hand it to any worker.
 * `body` is sent as given when a string or Buffer, else as JSON.
 */
export function postJson(url: string, token: string | null, body?: unknown, headers: Record<string, string> = {}): Promise<JsonAnswer> {
  const target = new URL(url);
  const payload = body === undefined ? Buffer.alloc(0) : Buffer.isBuffer(body) ? body : Buffer.from(typeof body === 'string' ? body : JSON.stringify(body));
  return new Promise((resolve, reject) => {
    const req = request(
      {
        host: target.hostname,
        port: target.port,
        path: target.pathname,
        method: 'POST',
        agent: false,
        timeout: 30_000,
        headers: {
          'content-type': 'application/json',
          'content-length': String(payload.length),
          ...(token ? { authorization: `Bearer ${token}` } : {}),
          ...headers,
        },
      },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('end', () => {
          const text = Buffer.concat(chunks).toString('utf8');
          let parsed: unknown = text;
          try {
            parsed = JSON.parse(text);
          } catch {
            // left as text: the test says what it expected
          }
          resolve({ status: res.statusCode ?? 0, headers: res.headers, body: parsed });
        });
      },
    );
    req.on('timeout', () => req.destroy(new Error(`timeout for ${url}`)));
    req.on('error', reject);
    req.end(payload);
  });
}

export function startStream(serviceUrl: string, token: string, userId: string, deviceId = 'device-1'): Promise<JsonAnswer> {
  return postJson(`${serviceUrl}/pool/v1/streams`, token, {
    userId,
    deviceId,
    stream: { type: 'movie', imdbId: 'tt0111161', torrentHash: randomBytes(20).toString('hex'), title: 'The Shawshank Redemption' },
  });
}

export async function createUsers(pool: Pool, count: number): Promise<TestUser[]> {
  const users: TestUser[] = [];
  for (let i = 0; i < count; i++) users.push(await createUser(pool));
  return users;
}

/** Poll `check` until it returns true (generous: the machine is shared). */
export async function waitFor(check: () => Promise<boolean>, what: string, timeoutMs = 30_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await check())) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 100));
  }
}
