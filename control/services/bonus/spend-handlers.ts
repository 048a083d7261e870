/**
 * BonusService calls where a user moves their own points: exchange, gifts, tips, bounties, and the
 * request steps that settle bounties (fill, confirm, delete). The ledger rows are their record.
 */
import { invalidField, notFound } from '../../errors/control-error.js';
import type { BonusServiceHandlers } from '../../generated/swarmgate/control/v1/BonusService.js';
import { mutate } from '../../mutation.js';
import { parseTorrentName, parseUserName, type TorrentRef } from '../../resource-names.js';
import { callerOf } from '../../server/call-context.js';
import { unary } from '../../server/unary.js';
import { findUser, type Queryable } from '../users/user-records.js';
import type { ServiceDeps } from '../deps.js';
import { checkText, findTransaction, formatPoints, parsePoints, parseRequestName, requestName, tokenName } from './bonus-records.js';
import { addBounty, confirmFill, deleteRequest, fillRequest } from './bounties.js';
import { exchange } from './exchange.js';
import { gift, MAX_MESSAGE_LENGTH, tip } from './transfers.js';
import { toTimestamp } from '../../timestamps.js';

type SpendHandlers = Pick<
  BonusServiceHandlers,
  'Exchange' | 'Gift' | 'Tip' | 'AddBounty' | 'FillRequest' | 'ConfirmRequestFill' | 'DeleteRequest'
>;

export function parseExchangeItemName(name: string, field: string): string {
  const match = /^exchangeItems\/([a-z][a-z0-9_]{1,63})$/.exec(name);
  if (!match) throw invalidField(field, `"${name}" is not an exchange item name ("exchangeItems/{id}")`);
  return match[1]!;
}

/** The live torrent's id for a torrent name (by id or info hash). */
export async function torrentIdOf(db: Queryable, ref: TorrentRef): Promise<string> {
  const { rows } = await db.query<{ id: string }>(
    'id' in ref ? `SELECT id FROM torrents WHERE id = $1 AND deleted_at IS NULL` : `SELECT id FROM torrents WHERE info_hash = $1 AND deleted_at IS NULL`,
    ['id' in ref ? ref.id : ref.infoHash],
  );
  if (!rows[0]) throw notFound('torrent');
  return rows[0].id;
}

export function spendHandlers(deps: ServiceDeps): SpendHandlers {
  const { pool, bus } = deps;
  return {
    Exchange: unary(async (request, context) => {
      const caller = callerOf(context);
      const itemId = parseExchangeItemName(request.item, 'item');
      return mutate(pool, bus, context, async (scope) => {
        const bought = await exchange(scope, { userId: caller.userId, itemId });
        return {
          transaction: await findTransaction(scope.tx, bought.transactionId),
          freeleechTokens: bought.tokenIds.map((id) => tokenName(caller.userId, id)),
          personalFreeleechUntil: toTimestamp(bought.personalFreeleechUntil),
        };
      });
    }),

    Gift: unary(async (request, context) => {
      const caller = callerOf(context);
      const points = parsePoints(request.points, 'points');
      const message = checkText(request.message, 'message', MAX_MESSAGE_LENGTH);
      const ref = parseUserName(request.recipient, 'recipient');
      return mutate(pool, bus, context, async (scope) => {
        const recipient = await findUser(scope.tx, ref);
        const moved = await gift(scope, { fromUserId: caller.userId, toUserId: recipient.id, amount: points, message });
        return { transaction: await findTransaction(scope.tx, moved.sent.id) };
      });
    }),

    Tip: unary(async (request, context) => {
      const caller = callerOf(context);
      const points = parsePoints(request.points, 'points');
      const message = checkText(request.message, 'message', MAX_MESSAGE_LENGTH);
      const ref = parseTorrentName(request.torrent, 'torrent');
      return mutate(pool, bus, context, async (scope) => {
        const moved = await tip(scope, { fromUserId: caller.userId, torrentId: await torrentIdOf(scope.tx, ref), amount: points, message });
        return { transaction: await findTransaction(scope.tx, moved.sent.id) };
      });
    }),

    AddBounty: unary(async (request, context) => {
      const caller = callerOf(context);
      const points = parsePoints(request.points, 'points');
      const requestId = parseRequestName(request.request, 'request');
      return mutate(pool, bus, context, async (scope) => {
        const placed = await addBounty(scope, { userId: caller.userId, requestId, amount: points });
        return { transaction: await findTransaction(scope.tx, placed.transactionId), bountyTotal: formatPoints(placed.bountyTotal) };
      });
    }),

    FillRequest: unary(async (request, context) => {
      const caller = callerOf(context);
      const requestId = parseRequestName(request.request, 'request');
      const ref = parseTorrentName(request.torrent, 'torrent');
      return mutate(pool, bus, context, async (scope) => {
        await fillRequest(scope, { userId: caller.userId, requestId, torrentId: await torrentIdOf(scope.tx, ref) });
        await scope.audit({ action: 'request.fill', entityType: 'torrent_request', entityId: requestId, metadata: { torrent: request.torrent } });
        return { request: requestName(requestId), pointsMoved: formatPoints(0), bounties: 0 };
      });
    }),

    ConfirmRequestFill: unary(async (request, context) => {
      const caller = callerOf(context);
      const requestId = parseRequestName(request.request, 'request');
      return mutate(pool, bus, context, async (scope) => {
        const paid = await confirmFill(scope, { userId: caller.userId, requestId, asStaff: caller.group.canModerate });
        await scope.audit({ action: 'request.confirm_fill', entityType: 'torrent_request', entityId: requestId, metadata: { filler: paid.fillerId, awarded: formatPoints(paid.awarded) } });
        const { rows } = await scope.tx.query<{ n: number }>(`SELECT count(*)::int AS n FROM torrent_request_bounties WHERE request_id = $1 AND awarded_at IS NOT NULL`, [requestId]);
        return { request: requestName(requestId), pointsMoved: formatPoints(paid.awarded), bounties: rows[0]!.n };
      });
    }),

    DeleteRequest: unary(async (request, context) => {
      const caller = callerOf(context);
      const requestId = parseRequestName(request.request, 'request');
      const reason = checkText(request.reason, 'reason', 500);
      return mutate(pool, bus, context, async (scope) => {
        const refunded = await deleteRequest(scope, { userId: caller.userId, requestId, asStaff: caller.group.canModerate, reason });
        await scope.audit({ action: 'request.delete', entityType: 'torrent_request', entityId: requestId, metadata: { reason, refunded: formatPoints(refunded.refunded) } });
        return { request: requestName(requestId), pointsMoved: formatPoints(refunded.refunded), bounties: refunded.refunds };
      });
    }),
  };
}
