/**
 * ModerationService queue: polymorphic items (pending torrents arrive by themselves, see the
 * migration's trigger), one open entry per item, claim and release, and decisions that apply their
 * action: a torrent is approved or rejected (engine told by torrent.changed), a report closed.
 */
import { failedPrecondition, invalidField, notFound } from '../../errors/control-error.js';
import { Violations } from '../../errors/violations.js';
import { compileFilter, filterValues, type FilterField } from '../../filter.js';
import type { ModerationServiceHandlers } from '../../generated/swarmgate/control/v1/ModerationService.js';
import type { QueueItem } from '../../generated/swarmgate/control/v1/QueueItem.js';
import { mutate, type MutationScope } from '../../mutation.js';
import { fetchPage } from '../../pagination.js';
import { isUuid } from '../../resource-names.js';
import { callerOf, type CallContext } from '../../server/call-context.js';
import { toTimestamp } from '../../timestamps.js';
import { unary } from '../../server/unary.js';
import type { ServiceDeps } from '../deps.js';
import type { Queryable } from '../users/user-records.js';
import { ENTITY_TYPES, PRIORITIES, QUEUE_STATUSES, type StoredEntityType, type StoredPriority, type StoredQueueStatus } from './enums.js';
import { parseUuidName, userIdFilter, userOrEmpty } from './names.js';
import { closeReport, findReport } from './reports.js';

type QueueHandlers = Pick<ModerationServiceHandlers, 'ListQueueItems' | 'EnqueueItem' | 'ClaimQueueItem' | 'ReleaseQueueItem' | 'ResolveQueueItem'>;

interface QueueRow {
  id: string;
  item_type: StoredEntityType;
  item_id: string;
  status: StoredQueueStatus;
  priority: StoredPriority;
  reason: string | null;
  submitted_by: string | null;
  auto_flagged: boolean;
  assigned_to: string | null;
  assigned_at: Date | null;
  reviewed_by: string | null;
  reviewed_at: Date | null;
  decision_notes: string | null;
  created_at: Date;
  created_us: string;
}

const QUEUE_SELECT = `
  SELECT q.id, q.item_type, q.item_id, q.status, q.priority, q.reason, q.submitted_by, q.auto_flagged, q.assigned_to, q.assigned_at,
         q.reviewed_by, q.reviewed_at, q.decision_notes, q.created_at,
         (extract(epoch FROM q.created_at) * 1000000)::bigint::text AS created_us
  FROM moderation_queue q`;

const OPEN: ReadonlySet<StoredQueueStatus> = new Set(['pending', 'in_review', 'escalated']);

const QUEUE_FILTER: Record<string, FilterField> = {
  status: { column: 'q.status', operators: ['=', '!='], convert: filterValues.enumeration(QUEUE_STATUSES.filter) },
  priority: { column: 'q.priority', operators: ['=', '!='], convert: filterValues.enumeration(PRIORITIES.filter) },
  item_type: { column: 'q.item_type', operators: ['='], convert: filterValues.enumeration(ENTITY_TYPES.filter) },
  assignee: { column: 'q.assigned_to', operators: ['='], convert: userIdFilter },
};

function toQueueMessage(row: QueueRow): QueueItem {
  return {
    name: `queue/${row.id}`,
    itemType: ENTITY_TYPES.toProto(row.item_type),
    itemId: row.item_id,
    status: QUEUE_STATUSES.toProto(row.status),
    priority: PRIORITIES.toProto(row.priority),
    reason: row.reason ?? '',
    submittedBy: userOrEmpty(row.submitted_by),
    autoFlagged: row.auto_flagged,
    assignee: userOrEmpty(row.assigned_to),
    reviewedBy: userOrEmpty(row.reviewed_by),
    decisionNotes: row.decision_notes ?? '',
    createTime: toTimestamp(row.created_at),
    claimTime: toTimestamp(row.assigned_at),
    reviewTime: toTimestamp(row.reviewed_at),
  };
}

function auditImage(row: QueueRow): Record<string, unknown> {
  return { item_type: row.item_type, item_id: row.item_id, status: row.status, priority: row.priority, assigned_to: row.assigned_to, decision_notes: row.decision_notes };
}

