/**
 * Flush while serving: the engine takes announces of new peers (each one a `peers` row to upsert)
 * as fast as the load generator sends them, while its flusher writes to PostgreSQL. Reported: peer
 * rows written per second while serving (commit to commit, see flush-samples.ts), what the flusher
 * writes per second of its own write time (its capacity), and the lag, both from /metrics and end
 * to end (lag-probe.ts). At the end the rows counter is checked against `SELECT count(*) FROM peers`,
 * and the same peer rows are COPY'd into an unindexed table: PostgreSQL's own rate, the limit a flush
 * approaches (plain-copy.ts).
 */
import { setTimeout as sleep } from 'node:timers/promises';
import pg from 'pg';
import { loadConfig } from '../../core/config.js';
import { runWrk } from '../load/wrk-driver.js';
import { formatCount, note, progress } from '../suite/progress.js';
import { startEngine } from '../suite/start-target.js';
import type { Workspace } from '../suite/workspace.js';
import { percentile } from '../support/percentile.js';
import { CpuWindow, isDisturbed } from '../support/cpu-window.js';
import type { SwarmgateTarget } from '../targets/swarmgate.js';
import { fillSpecFor } from './fill-spec.js';
import { commitRate, sampleAt, sampleFlush, type FlushSample } from './flush-samples.js';
import { LagProbe } from './lag-probe.js';
import { measurePlainCopy } from './plain-copy.js';
import type { FlushResult, Skipped } from './run-results.js';

/** Often enough to date each commit within a quarter second. */
const SAMPLE_MS = 250;

/**
 * Start a loop that runs beside the load. Its failure is seen where it is awaited; marked handled
 * here so that when something else fails first (and the engine is stopped), the loop's next failed
 * request does not end the bench as an unhandled rejection that hides the first error.
 */
function background(loop: () => Promise<void>): Promise<void> {
  const running = loop();
  running.catch(() => undefined);
  return running;
}

/** The interval the engine child runs with: the default, unless --engine-env sets it. */
function flushIntervalMs(ws: Workspace): number {
  return loadConfig({ env: { ...ws.options.engineEnv } }).flush.intervalMs;
}

async function countPeerRows(client: pg.Client): Promise<number> {
  const { rows } = await client.query<{ count: string }>('SELECT count(*) AS count FROM peers');
  return Number(rows[0]!.count);
}

/** After the load: sample until every drained delta is written and the last probe shows (bounded). */
async function drain(engine: SwarmgateTarget, probe: LagProbe, samples: FlushSample[], loadEnd: number, intervalMs: number): Promise<boolean> {
  const deadline = loadEnd + Math.max(60_000, 6 * intervalMs);
  while (performance.now() < deadline) {
    const s = await sampleFlush(engine);
    samples.push(s);
    // A whole interval after the load (the workers' last changes are drained), nothing pending, last probe seen.
    if (s.at - loadEnd >= intervalMs && s.pendingKeys === 0 && s.lagSeconds === 0 && probe.waiting === 0) return true;
    await sleep(SAMPLE_MS);
  }
  return false;
}

