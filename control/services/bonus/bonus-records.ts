/**
 * BonusService messages from rows, points parsing, and the account lookups every handler needs
 * (whose bonus a call is about, and may the caller see it).
 */
import { holds } from '../../auth/permission-table.js';
import { refersToCaller } from '../../auth/access.js';
import type { Caller } from '../../auth/caller.js';
import { invalidField, permissionDenied } from '../../errors/control-error.js';
import type { BonusTransaction } from '../../generated/swarmgate/control/v1/BonusTransaction.js';
import type { BonusTransactionType } from '../../generated/swarmgate/control/v1/BonusTransactionType.js';
import type { FreeleechToken } from '../../generated/swarmgate/control/v1/FreeleechToken.js';
import type { FreeleechTokenStatus } from '../../generated/swarmgate/control/v1/FreeleechTokenStatus.js';
import { isUuid, torrentName, userName, type UserRef } from '../../resource-names.js';
import { toTimestamp } from '../../timestamps.js';
import { findUser, type Queryable, type UserRow } from '../users/user-records.js';
import { isPointAmount, type TransactionType } from './ledger.js';
import type { TokenRow, TokenStatus } from './tokens.js';

/** A positive points string with at most two decimals ("12.5", "3.25"). */
export function parsePoints(value: string, field: string, options: { signed?: boolean } = {}): number {
  const text = value.trim();
  const pattern = options.signed ? /^-?\d{1,11}(\.\d{1,2})?$/ : /^\d{1,11}(\.\d{1,2})?$/;
  const points = Number(text);
  if (!pattern.test(text) || !isPointAmount(Math.abs(points))) {
    throw invalidField(field, options.signed ? 'must be a non-zero number of points with at most two decimals, e.g. "-12.50"' : 'must be a positive number of points with at most two decimals, e.g. "12.50"');
  }
  return points;
}

/** Points as the API shows them: two decimals. */
export const formatPoints = (value: string | number) => Number(value).toFixed(2);

export function parseRequestName(name: string, field: string): string {
  const match = /^requests\/([^/]+)$/.exec(name);
  if (!match || !isUuid(match[1]!)) throw invalidField(field, `"${name}" is not a request name ("requests/{uuid}")`);
  return match[1]!.toLowerCase();
}

export const requestName = (id: string) => `requests/${id}`;
export const tokenName = (userId: string, tokenId: string) => `users/${userId}/freeleechTokens/${tokenId}`;

/**
 * The account a read is about. One's own needs nothing more; another's needs PERMISSION_BONUS_READ,
 * checked before the lookup so a refusal never reveals whether the account exists.
 */
export async function readableAccount(db: Queryable, caller: Caller, ref: UserRef): Promise<UserRow> {
  if (!refersToCaller(caller, ref) && !holds(caller, 'PERMISSION_BONUS_READ')) {
    throw permissionDenied('NOT_OWN_ACCOUNT', "another account's bonus needs PERMISSION_BONUS_READ", { permission: 'PERMISSION_BONUS_READ' });
  }
  return findUser(db, ref);
}

export const TYPE_TO_PROTO: Record<TransactionType, BonusTransactionType> = {
  earned: 'BONUS_TRANSACTION_TYPE_EARNED',
  spent: 'BONUS_TRANSACTION_TYPE_SPENT',
  gift_sent: 'BONUS_TRANSACTION_TYPE_GIFT_SENT',
  gift_received: 'BONUS_TRANSACTION_TYPE_GIFT_RECEIVED',
  bounty_placed: 'BONUS_TRANSACTION_TYPE_BOUNTY_PLACED',
  bounty_refunded: 'BONUS_TRANSACTION_TYPE_BOUNTY_REFUNDED',
  bounty_awarded: 'BONUS_TRANSACTION_TYPE_BOUNTY_AWARDED',
  achievement: 'BONUS_TRANSACTION_TYPE_ACHIEVEMENT',
  refund: 'BONUS_TRANSACTION_TYPE_REFUND',
  admin_adjustment: 'BONUS_TRANSACTION_TYPE_ADMIN_ADJUSTMENT',
};

