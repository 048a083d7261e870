/**
 * The run-once lock: a lease row in `distributed_locks` (key "job:<name>", owner, expiry). Taking it
 * is one INSERT ... ON CONFLICT DO UPDATE that only overwrites an expired lease, so of two nodes at
 * most one gets it; the holder renews it while the job runs and deletes it when the run is over. A
 * node that dies holding it simply stops renewing, and the lease is free again once it expires.
 * Expiry is judged by the database's clock (now()), the one clock every node shares. Why a lease
 * table rather than advisory locks: docs/jobs.md.
 */
import type { Pool } from '../../core/db.js';

export function lockKey(jobName: string): string {
  return `job:${jobName}`;
}

export class JobLock {
  constructor(
    private readonly pool: Pool,
    /** This runtime's identity, written as the lease owner and into job_logs.owner. */
    readonly owner: string,
    private readonly ttlMs: number,
  ) {}

  /** Take the lease if it is free or expired; false when another owner holds a live one. */
  async acquire(jobName: string): Promise<boolean> {
    const { rowCount } = await this.pool.query(
      `INSERT INTO distributed_locks AS l (key, owner, acquired_at, expires_at)
       VALUES ($1, $2, now(), now() + $3 * interval '1 millisecond')
       ON CONFLICT (key) DO UPDATE
         SET owner = excluded.owner, acquired_at = excluded.acquired_at, expires_at = excluded.expires_at
         WHERE l.expires_at <= now()`,
      [lockKey(jobName), this.owner, this.ttlMs],
    );
    return rowCount === 1;
  }

  /** Extend a lease this owner holds; false when it was lost (expired and taken by another owner). */
  async renew(jobName: string): Promise<boolean> {
    const { rowCount } = await this.pool.query(
      `UPDATE distributed_locks SET expires_at = now() + $3 * interval '1 millisecond'
        WHERE key = $1 AND owner = $2`,
      [lockKey(jobName), this.owner, this.ttlMs],
    );
    return rowCount === 1;
  }

  /** Give the lease back (only if this owner still holds it). */
  async release(jobName: string): Promise<void> {
    await this.pool.query(`DELETE FROM distributed_locks WHERE key = $1 AND owner = $2`, [lockKey(jobName), this.owner]);
  }

  get renewEveryMs(): number {
    return Math.max(50, Math.floor(this.ttlMs / 3));
  }

  get ttl(): number {
    return this.ttlMs;
  }
}
