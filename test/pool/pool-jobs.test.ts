/**
 * The pool's jobs, run directly (definition.run(context)) against a real database with an injected
 * clock: idle-slot reclamation, the key health probe, and the 24-hour roll-up, each also run twice at
 * once. The provider's API is
 * a local HTTP server standing in for TorBox (GET /v1/api/user/me with "Authorization: Bearer <key>"),
 * whose answer per key the test sets.
 */
import { randomUUID } from 'node:crypto';
import { createServer, type Server } from 'node:http';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { loadConfig, type Config } from '../../core/config.js';
import { InProcessEventBus, type DomainEvent } from '../../core/events.js';
import { SecretBox } from '../../core/secret-box.js';
import { allJobs } from '../../control/jobs/catalog.js';
import type { JobContext } from '../../control/jobs/job.js';
import { keyHealthProbeJob, keyStatsJob, slotReclamationJob } from '../../control/services/pool/jobs.js';
import { createTestDatabase, type TestDatabase } from '../support/database.js';
import { capturingLogger, insertStream, insertUsageLog, insertUser, MASTER_KEY } from './pool-control-fixtures.js';

const DAY = 86_400_000;

describe('pool jobs', () => {
  let db: TestDatabase;
  let upstream: Server;
  let upstreamUrl: string;
  /** What the stand-in provider answers for each key (status code, or 'hang' to never answer in time). */
  const answers = new Map<string, number | 'hang'>();
  const seen: { path: string; authorization: string }[] = [];
  const bus = new InProcessEventBus();
  const events: DomainEvent[] = [];
  const captured = capturingLogger();
  let clock = new Date('2026-06-10T12:00:00Z');

  const context = (pool: Partial<Config['pool']> = {}): JobContext => {
    const base = loadConfig({ env: {} });
    return {
      pool: db.pool,
      bus,
      log: captured.log,
      config: { ...base, pool: { ...base.pool, masterKey: MASTER_KEY, upstreamBaseUrl: upstreamUrl, probeTimeoutMs: 500, degradedAfterFailures: 2, failingAfterFailures: 3, ...pool } },
      now: () => clock,
      signal: new AbortController().signal,
    };
  };

  /** A key stored the way CreatePoolKey stores it, with its slot rows. */
  const insertKey = async (name: string, apiKey: string, options: { status?: string; maxUserSlots?: number } = {}): Promise<string> => {
    const id = randomUUID();
    const box = new SecretBox(MASTER_KEY);
    const sealed = box.seal(apiKey, id);
    const status = options.status ?? 'healthy';
    await db.pool.query(
      `INSERT INTO torbox_pool (id, name, api_key_ciphertext, api_key_iv, api_key_tag, api_key_fingerprint, status, is_active, max_user_slots)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $7 <> 'disabled', $8)`,
      [id, name, sealed.ciphertext, sealed.iv, sealed.tag, box.fingerprint(apiKey), status, options.maxUserSlots ?? 10],
    );
    await db.pool.query(`INSERT INTO torbox_slots (pool_key_id, slot_number) SELECT $1, generate_series(1, $2)`, [id, options.maxUserSlots ?? 10]);
    return id;
  };

  const occupy = async (poolKeyId: string, slotNumber: number, lastActivity: Date): Promise<{ userId: string; slotId: string }> => {
    const userId = await insertUser(db);
    const { rows: [slot] } = await db.pool.query<{ id: string }>(
      `UPDATE torbox_slots SET user_id = $3, assigned_at = $4, last_activity_at = $4, is_active = true, total_streams = 7
       WHERE pool_key_id = $1 AND slot_number = $2 RETURNING id`,
      [poolKeyId, slotNumber, userId, lastActivity],
    );
    await db.pool.query(`UPDATE torbox_pool p SET current_user_slots = (SELECT count(*) FROM torbox_slots WHERE pool_key_id = p.id AND user_id IS NOT NULL) WHERE id = $1`, [poolKeyId]);
    await db.pool.query(`INSERT INTO torbox_assignments (user_id, device_id, slot_id, assigned_pool_key_id) VALUES ($1, 'tv', $2, $3), ($1, 'phone', $2, $3)`, [userId, slot!.id, poolKeyId]);
    return { userId, slotId: slot!.id };
  };

  const keyRow = async (id: string) =>
    (await db.pool.query(`SELECT status, status_reason, consecutive_failures, last_success_at, last_failure_at, current_user_slots, total_requests_24h, total_failures_24h, failure_rate_24h, avg_response_time_ms FROM torbox_pool WHERE id = $1`, [id])).rows[0];

  beforeAll(async () => {
    db = await createTestDatabase();
    bus.subscribe((e) => events.push(e));
    upstream = createServer((req, res) => {
      const authorization = req.headers.authorization ?? '';
      seen.push({ path: req.url ?? '', authorization });
      const answer = answers.get(authorization.replace(/^Bearer /, ''));
      if (answer === 'hang') return; // never answers: the probe's timeout ends it
      const code = answer ?? 401;
      res.writeHead(code, { 'content-type': 'application/json' }).end(JSON.stringify({ success: code === 200, detail: code === 200 ? 'ok' : 'BAD_TOKEN' }));
    });
    await new Promise<void>((resolve) => upstream.listen(0, '127.0.0.1', resolve));
    upstreamUrl = `http://127.0.0.1:${(upstream.address() as { port: number }).port}`;
  });
  afterAll(async () => {
    upstream.closeAllConnections();
    await new Promise((resolve) => upstream.close(resolve));
    await db.drop();
  });
  beforeEach(() => {
    events.length = 0;
  });

  it('the catalog lists the pool jobs', () => {
    expect(allJobs().map((j) => j.name)).toEqual(expect.arrayContaining(['pool_slot_reclamation', 'pool_key_health_probe', 'pool_key_stats']));
  });

  it('reclamation frees slots idle past pool.slotIdleDays at the injected time, keeps busy ones, and is safe to run twice at once', async () => {
    clock = new Date('2026-06-10T12:00:00Z');
    const key = await insertKey('reclaim', 'tb-job-reclaim-secret');
    const idle = await occupy(key, 1, new Date(clock.getTime() - 4 * DAY));
    const recent = await occupy(key, 2, new Date(clock.getTime() - 2 * DAY));
    const streaming = await occupy(key, 3, new Date(clock.getTime() - 5 * DAY));
    await insertStream(db, { poolKeyId: key, userId: streaming.userId, slotId: streaming.slotId, startedAt: new Date(clock.getTime() - 5 * DAY) });
    const alsoIdle = await occupy(key, 4, new Date(clock.getTime() - 10 * DAY));

    const [a, b] = await Promise.all([slotReclamationJob.run(context()), slotReclamationJob.run(context())]);
    expect((a.details!.slotsReclaimed as number) + (b.details!.slotsReclaimed as number)).toBe(2);
    expect((a.details!.assignmentsRemoved as number) + (b.details!.assignmentsRemoved as number)).toBe(4);
    const { rows: slots } = await db.pool.query(`SELECT slot_number, user_id, is_active, total_streams, updated_at FROM torbox_slots WHERE pool_key_id = $1 AND slot_number <= 4 ORDER BY slot_number`, [key]);
    expect(slots.map((s) => s.user_id)).toEqual([null, recent.userId, streaming.userId, null]);
    expect(slots[0]).toMatchObject({ is_active: false, total_streams: 0, updated_at: clock });
    expect((await keyRow(key)).current_user_slots).toBe(2);
    const { rows: assignments } = await db.pool.query(`SELECT user_id FROM torbox_assignments WHERE user_id = ANY($1)`, [[idle.userId, alsoIdle.userId]]);
    expect(assignments).toEqual([]);
    const { rows: audit } = await db.pool.query(
      `SELECT entity_id, actor_type, actor_user_id, before, after FROM audit_logs WHERE action = 'pool_slot.reclaim' ORDER BY entity_id`,
    );
    expect(audit).toHaveLength(2);
    expect(audit.map((r) => r.entity_id).sort()).toEqual([idle.slotId, alsoIdle.slotId].sort());
    expect(audit[0]).toMatchObject({ actor_type: 'system', actor_user_id: null, after: { user: null } });
    expect(audit.map((r) => r.before.user).sort()).toEqual([`users/${idle.userId}`, `users/${alsoIdle.userId}`].sort());
    expect(events).toEqual([{ type: 'pool_slots.changed', poolKeyId: key }]);

    // Nothing more is idle now; a day and a half later the 2-day-old slot is (3.5 days).
    events.length = 0;
    expect((await slotReclamationJob.run(context())).rowsTouched).toBe(0);
    expect(events).toEqual([]);
    clock = new Date(clock.getTime() + 1.5 * DAY);
    expect((await slotReclamationJob.run(context())).details).toMatchObject({ slotsReclaimed: 1 });
    // The idle limit is a setting: with 10 days nothing else goes even much later.
    clock = new Date(clock.getTime() + 5 * DAY);
    await db.pool.query(`UPDATE torbox_concurrency_log SET stream_ended_at = stream_started_at + interval '1 hour', end_reason = 'stopped' WHERE slot_id = $1`, [streaming.slotId]);
    expect((await slotReclamationJob.run(context({ slotIdleDays: 30 }))).details).toMatchObject({ slotsReclaimed: 0 });
    expect((await slotReclamationJob.run(context({ slotIdleDays: 3 }))).details).toMatchObject({ slotsReclaimed: 1 });
  });

  it('the probe marks a key failing on 403 and healthy again on success; failures in a row degrade then fail it; timeouts count', async () => {
    clock = new Date('2026-06-11T08:00:00Z');
    await db.pool.query(`UPDATE torbox_pool SET status = 'disabled', is_active = false`);
    const good = await insertKey('probe-good', 'tb-job-good-secret');
    const revoked = await insertKey('probe-revoked', 'tb-job-revoked-secret');
    const flaky = await insertKey('probe-flaky', 'tb-job-flaky-secret');
    const slow = await insertKey('probe-slow', 'tb-job-slow-secret');
    await insertKey('probe-disabled', 'tb-job-disabled-secret', { status: 'disabled' });
    answers.set('tb-job-good-secret', 200).set('tb-job-revoked-secret', 403).set('tb-job-flaky-secret', 500).set('tb-job-slow-secret', 'hang');
    seen.length = 0;

    // Two runs at once (two nodes): each key is claimed by one of them and probed once.
    const runs = await Promise.all([keyHealthProbeJob.run(context()), keyHealthProbeJob.run(context())]);
    const sum = (field: string) => runs.reduce((n, r) => n + (r.details![field] as number), 0);
    expect([sum('keys'), sum('probed'), sum('statusChanges')]).toEqual([4, 4, 1]);
    expect((await keyHealthProbeJob.run(context())).details).toMatchObject({ keys: 0, probed: 0 });
    expect(seen.map((s) => s.authorization).sort()).toEqual(['tb-job-flaky-secret', 'tb-job-good-secret', 'tb-job-revoked-secret', 'tb-job-slow-secret'].map((k) => `Bearer ${k}`).sort());
    expect(new Set(seen.map((s) => s.path))).toEqual(new Set(['/v1/api/user/me']));
    expect(await keyRow(revoked)).toMatchObject({ status: 'failing', status_reason: 'upstream refused the key (HTTP 403)', consecutive_failures: 1, last_failure_at: clock });
    expect(await keyRow(good)).toMatchObject({ status: 'healthy', consecutive_failures: 0, last_success_at: clock });
    expect(await keyRow(flaky)).toMatchObject({ status: 'healthy', consecutive_failures: 1 });
    expect(events).toEqual([{ type: 'pool_key.changed', poolKeyId: revoked }]);
    const { rows: checks } = await db.pool.query(
      `SELECT pool_key_id, checked_at, check_type, endpoint, http_status, was_successful, error_type, error_message, consecutive_failures, response_time_ms FROM torbox_pool_health ORDER BY pool_key_id`,
    );
    expect(checks).toHaveLength(4);
    const check = (id: string) => checks.find((c) => c.pool_key_id === id);
    expect(check(revoked)).toMatchObject({ checked_at: clock, check_type: 'health_check', endpoint: '/v1/api/user/me', http_status: 403, was_successful: false, error_type: 'http_error', consecutive_failures: 1 });
    expect(check(good)).toMatchObject({ http_status: 200, was_successful: true, error_type: null });
    expect(check(good)!.response_time_ms).toBeGreaterThanOrEqual(0);
    expect(check(slow)).toMatchObject({ http_status: null, was_successful: false, error_type: 'timeout', error_message: 'no answer within 500 ms', response_time_ms: null });

    // Second run: flaky and slow reach degradedAfter (2); third: failingAfter (3).
    events.length = 0;
    clock = new Date(clock.getTime() + 300_000);
    await keyHealthProbeJob.run(context());
    expect((await keyRow(flaky)).status).toBe('degraded');
    expect((await keyRow(slow)).status).toBe('degraded');
    expect(events.map((e) => (e as { poolKeyId: string }).poolKeyId).sort()).toEqual([flaky, slow].sort());
    clock = new Date(clock.getTime() + 300_000);
    await keyHealthProbeJob.run(context());
    expect(await keyRow(flaky)).toMatchObject({ status: 'failing', consecutive_failures: 3 });

    // The provider takes the revoked key back and the flaky one recovers: healthy again, events sent.
    answers.set('tb-job-revoked-secret', 200).set('tb-job-flaky-secret', 200);
    events.length = 0;
    clock = new Date(clock.getTime() + 300_000);
    const recovered = await keyHealthProbeJob.run(context());
    expect(recovered.details).toMatchObject({ statusChanges: 2 });
    expect(await keyRow(revoked)).toMatchObject({ status: 'healthy', status_reason: null, consecutive_failures: 0, last_success_at: clock });
    expect((await keyRow(flaky)).status).toBe('healthy');
    expect(events.map((e) => (e as { poolKeyId: string }).poolKeyId).sort()).toEqual([revoked, flaky].sort());
    // The disabled key was never called, and no secret reached a log line.
    expect(seen.some((s) => s.authorization.includes('tb-job-disabled-secret'))).toBe(false);
    for (const secret of ['tb-job-good-secret', 'tb-job-revoked-secret', 'tb-job-flaky-secret', 'tb-job-slow-secret']) {
      expect(captured.lines.join('').includes(secret)).toBe(false);
    }
    expect(captured.lines.some((l) => l.includes('pool key health changed'))).toBe(true);
  });

  it('the probe does nothing without a master key', async () => {
    expect(await keyHealthProbeJob.run(context({ masterKey: undefined }))).toEqual({ rowsTouched: 0, details: { skipped: 'pool.masterKey is unset' } });
  });

  it('the 24-hour roll-up counts usage logs and probe checks in the window, and a second run writes nothing', async () => {
    clock = new Date('2026-06-12T12:00:00Z');
    const key = await insertKey('stats', 'tb-job-stats-secret');
    const user = await insertUser(db);
    const at = (ms: number) => new Date(clock.getTime() - ms);
    await insertUsageLog(db, { poolKeyId: key, userId: user, at: at(3_600_000), ok: true, ms: 100 });
    await insertUsageLog(db, { poolKeyId: key, userId: user, at: at(7_200_000), ok: false, ms: 300 });
    await insertUsageLog(db, { poolKeyId: key, userId: user, at: at(1_000), ok: true, ms: null });
    await insertUsageLog(db, { poolKeyId: key, userId: user, at: at(25 * 3_600_000), ok: false, ms: 9000 });
    await insertUsageLog(db, { poolKeyId: key, userId: user, at: new Date(clock.getTime() + 60_000), ok: false, ms: 9000 });
    await db.pool.query(
      `INSERT INTO torbox_pool_health (pool_key_id, checked_at, check_type, http_status, response_time_ms, was_successful) VALUES
         ($1, $2, 'health_check', 200, 50, true),
         ($1, $2, 'proxy_report', 500, 7000, false)`,
      [key, at(600_000)],
    );
    // Two runs at once: one writes the key's figures, the other finds them current.
    const runs = await Promise.all([keyStatsJob.run(context()), keyStatsJob.run(context())]);
    expect(runs.map((r) => r.rowsTouched).sort()).toEqual([0, 1]);
    const row = await keyRow(key);
    expect(row).toMatchObject({ total_requests_24h: 4, total_failures_24h: 1, avg_response_time_ms: 150 });
    expect(row.failure_rate_24h).toBeCloseTo(0.25, 5);
    expect((await keyStatsJob.run(context())).rowsTouched).toBe(0);

    // A quiet day later the figures go back to zero.
    clock = new Date(clock.getTime() + 2 * DAY);
    await keyStatsJob.run(context());
    expect(await keyRow(key)).toMatchObject({ total_requests_24h: 0, total_failures_24h: 0, failure_rate_24h: 0, avg_response_time_ms: null });
  });
});