export async function runFlush(ws: Workspace): Promise<FlushResult | Skipped> {
  if (!ws.options.runs.includes('flush')) return { skipped: 'not run (--runs flush)' };
  if (!ws.wrk) return { skipped: 'the flush run needs wrk (sudo apt-get install -y wrk)' };
  const intervalMs = flushIntervalMs(ws);
  const capacity = ws.options.users * ws.options.torrents;
  const spec = await fillSpecFor(ws, capacity);
  progress('flush: starting the engine');
  const client = new pg.Client({ connectionString: ws.database.url });
  await client.connect();
  const engine = await startEngine(ws, { label: 'flush' }).catch(async (err: unknown) => {
    await client.end();
    throw err;
  });
  try {
    const probe = new LagProbe(ws, engine, client);
    const samples: FlushSample[] = [await sampleFlush(engine)];
    let loading = true;
    const sampler = background(async () => {
      while (loading) {
        await sleep(SAMPLE_MS);
        if (loading) samples.push(await sampleFlush(engine));
      }
    });
    const prober = background(async () => {
      while (loading) {
        await probe.announce();
        await sleep(2000);
      }
    });
    const poller = background(async () => {
      while (loading || probe.waiting > 0) {
        await probe.poll();
        await sleep(100);
      }
    });

    let window = null as CpuWindow | null;
    let loadStart = 0;
    const load = await runWrk(
      {
        baseUrl: engine.baseUrl,
        poolFile: spec,
        pathStyle: 'passkey',
        mode: 'fill',
        fillPeers: capacity,
        connections: ws.options.connections,
        durationSeconds: ws.options.flushSeconds,
        keepAlive: true,
        threads: ws.options.wrkThreads,
        onStart: () => {
          window = new CpuWindow(engine.pid);
          loadStart = performance.now();
        },
        onProgress: ({ elapsedSeconds }) => {
          const last = samples.at(-1)!;
          progress(`flush: ${elapsedSeconds.toFixed(0)}/${ws.options.flushSeconds} s, ${formatCount(last.peerRows - samples[0]!.peerRows)} peer rows written, lag ${last.lagSeconds.toFixed(1)} s`);
        },
      },
      ws.workDir,
      'flush',
    );
    const { rssBytes: _rss, ...cpuUse } = window!.end(load.loadCpuSeconds);
    loading = false;
    await Promise.all([sampler, prober]);
    // The sample that closes the serving window, taken the moment the load ended.
    const atLoadEnd = await sampleFlush(engine);
    const loadEnd = atLoadEnd.at;
    samples.push(atLoadEnd);

    const caughtUp = await drain(engine, probe, samples, loadEnd, intervalMs);
    const drained = samples.at(-1)!;
    const drainSeconds = (drained.at - loadEnd) / 1000;
    await Promise.race([poller, sleep(1000)]);

    const base = samples[0]!;
    const atLoadStart = sampleAt(samples, loadStart);
    const whileServing = commitRate(samples, loadStart, loadEnd);
    const rowsWhileServing = atLoadEnd.peerRows - atLoadStart.peerRows;
    const rowsCounted = drained.peerRows - base.peerRows;
    const flushSeconds = drained.flushSeconds - base.flushSeconds;
    const flushes = drained.flushes - base.flushes;
    const tableRows = await countPeerRows(client);
    // After the engine caught up: the COPY does not compete with the flusher for the server.
    const plainCopy = await measurePlainCopy(client);
    const result: FlushResult = {
      intervalMs,
      seconds: load.durationSeconds,
      announcesPerSecond: load.requestsPerSecond,
      peerRowsPerSecondWhileServing: whileServing.rowsPerSecond,
      commitsWhileServing: whileServing.commits,
      peerRowsWrittenWhileServing: rowsWhileServing,
      peerRowsPerSecondOverLoad: load.durationSeconds > 0 ? rowsWhileServing / load.durationSeconds : 0,
      peerRowsPerSecondUntilCaughtUp: drained.at > loadStart ? (rowsCounted * 1000) / (drained.at - loadStart) : 0,
      peerRowsPerFlushSecond: flushSeconds > 0 ? rowsCounted / flushSeconds : null,
      plainCopy,
      flushes,
      flushFailures: drained.failures - base.failures,
      maxMetricLagSeconds: Math.max(...samples.map((s) => s.lagSeconds)),
      probeLagSeconds: { samples: probe.lags.length, refused: probe.refused, p50: percentile(probe.lags, 50), max: Math.max(0, ...probe.lags) },
      caughtUp,
      drainSeconds,
      // The probe peer is upserted again in each batch it changed in: the counter may exceed the table by that much.
      peersTable: { rows: tableRows, rowsCounted, consistent: tableRows <= rowsCounted && rowsCounted <= tableRows + flushes + Math.max(0, load.requests - capacity) },
      serverCpuMicrosPerAnnounce: load.requests > 0 ? (cpuUse.serverCpuSeconds * 1e6) / load.requests : 0,
      cpu: { ...cpuUse, loadCpuSeconds: load.loadCpuSeconds },
      disturbed: isDisturbed(cpuUse),
    };
    const rate = result.peerRowsPerSecondWhileServing === null
      ? `no rate (${result.commitsWhileServing} batch committed while serving, ${formatCount(rowsWhileServing)} rows)`
      : `${formatCount(result.peerRowsPerSecondWhileServing)}/s commit to commit (${result.commitsWhileServing} batches, ${formatCount(rowsWhileServing)} rows)`;
    note(
      `flush: ${formatCount(result.announcesPerSecond)} new-peer announces/s for ${result.seconds.toFixed(1)} s; peer rows written while serving: ${rate}; ` +
        `${result.peerRowsPerFlushSecond === null ? '-' : formatCount(result.peerRowsPerFlushSecond)} rows per flush second ` +
        `(PostgreSQL's plain COPY of the same ${formatCount(plainCopy.rows)} rows into an unindexed table: ${formatCount(plainCopy.rowsPerSecond)}/s); ` +
        `lag p50 ${result.probeLagSeconds.p50.toFixed(2)} s, max ${result.probeLagSeconds.max.toFixed(2)} s (interval ${(intervalMs / 1000).toFixed(1)} s); ` +
        `${caughtUp ? `caught up ${drainSeconds.toFixed(1)} s after the load` : `NOT caught up ${drainSeconds.toFixed(1)} s after the load`}; ` +
        `peers table ${formatCount(tableRows)} rows, counter ${formatCount(rowsCounted)}${result.peersTable.consistent ? '' : ' (INCONSISTENT)'}` +
        `${result.disturbed ? `; disturbed: other processes used ${cpuUse.otherCpuSeconds.toFixed(1)} CPU s` : ''}`,
    );
    return result;
  } finally {
    await client.end();
    await engine.stop();
  }
}
