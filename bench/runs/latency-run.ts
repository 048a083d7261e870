/**
 * Announce latency with the engine holding millions of peers: the announce mix at saturation
 * (closed loop with autocannon, as the side-by-side rows) and at a fixed offered rate (open loop,
 * bench/load/paced-runner.ts: each latency counted from when its request was due). Pauses of a
 * worker (drains, GC, growing a table) show in p99 here.
 */
import { measure } from '../suite/measure.js';
import { note } from '../suite/progress.js';
import { describeMeasurement } from '../suite/side-by-side.js';
import type { Workspace } from '../suite/workspace.js';
import type { Target } from '../targets/target.js';
import type { LatencyResult } from './run-results.js';

export async function measureLatency(ws: Workspace, target: Target): Promise<LatencyResult> {
  const common = {
    target,
    mix: 'announce' as const,
    connection: 'keep-alive' as const,
    driver: 'autocannon' as const,
    poolFile: ws.pools.announce,
    connections: ws.options.connections,
    durationSeconds: Math.max(ws.options.durationSeconds, 15),
    warmupSeconds: ws.options.warmupSeconds,
    wrkThreads: ws.options.wrkThreads,
    workDir: ws.workDir,
  };
  const fixed = await measure({ ...common, driver: 'paced', overallRate: ws.options.scaleRate });
  note(`latency at fixed rate ${ws.options.scaleRate}/s: ${describeMeasurement(fixed)}`);
  const saturation = await measure(common);
  note(`latency at saturation: ${describeMeasurement(saturation)}`);
  return { peers: await target.peerCount(), saturation, fixedRate: { ...fixed, offeredRate: ws.options.scaleRate } };
}
