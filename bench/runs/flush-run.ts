/**
 * Flush while serving: the engine takes announces of new peers (each one a `peers` row to upsert)
 * as fast as the load generator sends them, while its flusher writes to PostgreSQL. Reported: peer
 * rows written per second once the first interval has passed, what the flusher writes per second
 * of its own write time (its capacity), and the lag, both from /metrics and end to end: a probe peer
 * announces a new `uploaded` figure every two seconds and the bench times until its row shows it.
 */
import { setTimeout as sleep } from 'node:timers/promises';
import pg from 'pg';
import { loadConfig } from '../../core/config.js';
import { runWrk } from '../load/wrk-driver.js';
import { escapeBinary } from '../mix/escape.js';
import { formatCount, note, progress } from '../suite/progress.js';
import { startEngine } from '../suite/start-target.js';
import type { Workspace } from '../suite/workspace.js';
import { sampleProcess } from '../support/process-stats.js';
import { httpGet } from '../support/wait.js';
import { sumMetric } from '../targets/prometheus-text.js';
import type { SwarmgateTarget } from '../targets/swarmgate.js';
import { fillSpecFor } from './fill-spec.js';
import type { FlushResult, Skipped } from './run-results.js';

interface Sample {
  at: number;
  rows: number;
  lag: number;
  pending: number;
  flushes: number;
  failures: number;
  flushSeconds: number;
}

async function sample(engine: SwarmgateTarget): Promise<Sample> {
  const m = await engine.metrics();
  return {
    at: performance.now(),
    rows: m.get('swarmgate_flush_rows_total{table="peers"}') ?? 0,
    lag: sumMetric(m, 'swarmgate_flush_lag_seconds'),
    pending: sumMetric(m, 'swarmgate_flush_pending_keys'),
    flushes: sumMetric(m, 'swarmgate_flushes_total'),
    failures: sumMetric(m, 'swarmgate_flush_failures_total'),
    flushSeconds: sumMetric(m, 'swarmgate_flush_duration_seconds_total'),
  };
}

/** A peer that exists only to be timed: it announces a growing `uploaded`; its row shows when flushed. */
class LagProbe {
  private sent: { value: number; at: number }[] = [];
  private next = 1;
  readonly lags: number[] = [];
  private readonly peerId = Buffer.from('-SP0100-000000000001', 'latin1');

  constructor(private readonly ws: Workspace, private readonly engine: SwarmgateTarget, private readonly client: pg.Client) {}

  get waiting(): number {
    return this.sent.length;
  }

  async announce(): Promise<void> {
    const value = this.next++ * 16384;
    const { catalog } = this.ws;
    const query = `info_hash=${escapeBinary(catalog.infoHashes[0]!)}&peer_id=${this.peerId.toString('latin1')}&port=40001` +
      `&uploaded=${value}&downloaded=0&left=0&numwant=0&compact=1`;
    this.sent.push({ value, at: performance.now() });
    await httpGet(`${this.engine.baseUrl}/${catalog.passkeys[0]}/announce?${query}`, 5000);
  }

  async poll(): Promise<void> {
    if (this.sent.length === 0) return;
    const { rows } = await this.client.query<{ uploaded: number }>(
      'SELECT uploaded FROM peers WHERE torrent_id = $1 AND user_id = $2 AND peer_id = $3',
      [this.ws.catalog.torrentIds[0], this.ws.catalog.userIds[0], this.peerId],
    );
    const stored = rows[0] ? Number(rows[0].uploaded) : -1;
    const now = performance.now();
    while (this.sent.length > 0 && this.sent[0]!.value <= stored) this.lags.push((now - this.sent.shift()!.at) / 1000);
  }
}

function percentile(values: number[], p: number): number {
  if (values.length === 0) return 0;
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]!;
}

