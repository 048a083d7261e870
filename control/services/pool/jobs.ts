/**
 * The pool's background jobs (listed in control/jobs/catalog.ts):
 * - pool_slot_reclamation: frees slots idle for pool.slotIdleDays (audit row per slot, pool_slots.changed);
 * - pool_key_health_probe: calls the provider with every active key and moves its health;
 * - pool_key_stats: the keys' 24-hour request, failure and response-time figures.
 * Each is safe to run twice or from two nodes at once: reclamation clears slots under row locks (a
 * second run finds them free), the probe claims each key before calling the provider (a second run
 * skips claimed keys) and updates it under its row lock, and the roll-up is one idempotent statement.
 */
import { withTransaction } from '../../../core/db.js';
import { SecretBox } from '../../../core/secret-box.js';
import type { JobContext, JobDefinition } from '../../jobs/job.js';
import { recordProbe, probeKey } from './health-probe.js';
import { rollUpKeyStats } from './key-stats.js';
import { idleCutoff, reclaimIdleSlots } from './slot-reclamation.js';
import { slotAuditImage } from './slot-records.js';

/** Keys probed at once: enough to finish a large pool quickly, few enough not to look like abuse upstream. */
const PROBE_CONCURRENCY = 4;
/** A key claimed by a probe less than this long ago is left to that probe. */
const PROBE_MIN_GAP_MS = 60_000;

export const slotReclamationJob: JobDefinition = {
  name: 'pool_slot_reclamation',
  description: 'free debrid pool slots idle for pool.slotIdleDays (default 3 days)',
  defaultSchedule: 'every 1h',
  async run(context) {
    const now = context.now();
    const idleDays = context.config.pool.slotIdleDays;
    const result = await withTransaction(context.pool, async (tx) => {
      const reclaimed = await reclaimIdleSlots(tx, { cutoff: idleCutoff(now, idleDays), poolKeyId: null }, now);
      if (reclaimed.slots.length > 0) {
        // One audit row per freed slot, written by the system, in the same transaction.
        await tx.query(
          `INSERT INTO audit_logs (actor_type, action, entity_type, entity_id, before, after, metadata)
           SELECT 'system', 'pool_slot.reclaim', 'pool_slot', r.id, r.before, r.after, $4
           FROM unnest($1::text[], $2::jsonb[], $3::jsonb[]) AS r(id, before, after)`,
          [
            reclaimed.slots.map((s) => s.id),
            reclaimed.slots.map((s) => slotAuditImage(s)),
            reclaimed.slots.map((s) => slotAuditImage({ ...s, user_id: null, assigned_at: null, last_activity_at: null, total_streams: 0 })),
            { job: 'pool_slot_reclamation', idle_days: idleDays },
          ],
        );
      }
      return reclaimed;
    });
    const keys = [...new Set(result.slots.map((s) => s.pool_key_id))];
    for (const poolKeyId of keys) await publish(context, { type: 'pool_slots.changed', poolKeyId });
    return { rowsTouched: result.slots.length + result.assignmentsRemoved, details: { slotsReclaimed: result.slots.length, assignmentsRemoved: result.assignmentsRemoved, keys: keys.length } };
  },
};

export const keyHealthProbeJob: JobDefinition = {
  name: 'pool_key_health_probe',
  description: 'call the debrid provider with every active pool key and record its health',
  defaultSchedule: 'every 5m',
  async run(context) {
    const settings = context.config.pool;
    if (!settings.masterKey) return { rowsTouched: 0, details: { skipped: 'pool.masterKey is unset' } };
    const box = new SecretBox(settings.masterKey);
    // Claim the keys due (not probed in the last minute) in one statement: a second run at the same
    // time skips what the first one locked or has claimed, so no key is probed twice.
    const now = context.now();
    const { rows: keys } = await context.pool.query<{ id: string; api_key_ciphertext: Buffer; api_key_iv: Buffer; api_key_tag: Buffer }>(
      `UPDATE torbox_pool SET last_probe_at = $1
       WHERE id IN (SELECT id FROM torbox_pool
                    WHERE is_active AND status <> 'disabled' AND (last_probe_at IS NULL OR last_probe_at <= $1::timestamptz - $2 * interval '1 millisecond')
                    ORDER BY id FOR UPDATE SKIP LOCKED)
       RETURNING id, api_key_ciphertext, api_key_iv, api_key_tag`,
      [now, PROBE_MIN_GAP_MS],
    );
    let probed = 0;
    let changed = 0;
    let unreadable = 0;
    const queue = [...keys];
    const worker = async () => {
      for (let key = queue.shift(); key && !context.signal.aborted; key = queue.shift()) {
        let apiKey: string;
        try {
          apiKey = box.open({ ciphertext: key.api_key_ciphertext, iv: key.api_key_iv, tag: key.api_key_tag }, key.id);
        } catch {
          // Sealed under another master key (or tampered with): not the key's fault upstream.
          unreadable++;
          context.log.error({ poolKeyId: key.id }, 'pool key secret does not open with pool.masterKey; not probed');
          continue;
        }
        const outcome = await probeKey(settings, apiKey, context.signal);
        const transition = await withTransaction(context.pool, (tx) => recordProbe(tx, settings, key.id, outcome, context.now()));
        if (!transition) continue;
        probed++;
        if (transition.from !== transition.to) {
          changed++;
          context.log.warn({ poolKeyId: key.id, from: transition.from, to: transition.to, httpStatus: outcome.httpStatus, errorType: outcome.errorType }, 'pool key health changed');
          await publish(context, { type: 'pool_key.changed', poolKeyId: key.id });
        }
      }
    };
    await Promise.all(Array.from({ length: Math.min(PROBE_CONCURRENCY, keys.length) }, worker));
    return { rowsTouched: probed * 2, details: { keys: keys.length, probed, statusChanges: changed, unreadable } };
  },
};

export const keyStatsJob: JobDefinition = {
  name: 'pool_key_stats',
  description: "roll up each pool key's 24-hour requests, failures, failure rate and response time",
  defaultSchedule: 'every 5m',
  async run(context) {
    const rows = await rollUpKeyStats(context.pool, context.now());
    return { rowsTouched: rows };
  },
};

/** After commit: a lost event is logged; the change stands. */
async function publish(context: JobContext, event: Parameters<JobContext['bus']['publish']>[0]): Promise<void> {
  await context.bus.publish(event).catch((err: unknown) => context.log.error({ err, event }, 'committed, but publishing the event failed'));
}

export const poolJobs: JobDefinition[] = [slotReclamationJob, keyHealthProbeJob, keyStatsJob];
