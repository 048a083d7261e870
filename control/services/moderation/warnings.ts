/**
 * ModerationService warnings: issue, list (one's own, or anyone's for staff), acknowledge, revoke.
 * After issuing or revoking, the account's active points are held against the site settings'
 * thresholds in the same transaction (restrictions.ts), and the engine is told after commit.
 */
import { refersToCaller, requireOutranks } from '../../auth/access.js';
import { holds } from '../../auth/permission-table.js';
import { failedPrecondition, invalidField, notFound, permissionDenied } from '../../errors/control-error.js';
import { Violations } from '../../errors/violations.js';
import type { ModerationServiceHandlers } from '../../generated/swarmgate/control/v1/ModerationService.js';
import type { Warning } from '../../generated/swarmgate/control/v1/Warning.js';
import { mutate, type MutationScope } from '../../mutation.js';
import { fetchPage } from '../../pagination.js';
import { parseTorrentName, parseUserName } from '../../resource-names.js';
import { callerOf, type CallContext } from '../../server/call-context.js';
import { fromTimestamp, toTimestamp } from '../../timestamps.js';
import { unary } from '../../server/unary.js';
import type { ServiceDeps } from '../deps.js';
import { findTorrent } from '../torrents/torrent-records.js';
import { findUser, type Queryable } from '../users/user-records.js';
import { SEVERITIES, WARNING_KINDS, type StoredSeverity, type StoredWarningKind } from './enums.js';
import { parseUuidName, userOrEmpty } from './names.js';
import { loadPolicy } from './policy.js';
import { enforceWarningThresholds } from './restrictions.js';

type WarningHandlers = Pick<ModerationServiceHandlers, 'CreateWarning' | 'ListWarnings' | 'AcknowledgeWarning' | 'RevokeWarning'>;

interface WarningRow {
  id: string;
  user_id: string;
  kind: StoredWarningKind;
  severity: StoredSeverity;
  points: number;
  reason: string;
  torrent_id: string | null;
  report_id: string | null;
  issued_by: string | null;
  created_at: Date;
  expires_at: Date | null;
  acknowledged_at: Date | null;
  revoked_at: Date | null;
  revoke_reason: string | null;
  active: boolean;
  created_us: string;
}

const WARNING_SELECT = `
  SELECT w.id, w.user_id, w.kind, w.severity, w.points, w.reason, w.torrent_id, w.report_id, w.issued_by, w.created_at,
         w.expires_at, w.acknowledged_at, w.revoked_at, w.revoke_reason,
         (w.revoked_at IS NULL AND (w.expires_at IS NULL OR w.expires_at > now())) AS active,
         (extract(epoch FROM w.created_at) * 1000000)::bigint::text AS created_us
  FROM warnings w`;

function toWarningMessage(row: WarningRow): Warning {
  return {
    name: `warnings/${row.id}`,
    user: `users/${row.user_id}`,
    kind: WARNING_KINDS.toProto(row.kind),
    severity: SEVERITIES.toProto(row.severity),
    points: row.points,
    reason: row.reason,
    torrent: row.torrent_id ? `torrents/${row.torrent_id}` : '',
    report: row.report_id ? `reports/${row.report_id}` : '',
    issuedBy: userOrEmpty(row.issued_by),
    createTime: toTimestamp(row.created_at),
    expireTime: toTimestamp(row.expires_at),
    acknowledgeTime: toTimestamp(row.acknowledged_at),
    revokeTime: toTimestamp(row.revoked_at),
    revokeReason: row.revoke_reason ?? '',
    active: row.active,
  };
}

function auditImage(row: WarningRow): Record<string, unknown> {
  return {
    user_id: row.user_id, kind: row.kind, severity: row.severity, points: row.points, reason: row.reason,
    torrent_id: row.torrent_id, expires_at: row.expires_at?.toISOString() ?? null,
    acknowledged_at: row.acknowledged_at?.toISOString() ?? null, revoked_at: row.revoked_at?.toISOString() ?? null,
  };
}

async function findWarning(db: Queryable, id: string, lock = false): Promise<WarningRow> {
  const { rows } = await db.query<WarningRow>(`${WARNING_SELECT} WHERE w.id = $1${lock ? ' FOR UPDATE OF w' : ''}`, [id]);
  if (!rows[0]) throw notFound(`warnings/${id}`);
  return rows[0];
}

/** Hold the account's points against the thresholds; tell the engine if its restrictions changed. */
async function applyThresholds(scope: MutationScope, userId: string): Promise<void> {
  const policy = await loadPolicy(scope.tx);
  const changed = await enforceWarningThresholds(
    scope.tx, { download: policy.warningDownloadThreshold, ban: policy.warningBanThreshold }, [userId], new Date(),
  );
  if (changed.length > 0) {
    await scope.audit({ action: 'warning.threshold_applied', entityType: 'user', entityId: userId, metadata: { restrictions_changed: true } });
    scope.publish({ type: 'user.changed', userId });
  }
}

async function changeWarning(
  deps: ServiceDeps,
  context: CallContext,
  id: string,
  action: string,
  change: (warning: WarningRow, scope: MutationScope) => Promise<void>,
): Promise<WarningRow> {
  return mutate(deps.pool, deps.bus, context, async (scope) => {
    const before = await findWarning(scope.tx, id, true);
    await change(before, scope);
    const after = await findWarning(scope.tx, id);
    await scope.audit({ action, entityType: 'warning', entityId: id, before: auditImage(before), after: auditImage(after) });
    return after;
  });
}

