/**
 * The flusher's counters as the flush run samples them from the engine's /metrics, and the rates
 * derived from them. Kept apart from the run so the arithmetic can be checked with made-up samples.
 *
 * Why commits: `swarmgate_flush_rows_total{table="peers"}` only moves when a whole batch commits
 * (every interval, or later when a batch takes longer to write than the interval). Rows between two
 * samples that fall between the same two commits differ by 0, so a rate from a sampling window that
 * happens to hold no commit reads 0 although the flusher writes. The sustained rate is therefore
 * taken from commit to commit: the rows of the batches committed after the first commit seen while
 * serving, over the time from that commit to the last one. Each such batch holds what was drained
 * over one cycle, so in steady state this is the rate the flusher keeps up with.
 */
import type { SwarmgateTarget } from '../targets/swarmgate.js';
import { sumMetric } from '../targets/prometheus-text.js';

/** The /metrics name of the peer rows the flusher has written (engine/metrics.ts). */
export const PEER_ROWS_METRIC = 'swarmgate_flush_rows_total{table="peers"}';

export interface FlushSample {
  /** performance.now() halfway through the /metrics request (when the engine read its counters, ± half the request). */
  at: number;
  peerRows: number;
  flushes: number;
  failures: number;
  flushSeconds: number;
  lagSeconds: number;
  pendingKeys: number;
}

export async function sampleFlush(engine: SwarmgateTarget): Promise<FlushSample> {
  const sent = performance.now();
  const m = await engine.metrics();
  const at = (sent + performance.now()) / 2;
  const peerRows = m.get(PEER_ROWS_METRIC);
  // A renamed metric must not read as "0 rows written".
  if (peerRows === undefined) throw new Error(`the engine's /metrics has no ${PEER_ROWS_METRIC}`);
  return {
    at,
    peerRows,
    flushes: sumMetric(m, 'swarmgate_flushes_total'),
    failures: sumMetric(m, 'swarmgate_flush_failures_total'),
    flushSeconds: sumMetric(m, 'swarmgate_flush_duration_seconds_total'),
    lagSeconds: sumMetric(m, 'swarmgate_flush_lag_seconds'),
    pendingKeys: sumMetric(m, 'swarmgate_flush_pending_keys'),
  };
}

export interface CommitRate {
  /** Peer rows per second from the first to the last commit seen in the window; null with fewer than two commits. */
  rowsPerSecond: number | null;
  /** Batches committed in the window. */
  commits: number;
  /** Seconds between the first and last commit the rate spans. */
  spanSeconds: number;
}

/**
 * Commits seen in [from, to]: a sample whose `flushes` is above the previous sample's follows a
 * commit (dated at that sample: at most one sampling period late, the same for both ends).
 */
export function commitRate(samples: readonly FlushSample[], from: number, to: number): CommitRate {
  const commits: FlushSample[] = [];
  for (let i = 1; i < samples.length; i++) {
    const s = samples[i]!;
    if (s.at < from || s.at > to) continue;
    if (s.flushes > samples[i - 1]!.flushes) commits.push(s);
  }
  const first = commits[0];
  const last = commits.at(-1);
  if (!first || !last || last === first) return { rowsPerSecond: null, commits: commits.length, spanSeconds: 0 };
  const spanSeconds = (last.at - first.at) / 1000;
  return { rowsPerSecond: (last.peerRows - first.peerRows) / spanSeconds, commits: commits.length, spanSeconds };
}

/** The last sample taken at or before `at` (the first sample if none). */
export function sampleAt(samples: readonly FlushSample[], at: number): FlushSample {
  let found = samples[0]!;
  for (const s of samples) if (s.at <= at) found = s;
  return found;
}
