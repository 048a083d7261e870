/** The bench's bonus run at toy size: seeds its own database, credits the period once, reports the figure. */
import { describe, expect, it } from 'vitest';
import { runBonus } from '../../bench/runs/bonus-run.js';
import { defaultOptions } from '../../bench/suite/options.js';
import type { Workspace } from '../../bench/suite/workspace.js';
import { evaluateGoals } from '../../bench/report/goals.js';
import type { BenchResults } from '../../bench/report/results.js';
import type { BonusResult } from '../../bench/runs/run-results.js';
import { adminUrl } from '../support/database-names.js';

describe('bench: the bonus run', () => {
  it('seeds 3,000 seeding pairs over 200 users and 300 torrents, credits every seeder once and reports the pass', async () => {
    const options = { ...defaultOptions(), databaseUrl: adminUrl(), runs: ['bonus' as const], bonusPeers: 3000, bonusUsers: 200, bonusTorrents: 300 };
    const result = (await runBonus({ options } as unknown as Workspace)) as BonusResult;
    expect(result).toMatchObject({ peers: 3000, users: 200, torrents: 300, marksWritten: 3000 });
    // Every user seeds 15 pairs; the quarter below ratio 0.5 still earns on freeleech and large torrents.
    expect(result.usersCredited).toBeGreaterThan(150);
    expect(result.usersCredited).toBeLessThanOrEqual(200);
    expect(result.pointsTotal).toBeGreaterThan(0);
    expect(result.accrualSeconds).toBeGreaterThan(0);
    expect(Object.keys(result.stepMs)).toEqual(['deltas', 'credits', 'ledger', 'marks']);
    const skipped = { skipped: '-' };
    const others = { measurements: [], ratios: [], memory: skipped, latency: skipped, restart: skipped, flush: skipped, control: skipped };
    const goal = evaluateGoals({ ...others, bonus: result } as unknown as Omit<BenchResults, 'goals'>).find((g) => g.figure.startsWith('bonus'))!;
    expect(goal.verdict).toBe('not measured'); // smaller than the goal's 1M
    expect(goal.measured).toMatch(/3,000 seeding pairs over 200 users and 300 torrents/);
  });

  it('is skipped unless asked for', async () => {
    expect(await runBonus({ options: defaultOptions() } as unknown as Workspace)).toEqual({ skipped: 'not run (--runs bonus)' });
  });
});