export function warningHandlers(deps: ServiceDeps): WarningHandlers {
  const { pool, bus } = deps;
  return {
    CreateWarning: unary(async (request, context) => {
      const caller = callerOf(context);
      const warning = request.warning;
      if (!warning) throw invalidField('warning', 'is required');
      const v = new Violations();
      const reason = warning.reason.trim();
      v.check(reason.length >= 1 && reason.length <= 2000, 'warning.reason', 'is required (at most 2000 characters)');
      v.check(Number.isInteger(warning.points) && warning.points >= 0 && warning.points <= 100, 'warning.points', 'must be from 0 to 100');
      v.check(warning.user !== '', 'warning.user', 'is required');
      const severity = warning.severity === 'WARNING_SEVERITY_UNSPECIFIED' ? 'minor' : SEVERITIES.fromProto(warning.severity);
      v.check(severity !== undefined, 'warning.severity', 'is not a severity');
      const expires = fromTimestamp(warning.expireTime);
      if (expires) v.check(expires.getTime() > Date.now(), 'warning.expire_time', 'must be in the future');
      const reportId = warning.report ? parseUuidName(warning.report, 'reports', 'warning.report') : null;
      v.throwIfAny();
      const user = await findUser(pool, parseUserName(warning.user, 'warning.user'));
      requireOutranks(caller, user.group_level);
      const torrent = warning.torrent ? await findTorrent(pool, parseTorrentName(warning.torrent, 'warning.torrent')) : null;
      const created = await mutate(pool, bus, context, async (scope) => {
        const { rows } = await scope.tx.query<{ id: string }>(
          `INSERT INTO warnings (user_id, issued_by, severity, points, reason, torrent_id, report_id, expires_at)
           VALUES ($1, $2, $3, $4, $5, $6, $7, $8) RETURNING id`,
          [user.id, caller.userId, severity, warning.points, reason, torrent?.id ?? null, reportId, expires],
        ).catch((err: { code?: string }) => {
          if (err.code === '23503') throw invalidField('warning.report', `${warning.report} does not exist`);
          throw err;
        });
        const row = await findWarning(scope.tx, rows[0]!.id);
        await scope.audit({ action: 'warning.create', entityType: 'warning', entityId: row.id, after: auditImage(row) });
        await applyThresholds(scope, user.id);
        return row;
      });
      return toWarningMessage(created);
    }),

    ListWarnings: unary(async (request, context) => {
      const caller = callerOf(context);
      const ref = parseUserName(request.parent, 'parent');
      if (!refersToCaller(caller, ref) && !holds(caller, 'PERMISSION_MODERATION')) {
        throw permissionDenied('NOT_OWN_ACCOUNT', "another account's warnings need PERMISSION_MODERATION", { permission: 'PERMISSION_MODERATION' });
      }
      const user = await findUser(pool, ref);
      const conditions = ['w.user_id = $1'];
      if (!request.showInactive) conditions.push('w.revoked_at IS NULL AND (w.expires_at IS NULL OR w.expires_at > now())');
      const page = await fetchPage<WarningRow>(pool, {
        select: WARNING_SELECT, alias: 'w', conditions, params: [user.id], pageSize: request.pageSize, pageToken: request.pageToken,
        scope: { user: user.id, inactive: request.showInactive },
      });
      const { rows } = await pool.query<{ points: number }>(
        `SELECT COALESCE(sum(points), 0)::int AS points FROM warnings WHERE user_id = $1 AND revoked_at IS NULL AND (expires_at IS NULL OR expires_at > now())`,
        [user.id],
      );
      return { warnings: page.rows.map(toWarningMessage), nextPageToken: page.nextPageToken, activePoints: rows[0]!.points };
    }),

    AcknowledgeWarning: unary(async (request, context) => {
      const id = parseUuidName(request.name, 'warnings', 'name');
      const caller = callerOf(context);
      const row = await changeWarning(deps, context, id, 'warning.acknowledge', async (warning, { tx }) => {
        if (warning.user_id !== caller.userId) throw notFound(`warnings/${id}`);
        if (warning.acknowledged_at) throw failedPrecondition('ALREADY_ACKNOWLEDGED', `warnings/${id} is already acknowledged`);
        await tx.query(`UPDATE warnings SET acknowledged_at = now() WHERE id = $1`, [id]);
      });
      return toWarningMessage(row);
    }),

    RevokeWarning: unary(async (request, context) => {
      const id = parseUuidName(request.name, 'warnings', 'name');
      const reason = request.reason.trim();
      const v = new Violations();
      v.check(reason.length >= 1 && reason.length <= 2000, 'reason', 'is required (at most 2000 characters)');
      v.throwIfAny();
      const caller = callerOf(context);
      const row = await changeWarning(deps, context, id, 'warning.revoke', async (warning, scope) => {
        const user = await findUser(scope.tx, { id: warning.user_id });
        requireOutranks(caller, user.group_level);
        if (warning.revoked_at) throw failedPrecondition('ALREADY_REVOKED', `warnings/${id} is already revoked`);
        await scope.tx.query(`UPDATE warnings SET revoked_at = now(), revoked_by = $2, revoke_reason = $3 WHERE id = $1`, [id, caller.userId, reason]);
        await applyThresholds(scope, warning.user_id);
      });
      return toWarningMessage(row);
    }),
  };
}
