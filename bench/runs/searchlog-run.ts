/**
 * Search-log ingestion: the streaming service's reports POSTed to the engine's search-log endpoint as
 * fast as a few concurrent reporters can (batches of BATCH_ROWS searches), written to the partitioned
 * prowlarr_search_logs by the engine's COPY flusher. Reported: search rows accepted per second (202
 * answers, the request path never waits on PostgreSQL), request latency, and flush lag: for a one-row
 * probe report sent every PROBE_MS, the time from its 202 until its batch id is in PostgreSQL (bounded
 * below by the flush interval, which the result names). At the end the table must hold every accepted
 * row, once. No ARCHITECTURE goal covers it: a figure, not a verdict.
 */
import { randomUUID } from 'node:crypto';
import { setTimeout as sleep } from 'node:timers/promises';
import { loadConfig } from '../../core/config.js';
import { createPool, type Pool } from '../../core/db.js';
import { generateToken, hashToken } from '../../control/credentials.js';
import { formatCount, note, progress } from '../suite/progress.js';
import { startEngine } from '../suite/start-target.js';
import type { Workspace } from '../suite/workspace.js';
import { freePort } from '../support/free-port.js';
import { percentile } from '../support/percentile.js';
import type { SearchLogResult, Skipped } from './run-results.js';

const INDEXERS = 20;
const BATCH_ROWS = 100;
const REPORTERS = 8;
const PROBE_MS = 500;

async function prepare(pool: Pool): Promise<{ indexers: string[]; token: string }> {
  const { rows } = await pool.query<{ id: string }>(
    `INSERT INTO prowlarr_indexers (indexer_name, indexer_id, prowlarr_id) SELECT 'bench-' || n, 900000 + n, 1 FROM generate_series(1, $1) n RETURNING id`,
    [INDEXERS],
  );
  // A service account as the control plane stores one: group level 20 (PERMISSION_INDEXERS_REPORT), API token as SHA-256.
  const token = generateToken('sgt');
  await pool.query(
    `WITH u AS (
       INSERT INTO users (username, email, passkey, group_id, status)
       VALUES ('bench_reporter', 'bench_reporter@example.test', md5(random()::text), (SELECT id FROM user_groups WHERE name = 'administrator'), 'enabled')
       RETURNING id)
     INSERT INTO api_tokens (user_id, name, token_hash) SELECT id, 'bench', $1 FROM u`,
    [hashToken(token)],
  );
  return { indexers: rows.map((r) => r.id), token };
}

function report(indexers: string[], rows: number, seq: number): string {
  const searches = Array.from({ length: rows }, (_, k) => ({
    indexerId: indexers[(seq + k) % indexers.length],
    query: `bench query ${seq}-${k}`,
    type: k % 3 === 0 ? 'series' : 'movie',
    imdbId: `tt${1_000_000 + ((seq * 7 + k) % 900_000)}`,
    responseTimeMs: 50 + ((seq * 31 + k * 17) % 1500),
    httpStatus: 200,
    resultsCount: k % 40,
    success: (seq + k) % 20 !== 0,
  }));
  return JSON.stringify({ batchId: randomUUID(), searches });
}