async function findItem(db: Queryable, id: string, lock = false): Promise<QueueRow> {
  const { rows } = await db.query<QueueRow>(`${QUEUE_SELECT} WHERE q.id = $1${lock ? ' FOR UPDATE OF q' : ''}`, [id]);
  if (!rows[0]) throw notFound(`queue/${id}`);
  return rows[0];
}

function requireOpen(item: QueueRow): void {
  if (!OPEN.has(item.status)) throw failedPrecondition('QUEUE_ITEM_CLOSED', `queue/${item.id} is already ${item.status}`);
}

/** Someone else's claim stands until they release it. */
function requireNotTakenByOther(item: QueueRow, userId: string): void {
  if (item.status === 'in_review' && item.assigned_to !== userId) {
    throw failedPrecondition('QUEUE_ITEM_TAKEN', `queue/${item.id} is being reviewed by ${userOrEmpty(item.assigned_to)}`, { assignee: userOrEmpty(item.assigned_to) });
  }
}

async function changeItem(deps: ServiceDeps, context: CallContext, name: string, action: string, change: (item: QueueRow, scope: MutationScope) => Promise<void>): Promise<QueueRow> {
  const id = parseUuidName(name, 'queue', 'name');
  return mutate(deps.pool, deps.bus, context, async (scope) => {
    const before = await findItem(scope.tx, id, true);
    await change(before, scope);
    const after = await findItem(scope.tx, id);
    await scope.audit({ action, entityType: 'moderation_queue', entityId: id, before: auditImage(before), after: auditImage(after) });
    return after;
  });
}

/** Approve or reject the queued torrent as TorrentService does (history row, engine event). */
async function decideTorrent(scope: MutationScope, torrentId: string, status: 'approved' | 'rejected', notes: string, moderator: string): Promise<void> {
  const { rows } = await scope.tx.query<{ moderation_status: string }>(`SELECT moderation_status FROM torrents WHERE id = $1 FOR UPDATE`, [torrentId]);
  const previous = rows[0]?.moderation_status;
  if (!previous) throw failedPrecondition('ITEM_GONE', `torrents/${torrentId} no longer exists`);
  await scope.tx.query(
    `UPDATE torrents SET moderation_status = $2, moderated_by = $3, moderated_at = now(), moderation_reason = nullif($4, '') WHERE id = $1`,
    [torrentId, status, moderator, notes],
  );
  await scope.tx.query(
    `INSERT INTO torrent_moderation (torrent_id, moderator_id, action, previous_status, new_status, reason) VALUES ($1, $2, $3, $4, $3, nullif($5, ''))`,
    [torrentId, moderator, status, previous, notes],
  );
  await scope.audit({ action: `torrent.${status === 'approved' ? 'approve' : 'reject'}`, entityType: 'torrent', entityId: torrentId, metadata: { via: 'moderation_queue' } });
  scope.publish({ type: 'torrent.changed', torrentId });
}

const DECISIONS: ReadonlySet<StoredQueueStatus> = new Set(['approved', 'rejected', 'dismissed', 'escalated']);

