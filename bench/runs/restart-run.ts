/**
 * Restart: the `peers` table holds N rows (as the flusher leaves it), the engine starts and must
 * serve again. Timed from spawning `swarmgate engine` to /healthz answering (the workers listen only
 * after the peers are loaded) and to the first restored peer's re-announce being answered. The
 * engine's loader is also timed alone, in this process, as the floor of any restart.
 */
import { createPool } from '../../core/db.js';
import { loadPeers, UserIndexes } from '../../engine/catalog-loader.js';
import { fillAnnounceLine } from '../mix/pool-files.js';
import { requestPath } from '../mix/request-path.js';
import { clearPeers, seedPeers } from '../seed/copy-rows.js';
import { formatCount, note, progress } from '../suite/progress.js';
import { startEngine } from '../suite/start-target.js';
import type { Workspace } from '../suite/workspace.js';
import { sampleProcess } from '../support/process-stats.js';
import { httpGet } from '../support/wait.js';
import { describePhases } from '../targets/engine-log.js';
import { EngineStartError } from '../targets/swarmgate.js';
import { fillSpecFor } from './fill-spec.js';
import type { RestartResult } from './run-results.js';


async function timeLoadPeers(url: string): Promise<number> {
  const pool = createPool(url, 1);
  try {
    const started = performance.now();
    await loadPeers(pool, new UserIndexes());
    return performance.now() - started;
  } finally {
    await pool.end();
  }
}

export async function measureRestart(ws: Workspace): Promise<RestartResult> {
  const peers = ws.options.restartPeers;
  // Default 120 s, twelve times the goal: long enough to see a slow start, short enough to call a hang a hang.
  const START_TIMEOUT_MS = ws.options.restartTimeoutSeconds * 1000;
  await fillSpecFor(ws, peers); // checks the catalog can hold them
  progress(`restart: writing ${formatCount(peers)} peers rows with COPY`);
  await clearPeers(ws.database.url);
  const seeded = performance.now();
  await seedPeers(ws.database.url, ws.catalog, peers);
  const seedSeconds = (performance.now() - seeded) / 1000;
  progress('restart: timing the peers loader alone');
  const loadPeersMs = await timeLoadPeers(ws.database.url);
  progress(`restart: starting the engine on ${formatCount(peers)} peers`);
  const base = { peersInTable: peers, seedSeconds, loadPeersMs, timeoutMs: START_TIMEOUT_MS };
  const spawned = performance.now();
  let engine;
  try {
    engine = await startEngine(ws, { keepPeers: true, label: 'restart', startTimeoutMs: START_TIMEOUT_MS });
  } catch (err) {
    await clearPeers(ws.database.url);
    if (!(err instanceof EngineStartError)) throw err;
    const what = err.reason === 'timeout' ? `did not answer /healthz within ${(START_TIMEOUT_MS / 1000).toFixed(0)} s` : `exited after ${(err.waitedMs / 1000).toFixed(1)} s`;
    note(`restart: the engine ${what} with ${formatCount(peers)} peers in the table; phases: ${describePhases(err.phases)} (log ${err.logPath})`);
    return {
      ...base,
      failure: { reason: err.reason, waitedMs: err.waitedMs, message: err.message.split('\n')[0]!, logPath: err.logPath },
      phases: err.phases,
      serveMs: null,
      engineLoadMs: null,
      firstAnnounceMs: null,
      peersLoaded: null,
      rssBytes: null,
    };
  }
  try {
    const serveMs = engine.startMs;
    // A restored peer re-announcing gets its swarm back (numwant 50).
    const answer = await httpGet(`${engine.baseUrl}${requestPath('passkey', fillAnnounceLine(ws.catalog, 0, 50, ''))}`, 10_000);
    const firstAnnounceMs = performance.now() - spawned;
    if (answer.body.includes('failure reason') || !answer.body.includes('5:peers')) throw new Error(`restored peer was refused: ${answer.body.slice(0, 200)}`);
    const result: RestartResult = {
      ...base,
      phases: engine.phases(),
      serveMs,
      engineLoadMs: engine.loadMs(),
      firstAnnounceMs,
      peersLoaded: await engine.peerCount(),
      rssBytes: sampleProcess(engine.pid).rssBytes,
    };
    note(
      `restart: ${formatCount(result.peersLoaded ?? 0)} peers restored; serving after ${(serveMs / 1000).toFixed(2)} s, ` +
        `first announce answered after ${(firstAnnounceMs / 1000).toFixed(2)} s; phases: ${describePhases(result.phases)}`,
    );
    return result;
  } finally {
    await engine.stop();
    await clearPeers(ws.database.url);
  }
}
