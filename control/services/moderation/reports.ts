/**
 * ModerationService reports: any account files one against any entity and sees only its own;
 * moderators see all, assign them and close them. Every action writes its audit row.
 */
import { holds } from '../../auth/permission-table.js';
import type { Caller } from '../../auth/caller.js';
import { checkEtag } from '../../etag.js';
import { failedPrecondition, invalidField, notFound } from '../../errors/control-error.js';
import { Violations } from '../../errors/violations.js';
import { compileFilter, filterValues, type FilterField } from '../../filter.js';
import type { ModerationServiceHandlers } from '../../generated/swarmgate/control/v1/ModerationService.js';
import type { Report } from '../../generated/swarmgate/control/v1/Report.js';
import { mutate, type MutationScope } from '../../mutation.js';
import { fetchPage } from '../../pagination.js';
import { isUuid, parseUserName } from '../../resource-names.js';
import { callerOf, type CallContext } from '../../server/call-context.js';
import { toTimestamp } from '../../timestamps.js';
import { unary } from '../../server/unary.js';
import type { ServiceDeps } from '../deps.js';
import { findUser, type Queryable } from '../users/user-records.js';
import { ENTITY_TYPES, PRIORITIES, REPORT_STATUSES, type StoredEntityType, type StoredPriority, type StoredReportStatus } from './enums.js';
import { parseUuidName, userIdFilter, userOrEmpty } from './names.js';

type ReportHandlers = Pick<ModerationServiceHandlers, 'CreateReport' | 'GetReport' | 'ListReports' | 'AssignReport' | 'ResolveReport'>;

export interface ReportRow {
  id: string;
  reporter_id: string | null;
  report_type: StoredEntityType;
  reported_entity_id: string;
  reason: string;
  details: string | null;
  evidence_urls: string[];
  priority: StoredPriority;
  status: StoredReportStatus;
  assigned_to: string | null;
  assigned_at: Date | null;
  resolved_by: string | null;
  resolved_at: Date | null;
  resolution: string | null;
  created_at: Date;
  created_us: string;
  etag: string;
}

const REPORT_SELECT = `
  SELECT r.id, r.reporter_id, r.report_type, r.reported_entity_id, r.reason, r.details, r.evidence_urls, r.priority, r.status,
         r.assigned_to, r.assigned_at, r.resolved_by, r.resolved_at, r.resolution, r.created_at,
         (extract(epoch FROM r.created_at) * 1000000)::bigint::text AS created_us,
         (extract(epoch FROM r.updated_at) * 1000000)::bigint::text AS etag
  FROM reports r`;

const REPORT_FILTER: Record<string, FilterField> = {
  status: { column: 'r.status', operators: ['=', '!='], convert: filterValues.enumeration(REPORT_STATUSES.filter) },
  priority: { column: 'r.priority', operators: ['=', '!='], convert: filterValues.enumeration(PRIORITIES.filter) },
  entity_type: { column: 'r.report_type', operators: ['='], convert: filterValues.enumeration(ENTITY_TYPES.filter) },
  assignee: { column: 'r.assigned_to', operators: ['='], convert: userIdFilter },
  create_time: { column: 'r.created_at', operators: ['<', '<=', '>', '>='], convert: filterValues.timestamp },
};

const CLOSED: ReadonlySet<StoredReportStatus> = new Set(['resolved', 'dismissed']);

function toReportMessage(row: ReportRow): Report {
  return {
    name: `reports/${row.id}`,
    reporter: userOrEmpty(row.reporter_id),
    entityType: ENTITY_TYPES.toProto(row.report_type),
    entityId: row.reported_entity_id,
    reason: row.reason,
    details: row.details ?? '',
    evidenceUrls: row.evidence_urls,
    priority: PRIORITIES.toProto(row.priority),
    status: REPORT_STATUSES.toProto(row.status),
    assignee: userOrEmpty(row.assigned_to),
    resolution: row.resolution ?? '',
    resolvedBy: userOrEmpty(row.resolved_by),
    createTime: toTimestamp(row.created_at),
    assignTime: toTimestamp(row.assigned_at),
    resolveTime: toTimestamp(row.resolved_at),
    etag: row.etag,
  };
}

function auditImage(row: ReportRow): Record<string, unknown> {
  return {
    reporter_id: row.reporter_id, report_type: row.report_type, reported_entity_id: row.reported_entity_id, reason: row.reason,
    priority: row.priority, status: row.status, assigned_to: row.assigned_to, resolution: row.resolution,
  };
}

/** Staff see every report; anyone else only their own (another's is NOT_FOUND, revealing nothing). */
function mayRead(caller: Caller, row: ReportRow): boolean {
  return row.reporter_id === caller.userId || holds(caller, 'PERMISSION_MODERATION');
}

export async function findReport(db: Queryable, id: string, lock = false): Promise<ReportRow> {
  const { rows } = await db.query<ReportRow>(`${REPORT_SELECT} WHERE r.id = $1${lock ? ' FOR UPDATE OF r' : ''}`, [id]);
  if (!rows[0]) throw notFound(`reports/${id}`);
  return rows[0];
}

/** Close an open report as resolved or dismissed (ResolveReport and a queue decision on a report). */
export async function closeReport(scope: MutationScope, report: ReportRow, status: 'resolved' | 'dismissed', resolution: string, by: string): Promise<ReportRow> {
  if (CLOSED.has(report.status)) throw failedPrecondition('REPORT_CLOSED', `reports/${report.id} is already ${report.status}`);
  await scope.tx.query(
    `UPDATE reports SET status = $2, resolution = $3, resolved_by = $4, resolved_at = now() WHERE id = $1`,
    [report.id, status, resolution, by],
  );
  const after = await findReport(scope.tx, report.id);
  await scope.audit({ action: `report.${status === 'resolved' ? 'resolve' : 'dismiss'}`, entityType: 'report', entityId: report.id, before: auditImage(report), after: auditImage(after) });
  return after;
}