export async function runFlush(ws: Workspace): Promise<FlushResult | Skipped> {
  if (!ws.options.runs.includes('flush')) return { skipped: 'not run (--runs flush)' };
  if (!ws.wrk) return { skipped: 'the flush run needs wrk (sudo apt-get install -y wrk)' };
  // The engine child runs with the default flush settings; read the same defaults here.
  const intervalMs = loadConfig({ env: {} }).flush.intervalMs;
  const capacity = ws.options.users * ws.options.torrents;
  const spec = await fillSpecFor(ws, capacity);
  progress('flush: starting the engine');
  const engine = await startEngine(ws, { label: 'flush' });
  const client = new pg.Client({ connectionString: ws.database.url });
  await client.connect();
  try {
    const probe = new LagProbe(ws, engine, client);
    const samples: Sample[] = [await sample(engine)];
    let loading = true;
    const sampler = (async () => {
      while (loading) {
        await sleep(500);
        samples.push(await sample(engine));
      }
    })();
    const prober = (async () => {
      while (loading) {
        await probe.announce();
        await sleep(2000);
      }
    })();
    const poller = (async () => {
      while (loading || probe.waiting > 0) {
        await probe.poll();
        await sleep(100);
      }
    })();

    let cpuBefore = 0;
    const started = { at: 0 };
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
          cpuBefore = sampleProcess(engine.pid).cpuSeconds;
          started.at = performance.now();
        },
        onProgress: ({ elapsedSeconds }) => {
          const last = samples.at(-1)!;
          progress(`flush: ${elapsedSeconds.toFixed(0)}/${ws.options.flushSeconds} s, ${formatCount(last.rows)} peer rows written, lag ${last.lag.toFixed(1)} s`);
        },
      },
      ws.workDir,
      'flush',
    );
    const loadEnd = performance.now();
    const cpu = sampleProcess(engine.pid).cpuSeconds - cpuBefore;
    loading = false;
    await Promise.all([sampler, prober]);

    // Drain: until every drained delta is written and the last probe shows (bounded).
    const drainDeadline = loadEnd + Math.max(60_000, 6 * intervalMs);
    let drained = samples.at(-1)!;
    while (performance.now() < drainDeadline) {
      drained = await sample(engine);
      samples.push(drained);
      // A whole interval after the load (the workers' last changes are drained), nothing pending, last probe seen.
      const settled = performance.now() - loadEnd >= intervalMs && drained.pending === 0 && drained.lag === 0;
      if (settled && probe.waiting === 0) break;
      await sleep(250);
    }
    const drainSeconds = (performance.now() - loadEnd) / 1000;
    await Promise.race([poller, sleep(1000)]);

    // Steady state: skip the first interval, in which nothing can have been written yet.
    const inLoad = samples.filter((s) => s.at >= started.at && s.at <= loadEnd);
    const steady = inLoad.filter((s) => s.at >= started.at + intervalMs);
    const window = steady.length >= 2 ? steady : inLoad;
    const first = window[0] ?? samples[0]!;
    const last = window.at(-1) ?? drained;
    const upserts = last.at > first.at ? ((last.rows - first.rows) * 1000) / (last.at - first.at) : 0;
    const base = samples[0]!;
    const flushSeconds = drained.flushSeconds - base.flushSeconds;
    const result: FlushResult = {
      intervalMs,
      seconds: load.durationSeconds,
      announcesPerSecond: load.requestsPerSecond,
      peerUpsertsPerSecond: upserts,
      peerRowsPerSecondOverall: ((drained.rows - base.rows) * 1000) / Math.max(1, drained.at - started.at),
      peerRowsPerFlushSecond: flushSeconds > 0 ? (drained.rows - base.rows) / flushSeconds : null,
      flushes: drained.flushes - base.flushes,
      flushFailures: drained.failures - base.failures,
      maxMetricLagSeconds: Math.max(...samples.map((s) => s.lag)),
      probeLagSeconds: { samples: probe.lags.length, p50: percentile(probe.lags, 50), max: Math.max(0, ...probe.lags) },
      drainSeconds,
      serverCpuMicrosPerAnnounce: load.requests > 0 ? (cpu * 1e6) / load.requests : 0,
    };
    note(
      `flush: ${formatCount(result.announcesPerSecond)} new-peer announces/s, ${formatCount(result.peerUpsertsPerSecond)} peer upserts/s while serving, ` +
        `${result.peerRowsPerFlushSecond === null ? '-' : formatCount(result.peerRowsPerFlushSecond)} rows per flush second; ` +
        `lag p50 ${result.probeLagSeconds.p50.toFixed(2)} s, max ${result.probeLagSeconds.max.toFixed(2)} s (interval ${(intervalMs / 1000).toFixed(1)} s); drained in ${drainSeconds.toFixed(1)} s`,
    );
    return result;
  } finally {
    await client.end();
    await engine.stop();
  }
}
