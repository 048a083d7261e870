/** Set up a run: results folder, scratch database seeded with COPY, and the request pools. */
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { buildCatalog } from '../seed/catalog.js';
import { seedCatalog } from '../seed/copy-rows.js';
import { createScratchDatabase } from '../seed/scratch-database.js';
import { wrkAvailable } from '../load/wrk-driver.js';
import { writeAnnouncePool, writePrefillPool, writeScrapePool } from '../mix/pool-files.js';
import { buildPopulation } from '../mix/population.js';
import type { MixOptions } from '../mix/mix-options.js';
import type { BenchOptions } from './options.js';
import { formatCount, note, progress } from './progress.js';
import type { Workspace } from './workspace.js';

export function mixOptions(options: BenchOptions): MixOptions {
  return {
    peers: options.peers,
    seederShare: options.seederShare,
    zipf: options.zipf,
    events: options.events,
    numwant: options.numwant,
    seed: options.seed,
  };
}

export interface Prepared {
  workspace: Workspace;
  seedSeconds: number;
}

export async function prepareWorkspace(options: BenchOptions, stamp: string): Promise<Prepared> {
  const runDir = join(options.outDir, stamp);
  const workDir = join(runDir, 'work');
  mkdirSync(workDir, { recursive: true });

  progress('creating and migrating the scratch database');
  const database = await createScratchDatabase(options.databaseUrl);
  try {
    const started = performance.now();
    const catalog = buildCatalog(options.users, options.torrents, options.seed);
    progress(`seeding ${formatCount(options.users)} users and ${formatCount(options.torrents)} torrents with COPY`);
    await seedCatalog(database.url, catalog);
    const seedSeconds = (performance.now() - started) / 1000;
    note(`database ${database.name}: ${formatCount(options.users)} users, ${formatCount(options.torrents)} torrents seeded in ${seedSeconds.toFixed(1)} s`);

    progress('writing request pools');
    const mix = mixOptions(options);
    const population = buildPopulation(mix, options.users, options.torrents);
    const announce = join(workDir, 'announce.pool');
    const scrape = join(workDir, 'scrape.pool');
    const prefill = join(workDir, 'prefill.pool');
    // Twice as many announce lines as peers: each peer turns up with several events over the pool.
    await writeAnnouncePool(announce, Math.max(10_000, Math.min(400_000, population.size * 2)), catalog, population, mix);
    await writeScrapePool(scrape, 50_000, catalog, mix);
    await writePrefillPool(prefill, catalog, population, mix);
    const workspace: Workspace = {
      options,
      runDir,
      workDir,
      database,
      catalog,
      pools: { announce, scrape, prefill, populationSize: population.size },
      wrk: wrkAvailable(),
    };
    return { workspace, seedSeconds };
  } catch (err) {
    if (!options.keepDatabase) await database.drop();
    throw err;
  }
}