export function queueHandlers(deps: ServiceDeps): QueueHandlers {
  const { pool, bus } = deps;
  return {
    ListQueueItems: unary(async (request) => {
      const params: unknown[] = [];
      const conditions = compileFilter(request.filter, QUEUE_FILTER, params);
      if (!request.showClosed) conditions.push(`q.status IN ('pending', 'in_review', 'escalated')`);
      const page = await fetchPage<QueueRow>(pool, {
        select: QUEUE_SELECT, alias: 'q', conditions, params, pageSize: request.pageSize, pageToken: request.pageToken,
        scope: { filter: request.filter, closed: request.showClosed },
      });
      return { items: page.rows.map(toQueueMessage), nextPageToken: page.nextPageToken };
    }),

    EnqueueItem: unary(async (request, context) => {
      const v = new Violations();
      const type = ENTITY_TYPES.fromProto(request.itemType);
      v.check(type !== undefined, 'item_type', 'is required');
      v.check(isUuid(request.itemId), 'item_id', 'must be the UUID of the item');
      const priority = request.priority === 'PRIORITY_UNSPECIFIED' ? 'normal' : PRIORITIES.fromProto(request.priority);
      v.check(priority !== undefined, 'priority', 'is not a priority');
      v.check(request.reason.length <= 2000, 'reason', 'at most 2000 characters');
      v.throwIfAny();
      const itemId = request.itemId.toLowerCase();
      const row = await mutate(pool, bus, context, async (scope) => {
        const { rows } = await scope.tx.query<{ id: string }>(
          `INSERT INTO moderation_queue (item_type, item_id, priority, reason, submitted_by) VALUES ($1, $2, $3, nullif($4, ''), $5)
           ON CONFLICT DO NOTHING RETURNING id`,
          [type, itemId, priority, request.reason.trim(), callerOf(context).userId],
        );
        if (!rows[0]) {
          // Already waiting: the open entry is the answer (an item is never queued twice).
          const open = await scope.tx.query<QueueRow>(`${QUEUE_SELECT} WHERE q.item_type = $1 AND q.item_id = $2 AND q.status IN ('pending', 'in_review', 'escalated')`, [type, itemId]);
          if (!open.rows[0]) throw failedPrecondition('QUEUE_CONFLICT', 'the item was queued and decided concurrently; retry');
          return open.rows[0];
        }
        const created = await findItem(scope.tx, rows[0].id);
        await scope.audit({ action: 'queue.enqueue', entityType: 'moderation_queue', entityId: created.id, after: auditImage(created) });
        return created;
      });
      return toQueueMessage(row);
    }),

    ClaimQueueItem: unary(async (request, context) => {
      const caller = callerOf(context);
      const row = await changeItem(deps, context, request.name, 'queue.claim', async (item, { tx }) => {
        requireOpen(item);
        requireNotTakenByOther(item, caller.userId);
        await tx.query(`UPDATE moderation_queue SET status = 'in_review', assigned_to = $2, assigned_at = now() WHERE id = $1`, [item.id, caller.userId]);
      });
      return toQueueMessage(row);
    }),

    ReleaseQueueItem: unary(async (request, context) => {
      const caller = callerOf(context);
      const row = await changeItem(deps, context, request.name, 'queue.release', async (item, { tx }) => {
        if (item.status !== 'in_review' || item.assigned_to !== caller.userId) {
          throw failedPrecondition('NOT_CLAIMED_BY_CALLER', `queue/${item.id} is not being reviewed by the caller`);
        }
        await tx.query(`UPDATE moderation_queue SET status = 'pending', assigned_to = NULL, assigned_at = NULL WHERE id = $1`, [item.id]);
      });
      return toQueueMessage(row);
    }),

    ResolveQueueItem: unary(async (request, context) => {
      const caller = callerOf(context);
      const decision = QUEUE_STATUSES.fromProto(request.decision);
      const notes = request.notes.trim();
      const v = new Violations();
      v.check(decision !== undefined && DECISIONS.has(decision), 'decision', 'must be APPROVED, REJECTED, DISMISSED or ESCALATED');
      v.check(notes.length <= 2000, 'notes', 'at most 2000 characters');
      if (decision === 'rejected') v.check(notes.length > 0, 'notes', 'is required to reject (it is the reason shown)');
      v.throwIfAny();
      const row = await changeItem(deps, context, request.name, `queue.${decision}`, async (item, scope) => {
        requireOpen(item);
        requireNotTakenByOther(item, caller.userId);
        await scope.tx.query(
          `UPDATE moderation_queue SET status = $2, reviewed_by = $3, reviewed_at = now(), decision_notes = nullif($4, ''),
                  assigned_to = COALESCE(assigned_to, $3), assigned_at = COALESCE(assigned_at, now())
           WHERE id = $1`,
          [item.id, decision, caller.userId, notes],
        );
        if (item.item_type === 'torrent' && (decision === 'approved' || decision === 'rejected')) {
          await decideTorrent(scope, item.item_id, decision, notes, caller.userId);
        }
        if (item.item_type === 'report' && decision !== 'escalated') {
          const report = await findReport(scope.tx, item.item_id, true).catch(() => {
            throw invalidField('name', `the queued report reports/${item.item_id} no longer exists`);
          });
          await closeReport(scope, report, decision === 'approved' ? 'resolved' : 'dismissed', notes || `queue decision: ${decision}`, caller.userId);
        }
      });
      return toQueueMessage(row);
    }),
  };
}
