/**
 * What one bench run works with: its results folder, the scratch database with the seeded catalog,
 * the request pools, and the tools found on this machine.
 */
import type { BenchCatalog } from '../seed/catalog.js';
import type { ScratchDatabase } from '../seed/scratch-database.js';
import type { BenchOptions } from './options.js';

export interface Pools {
  announce: string;
  scrape: string;
  prefill: string;
  /** Peers in the mix population (what a prefill should reach). */
  populationSize: number;
}

export interface Workspace {
  options: BenchOptions;
  /** bench/results/<stamp>/ */
  runDir: string;
  /** Logs, pools and profiles of this run (bench/results/<stamp>/work/). */
  workDir: string;
  database: ScratchDatabase;
  catalog: BenchCatalog;
  pools: Pools;
  wrk: boolean;
}
