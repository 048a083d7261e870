/**
 * ModerationService bans: create (every type of the tracker document, temporary or permanent), read,
 * list, lift, appeal and appeal review. Bans the engine enforces (account, download, IP) are published
 * as bans.changed after commit; their expiry needs no event (the engine compares expiry times itself).
 */
import { isIP } from 'node:net';
import { requireOutranks } from '../../auth/access.js';
import { checkEtag } from '../../etag.js';
import { failedPrecondition, invalidField, notFound } from '../../errors/control-error.js';
import { Violations } from '../../errors/violations.js';
import { compileFilter, filterValues, type FilterField } from '../../filter.js';
import type { ModerationServiceHandlers } from '../../generated/swarmgate/control/v1/ModerationService.js';
import { mutate, type MutationScope } from '../../mutation.js';
import { fetchPage } from '../../pagination.js';
import { parseUserName } from '../../resource-names.js';
import { callerOf, type CallContext } from '../../server/call-context.js';
import { fromTimestamp } from '../../timestamps.js';
import { unary } from '../../server/unary.js';
import type { ServiceDeps } from '../deps.js';
import { findUser } from '../users/user-records.js';
import { BAN_SELECT, banAuditImage, ENGINE_BAN_TYPES, findBan, toBanMessage, type BanRow } from './ban-records.js';
import { APPEAL_STATUSES, BAN_SOURCES, BAN_TYPES, type StoredBanType } from './enums.js';
import { parseUuidName, userIdFilter } from './names.js';

type BanHandlers = Pick<ModerationServiceHandlers, 'CreateBan' | 'GetBan' | 'ListBans' | 'LiftBan' | 'AppealBan' | 'ReviewBanAppeal'>;

const USER_BAN_TYPES: ReadonlySet<StoredBanType> = new Set(['account', 'upload', 'download', 'chat', 'forum']);

const BAN_FILTER: Record<string, FilterField> = {
  type: { column: 'b.ban_type', operators: ['=', '!='], convert: filterValues.enumeration(BAN_TYPES.filter) },
  source: { column: 'b.source', operators: ['=', '!='], convert: filterValues.enumeration(BAN_SOURCES.filter) },
  user: { column: 'b.user_id', operators: ['='], convert: userIdFilter },
  appeal_status: { column: 'b.appeal_status', operators: ['='], convert: filterValues.enumeration(APPEAL_STATUSES.filter) },
  create_time: { column: 'b.created_at', operators: ['<', '<=', '>', '>='], convert: filterValues.timestamp },
};

/** A CIDR with a valid address and prefix length; host bits are cleared by PostgreSQL (network()). */
function checkCidr(v: Violations, field: string, text: string): void {
  const [address, bits, extra] = text.split('/');
  const family = isIP(address ?? '');
  const max = family === 6 ? 128 : 32;
  const ok = family !== 0 && extra === undefined && (bits === undefined || (/^\d{1,3}$/.test(bits) && Number(bits) <= max));
  v.check(ok, field, 'must be an IPv4 or IPv6 address or network in CIDR form, e.g. 203.0.113.0/24 or 2001:db8::/32');
}

function publishFor(scope: MutationScope, type: StoredBanType): void {
  if (ENGINE_BAN_TYPES.has(type)) scope.publish({ type: 'bans.changed' });
}

/** Lock the ban, check the caller may act on its account, run `change`, audit and publish. */
async function changeBan(
  deps: ServiceDeps,
  context: CallContext,
  id: string,
  etag: string,
  action: string,
  change: (ban: BanRow, scope: MutationScope) => Promise<void>,
): Promise<BanRow> {
  return mutate(deps.pool, deps.bus, context, async (scope) => {
    const before = await findBan(scope.tx, id, { lock: true });
    if (before.user_level !== null && action !== 'ban.appeal') requireOutranks(callerOf(context), before.user_level);
    checkEtag(etag, before.etag, `bans/${id}`);
    await change(before, scope);
    const after = await findBan(scope.tx, id);
    await scope.audit({ action, entityType: 'ban', entityId: id, before: banAuditImage(before), after: banAuditImage(after) });
    publishFor(scope, before.ban_type);
    return after;
  });
}

function requireActive(ban: BanRow): void {
  if (!ban.active) throw failedPrecondition('BAN_NOT_ACTIVE', `bans/${ban.id} is already lifted or expired`);
}

