/** The fill spec file the Lua fill generator reads (written once per run, for the largest fill asked). */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { writeFillSpec } from '../mix/pool-files.js';
import { fillCapacity } from '../seed/fill-peers.js';
import { usablePorts } from '../seed/ports.js';
import type { Workspace } from '../suite/workspace.js';

export async function fillSpecFor(ws: Workspace, peers: number): Promise<string> {
  const capacity = fillCapacity(ws.options.users, ws.options.torrents);
  if (peers > capacity) {
    throw new Error(`${peers} background peers need users x torrents >= ${peers} (one client per user per torrent); have ${capacity}`);
  }
  const path = join(ws.workDir, 'fill.spec');
  // Fills walk k = 0, 1, 2, ...: one spec sized for the run's capacity serves every fill.
  if (!existsSync(path)) await writeFillSpec(path, ws.catalog, capacity, usablePorts());
  return path;
}