async function changeReport(deps: ServiceDeps, context: CallContext, name: string, etag: string, change: (report: ReportRow, scope: MutationScope) => Promise<ReportRow>): Promise<ReportRow> {
  const id = parseUuidName(name, 'reports', 'name');
  return mutate(deps.pool, deps.bus, context, async (scope) => {
    const before = await findReport(scope.tx, id, true);
    checkEtag(etag, before.etag, `reports/${id}`);
    return change(before, scope);
  });
}

export function reportHandlers(deps: ServiceDeps): ReportHandlers {
  const { pool, bus } = deps;
  return {
    CreateReport: unary(async (request, context) => {
      const caller = callerOf(context);
      const report = request.report;
      if (!report) throw invalidField('report', 'is required');
      const v = new Violations();
      const type = ENTITY_TYPES.fromProto(report.entityType);
      v.check(type !== undefined && type !== 'report', 'report.entity_type', 'is required (a report cannot be reported)');
      v.check(isUuid(report.entityId), 'report.entity_id', 'must be the UUID of the reported entity');
      const reason = report.reason.trim();
      v.check(reason.length >= 1 && reason.length <= 200, 'report.reason', 'is required (at most 200 characters)');
      v.check(report.details.length <= 10000, 'report.details', 'must be at most 10000 characters');
      const urls = report.evidenceUrls.map((u) => u.trim());
      v.check(urls.length <= 10, 'report.evidence_urls', 'at most 10');
      urls.forEach((url, i) => v.check(/^https?:\/\/\S{1,2000}$/.test(url), `report.evidence_urls[${i}]`, 'must be an http or https URL'));
      const priority = report.priority === 'PRIORITY_UNSPECIFIED' ? 'normal' : PRIORITIES.fromProto(report.priority);
      v.check(priority !== undefined, 'report.priority', 'is not a priority');
      v.throwIfAny();
      const created = await mutate(pool, bus, context, async (scope) => {
        const { rows } = await scope.tx.query<{ id: string }>(
          `INSERT INTO reports (reporter_id, report_type, reported_entity_id, reason, details, evidence_urls, priority)
           VALUES ($1, $2, $3, $4, nullif($5, ''), $6, $7) RETURNING id`,
          [caller.userId, type, report.entityId.toLowerCase(), reason, report.details.trim(), urls, priority],
        );
        const row = await findReport(scope.tx, rows[0]!.id);
        await scope.audit({ action: 'report.create', entityType: 'report', entityId: row.id, after: auditImage(row) });
        return row;
      });
      return toReportMessage(created);
    }),

    GetReport: unary(async (request, context) => {
      const id = parseUuidName(request.name, 'reports', 'name');
      const row = await findReport(pool, id);
      if (!mayRead(callerOf(context), row)) throw notFound(`reports/${id}`);
      return toReportMessage(row);
    }),

    ListReports: unary(async (request, context) => {
      const caller = callerOf(context);
      const params: unknown[] = [];
      const conditions = compileFilter(request.filter, REPORT_FILTER, params);
      if (!holds(caller, 'PERMISSION_MODERATION')) {
        params.push(caller.userId);
        conditions.push(`r.reporter_id = $${params.length}`);
      }
      const page = await fetchPage<ReportRow>(pool, {
        select: REPORT_SELECT, alias: 'r', conditions, params, pageSize: request.pageSize, pageToken: request.pageToken,
        scope: { filter: request.filter, caller: caller.userId },
      });
      return { reports: page.rows.map(toReportMessage), nextPageToken: page.nextPageToken };
    }),

    AssignReport: unary(async (request, context) => {
      const caller = callerOf(context);
      let assignee = caller.userId;
      if (request.assignee) {
        const user = await findUser(pool, parseUserName(request.assignee, 'assignee'));
        const { rows } = await pool.query<{ can_moderate: boolean }>(`SELECT can_moderate FROM user_groups WHERE id = $1`, [user.group_id]);
        if (!rows[0]?.can_moderate) throw invalidField('assignee', `${request.assignee} cannot moderate`);
        assignee = user.id;
      }
      const row = await changeReport(deps, context, request.name, request.etag, async (report, scope) => {
        if (CLOSED.has(report.status)) throw failedPrecondition('REPORT_CLOSED', `reports/${report.id} is already ${report.status}`);
        await scope.tx.query(
          `UPDATE reports SET assigned_to = $2, assigned_at = now(), status = CASE WHEN status = 'open' THEN 'investigating' ELSE status END WHERE id = $1`,
          [report.id, assignee],
        );
        const after = await findReport(scope.tx, report.id);
        await scope.audit({ action: 'report.assign', entityType: 'report', entityId: report.id, before: auditImage(report), after: auditImage(after) });
        return after;
      });
      return toReportMessage(row);
    }),

    ResolveReport: unary(async (request, context) => {
      const status = REPORT_STATUSES.fromProto(request.status);
      const resolution = request.resolution.trim();
      const v = new Violations();
      v.check(status === 'resolved' || status === 'dismissed', 'status', 'must be REPORT_STATUS_RESOLVED or REPORT_STATUS_DISMISSED');
      v.check(resolution.length >= 1 && resolution.length <= 5000, 'resolution', 'is required (at most 5000 characters)');
      v.throwIfAny();
      const row = await changeReport(deps, context, request.name, request.etag, (report, scope) =>
        closeReport(scope, report, status as 'resolved' | 'dismissed', resolution, callerOf(context).userId),
      );
      return toReportMessage(row);
    }),
  };
}
