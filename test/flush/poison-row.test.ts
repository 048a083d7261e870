import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startCli } from '../support/cli.js';
import { createTestDatabase, type TestDatabase } from '../support/database.js';
import { announce, failureOf, freePort, peerId } from '../support/engine.js';
import { createTorrent, createUser, type TestTorrent, type TestUser } from '../support/fixtures.js';
import { metricValue } from '../support/log-capture.js';
import { startTcpProxy, type TcpProxy } from '../support/tcp-proxy.js';

const NEAR_BIGINT_MAX = '9223372036854775000'; // 807 bytes below 2^63 - 1

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/**
 * One user's stored counter sits near the bigint maximum, so adding anything to it fails in
 * PostgreSQL. That key is quarantined and reported; everyone else in the same batches is credited to
 * the byte. The real `swarmgate engine` process runs it, and exits non-zero when its final flush fails.
 */
describe('a user whose counter is near the bigint limit', { timeout: 180_000 }, () => {
  let db: TestDatabase;
  let proxy: TcpProxy;
  let poisoned: TestUser;
  const others: TestUser[] = [];
  const torrents: TestTorrent[] = [];

  beforeAll(async () => {
    db = await createTestDatabase();
    poisoned = await createUser(db.pool);
    for (let i = 0; i < 4; i++) others.push(await createUser(db.pool));
    for (let i = 0; i < 3; i++) torrents.push(await createTorrent(db.pool));
    await db.pool.query(`INSERT INTO user_statistics (user_id, uploaded_raw, uploaded_credited) VALUES ($1, $2, $2)`, [poisoned.id, NEAR_BIGINT_MAX]);
    proxy = await startTcpProxy(Number(new URL(db.url).port || 5432));
  });
  afterAll(async () => {
    await proxy?.close();
    await db?.drop();
  });

  it('credits every other user exactly, reports the bad key, and exits non-zero after a failed final flush', async () => {
    const port = await freePort();
    const opsPort = await freePort();
    const engine = startCli(['engine'], {
      DATABASE_URL: proxy.urlFor(db.url),
      SWARMGATE_ENGINE_HOST: '127.0.0.1',
      SWARMGATE_ENGINE_PORT: String(port),
      SWARMGATE_OPS_PORT: String(opsPort),
      SWARMGATE_ENGINE_WORKERS: '2',
      SWARMGATE_FLUSH_INTERVAL_MS: '200',
      SWARMGATE_FLUSH_SHUTDOWN_DEADLINE_MS: '2000',
      SWARMGATE_DB_CONNECT_TIMEOUT_MS: '1000',
    });
    const opsUrl = `http://127.0.0.1:${opsPort}`;
    try {
      await engine.waitFor(/swarmgate engine ready/, 120_000);
      const base = `http://127.0.0.1:${port}`;
      const expected = new Map<string, number>();
      let n = 0;
      // Every user, the poisoned one included, runs clients in the same swarms, so every batch mixes them.
      for (let round = 0; round < 3; round++) {
        for (const user of [poisoned, ...others]) {
          for (const torrent of torrents) {
            const id = peerId(++n);
            const moved = 1000 * n + round;
            const started = await announce(base, user.passkey, { infoHash: torrent.infoHash, peerId: id, left: 0, event: 'started' });
            expect(failureOf(started)).toBeUndefined();
            const counted = await announce(base, user.passkey, { infoHash: torrent.infoHash, peerId: id, uploaded: moved, left: 0, event: 'stopped' });
            expect(failureOf(counted)).toBeUndefined();
            if (user !== poisoned) expected.set(user.id, (expected.get(user.id) ?? 0) + moved);
          }
        }
        await sleep(300);
      }

      const stored = async () => {
        const { rows } = await db.pool.query<{ user_id: string; up: string }>(`SELECT user_id, uploaded_raw::text AS up FROM user_statistics`);
        return new Map(rows.map((r) => [r.user_id, r.up]));
      };
      const deadline = Date.now() + 30_000;
      for (;;) {
        const now = await stored();
        if (others.every((u) => now.get(u.id) === String(expected.get(u.id)))) break;
        if (Date.now() > deadline) throw new Error(`others not credited: ${JSON.stringify([...now])}\n${engine.output().slice(-3000)}`);
        await sleep(200);
      }
      const now = await stored();
      for (const user of others) expect(now.get(user.id)).toBe(String(expected.get(user.id)));
      // The poisoned row is untouched, and what could not be added is kept for an administrator.
      expect(now.get(poisoned.id)).toBe(NEAR_BIGINT_MAX);
      const quarantine = await db.pool.query<{ table_name: string; user_id: string; up: string }>(
        `SELECT table_name, user_id, (deltas->>'uploaded') AS up FROM flush_quarantine ORDER BY id`,
      );
      expect(new Set(quarantine.rows.map((r) => r.user_id))).toEqual(new Set([poisoned.id]));
      expect(new Set(quarantine.rows.map((r) => r.table_name))).toEqual(new Set(['user_statistics', 'user_torrent_history']));
      // Reported: a metric and a log line naming the key.
      expect(await metricValue(opsUrl, 'swarmgate_flush_quarantined_rows_total')).toBeGreaterThanOrEqual(1);
      expect(engine.output()).toMatch(new RegExp(`"userId":"${poisoned.id}".*counter overflow`));

      // The database goes away: what is counted now cannot be written, and the exit code says so.
      proxy.cut();
      const body = await announce(base, others[0]!.passkey, { infoHash: torrents[0]!.infoHash, peerId: peerId(++n), left: 0, event: 'started' });
      expect(failureOf(body)).toBeUndefined();
      const code = await engine.stop('SIGTERM');
      expect(code, engine.output().slice(-3000)).not.toBe(0);
      expect(engine.output()).toMatch(/final flush failed/);
    } finally {
      if (engine.child.exitCode === null) engine.child.kill('SIGKILL');
      proxy.restore();
    }
  });
});
