/**
 * Bonus accrual at scale: `bonusPeers` seeding pairs over `bonusUsers` users and `bonusTorrents`
 * torrents (default 1M / 100k / 100k) in a scratch database of its own, then one hourly accrual pass
 * (control/services/bonus/accrual.ts) timed end to end, and the same period again (the idempotent
 * no-op a second node or a retry sees).
 */
import { createPool } from '../../core/db.js';
import { accrue, lastCompletePeriod } from '../../control/services/bonus/accrual.js';
import { buildCatalog } from '../seed/catalog.js';
import { seedBonusRows } from '../seed/bonus-rows.js';
import { seedCatalog } from '../seed/copy-rows.js';
import { createScratchDatabase } from '../seed/scratch-database.js';
import { formatCount, note, progress } from '../suite/progress.js';
import type { Workspace } from '../suite/workspace.js';
import type { BonusResult, Skipped } from './run-results.js';

export async function runBonus(ws: Workspace): Promise<BonusResult | Skipped> {
  const { options } = ws;
  if (!options.runs.includes('bonus')) return { skipped: 'not run (--runs bonus)' };
  const { bonusPeers: peers, bonusUsers: users, bonusTorrents: torrents } = options;
  progress('bonus: creating its scratch database');
  const database = await createScratchDatabase(options.databaseUrl);
  try {
    const seeded = performance.now();
    progress(`bonus: seeding ${formatCount(users)} users, ${formatCount(torrents)} torrents and ${formatCount(peers)} seeding pairs with COPY`);
    const catalog = buildCatalog(users, torrents, options.seed + 12);
    await seedCatalog(database.url, catalog);
    const period = lastCompletePeriod(new Date(), 60);
    await seedBonusRows(database.url, catalog, peers, period.end);
    const seedSeconds = (performance.now() - seeded) / 1000;
    const pool = createPool(database.url, 2);
    try {
      progress('bonus: one accrual pass');
      const started = performance.now();
      const result = await accrue(pool, period);
      const accrualSeconds = (performance.now() - started) / 1000;
      const again = performance.now();
      const repeat = await accrue(pool, period);
      const repeatMs = performance.now() - again;
      if (!result.credited || repeat.credited) throw new Error('bonus: the period was not credited exactly once');
      note(
        `bonus: accrual for ${formatCount(peers)} seeding pairs credited ${formatCount(result.usersCredited)} users ` +
          `${result.pointsTotal.toFixed(2)} points in ${accrualSeconds.toFixed(2)} s (steps in ms: ${JSON.stringify(result.stepMs)}; again: ${repeatMs.toFixed(0)} ms, nothing credited)`,
      );
      return {
        peers,
        users,
        torrents,
        seedSeconds,
        accrualSeconds,
        repeatMs,
        usersCredited: result.usersCredited,
        pointsTotal: result.pointsTotal,
        seedSecondsPaid: result.seedSeconds,
        marksWritten: result.marksWritten,
        stepMs: result.stepMs,
      };
    } finally {
      await pool.end();
    }
  } finally {
    if (!options.keepDatabase) await database.drop();
    else note(`kept database ${database.name}`);
  }
}
