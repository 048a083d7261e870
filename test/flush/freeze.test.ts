import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createPool, type Pool } from '../../core/db.js';
import { startCli } from '../support/cli.js';
import { createTestDatabase, type TestDatabase } from '../support/database.js';
import { announce, failureOf, freePort, peerId, startTestEngine, type TestEngine } from '../support/engine.js';
import { createTorrent, createUser, type TestUser } from '../support/fixtures.js';
import { compareTotals, storedUserTotals } from '../support/flush-checks.js';
import { prng, SimulatedSwarms, type ModelTorrent } from '../support/simulated-clients.js';
import { capturingLogger, metricValue } from '../support/log-capture.js';
import { startTcpProxy, type TcpProxy } from '../support/tcp-proxy.js';

/** Bounds small enough that a freeze of a few seconds outlasts them all. */
const TIMEOUTS = { connectTimeoutMs: 1000, statementTimeoutMs: 2000, idleInTransactionTimeoutMs: 2000, keepAliveIdleMs: 1000 };
const FREEZE_MS = 7000;

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

const metric = metricValue;

async function waitUntil(what: string, check: () => Promise<boolean>, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (await check()) return;
    await sleep(200);
  }
  throw new Error(`timed out waiting for ${what}`);
}

/**
 * A partition between the engine and PostgreSQL: the established connections stop carrying bytes
 * (no FIN, no RST) and new ones hang, for longer than every database timeout, while clients keep
 * announcing. Nothing is lost or counted twice, and nobody has to nudge the flusher.
 */
describe('flush through a frozen database connection', { timeout: 180_000 }, () => {
  let db: TestDatabase;
  let proxy: TcpProxy;
  let enginePool: Pool;
  let t: TestEngine;
  const captured = capturingLogger();
  const users: TestUser[] = [];
  const torrents: ModelTorrent[] = [];

  beforeAll(async () => {
    db = await createTestDatabase();
    for (let i = 0; i < 5; i++) users.push(await createUser(db.pool));
    for (let i = 0; i < 6; i++) torrents.push({ ...(await createTorrent(db.pool)), freeleech: false, doubleUpload: false });
    proxy = await startTcpProxy(Number(new URL(db.url).port || 5432));
    enginePool = createPool(proxy.urlFor(db.url), 4, undefined, TIMEOUTS);
    t = await startTestEngine({
      db,
      enginePool,
      workers: 2,
      log: captured.log,
      flush: { intervalMs: 100, writeTimeoutMs: 2000, lagWarnSeconds: 2 },
      engine: { maxPeersPerUserPerTorrent: 10 },
    });
  });
  afterAll(async () => {
    proxy?.thaw();
    await t?.stop().catch(() => undefined);
    await enginePool?.end();
    await proxy.close();
    await db.drop();
  });

  it('recovers by itself when the partition heals, and every counter matches the model', async () => {
    const sim = new SimulatedSwarms(t.baseUrl, users, torrents, prng(31337));
    let loading = true;
    const load = (async () => {
      while (loading) {
        await sim.step();
        await sleep(2);
      }
    })();
    try {
      await waitUntil('a first batch written', async () => (await metric(t.opsUrl, 'swarmgate_flushes_total')) > 0, 30_000);
      const failuresBefore = await metric(t.opsUrl, 'swarmgate_flush_failures_total');

      proxy.freeze();
      const frozenAt = Date.now();
      await sleep(3000);
      // The lag rises in real time while nothing can be written (read again until it has moved on,
      // however busy the machine), and health says so.
      const lagEarly = await metric(t.opsUrl, 'swarmgate_flush_lag_seconds');
      expect(lagEarly).toBeGreaterThan(1.5);
      await waitUntil('the lag to keep rising', async () => (await metric(t.opsUrl, 'swarmgate_flush_lag_seconds')) > lagEarly + 1, 10_000);
      const health = await fetch(`${t.baseUrl}/healthz`);
      expect([health.status, await health.text()]).toEqual([200, expect.stringMatching(/^degraded: flush lag \d+ s/)]);
      expect(await (await fetch(`${t.opsUrl}/healthz`)).text()).toMatch(/^degraded/);
      await sleep(Math.max(0, FREEZE_MS - (Date.now() - frozenAt)));
      // Timed-out writes are failed attempts (counted and logged), not a silent hang.
      expect(await metric(t.opsUrl, 'swarmgate_flush_failures_total')).toBeGreaterThan(failuresBefore);
      expect(captured.lines.some((l) => l.includes('flush lag past its threshold'))).toBe(true);
      expect(captured.lines.some((l) => l.includes('flush failed; will retry'))).toBe(true);

      proxy.thaw();
      await sleep(1000);
    } finally {
      proxy.thaw();
      loading = false;
      await load;
    }
    expect(sim.failures).toEqual([]);
    expect(sim.answered).toBeGreaterThan(100);

    // Nobody calls flushNow: the flusher's own loop writes everything, exactly once.
    await waitUntil(
      'the stored totals to match the model',
      async () => compareTotals(sim.expected, await storedUserTotals(db.pool)).length === 0 && (await metric(t.opsUrl, 'swarmgate_flush_pending_keys')) === 0,
      60_000,
    );
    expect(compareTotals(sim.expected, await storedUserTotals(db.pool))).toEqual([]);
    expect(await metric(t.opsUrl, 'swarmgate_flush_lag_seconds')).toBeLessThan(2);
    expect(await (await fetch(`${t.baseUrl}/healthz`)).text()).toBe('ok\n');
    expect(captured.lines.some((l) => l.includes('flush recovered'))).toBe(true);
  });
});

