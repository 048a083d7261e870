/**
 * The bench at toy size: every part runs (seeding, targets, drivers, reports) and the results JSON
 * has its fields. No timing is asserted: figures from a shared test machine mean nothing.
 */
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { isSkipped, type BenchResults } from '../../bench/report/results.js';
import { defaultOptions } from '../../bench/suite/options.js';
import { runBench } from '../../bench/suite/run-suite.js';
import { databaseUrlFor } from '../support/database-names.js';

const outDir = mkdtempSync(join(tmpdir(), 'swarmgate-bench-smoke-'));
afterAll(() => rmSync(outDir, { recursive: true, force: true }));

describe('swarmgate bench at toy size', () => {
  it('runs the side-by-side, flush and control-plane runs and writes JSON, Markdown and SVG', async () => {
    const options = {
      ...defaultOptions(),
      databaseUrl: databaseUrlFor('postgres'),
      users: 40,
      torrents: 30,
      peers: 300,
      durationSeconds: 1,
      warmupSeconds: 0,
      connections: 8,
      engineWorkers: 2,
      flushSeconds: 2,
      controlSeconds: 1,
      outDir,
    };
    const { results, files } = await runBench(options, 'test');

    const written = JSON.parse(readFileSync(files.json, 'utf8')) as BenchResults;
    expect(written.version).toBe(1);
    expect(written.machine.cpus).toBeGreaterThan(0);
    expect(written.options).not.toHaveProperty('databaseUrl');

    // Every target has a row for every planned mix: measured, or skipped with a reason.
    for (const target of ['swarmgate', 'bare-uws', 'opentracker', 'bittorrent-tracker']) {
      expect(written.measurements.some((m) => m.target === target)).toBe(true);
    }
    const swarmgate = written.measurements.filter((m) => m.target === 'swarmgate' && !m.skipped);
    expect(swarmgate.length).toBeGreaterThan(0);
    for (const m of written.measurements) {
      if (m.skipped) {
        expect(m.skipped).toEqual(expect.any(String));
        continue;
      }
      expect(m).toMatchObject({
        requests: expect.any(Number),
        requestsPerSecond: expect.any(Number),
        latencyMs: { p50: expect.any(Number), p99: expect.any(Number), max: expect.any(Number), mean: expect.any(Number) },
        errors: expect.any(Number),
        serverCpuMicrosPerRequest: expect.any(Number),
        rssBytes: expect.any(Number),
      });
      expect(m.requests).toBeGreaterThan(0);
      expect(m).toHaveProperty('peers');
    }
    // Swarmgate rows say how its announces ended (from /metrics).
    const announceRow = swarmgate.find((m) => m.mix === 'announce');
    expect(announceRow?.outcomes).toEqual(expect.objectContaining({ ok: expect.any(Number) }));

    for (const ratio of written.ratios) {
      expect(ratio).toMatchObject({ against: expect.any(String), throughput: expect.any(Number), disturbed: expect.any(Boolean) });
      expect(ratio.cpuEfficiency === null || typeof ratio.cpuEfficiency === 'number').toBe(true);
    }
    // Every goal of ARCHITECTURE.md's table (the two throughput goals against bare uWS.js and
    // bittorrent-tracker apart), and the control plane's and search log's figures (no goal).
    expect(written.goals.map((g) => g.figure)).toHaveLength(13);
    expect(written.goals.map((g) => g.figure)).toEqual(expect.arrayContaining(['memory, whole process, at 1M peers', 'database cost per announce']));
    for (const goal of written.goals) expect(['met', 'not met', 'not measured', 'no goal']).toContain(goal.verdict);
    expect(written.memory).toHaveProperty('skipped');

    // Flush: the flusher wrote peer rows, and the counter agrees with the table.
    if (isSkipped(written.flush)) throw new Error(`flush run skipped: ${written.flush.skipped}`);
    const flush = written.flush;
    expect(flush.peersTable.rows).toBeGreaterThan(0);
    expect(flush.peersTable.rowsCounted).toBeGreaterThanOrEqual(flush.peersTable.rows);
    expect(flush.peersTable.consistent).toBe(true);
    expect(flush.caughtUp).toBe(true);
    expect(flush).toHaveProperty('peerRowsPerSecondWhileServing');
    expect(flush).toMatchObject({ commitsWhileServing: expect.any(Number), peerRowsWrittenWhileServing: expect.any(Number), disturbed: expect.any(Boolean) });
    expect(written.goals.find((g) => g.figure === 'flush while serving')?.measured).toMatch(/peer rows/);

    // Control plane: Login and GetUser answered, with rate and latency, shown as a figure without verdict.
    if (isSkipped(written.control)) throw new Error(`control run skipped: ${written.control.skipped}`);
    for (const calls of [written.control.login, written.control.getUser]) {
      expect(calls.calls).toBeGreaterThan(0);
      expect(calls).toMatchObject({ callsPerSecond: expect.any(Number), latencyMs: { p50: expect.any(Number), p99: expect.any(Number), max: expect.any(Number) } });
    }
    // Each Login slot has its own account: none is refused as a concurrent attempt on one account.
    expect(written.control.login.errors).toBe(0);
    expect(written.control.passwordHash?.algorithm).toBe('argon2id');
    const controlGoal = written.goals.find((g) => g.figure.startsWith('control plane'));
    expect(controlGoal?.verdict).toBe('no goal');
    expect(controlGoal?.measured).toMatch(/Login .*argon2id-bound by design.*GetUser/);

    const markdown = readFileSync(files.markdown, 'utf8');
    expect(markdown).toContain('| target | mix | connection |');
    expect(markdown).toContain('| call | calls/s | p50 ms | p99 ms |');
    expect(markdown).toContain('peer rows written/s while serving');
    expect(readFileSync(files.svg, 'utf8')).toMatch(/^<svg /);
    expect(existsSync(join(outDir, 'latest.json'))).toBe(true);
    expect(results.measurements).toHaveLength(written.measurements.length);
  }, 300_000);
});
