import { randomBytes } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Config } from '../../core/config.js';
import { InProcessEventBus, type DomainEvent } from '../../core/events.js';
import { expiryJob } from '../../control/jobs/housekeeping/expiry.js';
import { partitionsJob } from '../../control/jobs/housekeeping/partitions.js';
import { retentionJob } from '../../control/jobs/housekeeping/retention.js';
import { sessionsJob } from '../../control/jobs/housekeeping/sessions.js';
import type { JobContext } from '../../control/jobs/job.js';
import { createTestDatabase, type TestDatabase } from '../support/database.js';
import { createTorrent, createUser } from '../support/fixtures.js';
import { jobsConfig, testLog } from './support.js';

/** The first day of the UTC month `offset` months from `at`'s month. */
function monthStart(at: Date, offset: number): Date {
  return new Date(Date.UTC(at.getUTCFullYear(), at.getUTCMonth() + offset, 1));
}

function partitionName(table: string, month: Date): string {
  return `${table}_y${month.getUTCFullYear()}m${String(month.getUTCMonth() + 1).padStart(2, '0')}`;
}

describe('housekeeping jobs', () => {
  let db: TestDatabase;
  const events: DomainEvent[] = [];
  const bus = new InProcessEventBus();
  bus.subscribe((e) => events.push(e));

  const context = (clock: Date, config: Config = jobsConfig()): JobContext => ({
    pool: db.pool,
    bus,
    log: testLog,
    config,
    now: () => clock,
    signal: new AbortController().signal,
  });

  const partitionsOf = async (table: string) =>
    (
      await db.pool.query<{ name: string }>(
        `SELECT c.relname AS name FROM pg_inherits i JOIN pg_class c ON c.oid = i.inhrelid WHERE i.inhparent = $1::regclass ORDER BY 1`,
        [table],
      )
    ).rows.map((r) => r.name);

  beforeAll(async () => {
    db = await createTestDatabase();
  });
  afterAll(() => db.drop());

  it('partitions: creates the missing months of every time-series table three months ahead, and is idempotent', async () => {
    const { rows } = await db.pool.query<{ parent: string }>(`SELECT parent::text AS parent FROM partitioned_tables ORDER BY 1`);
    const tables = rows.map((r) => r.parent);
    expect(tables).toEqual(expect.arrayContaining(['announces', 'audit_logs', 'peer_history']));
    // Eight months from now, none of the months the migrations created cover the clock.
    const clock = new Date(monthStart(new Date(), 8).getTime() + 12 * 3600_000);
    const first = await partitionsJob.run(context(clock));
    expect(first.rowsTouched).toBe(tables.length * 4);
    for (const table of tables) {
      const names = await partitionsOf(table);
      for (let m = 0; m <= 3; m++) expect(names).toContain(partitionName(table, monthStart(clock, m)));
      expect(names).not.toContain(partitionName(table, monthStart(clock, 4)));
    }
    const again = await partitionsJob.run(context(clock));
    expect(again).toMatchObject({ rowsTouched: 0, details: { partitionsCreated: 0 } });
  });

  it('retention: drops only partitions older than each table keeps, and flush_batches older than a day', async () => {
    const now = new Date();
    const create = (table: string, fromOffset: number, months: number) =>
      db.pool.query(`SELECT create_monthly_partitions($1::regclass, $2::date, $3)`, [table, monthStart(now, fromOffset).toISOString().slice(0, 10), months]);
    await create('announces', -14, 3); // -14, -13, -12
    await create('peer_history', -5, 3); // -5, -4, -3
    await create('audit_logs', -14, 1);
    const user = await createUser(db.pool);
    const torrent = await createTorrent(db.pool);
    // A row in the oldest announce month that must stay (12 months kept).
    await db.pool.query(
      `INSERT INTO announces (created_at, torrent_id, user_id, peer_id, ip, port, uploaded, downloaded, "left")
       VALUES ($1, $2, $3, $4, '10.0.0.1', 6881, 0, 0, 0)`,
      [new Date(monthStart(now, -12).getTime() + 3600_000), torrent.id, user.id, randomBytes(20)],
    );
    await db.pool.query(
      `INSERT INTO flush_batches (batch_id, flushed_at, peer_rows, user_rows, history_rows, torrent_rows, snatch_rows)
       VALUES (gen_random_uuid(), $1, 0, 0, 0, 0, 0), (gen_random_uuid(), $2, 0, 0, 0, 0, 0)`,
      [new Date(now.getTime() - 2 * 86_400_000), new Date(now.getTime() - 3600_000)],
    );
    const name = (table: string, offset: number) => partitionName(table, monthStart(now, offset));

    // Configured: announces kept whole, peer_history two months.
    const configured = await retentionJob.run(context(now, jobsConfig({ SWARMGATE_RETENTION_MONTHS: 'announces=keep;peer_history=2' })));
    expect((configured.details!.partitionsDropped as string[]).sort()).toEqual([name('peer_history', -5), name('peer_history', -4), name('peer_history', -3)].sort());
    expect(configured.details!.flushBatchesPruned).toBe(1);
    expect(await partitionsOf('announces')).toEqual(expect.arrayContaining([name('announces', -14), name('announces', -13), name('announces', -12)]));
    expect(await partitionsOf('peer_history')).toContain(name('peer_history', -1));

    // Defaults: announces 12 months, audit_logs 24.
    const defaults = await retentionJob.run(context(now));
    expect((defaults.details!.partitionsDropped as string[]).sort()).toEqual([name('announces', -14), name('announces', -13)].sort());
    const announces = await partitionsOf('announces');
    expect(announces).toContain(name('announces', -12));
    expect(announces).toContain('announces_default');
    expect(await partitionsOf('audit_logs')).toContain(name('audit_logs', -14));
    expect((await db.pool.query(`SELECT count(*)::int AS n FROM announces`)).rows[0].n).toBe(1);
    expect((await db.pool.query(`SELECT count(*)::int AS n FROM flush_batches`)).rows[0].n).toBe(1);

    const again = await retentionJob.run(context(now));
    expect(again.rowsTouched).toBe(0);
    await expect(retentionJob.run(context(now, jobsConfig({ SWARMGATE_RETENTION_MONTHS: 'anounces=6' })))).rejects.toThrow(
      /jobs\.retentionMonths.*anounces.*they are: .*announces/,
    );
  });

  it('sessions: deletes expired login sessions only', async () => {
    const user = await createUser(db.pool);
    const now = new Date();
    await db.pool.query(
      `INSERT INTO user_sessions (user_id, token_hash, expires_at) VALUES ($1, $2, $3), ($1, $4, $5)`,
      [user.id, randomBytes(32), new Date(now.getTime() - 1000), randomBytes(32), new Date(now.getTime() + 3600_000)],
    );
    expect(await sessionsJob.run(context(now))).toMatchObject({ rowsTouched: 1 });
    const { rows } = await db.pool.query<{ expires_at: Date }>(`SELECT expires_at FROM user_sessions WHERE user_id = $1`, [user.id]);
    expect(rows).toHaveLength(1);
    expect(rows[0]!.expires_at.getTime()).toBeGreaterThan(now.getTime());
  });

  it('expiry: ends tokens, temporary bans and personal freeleech whose time has come, with their events, once', async () => {
    const user = await createUser(db.pool);
    const torrent = await createTorrent(db.pool);
    const later = await createTorrent(db.pool);
    const clock = new Date(Date.now() + 7 * 86_400_000);
    await db.pool.query(
      `INSERT INTO freeleech_tokens (user_id, torrent_id, status, activated_at, expires_at)
       VALUES ($1, $2, 'active', now(), now() + interval '1 day'), ($1, $3, 'active', now(), now() + interval '30 days')`,
      [user.id, torrent.id, later.id],
    );
    await db.pool.query(
      `INSERT INTO bans (ban_type, ip_range, reason, expires_at) VALUES ('ip', '192.0.2.0/24', 'temporary', now() + interval '1 day'),
              ('ip', '198.51.100.0/24', 'permanent', NULL)`,
    );
    await db.pool.query(`UPDATE users SET personal_freeleech_until = now() + interval '2 days' WHERE id = $1`, [user.id]);
    events.length = 0;

    const outcome = await expiryJob.run(context(clock));
    expect(outcome.details).toMatchObject({ expiredTokens: 1, liftedBans: 1, endedPersonalFreeleech: 1 });
    expect(events).toEqual(
      expect.arrayContaining([
        { type: 'freeleech_tokens.changed', torrentId: torrent.id },
        { type: 'bans.changed' },
        { type: 'user.changed', userId: user.id },
      ]),
    );
    const { rows: tokens } = await db.pool.query(`SELECT status FROM freeleech_tokens WHERE user_id = $1 ORDER BY expires_at`, [user.id]);
    expect(tokens.map((t) => t.status)).toEqual(['expired', 'active']);
    const { rows: bans } = await db.pool.query(`SELECT reason, lifted_at IS NOT NULL AS lifted, lift_reason FROM bans ORDER BY reason`);
    expect(bans).toEqual([
      { reason: 'permanent', lifted: false, lift_reason: null },
      { reason: 'temporary', lifted: true, lift_reason: 'expired' },
    ]);

    events.length = 0;
    expect(await expiryJob.run(context(clock))).toMatchObject({ rowsTouched: 0 });
    expect(events).toEqual([]);
  });
});