describe('SIGTERM while the database connection is frozen', { timeout: 180_000 }, () => {
  let db: TestDatabase;
  let proxy: TcpProxy;
  const users: TestUser[] = [];
  const torrents: ModelTorrent[] = [];

  beforeAll(async () => {
    db = await createTestDatabase();
    for (let i = 0; i < 3; i++) users.push(await createUser(db.pool));
    for (let i = 0; i < 3; i++) torrents.push({ ...(await createTorrent(db.pool)), freeleech: false, doubleUpload: false });
    proxy = await startTcpProxy(Number(new URL(db.url).port || 5432));
  });
  afterAll(async () => {
    await proxy?.close();
    await db?.drop();
  });

  it('exits within the documented deadline (flush.shutdownDeadlineMs + 15 s), non-zero: the final flush could not write', async () => {
    const port = await freePort();
    const shutdownDeadlineMs = 3000;
    const engine = startCli(['engine'], {
      DATABASE_URL: proxy.urlFor(db.url),
      SWARMGATE_ENGINE_HOST: '127.0.0.1',
      SWARMGATE_ENGINE_PORT: String(port),
      SWARMGATE_ENGINE_WORKERS: '2',
      SWARMGATE_FLUSH_INTERVAL_MS: '200',
      SWARMGATE_FLUSH_SHUTDOWN_DEADLINE_MS: String(shutdownDeadlineMs),
      // The write timeout is longer than the deadline: the deadline alone must cut the hung write.
      SWARMGATE_FLUSH_WRITE_TIMEOUT_MS: '600000',
      SWARMGATE_DB_CONNECT_TIMEOUT_MS: '60000',
      SWARMGATE_DB_STATEMENT_TIMEOUT_MS: '600000',
    });
    try {
      await engine.waitFor(/swarmgate engine ready/, 120_000);
      const base = `http://127.0.0.1:${port}`;
      const sim = new SimulatedSwarms(base, users, torrents, prng(5));
      for (let i = 0; i < 60; i++) await sim.step();
      proxy.freeze();
      for (let i = 0; i < 60; i++) await sim.step(); // counted, never to be written
      expect(sim.failures).toEqual([]);
      await sleep(500); // a write is hanging on the frozen connection now
      const body = await announce(base, users[0]!.passkey, { infoHash: torrents[0]!.infoHash, peerId: peerId(999), event: 'started' });
      expect(failureOf(body)).toBeUndefined();

      const signalled = Date.now();
      const code = await engine.stop('SIGTERM');
      const tookMs = Date.now() - signalled;
      expect(code, engine.output()).toBe(1);
      expect(tookMs).toBeLessThan(shutdownDeadlineMs + 15_000);
      expect(engine.output()).toMatch(/final flush failed: the unflushed deltas are lost/);
    } finally {
      if (engine.child.exitCode === null) engine.child.kill('SIGKILL');
      proxy.thaw();
    }
  });
});
