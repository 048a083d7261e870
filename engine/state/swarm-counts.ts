/**
 * Every swarm's scrape figures in one SharedArrayBuffer, so any worker answers a scrape of any swarm
 * without asking the worker that owns it. Cells are indexed by swarm id, which is the same number on
 * every worker: each worker's SwarmTable holds every torrent and takes them in the same order (the
 * catalog, then the catalog changes the supervisor sends to all workers alike).
 *
 * Only a swarm's owner writes its cells; any worker reads them. Plain (unordered) stores and loads of
 * aligned 32-bit cells never tear; a scrape racing an announce may see the seeder count of one moment
 * and the leecher count of the next, which a scrape (a snapshot that is stale the moment it is sent)
 * tolerates. No lock is taken on either side.
 */
import { SharedInt32Cells } from './shared-int32-cells.js';
import { nextPowerOfTwo } from './typed-arrays.js';

const SEEDERS = 0;
const LEECHERS = 1;
const PAUSED = 2;
const DOWNLOADED = 3;
const CELLS_PER_SWARM = 4;
const BYTES_PER_SWARM = CELLS_PER_SWARM * 4;
/** Address space reserved up front (pages are committed only as the buffer grows): 16M swarms. */
const MAX_SWARMS = 1 << 24;

export function createSwarmCountsBuffer(torrents: number): SharedArrayBuffer {
  return new SharedArrayBuffer(nextPowerOfTwo(Math.max(1024, torrents)) * BYTES_PER_SWARM, { maxByteLength: MAX_SWARMS * BYTES_PER_SWARM });
}


export class SwarmCounts {
  /** Grown by whichever worker first adds a swarm id past it. */
  private readonly cells: SharedInt32Cells;

  constructor(buffer: SharedArrayBuffer) {
    this.cells = new SharedInt32Cells(buffer);
  }

  /**
   * Make room for swarm `id`. Every worker adds the same ids, so several may ask at once: each asks for
   * the same power-of-two size for a given id, and one that finds the buffer already larger is done.
   */
  ensureCapacity(id: number): void {
    const needed = nextPowerOfTwo(id + 1) * BYTES_PER_SWARM;
    if (needed > this.cells.buffer.maxByteLength) throw new Error(`more than ${MAX_SWARMS} swarms`);
    this.cells.growTo(needed);
  }

  /** The owner's figures for swarm `id` (downloaded: stored completions plus those not yet flushed). */
  publish(id: number, seeders: number, leechers: number, paused: number, downloaded: number): void {
    const at = id * CELLS_PER_SWARM;
    const cells = this.cells.covering(at + DOWNLOADED);
    cells[at + SEEDERS] = seeders;
    cells[at + LEECHERS] = leechers;
    cells[at + PAUSED] = paused;
    cells[at + DOWNLOADED] = downloaded;
  }

  seeders(id: number): number {
    return this.cell(id * CELLS_PER_SWARM + SEEDERS);
  }

  /** Leechers including paused partial seeds (BEP 21). */
  leechers(id: number): number {
    return this.cell(id * CELLS_PER_SWARM + LEECHERS);
  }

  paused(id: number): number {
    return this.cell(id * CELLS_PER_SWARM + PAUSED);
  }

  downloaded(id: number): number {
    return this.cell(id * CELLS_PER_SWARM + DOWNLOADED);
  }

  private cell(index: number): number {
    return this.cells.covering(index)[index]!;
  }
}