export function banHandlers(deps: ServiceDeps): BanHandlers {
  const { pool, bus } = deps;
  return {
    CreateBan: unary(async (request, context) => {
      const caller = callerOf(context);
      const ban = request.ban;
      if (!ban) throw invalidField('ban', 'is required');
      const type = BAN_TYPES.fromProto(ban.type);
      const v = new Violations();
      v.check(type !== undefined, 'ban.type', 'is required');
      const reason = ban.reason.trim();
      v.check(reason.length >= 1 && reason.length <= 2000, 'ban.reason', 'is required (at most 2000 characters)');
      if (type && USER_BAN_TYPES.has(type)) v.check(ban.user !== '', 'ban.user', `is required for a ${type} ban`);
      if (type === 'ip') checkCidr(v, 'ban.ip_range', ban.ipRange.trim());
      else v.check(ban.ipRange === '', 'ban.ip_range', 'is only for IP bans');
      if (type === 'email') v.check(/^.{1,318}@.{1,318}$/.test(ban.emailPattern.trim()), 'ban.email_pattern', 'must be a LIKE pattern with "@", e.g. %@example.com');
      else v.check(ban.emailPattern === '', 'ban.email_pattern', 'is only for email bans');
      const expires = fromTimestamp(ban.expireTime);
      if (expires) v.check(expires.getTime() > Date.now(), 'ban.expire_time', 'must be in the future');
      v.check(!(expires && ban.permanent), 'ban.permanent', 'a permanent ban has no expire_time');
      v.throwIfAny();
      const target = ban.user ? await findUser(pool, parseUserName(ban.user, 'ban.user')) : null;
      if (target) requireOutranks(caller, target.group_level);
      const created = await mutate(pool, bus, context, async (scope) => {
        const { rows } = await scope.tx.query<{ id: string }>(
          `INSERT INTO bans (ban_type, user_id, ip_range, email_pattern, reason, internal_notes, banned_by, expires_at, is_permanent)
           VALUES ($1, $2, CASE WHEN $3::text IS NULL THEN NULL ELSE network($3::inet) END, $4, $5, nullif($6, ''), $7, $8, $9)
           RETURNING id`,
          [type, target?.id ?? null, type === 'ip' ? ban.ipRange.trim() : null, type === 'email' ? ban.emailPattern.trim() : null,
            reason, ban.internalNotes.trim(), caller.userId, expires, ban.permanent],
        );
        const row = await findBan(scope.tx, rows[0]!.id);
        await scope.audit({ action: 'ban.create', entityType: 'ban', entityId: row.id, after: banAuditImage(row) });
        publishFor(scope, row.ban_type);
        return row;
      });
      return toBanMessage(created);
    }),

    GetBan: unary(async (request) => toBanMessage(await findBan(pool, parseUuidName(request.name, 'bans', 'name')))),

    ListBans: unary(async (request) => {
      const params: unknown[] = [];
      const conditions = compileFilter(request.filter, BAN_FILTER, params);
      if (!request.showInactive) conditions.push('b.lifted_at IS NULL AND (b.expires_at IS NULL OR b.expires_at > now())');
      const page = await fetchPage<BanRow>(pool, {
        select: BAN_SELECT, alias: 'b', conditions, params, pageSize: request.pageSize, pageToken: request.pageToken,
        scope: { filter: request.filter, inactive: request.showInactive },
      });
      return { bans: page.rows.map(toBanMessage), nextPageToken: page.nextPageToken };
    }),

    LiftBan: unary(async (request, context) => {
      const id = parseUuidName(request.name, 'bans', 'name');
      const reason = request.reason.trim();
      const v = new Violations();
      v.check(reason.length >= 1 && reason.length <= 2000, 'reason', 'is required (at most 2000 characters)');
      v.throwIfAny();
      const row = await changeBan(deps, context, id, request.etag, 'ban.lift', async (ban, { tx }) => {
        requireActive(ban);
        await tx.query(`UPDATE bans SET lifted_at = now(), lifted_by = $2, lift_reason = $3 WHERE id = $1`, [id, callerOf(context).userId, reason]);
      });
      return toBanMessage(row);
    }),

    AppealBan: unary(async (request, context) => {
      const id = parseUuidName(request.name, 'bans', 'name');
      const text = request.text.trim();
      const v = new Violations();
      v.check(text.length >= 1 && text.length <= 5000, 'text', 'is required (at most 5000 characters)');
      v.throwIfAny();
      const caller = callerOf(context);
      const row = await changeBan(deps, context, id, '', 'ban.appeal', async (ban, { tx }) => {
        // Someone else's ban does not exist as far as the caller can tell.
        if (ban.user_id !== caller.userId) throw notFound(`bans/${id}`);
        requireActive(ban);
        if (ban.appeal_status) throw failedPrecondition('ALREADY_APPEALED', `bans/${id} has already been appealed`);
        await tx.query(`UPDATE bans SET appeal_status = 'pending', appeal_text = $2, appealed_at = now() WHERE id = $1`, [id, text]);
      });
      return toBanMessage(row);
    }),

    ReviewBanAppeal: unary(async (request, context) => {
      const id = parseUuidName(request.name, 'bans', 'name');
      const caller = callerOf(context);
      const row = await changeBan(deps, context, id, '', 'ban.review_appeal', async (ban, { tx }) => {
        if (ban.appeal_status !== 'pending') throw failedPrecondition('NO_PENDING_APPEAL', `bans/${id} has no pending appeal`);
        await tx.query(
          `UPDATE bans SET appeal_status = $2, appeal_reviewed_by = $3, appeal_reviewed_at = now(), appeal_response = nullif($4, ''),
                           lifted_at = CASE WHEN $2 = 'accepted' THEN now() ELSE lifted_at END,
                           lifted_by = CASE WHEN $2 = 'accepted' THEN $3 ELSE lifted_by END,
                           lift_reason = CASE WHEN $2 = 'accepted' THEN 'appeal accepted' ELSE lift_reason END
           WHERE id = $1`,
          [id, request.accept ? 'accepted' : 'rejected', caller.userId, request.response.trim()],
        );
      });
      return toBanMessage(row);
    }),
  };
}
