/**
 * The bonus ledger: the only code that changes a balance. Every change is one statement that moves
 * user_statistics.bonus_points and appends the bonus_transactions row with the balance after it, so
 * the balance always equals the sum of the user's ledger. A debit is a conditional UPDATE
 * (`bonus_points + amount >= 0`): the row lock it takes serialises parallel spends, and the one that
 * would go below zero updates no row and fails with INSUFFICIENT_POINTS instead.
 */
import type { PoolClient } from '../../../core/db.js';
import { failedPrecondition } from '../../errors/control-error.js';

export type TransactionType =
  | 'earned'
  | 'spent'
  | 'gift_sent'
  | 'gift_received'
  | 'bounty_placed'
  | 'bounty_refunded'
  | 'bounty_awarded'
  | 'achievement'
  | 'refund'
  | 'admin_adjustment';

export interface LedgerEntry {
  userId: string;
  type: TransactionType;
  /** Points, two decimals; > 0 credits, < 0 debits. */
  amount: number;
  torrentId?: string | null;
  requestId?: string | null;
  counterpartyUserId?: string | null;
  actorUserId?: string | null;
  bonusRuleId?: number | null;
  description?: string | null;
  metadata?: Record<string, unknown>;
}

export interface PostedEntry {
  id: number;
  balanceAfter: number;
}

/**
 * Moves the balance and appends the ledger row in one statement. Debits never take a balance below
 * zero (INSUFFICIENT_POINTS). Credits create the user's statistics row when it is missing.
 * The totals move with it: earned adds to bonus_points_earned, spent to bonus_points_spent, bounties
 * placed (less refunds) to bounty_spent, bounties awarded to bounty_earned.
 */
export async function post(tx: PoolClient, entry: LedgerEntry): Promise<PostedEntry> {
  if (entry.amount > 0) {
    await tx.query(`INSERT INTO user_statistics (user_id) VALUES ($1) ON CONFLICT (user_id) DO NOTHING`, [entry.userId]);
  }
  const { rows } = await tx.query<{ id: string; balance_after: string }>(
    `WITH moved AS (
       UPDATE user_statistics SET
         bonus_points = bonus_points + $3::numeric,
         bonus_points_earned = bonus_points_earned + CASE WHEN $2 = 'earned' THEN $3::numeric ELSE 0 END,
         bonus_points_spent = bonus_points_spent + CASE WHEN $2 = 'spent' THEN -$3::numeric ELSE 0 END,
         -- Bounties: placed minus refunded is what a user has spent on them; awarded is what they earned.
         bounty_spent = GREATEST(bounty_spent + CASE WHEN $2 IN ('bounty_placed', 'bounty_refunded') THEN -$3::numeric ELSE 0 END, 0),
         bounty_earned = bounty_earned + CASE WHEN $2 = 'bounty_awarded' THEN $3::numeric ELSE 0 END,
         updated_at = now()
       WHERE user_id = $1 AND bonus_points + $3::numeric >= 0
       RETURNING bonus_points)
     INSERT INTO bonus_transactions (user_id, transaction_type, amount, balance_after, torrent_id, request_id,
                                     counterparty_user_id, actor_user_id, bonus_rule_id, description, metadata)
     SELECT $1, $2, $3::numeric, moved.bonus_points, $4, $5, $6, $7, $8, $9, $10 FROM moved
     RETURNING id, balance_after`,
    [
      entry.userId,
      entry.type,
      entry.amount.toFixed(2),
      entry.torrentId ?? null,
      entry.requestId ?? null,
      entry.counterpartyUserId ?? null,
      entry.actorUserId ?? null,
      entry.bonusRuleId ?? null,
      entry.description ?? null,
      entry.metadata ?? {},
    ],
  );
  const row = rows[0];
  if (!row) {
    throw failedPrecondition('INSUFFICIENT_POINTS', `the balance does not cover ${Math.abs(entry.amount).toFixed(2)} points`, {
      required: Math.abs(entry.amount).toFixed(2),
    });
  }
  return { id: Number(row.id), balanceAfter: Number(row.balance_after) };
}

/** Points are numeric(14,2): a request amount must be positive with at most two decimals. */
export function isPointAmount(value: number): boolean {
  return Number.isFinite(value) && value > 0 && value <= 1e11 && Math.abs(Math.round(value * 100) - value * 100) < 1e-6;
}

/**
 * Locks the balances of several users in one order (user id), so two transfers in opposite
 * directions between the same users wait for each other instead of deadlocking.
 */
export async function lockBalances(tx: PoolClient, userIds: string[]): Promise<void> {
  const ids = [...new Set(userIds)].sort();
  await tx.query(`INSERT INTO user_statistics (user_id) SELECT unnest($1::uuid[]) ORDER BY 1 ON CONFLICT (user_id) DO NOTHING`, [ids]);
  await tx.query(`SELECT 1 FROM user_statistics WHERE user_id = ANY ($1::uuid[]) ORDER BY user_id FOR UPDATE`, [ids]);
}
