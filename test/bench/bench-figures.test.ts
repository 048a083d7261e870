/**
 * The bench's arithmetic on made-up inputs: flush rates from commit-stepped counters, engine log
 * phases, argon2 parameters, goal verdicts below the goal size, a CPU profile's per-thread
 * summary, and memory by thread. No load runs here and no timing is asserted.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { summarizeProfile } from '../../bench/profile/cpu-profile.js';
import { profileReport } from '../../bench/profile/profile-report.js';
import { evaluateGoals } from '../../bench/report/goals.js';
import type { BenchResults } from '../../bench/report/results.js';
import { argon2Parameters } from '../../bench/runs/argon2-parameters.js';
import { commitRate, type FlushSample } from '../../bench/runs/flush-samples.js';
import type { MemoryResult, RestartResult } from '../../bench/runs/run-results.js';
import type { Measurement } from '../../bench/suite/measurement.js';
import { describeThreadMemory, threadMemory } from '../../bench/runs/thread-memory.js';
import { parsePrometheus } from '../../bench/targets/prometheus-text.js';
import { describePhases, readEnginePhases } from '../../bench/targets/engine-log.js';

const dir = mkdtempSync(join(tmpdir(), 'swarmgate-bench-figures-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const sample = (atSeconds: number, flushes: number, peerRows: number): FlushSample =>
  ({ at: atSeconds * 1000, flushes, peerRows, failures: 0, flushSeconds: 0, lagSeconds: 0, pendingKeys: 0 });

describe('flush rates from the rows counter', () => {
  it('takes the rate from commit to commit, not from a window the commits fall outside of', () => {
    // Commits (flushes +1) seen at 6 s, 11 s and 16 s, 50,000 rows each; samples every second.
    const samples: FlushSample[] = [];
    let flushes = 0;
    let rows = 0;
    for (let t = 0; t <= 20; t++) {
      if (t === 6 || t === 11 || t === 16) {
        flushes++;
        rows += 50_000;
      }
      samples.push(sample(t, flushes, rows));
    }
    const rate = commitRate(samples, 0, 20_000);
    expect(rate.commits).toBe(3);
    expect(rate.spanSeconds).toBe(10);
    expect(rate.rowsPerSecond).toBe(10_000);
    // A window holding one commit gives no rate rather than 0 or a guess.
    expect(commitRate(samples, 5000, 10_000)).toMatchObject({ rowsPerSecond: null, commits: 1 });
  });
});

describe('engine start-up phases', () => {
  it('reads the phases with their ms and time after the spawn, and names the ones not logged', () => {
    const log = join(dir, 'engine.log');
    const spawned = 1_000_000;
    writeFileSync(log, [
      JSON.stringify({ level: 30, time: spawned + 2400, msg: 'catalog loaded, starting workers', ms: 1428, peersMs: 900, peers: 5 }),
      JSON.stringify({ level: 20, time: spawned + 2500, msg: 'debug noise', ms: 3 }),
      '{"level":30,"time":', // cut short by a kill
    ].join('\n'));
    const phases = readEnginePhases(log, spawned);
    expect(phases).toEqual([{ message: 'catalog loaded, starting workers', ms: 1428, atSeconds: 2.4, parts: { peersMs: 900 } }]);
    expect(describePhases(phases)).toBe('catalog loaded, starting workers (engine: 1,428 ms, peersMs 900 ms) at 2.4 s; engine listening: not logged');
  });
});

describe('argon2 parameters', () => {
  it('reads m, t and p in any order', () => {
    expect(argon2Parameters('$argon2id$v=19$m=65536,p=4,t=3$c2FsdA$aGFzaA')).toEqual({ algorithm: 'argon2id', memoryKiB: 65536, iterations: 3, parallelism: 4 });
    expect(argon2Parameters(null)).toBeNull();
  });
});

describe('goal verdicts', () => {
  const base = { ratios: [], measurements: [], restart: { skipped: '-' }, memory: { skipped: '-' }, latency: { skipped: '-' }, flush: { skipped: '-' }, control: { skipped: '-' } } as unknown as Omit<BenchResults, 'goals'>;
  const restart = (peersInTable: number, firstAnnounceMs: number): RestartResult => ({
    peersInTable, seedSeconds: 1, loadPeersMs: 100, timeoutMs: 120_000, phases: [], serveMs: firstAnnounceMs, engineLoadMs: null, firstAnnounceMs, peersLoaded: peersInTable, rssBytes: 0,
  });
  const verdictOf = (r: RestartResult) => evaluateGoals({ ...base, restart: r }).find((g) => g.figure.startsWith('restart'))!;

  it('does not pass a goal measured below its size, but keeps a miss', () => {
    expect(verdictOf(restart(1_000_000, 3000)).verdict).toBe('met');
    expect(verdictOf(restart(200_000, 3000)).verdict).toBe('not measured');
    expect(verdictOf(restart(200_000, 30_000)).verdict).toBe('not met');
  });

  const memory = (peers: number, store: number, arriving: number, after: number | null): MemoryResult => ({
    target: 'swarmgate', size: peers, peers, fillSeconds: 1, fillAnnouncesPerSecond: 1, fillPeersPerSecond: 1, fillErrors: 0,
    rssBeforeBytes: 0, rssAfterBytes: 0, bytesPerPeerRss: arriving, bytesPerPeerStore: store,
    afterFlush: after === null ? undefined : { seconds: 1, rssBytes: 0, bytesPerPeerRss: after },
  });
  const rowOf = (results: Partial<Omit<BenchResults, 'goals'>>, figure: string) => evaluateGoals({ ...base, ...results }).find((g) => g.figure.startsWith(figure))!;

  it('judges the peer store and the whole process apart, the process both at rest and while peers arrive', () => {
    expect(rowOf({ memory: [memory(1_000_000, 95, 152, 105)] }, 'memory per peer').verdict).toBe('met');
    expect(rowOf({ memory: [memory(1_000_000, 95, 152, 105)] }, 'memory, whole process').verdict).toBe('met');
    expect(rowOf({ memory: [memory(1_000_000, 95, 302, 105)] }, 'memory, whole process').verdict).toBe('not met');
    expect(rowOf({ memory: [memory(1_000_000, 95, 152, 151)] }, 'memory, whole process').verdict).toBe('not met');
    expect(rowOf({ memory: [memory(1_000_000, 101, 152, 105)] }, 'memory per peer').verdict).toBe('not met');
    expect(rowOf({ memory: [memory(1_000_000, 95, 152, null)] }, 'memory, whole process').verdict).toBe('not measured');
    expect(rowOf({ memory: [memory(100_000, 95, 152, 105)] }, 'memory, whole process').verdict).toBe('not measured');
  });

  it("puts PostgreSQL's CPU per keep-alive announce against the engine's", () => {
    const row = (databaseCpuSeconds: number): Measurement => ({
      target: 'swarmgate', mix: 'announce', connection: 'keep-alive', driver: 'wrk', requests: 1_000_000, serverCpuSeconds: 30, databaseCpuSeconds,
    });
    const cost = rowOf({ measurements: [row(13)] }, 'database cost');
    expect(cost.verdict).toBe('met');
    expect(cost.measured).toBe('0.43× (PostgreSQL 13.0 µs, engine 30.0 µs per keep-alive announce with wrk)');
    expect(rowOf({ measurements: [row(16)] }, 'database cost').verdict).toBe('not met');
    expect(rowOf({}, 'database cost').verdict).toBe('not measured');
  });

  it('reports a start that never served with the phases the engine logged', () => {
    const failed: RestartResult = {
      ...restart(1_000_000, 0), serveMs: null, firstAnnounceMs: null, peersLoaded: null, rssBytes: null,
      failure: { reason: 'timeout', waitedMs: 120_000, message: 'not within 120000 ms', logPath: '/x.log' },
      phases: [{ message: 'catalog loaded, starting workers', ms: 900, atSeconds: 1.2 }],
    };
    const row = verdictOf(failed);
    expect(row.verdict).toBe('not met');
    expect(row.measured).toContain('did not serve within 120 s');
    expect(row.measured).toContain('engine listening: not logged');
  });
});

describe('CPU profile summary', () => {
  it('charges self time per function and file, leaves idle out, and names the thread', () => {
    const file = join(dir, 'CPU.20260101.000000.4242.1.002.cpuprofile');
    const frame = (functionName: string, url: string) => ({ functionName, url, lineNumber: 0, columnNumber: 0, scriptId: '0' });
    writeFileSync(file, JSON.stringify({
      nodes: [
        { id: 1, callFrame: frame('(root)', ''), children: [2, 4] },
        { id: 2, callFrame: frame('onAnnounce', 'file:///p/build/engine/worker.js'), children: [3] },
        { id: 3, callFrame: frame('parse', 'file:///p/build/engine/protocol/announce-query.js') },
        { id: 4, callFrame: frame('(idle)', '') },
      ],
      // Each sample is charged the time until the next one: 3 ms parse, 1 ms onAnnounce, 6 ms idle.
      samples: [3, 3, 3, 2, 4],
      timeDeltas: [0, 1000, 1000, 1000, 1000],
      startTime: 0,
      endTime: 10_000,
    }));
    const s = summarizeProfile(file);
    expect(s.thread).toEqual({ pid: 4242, threadId: 1, role: 'engine worker' });
    expect(s.busyMs).toBe(4);
    expect(s.functions.find((f) => f.name === 'parse')).toMatchObject({ selfMs: 3, totalMs: 3, where: 'engine/protocol/announce-query.js:1' });
    expect(s.functions.find((f) => f.name === 'onAnnounce')).toMatchObject({ selfMs: 1, totalMs: 4 });
    expect(s.functions.some((f) => f.name === '(idle)')).toBe(false);
    expect(s.byFile[0]).toEqual({ file: 'engine/protocol/announce-query.js', ms: 3 });
    // Stretches: onAnnounce stayed on the stack for the first 4 ms, parse for 3; idle is no function.
    expect(s.stretches.map((f) => [f.name, f.longestMs, f.atMs])).toEqual([['onAnnounce', 4, 0], ['parse', 3, 0]]);
    const report = profileReport([s], { top: 5, base: dir, minBusyMs: 0 });
    expect(report).toContain('### thread 1: engine worker, pid 4242');
    expect(report).toContain('| 75.0 % | 75.0 % | `parse` | `engine/protocol/announce-query.js:1` |');
  });
});

describe('memory by thread from /metrics', () => {
  const MiB = 2 ** 20;
  const text = [
    '# HELP swarmgate_thread_memory_bytes x',
    `swarmgate_thread_memory_bytes{thread="supervisor",kind="heap_total"} ${40 * MiB}`,
    `swarmgate_thread_memory_bytes{thread="supervisor",kind="heap_used"} ${30 * MiB}`,
    `swarmgate_thread_memory_bytes{thread="supervisor",kind="external"} ${5 * MiB}`,
    `swarmgate_thread_memory_bytes{thread="supervisor",kind="array_buffers"} ${4 * MiB}`,
    `swarmgate_thread_memory_bytes{thread="worker-0",kind="heap_total"} ${50 * MiB}`,
    `swarmgate_thread_memory_bytes{thread="worker-0",kind="heap_used"} ${20 * MiB}`,
    `swarmgate_thread_memory_bytes{thread="worker-0",kind="external"} ${90 * MiB}`,
    `swarmgate_thread_memory_bytes{thread="worker-0",kind="array_buffers"} ${100 * MiB}`,
    `process_resident_memory_bytes ${400 * MiB}`,
  ].join('\n');

  it('reads each thread and kind, and charges RSS beyond heaps and array buffers to native', () => {
    const threads = threadMemory(parsePrometheus(text));
    expect(Object.keys(threads)).toEqual(['supervisor', 'worker-0']);
    expect(threads['worker-0']).toEqual({ heapTotal: 50 * MiB, heapUsed: 20 * MiB, external: 90 * MiB, arrayBuffers: 100 * MiB });
    const line = describeThreadMemory(threads, 400 * MiB);
    expect(line).toContain('worker-0 heap 20/50 MiB, external 90 MiB (array buffers 100)');
    // 400 - (40 + 4) - (50 + 100)
    expect(line).toMatch(/malloc\) 206 MiB$/);
  });
});
