/** BonusService: balances, the ledger, and staff adjustments. */
import { requireOutranks } from '../../auth/access.js';
import { compileFilter, filterValues, type FilterField } from '../../filter.js';
import type { BonusServiceHandlers } from '../../generated/swarmgate/control/v1/BonusService.js';
import { mutate } from '../../mutation.js';
import { fetchPage } from '../../pagination.js';
import { parseTorrentName, parseUserName, userName } from '../../resource-names.js';
import { callerOf } from '../../server/call-context.js';
import { unary } from '../../server/unary.js';
import type { ServiceDeps } from '../deps.js';
import { findUser } from '../users/user-records.js';
import {
  checkText,
  findTransaction,
  formatPoints,
  parsePoints,
  parseRequestName,
  readableAccount,
  toTransactionMessage,
  TRANSACTION_SELECT,
  TRANSACTION_TYPE_FILTER,
  type TransactionRow,
} from './bonus-records.js';
import { adjust } from './transfers.js';

const TRANSACTION_FILTER: Record<string, FilterField> = {
  type: { column: 'bt.transaction_type', operators: ['=', '!='], convert: filterValues.enumeration(TRANSACTION_TYPE_FILTER) },
  create_time: { column: 'bt.created_at', operators: ['<', '<=', '>', '>='], convert: filterValues.timestamp },
  torrent: {
    column: 'bt.torrent_id',
    operators: ['='],
    convert: (value) => {
      const ref = /^torrents\/[0-9a-f-]{36}$/i.test(value) ? parseTorrentName(value, 'filter') : null;
      return ref && 'id' in ref ? { ok: ref.id } : { error: 'must be "torrents/{uuid}"' };
    },
  },
  request: {
    column: 'bt.request_id',
    operators: ['='],
    convert: (value) => {
      try {
        return { ok: parseRequestName(value, 'filter') };
      } catch {
        return { error: 'must be "requests/{uuid}"' };
      }
    },
  },
};

type BalanceHandlers = Pick<BonusServiceHandlers, 'GetBonusBalance' | 'ListBonusTransactions' | 'AdjustBonusBalance'>;

export function balanceHandlers(deps: ServiceDeps): BalanceHandlers {
  const { pool, bus } = deps;
  return {
    GetBonusBalance: unary(async (request, context) => {
      const user = await readableAccount(pool, callerOf(context), parseUserName(request.user, 'user'));
      const { rows } = await pool.query<Record<string, string>>(
        `SELECT bonus_points, bonus_points_earned, bonus_points_spent, bounty_spent, bounty_earned FROM user_statistics WHERE user_id = $1`,
        [user.id],
      );
      const s = rows[0] ?? {};
      return {
        user: userName(user.id),
        points: formatPoints(s.bonus_points ?? 0),
        pointsEarned: formatPoints(s.bonus_points_earned ?? 0),
        pointsSpent: formatPoints(s.bonus_points_spent ?? 0),
        bountySpent: formatPoints(s.bounty_spent ?? 0),
        bountyEarned: formatPoints(s.bounty_earned ?? 0),
      };
    }),

    ListBonusTransactions: unary(async (request, context) => {
      const user = await readableAccount(pool, callerOf(context), parseUserName(request.parent, 'parent'));
      const params: unknown[] = [user.id];
      const conditions = ['bt.user_id = $1', ...compileFilter(request.filter, TRANSACTION_FILTER, params)];
      const page = await fetchPage<TransactionRow>(pool, {
        select: TRANSACTION_SELECT,
        alias: 'bt',
        conditions,
        params,
        pageSize: request.pageSize,
        pageToken: request.pageToken,
        scope: { parent: user.id, filter: request.filter },
        keyset: { time: 'bt.created_at', id: 'bt.id', idType: 'bigint' },
      });
      return { transactions: page.rows.map(toTransactionMessage), nextPageToken: page.nextPageToken };
    }),

    AdjustBonusBalance: unary(async (request, context) => {
      const caller = callerOf(context);
      const points = parsePoints(request.points, 'points', { signed: true });
      const reason = checkText(request.reason, 'reason', 500, true);
      const ref = parseUserName(request.user, 'user');
      return mutate(pool, bus, context, async (scope) => {
        const user = await findUser(scope.tx, ref);
        requireOutranks(caller, user.group_level);
        const posted = await adjust(scope, { userId: user.id, actorUserId: caller.userId, amount: points, reason });
        await scope.audit({
          action: 'bonus.adjust',
          entityType: 'user',
          entityId: user.id,
          metadata: { points: formatPoints(points), reason, balance_after: formatPoints(posted.balanceAfter), transaction_id: posted.id },
        });
        return findTransaction(scope.tx, posted.id);
      });
    }),
  };
}
