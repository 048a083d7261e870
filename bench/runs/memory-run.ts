/**
 * Memory per peer: a fresh tracker, its resident set measured idle, then filled with background
 * peers through announces (each a new peer, numwant=0), and measured again. RSS growth per peer is
 * what the peers really cost the process (store, indexes, swarm lists, allocator slack); Swarmgate
 * also reports the bytes of its peer store, the figure its slab layout is designed around.
 */
import { setTimeout as sleep } from 'node:timers/promises';
import { fillTarget } from '../suite/prefill.js';
import { formatCount, note, progress } from '../suite/progress.js';
import { startTarget } from '../suite/start-target.js';
import type { Workspace } from '../suite/workspace.js';
import { sampleProcess } from '../support/process-stats.js';
import type { SwarmgateTarget } from '../targets/swarmgate.js';
import { sumMetric } from '../targets/prometheus-text.js';
import { TargetUnavailable, type Target, type TargetName } from '../targets/target.js';
import { fillSpecFor } from './fill-spec.js';
import type { MemoryResult } from './run-results.js';
import { describeThreadMemory, threadMemory } from './thread-memory.js';

/** Settling time before a memory sample: gauges refresh every second, the allocator settles. */
const SETTLE_MS = 3000;

/** Seconds until the engine's flusher has nothing pending (or null if not within `timeoutMs`). */
async function flushDrained(engine: SwarmgateTarget, timeoutMs: number): Promise<number | null> {
  const started = performance.now();
  let quiet = 0;
  while (performance.now() - started < timeoutMs) {
    const metrics = await engine.metrics();
    const pending = sumMetric(metrics, 'swarmgate_flush_pending_keys') + sumMetric(metrics, 'swarmgate_flush_lag_seconds');
    // Pending is 0 between a drain and the next: require it over two intervals' worth of polls.
    quiet = pending === 0 ? quiet + 1 : 0;
    if (quiet >= 20) return (performance.now() - started) / 1000;
    await sleep(500);
  }
  return null;
}

/**
 * Fill `name` to `size` peers and measure; `whileFilled` gets the still-running target (the latency
 * run measures at this size before the target stops).
 */
export async function measureMemory(
  ws: Workspace,
  name: TargetName,
  size: number,
  whileFilled?: (target: Target) => Promise<void>,
): Promise<MemoryResult> {
  const empty = { target: name, size, peers: null, fillSeconds: 0, fillAnnouncesPerSecond: 0, fillPeersPerSecond: 0, fillErrors: 0, rssBeforeBytes: 0, rssAfterBytes: 0, bytesPerPeerRss: null };
  if (!ws.wrk) return { ...empty, skipped: 'the fill needs wrk (sudo apt-get install -y wrk)' };
  const spec = await fillSpecFor(ws, size);
  let target: Target;
  try {
    progress(`memory: starting ${name}`);
    target = await startTarget(ws, name, `memory-${size}`);
  } catch (err) {
    return { ...empty, skipped: err instanceof TargetUnavailable ? err.message : `failed to start: ${(err as Error).message}` };
  }
  try {
    await sleep(SETTLE_MS);
    const before = sampleProcess(target.pid).rssBytes;
    const threadsBefore = name === 'swarmgate' ? threadMemory(await (target as SwarmgateTarget).metrics()) : undefined;
    if (threadsBefore) note(`memory: ${name} before the fill: ${describeThreadMemory(threadsBefore, before)}`);
    const fill = await fillTarget({
      target,
      poolFile: spec,
      mode: 'fill',
      expected: size,
      driver: 'wrk',
      connections: 64,
      wrkThreads: ws.options.wrkThreads,
      workDir: ws.workDir,
      label: `memory: filling ${name}`,
      stallSeconds: 10,
    });
    await sleep(SETTLE_MS);
    const after = sampleProcess(target.pid).rssBytes;
    const peers = await target.peerCount();
    const result: MemoryResult = {
      target: name,
      size,
      peers,
      fillSeconds: fill.seconds,
      fillAnnouncesPerSecond: fill.announcesPerSecond,
      fillPeersPerSecond: fill.peersPerSecond,
      fillErrors: fill.errors,
      rssBeforeBytes: before,
      rssAfterBytes: after,
      bytesPerPeerRss: peers ? (after - before) / peers : null,
    };
    if (name === 'swarmgate') {
      const engine = target as SwarmgateTarget;
      const filled = await engine.metrics();
      const storeBytes = sumMetric(filled, 'swarmgate_peer_store_bytes');
      result.bytesPerPeerStore = peers ? storeBytes / peers : null;
      result.threadsBefore = threadsBefore;
      result.threadsAfterFill = threadMemory(filled);
      note(`memory: ${name} after the fill: ${describeThreadMemory(result.threadsAfterFill, after)}`);
      // The flusher may still hold a backlog of the fill's changes: measure again once it is written.
      progress(`memory: waiting for ${name}'s flusher to write the fill`);
      const drained = await flushDrained(engine, 300_000);
      const rss = sampleProcess(target.pid).rssBytes;
      result.afterFlush = { seconds: drained, rssBytes: rss, bytesPerPeerRss: peers ? (rss - before) / peers : null };
      result.threadsAfterFlush = threadMemory(await engine.metrics());
      note(`memory: ${name} after the flush caught up: ${describeThreadMemory(result.threadsAfterFlush, rss)}`);
    }
    note(
      `memory: ${name} ${formatCount(peers ?? 0)} peers, RSS ${formatCount(before / 2 ** 20)} → ${formatCount(after / 2 ** 20)} MiB, ` +
        `${result.bytesPerPeerRss === null ? '-' : formatCount(result.bytesPerPeerRss)} B/peer` +
        (result.bytesPerPeerStore ? ` (peer store ${formatCount(result.bytesPerPeerStore)} B/peer)` : '') +
        (result.afterFlush ? `; after the flush caught up RSS ${formatCount(result.afterFlush.rssBytes / 2 ** 20)} MiB, ${formatCount(result.afterFlush.bytesPerPeerRss ?? 0)} B/peer` : '') +
        `, filled in ${fill.seconds.toFixed(0)} s (${formatCount(fill.peersPerSecond)} peers/s, ${formatCount(fill.announcesPerSecond)} answers/s, ${fill.errors} failed)`,
    );
    if (whileFilled) await whileFilled(target);
    return result;
  } finally {
    await target.stop();
  }
}
