/**
 * Before measuring, every tracker gets the same swarms: each population peer announces `started`
 * once, in order. The walk stops when the tracker holds every peer (or its count stops growing).
 */
import { setTimeout as sleep } from 'node:timers/promises';
import type { DriverName } from '../load/load-spec.js';
import type { Target } from '../targets/target.js';
import { runLoad } from './measure.js';
import { formatCount, progress } from './progress.js';

export interface FillOutcome {
  peers: number | null;
  seconds: number;
  /** Answers the load generator received per second. */
  announcesPerSecond: number;
  /** Peers the tracker gained per second (a fill announce that timed out still adds its peer). */
  peersPerSecond: number;
  /** Failed requests (mostly timeouts: answers slower than 10 s). */
  errors: number;
}

/**
 * Walk `poolFile` (mode walk) or the fill formula (mode fill) until `target` holds `expected` peers.
 * A count that stops growing for `stallSeconds` ends the walk too (the caller reports what it got).
 */
export async function fillTarget(options: {
  target: Target;
  poolFile: string;
  mode: 'walk' | 'fill';
  expected: number;
  driver: DriverName;
  connections: number;
  wrkThreads: number;
  workDir: string;
  label: string;
  stallSeconds?: number;
}): Promise<FillOutcome> {
  const { target, expected } = options;
  const initial = (await target.peerCount()) ?? 0;
  let best = initial;
  let bestAt = performance.now();
  const stallMs = (options.stallSeconds ?? 4) * 1000;
  const started = performance.now();
  const result = await runLoad(
    options.driver,
    {
      baseUrl: target.baseUrl,
      poolFile: options.poolFile,
      pathStyle: target.pathStyle,
      mode: options.mode,
      connections: options.connections,
      keepAlive: target.keepAlive,
      threads: options.wrkThreads,
      fillPeers: expected,
      // An upper bound only: the walk ends as soon as the tracker holds every peer.
      durationSeconds: Math.ceil(expected / 1000) + 60,
      async stopWhen() {
        const count = (await target.peerCount()) ?? 0;
        progress(`${options.label}: ${formatCount(count)} / ${formatCount(expected)} peers`);
        if (count > best) {
          best = count;
          bestAt = performance.now();
        }
        return count >= expected || performance.now() - bestAt > stallMs;
      },
    },
    options.workDir,
    `fill-${target.name}`,
  );
  const seconds = (performance.now() - started) / 1000;
  // Gauges refresh about once a second: give the last count a moment to show.
  await sleep(1200);
  const peers = await target.peerCount();
  return {
    peers,
    seconds,
    announcesPerSecond: result.requests / seconds,
    peersPerSecond: ((peers ?? 0) - initial) / seconds,
    errors: result.errors,
  };
}
