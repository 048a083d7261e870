/**
 * retention: drops the monthly partitions of each time-series table that are older than the months
 * it keeps (jobs.retentionMonths, else partitioned_tables.retention_months; NULL or "keep": keep all),
 * and prunes flush_batches rows older than a day (the flusher only needs recent batch ids to
 * recognise a retried batch).
 *
 * "Older than N months": a partition goes when its whole month ended before the start of the month
 * N months before the current one, so at least N full months are always kept. Only partitions named
 * as create_monthly_partitions names them (<parent>_yYYYYmMM) are considered; the DEFAULT partition
 * never is. A DROP waits at most a few seconds for its lock (the flusher writes to these tables) and
 * otherwise fails the run, which the next run retries.
 */
import pg from 'pg';
import type { JobDefinition } from '../job.js';

const LOCK_TIMEOUT = '5s';
/** <parent>_yYYYYmMM, as create_monthly_partitions names a month's partition. */
const MONTHLY_NAME = /^(.+)_y(\d{4})m(\d{2})$/;
const FLUSH_BATCH_RETENTION_MS = 24 * 3600 * 1000;

interface TableRow {
  parent: string;
  schema: string;
  retention_months: number | null;
}

/** The first instant of the UTC month `months` before the month of `at`. */
export function retentionCutoff(at: Date, months: number): Date {
  return new Date(Date.UTC(at.getUTCFullYear(), at.getUTCMonth() - months, 1));
}

export const retentionJob: JobDefinition = {
  name: 'retention',
  description: 'drop time-series partitions past their retention; prune flush_batches',
  defaultSchedule: '30 3 * * *',
  async run({ pool, config, now, signal, log }) {
    const { rows: tables } = await pool.query<TableRow>(
      `SELECT c.relname AS parent, n.nspname AS schema, pt.retention_months
         FROM partitioned_tables pt JOIN pg_class c ON c.oid = pt.parent JOIN pg_namespace n ON n.oid = c.relnamespace
        ORDER BY c.relname`,
    );
    const overrides = config.jobs.retentionMonths;
    const unknown = Object.keys(overrides).filter((name) => !tables.some((t) => t.parent === name));
    if (unknown.length > 0) {
      throw new Error(
        `jobs.retentionMonths (SWARMGATE_RETENTION_MONTHS) names tables that are not partitioned by month: ${unknown.join(', ')}; they are: ${tables.map((t) => t.parent).join(', ')}`,
      );
    }
    const at = now();
    const dropped: string[] = [];
    for (const table of tables) {
      const keep = overrides[table.parent] ?? table.retention_months;
      if (keep === null || keep === 'keep') continue;
      signal.throwIfAborted();
      const cutoff = retentionCutoff(at, keep);
      const { rows: partitions } = await pool.query<{ name: string }>(
        `SELECT c.relname AS name FROM pg_inherits i JOIN pg_class c ON c.oid = i.inhrelid WHERE i.inhparent = $1::regclass ORDER BY c.relname`,
        [`${pg.escapeIdentifier(table.schema)}.${pg.escapeIdentifier(table.parent)}`],
      );
      for (const { name } of partitions) {
        const monthly = MONTHLY_NAME.exec(name);
        if (!monthly || monthly[1] !== table.parent) continue;
        const [, , year, month] = monthly;
        const monthEnd = new Date(Date.UTC(Number(year), Number(month), 1));
        if (monthEnd.getTime() > cutoff.getTime()) continue;
        signal.throwIfAborted();
        const client = await pool.connect();
        try {
          await client.query('BEGIN');
          await client.query(`SET LOCAL lock_timeout = '${LOCK_TIMEOUT}'`);
          await client.query(`DROP TABLE IF EXISTS ${pg.escapeIdentifier(table.schema)}.${pg.escapeIdentifier(name)}`);
          await client.query('COMMIT');
        } catch (err) {
          await client.query('ROLLBACK').catch(() => undefined);
          throw err;
        } finally {
          client.release();
        }
        log.info({ table: table.parent, partition: name, keptMonths: keep }, 'dropped a partition past its retention');
        dropped.push(name);
      }
    }
    signal.throwIfAborted();
    const pruned = await pool.query(`DELETE FROM flush_batches WHERE flushed_at < $1`, [new Date(at.getTime() - FLUSH_BATCH_RETENTION_MS)]);
    const flushBatches = pruned.rowCount ?? 0;
    return { rowsTouched: dropped.length + flushBatches, details: { partitionsDropped: dropped, flushBatchesPruned: flushBatches } };
  },
};
