/**
 * The scale runs (behind --scale, or named in --runs): restart with peers in the table, memory per
 * peer at each size (reference trackers at the smallest), and announce latency at the largest.
 */
import { note } from '../suite/progress.js';
import type { Workspace } from '../suite/workspace.js';
import type { TargetName } from '../targets/target.js';
import { measureLatency } from './latency-run.js';
import { measureMemory } from './memory-run.js';
import { measureRestart } from './restart-run.js';
import type { LatencyResult, MemoryResult, RestartResult, Skipped } from './run-results.js';

export interface ScaleResults {
  memory: MemoryResult[] | Skipped;
  latency: LatencyResult | Skipped;
  restart: RestartResult | Skipped;
}

const notAsked = (run: string): Skipped => ({ skipped: `not run (add --scale, or --runs ${run})` });

async function guarded<T>(what: string, run: () => Promise<T>): Promise<T | Skipped> {
  try {
    return await run();
  } catch (err) {
    note(`${what} failed: ${(err as Error).message}`);
    return { skipped: `failed: ${(err as Error).message}` };
  }
}

export async function runScale(ws: Workspace): Promise<ScaleResults> {
  const { runs, scalePeers, scaleReferences } = ws.options;
  const results: ScaleResults = { memory: notAsked('memory'), latency: notAsked('latency'), restart: notAsked('restart') };
  if (runs.includes('restart')) results.restart = await guarded('restart run', () => measureRestart(ws));

  const sizes = [...scalePeers].sort((a, b) => a - b);
  const largest = sizes.at(-1)!;
  if (runs.includes('memory')) {
    const memory: MemoryResult[] = [];
    for (const size of sizes) {
      const targets: TargetName[] = ['swarmgate'];
      if (scaleReferences && size === sizes[0]) targets.push('opentracker', 'bittorrent-tracker');
      for (const name of targets) {
        const latencyHere = name === 'swarmgate' && size === largest && runs.includes('latency');
        const result = await guarded(`memory run (${name}, ${size})`, () =>
          measureMemory(ws, name, size, latencyHere ? async (target) => { results.latency = await measureLatency(ws, target); } : undefined),
        );
        memory.push('skipped' in result && !('target' in result) ? { target: name, size, peers: null, fillSeconds: 0, fillAnnouncesPerSecond: 0,
          fillPeersPerSecond: 0, fillErrors: 0, rssBeforeBytes: 0, rssAfterBytes: 0, bytesPerPeerRss: null, skipped: result.skipped } : (result as MemoryResult));
      }
    }
    results.memory = memory;
  } else if (runs.includes('latency')) {
    // Latency alone still needs the engine filled to the largest size.
    const filled = await guarded('latency run', () =>
      measureMemory(ws, 'swarmgate', largest, async (target) => {
        results.latency = await measureLatency(ws, target);
      }),
    );
    if (!('skipped' in filled)) results.memory = [filled];
  }
  return results;
}
