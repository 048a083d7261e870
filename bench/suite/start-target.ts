/** Start any target by name for the current workspace (Swarmgate against the scratch database). */
import { join } from 'node:path';
import { mkdirSync } from 'node:fs';
import { clearPeers } from '../seed/copy-rows.js';
import { startBareUws } from '../targets/bare-uws.js';
import { startBittorrentTracker } from '../targets/bittorrent-tracker.js';
import { startOpentracker } from '../targets/opentracker.js';
import { startSwarmgate, type SwarmgateTarget } from '../targets/swarmgate.js';
import type { Target, TargetName } from '../targets/target.js';
import type { Workspace } from './workspace.js';

let profileCounter = 0;

/**
 * A fresh engine: the `peers` table is emptied first (the flusher of an earlier engine wrote its
 * swarms there), unless `keepPeers` (the restart run wants them).
 */
export async function startEngine(
  ws: Workspace,
  options: { keepPeers?: boolean; label?: string; startTimeoutMs?: number; env?: Record<string, string> } = {},
): Promise<SwarmgateTarget> {
  if (!options.keepPeers) await clearPeers(ws.database.url);
  const cpuProfileDir = ws.options.cpuProfile ? join(ws.runDir, 'profiles', `${++profileCounter}-${options.label ?? 'engine'}`) : undefined;
  if (cpuProfileDir) mkdirSync(cpuProfileDir, { recursive: true });
  return startSwarmgate({
    databaseUrl: ws.database.url,
    workers: ws.options.engineWorkers,
    minInterval: ws.options.minInterval,
    env: { ...ws.options.engineEnv, ...options.env },
    logDir: ws.workDir,
    ...(cpuProfileDir ? { cpuProfileDir } : {}),
    traceGc: ws.options.traceGc,
    ...(options.startTimeoutMs ? { startTimeoutMs: options.startTimeoutMs } : {}),
  });
}

export async function startTarget(ws: Workspace, name: TargetName, label?: string): Promise<Target> {
  switch (name) {
    case 'swarmgate':
      return startEngine(ws, { label: label ?? 'side-by-side' });
    case 'bare-uws':
      return startBareUws({ threads: ws.options.engineWorkers, logDir: ws.workDir });
    case 'opentracker':
      return startOpentracker({ infoHashes: ws.catalog.infoHashes, logDir: ws.workDir });
    case 'bittorrent-tracker':
      return startBittorrentTracker({ logDir: ws.workDir });
  }
}
