/**
 * partitions: keeps the monthly partitions of every time-series table (each row of
 * partitioned_tables) created from the current UTC month to jobs.partitionMonthsAhead months after
 * it. It calls the same SQL function as `swarmgate migrate partitions`, which skips months that exist
 * and serialises concurrent callers per table, so running it twice or on two nodes is harmless.
 */
import type { JobDefinition } from '../job.js';

/** The UTC calendar date of `at`, as PostgreSQL reads a date. */
export function utcDate(at: Date): string {
  return at.toISOString().slice(0, 10);
}

export const partitionsJob: JobDefinition = {
  name: 'partitions',
  description: 'create monthly partitions of the time-series tables months ahead',
  defaultSchedule: 'every 1d',
  async run({ pool, config, now, signal }) {
    const { rows: tables } = await pool.query<{ parent: string }>(`SELECT parent::text AS parent FROM partitioned_tables ORDER BY parent::text`);
    const months = config.jobs.partitionMonthsAhead + 1;
    const created: Record<string, number> = {};
    let total = 0;
    for (const { parent } of tables) {
      signal.throwIfAborted();
      const { rows } = await pool.query<{ created: number }>(`SELECT create_monthly_partitions($1::regclass, $2::date, $3) AS created`, [parent, utcDate(now()), months]);
      const count = rows[0]!.created;
      if (count > 0) created[parent] = count;
      total += count;
    }
    return { rowsTouched: total, details: { partitionsCreated: total, tables: created, monthsAhead: config.jobs.partitionMonthsAhead } };
  },
};
