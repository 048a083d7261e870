/**
 * The pool run at toy size: the engine side and both SQL sides run, the results carry their figures,
 * the engine lets no start over a key's cap, and the goal row reports the comparison. No rate is
 * asserted: figures from a shared test machine mean nothing.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { isSkipped } from '../../bench/report/results.js';
import { defaultOptions } from '../../bench/suite/options.js';
import { runBench } from '../../bench/suite/run-suite.js';
import { databaseUrlFor } from '../support/database-names.js';

const outDir = mkdtempSync(join(tmpdir(), 'swarmgate-pool-bench-'));
afterAll(() => rmSync(outDir, { recursive: true, force: true }));

describe('swarmgate bench --runs pool at toy size', () => {
  it('measures the engine beside the SQL way as written and with a row lock, with cap violations from the log', async () => {
    const { results } = await runBench(
      {
        ...defaultOptions(),
        databaseUrl: databaseUrlFor('postgres'),
        users: 300,
        torrents: 10,
        peers: 100,
        engineWorkers: 2,
        runs: ['pool'],
        poolSeconds: 1,
        poolKeys: 3,
        poolCap: 2,
        poolConcurrency: 12,
        outDir,
      },
      'test',
    );
    const pool = results.pool;
    if (!pool || isSkipped(pool)) throw new Error('pool run skipped');
    for (const side of [pool.engine, pool.sqlLocked, pool.sqlUnlocked]) {
      expect(side.operations).toBeGreaterThan(0);
      expect(side.started).toBeGreaterThan(0);
      expect(side.sessionsLogged).toBeGreaterThan(0);
      expect(side).toMatchObject({ operationsPerSecond: expect.any(Number), latencyMs: { p99: expect.any(Number) }, violations: expect.any(Number) });
    }
    expect(pool.engine.errors).toBe(0);
    expect(pool.engine.violations).toBe(0);
    expect(pool.engine.peakStreams).toBeLessThanOrEqual(2);
    expect(pool.sqlLocked.violations).toBe(0);
    expect(pool.speedupOverLocked).toEqual(expect.any(Number));
    const goal = results.goals.find((g) => g.figure.startsWith('pool stream leases'));
    expect(goal?.measured).toMatch(/the locked SQL way: engine .* cap violations/);
    expect(['met', 'not met']).toContain(goal?.verdict);
  }, 300_000);
});
