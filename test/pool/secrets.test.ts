/**
 * The debrid API key: stored sealed (never the plaintext), handed only to the pool routes' callers,
 * and never in a log line (at trace level, through starts, reports, failures, expiries, a key that
 * does not decrypt) or in /metrics, which show the fingerprint instead.
 */
import { randomBytes, randomUUID } from 'node:crypto';
import { Writable } from 'node:stream';
import { pino } from 'pino';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SecretBox, shownFingerprint } from '../../core/secret-box.js';
import { startTestEngine, type TestEngine } from '../support/engine.js';
import { createUser, type TestUser } from '../support/fixtures.js';
import { box, MASTER_KEY, postJson, seedPoolKey, seedPoolToken, startStream, type SeededKey } from './pool-fixtures.js';

describe('pool secrets', () => {
  let t: TestEngine;
  let stopped = false;
  let key: SeededKey;
  let foreignKey: string;
  let token: string;
  let user: TestUser;
  const lines: string[] = [];

  beforeAll(async () => {
    const sink = new Writable({
      write(chunk: Buffer, _encoding, done) {
        lines.push(...chunk.toString('utf8').split('\n').filter(Boolean));
        done();
      },
    });
    t = await startTestEngine({
      workers: 2,
      flush: { intervalMs: 600_000 },
      log: pino({ level: 'trace' }, sink),
      streamPool: { masterKey: MASTER_KEY, flushIntervalMs: 600_000, leaseTtlSeconds: 1 },
      prepare: async (db) => {
        key = await seedPoolKey(db.pool, { maxStreams: 1 });
        // A key sealed under another master key: it cannot be served, and saying so must not leak it.
        foreignKey = `tb_${randomBytes(16).toString('hex')}`;
        const other = new SecretBox(randomBytes(32).toString('base64'));
        const id = randomUUID();
        const sealed = other.seal(foreignKey, id);
        await db.pool.query(
          `INSERT INTO torbox_pool (id, name, api_key_ciphertext, api_key_iv, api_key_tag, api_key_fingerprint) VALUES ($1, 'foreign', $2, $3, $4, $5)`,
          [id, sealed.ciphertext, sealed.iv, sealed.tag, other.fingerprint(foreignKey)],
        );
        token = (await seedPoolToken(db.pool)).token;
        user = await createUser(db.pool);
      },
    });
  });

  afterAll(async () => {
    if (!stopped) await t?.stop();
  });

  it('stores the key sealed, answers it only to a lease holder, and never logs it or shows it in metrics', async () => {
    const stored = await t.db.pool.query(`SELECT api_key_ciphertext, api_key_iv, api_key_tag, api_key_fingerprint FROM torbox_pool WHERE id = $1`, [key.id]);
    const row = stored.rows[0];
    expect(row.api_key_ciphertext.toString('utf8')).not.toContain(key.apiKey);
    expect(row.api_key_ciphertext.toString('hex')).not.toContain(Buffer.from(key.apiKey).toString('hex'));
    expect(box.open({ ciphertext: row.api_key_ciphertext, iv: row.api_key_iv, tag: row.api_key_tag }, key.id)).toBe(key.apiKey);

    const started = await startStream(t.serviceUrl, token, user.id);
    expect(started.body.apiKey).toBe(key.apiKey);
    expect((await startStream(t.serviceUrl, token, user.id, 'second')).status).toBe(429);
    for (const httpStatus of [200, 500, 403]) {
      expect((await postJson(`${t.serviceUrl}/pool/v1/reports`, token, { poolKeyId: key.id, endpoint: '/v1/api/torrents/createtorrent', httpStatus })).status).toBe(202);
    }
    await new Promise((r) => setTimeout(r, 2500)); // the lease expires (time to live 1 s)
    await t.engine.flushNow();

    const metrics = await (await fetch(`${t.opsUrl}/metrics`)).text();
    expect(metrics).toContain(`fingerprint="${shownFingerprint(box.fingerprint(key.apiKey))}"`);
    expect(metrics).toContain('swarmgate_pool_key_status');
    stopped = true;
    await t.stop();
    // Every log line so far, including the foreign key's "does not decrypt" error and the shutdown.
    expect(lines.some((l) => l.includes('does not decrypt'))).toBe(true);
    expect(lines.length).toBeGreaterThan(3);
    for (const secret of [key.apiKey, foreignKey, MASTER_KEY]) {
      expect(metrics).not.toContain(secret);
      for (const line of lines) expect(line).not.toContain(secret);
    }
  });
});