export async function runSearchLog(ws: Workspace): Promise<SearchLogResult | Skipped> {
  if (!ws.options.runs.includes('searchlog')) return { skipped: 'not run (--runs searchlog)' };
  const pool = createPool(ws.database.url, 2);
  const { indexers, token } = await prepare(pool);
  const port = await freePort();
  const intervalMs = loadConfig({ env: { ...ws.options.engineEnv } }).flush.intervalMs;
  progress('searchlog: starting the engine');
  const engine = await startEngine(ws, { label: 'searchlog', env: { SWARMGATE_SEARCHLOG_ENABLED: 'true', SWARMGATE_SERVICE_PORT: String(port) } });
  const url = `http://127.0.0.1:${port}/api/v1/search-logs`;
  const headers = { authorization: `Bearer ${token}`, 'content-type': 'application/json' };
  try {
    const seconds = ws.options.searchlogSeconds;
    progress(`searchlog: ${REPORTERS} reporters, ${BATCH_ROWS} searches a report, for ${seconds} s`);
    let accepted = 0;
    let refused = 0;
    const latencies: number[] = [];
    const started = performance.now();
    const until = started + seconds * 1000;
    let seq = 0;
    const reporters = Array.from({ length: REPORTERS }, async () => {
      while (performance.now() < until) {
        const body = report(indexers, BATCH_ROWS, seq++);
        const sent = performance.now();
        const response = await fetch(url, { method: 'POST', headers, body });
        await response.arrayBuffer();
        latencies.push(performance.now() - sent);
        if (response.status === 202) accepted += BATCH_ROWS;
        else refused++;
      }
    });
    // Probes: one-row reports whose batch ids are watched in PostgreSQL.
    const probes = new Map<string, number>();
    const lags: number[] = [];
    const prober = (async () => {
      while (performance.now() < until) {
        const batchId = randomUUID();
        const body = JSON.stringify({ batchId, searches: [{ indexerId: indexers[0], responseTimeMs: 1, success: true, query: 'probe' }] });
        const response = await fetch(url, { method: 'POST', headers, body });
        await response.arrayBuffer();
        if (response.status === 202) {
          accepted += 1;
          probes.set(batchId, performance.now());
        }
        await sleep(PROBE_MS);
      }
    })();
    const watchProbes = async () => {
      if (probes.size === 0) return;
      const { rows } = await pool.query<{ batch_id: string }>(`SELECT batch_id FROM prowlarr_search_batches WHERE batch_id = ANY($1::uuid[])`, [[...probes.keys()]]);
      const now = performance.now();
      for (const { batch_id } of rows) {
        lags.push(now - probes.get(batch_id)!);
        probes.delete(batch_id);
      }
    };
    let loading = true;
    const watcher = (async () => {
      while (loading || probes.size > 0) {
        await watchProbes();
        await sleep(50);
      }
    })();
    await Promise.all([...reporters, prober]);
    const loadSeconds = (performance.now() - started) / 1000;
    loading = false;

    // Drain: every accepted row in the table, within a bounded wait.
    const loadEnd = performance.now();
    let written = 0;
    while (performance.now() - loadEnd < Math.max(60_000, 6 * intervalMs)) {
      written = Number((await pool.query<{ n: string }>(`SELECT count(*) AS n FROM prowlarr_search_logs`)).rows[0]!.n);
      if (written >= accepted) break;
      await sleep(100);
    }
    const drainSeconds = (performance.now() - loadEnd) / 1000;
    await Promise.race([watcher, sleep(5000)]);
    loading = false;
    const result: SearchLogResult = {
      seconds: loadSeconds,
      rowsAccepted: accepted,
      rowsPerSecond: accepted / loadSeconds,
      refusedReports: refused,
      rowsWritten: written,
      batchRows: BATCH_ROWS,
      reporters: REPORTERS,
      requestLatencyMs: { p50: percentile(latencies, 50), p99: percentile(latencies, 99) },
      flushLagMs: { probes: lags.length, p50: percentile(lags, 50), max: lags.length ? Math.max(...lags) : 0 },
      drainSeconds,
      flushIntervalMs: intervalMs,
    };
    note(
      `searchlog: ${formatCount(result.rowsPerSecond)} search rows accepted/s (${REPORTERS} reporters x ${BATCH_ROWS}-row reports, ` +
        `p50 ${result.requestLatencyMs.p50.toFixed(1)} ms, p99 ${result.requestLatencyMs.p99.toFixed(1)} ms); flush lag p50 ${(result.flushLagMs.p50 / 1000).toFixed(2)} s, ` +
        `max ${(result.flushLagMs.max / 1000).toFixed(2)} s (flush interval ${intervalMs / 1000} s); ${formatCount(written)} of ${formatCount(accepted)} rows written, ` +
        `drained ${drainSeconds.toFixed(1)} s after the load`,
    );
    if (written !== accepted) note(`searchlog: WARNING: ${written} rows in prowlarr_search_logs for ${accepted} accepted`);
    return result;
  } finally {
    await engine.stop();
    await pool.end();
  }
}
