import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createPool, type Pool } from '../../core/db.js';
import { createTestDatabase, type TestDatabase } from '../support/database.js';
import { startTestEngine, type TestEngine } from '../support/engine.js';
import { createTorrent, createUser, type TestUser } from '../support/fixtures.js';
import { compareTotals, storedPeers, storedUserTotals } from '../support/flush-checks.js';
import { prng, SimulatedSwarms, type ModelTorrent } from '../support/simulated-clients.js';
import { startTcpProxy, type TcpProxy } from '../support/tcp-proxy.js';

/** The engine talks to PostgreSQL through a proxy the test can break; the test reads directly. */
describe('flush under database failures', () => {
  let db: TestDatabase;
  let proxy: TcpProxy;
  let enginePool: Pool;
  let t: TestEngine;
  const users: TestUser[] = [];
  const torrents: ModelTorrent[] = [];

  beforeAll(async () => {
    db = await createTestDatabase();
    for (let i = 0; i < 5; i++) users.push(await createUser(db.pool));
    for (let i = 0; i < 6; i++) torrents.push({ ...(await createTorrent(db.pool)), freeleech: false, doubleUpload: false });
    proxy = await startTcpProxy(Number(new URL(db.url).port || 5432));
    enginePool = createPool(proxy.urlFor(db.url), 4);
    t = await startTestEngine({ db, enginePool, workers: 2, flush: { intervalMs: 100 }, engine: { maxPeersPerUserPerTorrent: 10 } });
  });
  afterAll(async () => {
    await t.stop();
    await enginePool.end();
    await proxy.close();
    await db.drop();
  });

  async function flushedBatches(): Promise<number> {
    const { rows } = await db.pool.query<{ n: number }>(`SELECT count(*)::int AS n FROM flush_batches`);
    return rows[0]!.n;
  }

  async function metric(name: string): Promise<number> {
    const text = await (await fetch(`${t.opsUrl}/metrics`)).text();
    return Number(text.split('\n').find((l) => l.startsWith(`${name} `))?.split(' ')[1] ?? NaN);
  }

  it('retries a flush whose COMMIT succeeded but whose acknowledgement was lost, without counting twice', async () => {
    const sim = new SimulatedSwarms(t.baseUrl, users, torrents, prng(7));
    await t.engine.flushNow();
    const before = await flushedBatches();
    const lost = proxy.loseNextCommitAck();
    for (let i = 0; i < 200; i++) await sim.step();
    await lost;
    // Wait for the retry (backoff) to settle, then flush the rest.
    await new Promise((r) => setTimeout(r, 1000));
    await t.engine.flushNow();
    expect(sim.failures).toEqual([]);
    expect(await metric('swarmgate_flush_failures_total')).toBeGreaterThanOrEqual(1);
    expect(await flushedBatches()).toBeGreaterThan(before);
    expect(compareTotals(sim.expected, await storedUserTotals(db.pool))).toEqual([]);
    expect(await storedPeers(db.pool)).toEqual(sim.livePeers());
  });

  it('keeps serving while PostgreSQL is unreachable and writes everything once it returns', async () => {
    const sim = new SimulatedSwarms(t.baseUrl, users, torrents, prng(99), 100_000);
    // Carry over what the first test's clients left: start from what is stored.
    const start = await storedUserTotals(db.pool);
    for (const [userId, totals] of start) sim.expected.set(userId, { ...totals });
    const failuresBefore = await metric('swarmgate_flush_failures_total');

    proxy.cut();
    for (let i = 0; i < 400; i++) await sim.step();
    expect(sim.failures).toEqual([]);
    await new Promise((r) => setTimeout(r, 600));
    expect(await metric('swarmgate_flush_failures_total')).toBeGreaterThan(failuresBefore);
    expect(await metric('swarmgate_flush_pending_keys')).toBeGreaterThan(0);
    expect(await metric('swarmgate_flush_lag_seconds')).toBeGreaterThan(0);

    proxy.restore();
    const deadline = Date.now() + 40_000;
    while ((await metric('swarmgate_flush_pending_keys')) > 0 && Date.now() < deadline) await new Promise((r) => setTimeout(r, 200));
    await t.engine.flushNow();
    expect(compareTotals(sim.expected, await storedUserTotals(db.pool))).toEqual([]);
  });
});