export const TRANSACTION_TYPE_FILTER = Object.fromEntries(Object.entries(TYPE_TO_PROTO).map(([k, v]) => [v, k]));

export interface TransactionRow {
  id: string;
  user_id: string;
  transaction_type: TransactionType;
  amount: string;
  balance_after: string | null;
  torrent_id: string | null;
  request_id: string | null;
  counterparty_user_id: string | null;
  actor_user_id: string | null;
  description: string | null;
  metadata: Record<string, unknown>;
  created_at: Date;
  created_us: string;
}

export const TRANSACTION_SELECT = `
  SELECT bt.id::text AS id, bt.user_id, bt.transaction_type, bt.amount, bt.balance_after, bt.torrent_id, bt.request_id,
         bt.counterparty_user_id, bt.actor_user_id, bt.description, bt.metadata, bt.created_at,
         (extract(epoch FROM bt.created_at) * 1000000)::bigint::text AS created_us
  FROM bonus_transactions bt`;

export function toTransactionMessage(row: TransactionRow): BonusTransaction {
  return {
    id: row.id,
    user: userName(row.user_id),
    type: TYPE_TO_PROTO[row.transaction_type],
    amount: formatPoints(row.amount),
    balanceAfter: row.balance_after === null ? '' : formatPoints(row.balance_after),
    torrent: row.torrent_id ? torrentName(row.torrent_id) : '',
    request: row.request_id ? requestName(row.request_id) : '',
    counterparty: row.counterparty_user_id ? userName(row.counterparty_user_id) : '',
    actor: row.actor_user_id ? userName(row.actor_user_id) : '',
    description: row.description ?? '',
    metadataJson: JSON.stringify(row.metadata),
    createTime: toTimestamp(row.created_at),
  };
}

export async function findTransaction(db: Queryable, id: number): Promise<BonusTransaction> {
  const { rows } = await db.query<TransactionRow>(`${TRANSACTION_SELECT} WHERE bt.id = $1`, [id]);
  return toTransactionMessage(rows[0]!);
}

export const TOKEN_STATUS_TO_PROTO: Record<TokenStatus, FreeleechTokenStatus> = {
  available: 'FREELEECH_TOKEN_STATUS_AVAILABLE',
  active: 'FREELEECH_TOKEN_STATUS_ACTIVE',
  used: 'FREELEECH_TOKEN_STATUS_USED',
  expired: 'FREELEECH_TOKEN_STATUS_EXPIRED',
  revoked: 'FREELEECH_TOKEN_STATUS_REVOKED',
};

export function toTokenMessage(row: TokenRow): FreeleechToken {
  return {
    name: tokenName(row.user_id, row.id),
    status: TOKEN_STATUS_TO_PROTO[row.status],
    torrent: row.torrent_id ? torrentName(row.torrent_id) : '',
    cost: row.cost_points === null ? '' : formatPoints(row.cost_points),
    acquireTime: toTimestamp(row.acquired_at),
    activateTime: toTimestamp(row.activated_at),
    expireTime: toTimestamp(row.expires_at),
    downloadedBytes: row.downloaded_bytes,
    completeTime: toTimestamp(row.completed_at),
    revokeTime: toTimestamp(row.revoked_at),
    revokedBy: row.revoked_by ? userName(row.revoked_by) : '',
    revokeReason: row.revoke_reason ?? '',
  };
}

/** A reason or message: trimmed, at most `max` characters; `required` refuses an empty one. */
export function checkText(value: string, field: string, max: number, required = false): string {
  const text = value.trim();
  if (required && !text) throw invalidField(field, 'is required');
  if (text.length > max) throw invalidField(field, `must be at most ${max} characters`);
  return text;
}
