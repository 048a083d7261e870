/**
 * flush.drainIntervalMs: between writes the flusher takes the workers' journals into its pending
 * batch, so each worker's pause for a drain stays small. What was counted then lives in the
 * supervisor until the next write, and the write still carries every delta exactly once.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestEngine, type TestEngine } from '../support/engine.js';
import { createTorrent, createUser, type TestUser } from '../support/fixtures.js';
import { compareTotals, storedPeers, storedUserTotals } from '../support/flush-checks.js';
import { metricValue } from '../support/log-capture.js';
import { prng, SimulatedSwarms, type ModelTorrent } from '../support/simulated-clients.js';

describe('drains between flush writes', () => {
  let t: TestEngine;
  const users: TestUser[] = [];
  const torrents: ModelTorrent[] = [];

  beforeAll(async () => {
    t = await startTestEngine({
      workers: 2,
      // No write on the interval during the test: only drains, until flushNow writes.
      flush: { intervalMs: 600_000, drainIntervalMs: 50 },
      prepare: async (db) => {
        for (let i = 0; i < 6; i++) users.push(await createUser(db.pool));
        for (let i = 0; i < 6; i++) torrents.push({ ...(await createTorrent(db.pool)), freeleech: false, doubleUpload: false });
      },
    });
  });
  afterAll(() => t.stop());

  async function storedCount(table: string): Promise<number> {
    const { rows } = await t.db.pool.query<{ n: number }>(`SELECT count(*)::int AS n FROM ${table}`);
    return rows[0]!.n;
  }

  it('empties the workers\' journals into the pending batch without writing, then writes every delta once', async () => {
    const sim = new SimulatedSwarms(t.baseUrl, users, torrents, prng(777));
    for (let i = 0; i < 400; i++) await sim.step();
    expect(sim.failures).toEqual([]);

    // The journals are taken within a few drain intervals; what they held waits in the supervisor.
    await expect.poll(async () => (await t.engine.inspect()).peers.length, { timeout: 5000, interval: 50 }).toBe(0);
    expect(await metricValue(t.opsUrl, 'swarmgate_flush_pending_keys')).toBeGreaterThan(0);
    expect(await storedCount('flush_batches')).toBe(0);
    expect(await storedCount('peers')).toBe(0);

    await t.engine.flushNow();
    expect(compareTotals(sim.expected, await storedUserTotals(t.db.pool))).toEqual([]);
    expect(await storedPeers(t.db.pool)).toEqual(sim.livePeers());
    expect(await storedCount('announces')).toBe(sim.answered);

    // Announces keep arriving while drains run every 50 ms: two more writes, still exact.
    for (let round = 0; round < 2; round++) {
      for (let i = 0; i < 400; i++) await sim.step();
      expect(sim.failures).toEqual([]);
      await t.engine.flushNow();
    }
    expect(compareTotals(sim.expected, await storedUserTotals(t.db.pool))).toEqual([]);
    expect(await storedPeers(t.db.pool)).toEqual(sim.livePeers());
    expect(await storedCount('announces')).toBe(sim.answered);
    expect(await storedCount('flush_batches')).toBe(3);
  });
});
