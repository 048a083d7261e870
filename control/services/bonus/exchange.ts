/**
 * The bonus exchange: buying an item of bonus_exchange_items. The price is debited first (a balance
 * that does not cover it fails with INSUFFICIENT_POINTS and nothing else happens), then the item is
 * delivered in the same transaction: upload credit, freeleech tokens, personal freeleech, invites.
 */
import { failedPrecondition, notFound } from '../../errors/control-error.js';
import { post } from './ledger.js';
import type { BonusScope } from './scope.js';

export type ExchangeKind = 'upload_credit' | 'freeleech_token' | 'personal_freeleech' | 'invite';

export interface ExchangeItemRow {
  id: string;
  kind: ExchangeKind;
  description: string;
  cost: string;
  quantity: number;
  is_active: boolean;
  created_at: Date;
  updated_at: Date;
}

export const EXCHANGE_ITEM_SELECT = `SELECT id, kind, description, cost, quantity, is_active, created_at, updated_at FROM bonus_exchange_items`;

export interface ExchangeResult {
  item: ExchangeItemRow;
  transactionId: number;
  balanceAfter: number;
  /** Freeleech tokens created (freeleech_token items). */
  tokenIds: string[];
  /** The new end of personal freeleech (personal_freeleech items). */
  personalFreeleechUntil: Date | null;
}

export async function exchange(scope: BonusScope, input: { userId: string; itemId: string }): Promise<ExchangeResult> {
  const { rows } = await scope.tx.query<ExchangeItemRow>(`${EXCHANGE_ITEM_SELECT} WHERE id = $1`, [input.itemId]);
  const item = rows[0];
  if (!item) throw notFound('exchange item');
  if (!item.is_active) throw failedPrecondition('ITEM_UNAVAILABLE', `"${item.id}" is not on offer`);
  const cost = Number(item.cost);
  const spent = await post(scope.tx, {
    userId: input.userId,
    type: 'spent',
    amount: -cost,
    description: item.description,
    metadata: { item: item.id, kind: item.kind, quantity: item.quantity },
  });
  const result: ExchangeResult = { item, transactionId: spent.id, balanceAfter: spent.balanceAfter, tokenIds: [], personalFreeleechUntil: null };
  switch (item.kind) {
    case 'upload_credit':
      await scope.tx.query(`UPDATE user_statistics SET uploaded_credited = uploaded_credited + $2 WHERE user_id = $1`, [input.userId, item.quantity]);
      break;
    case 'freeleech_token': {
      const tokens = await scope.tx.query<{ id: string }>(
        `INSERT INTO freeleech_tokens (user_id, cost_points, bonus_transaction_id)
         SELECT $1, round($2::numeric / $3, 2), $4 FROM generate_series(1, $3) RETURNING id`,
        [input.userId, item.cost, item.quantity, spent.id],
      );
      result.tokenIds = tokens.rows.map((r) => r.id);
      break;
    }
    case 'personal_freeleech': {
      const updated = await scope.tx.query<{ until: Date }>(
        `UPDATE users SET personal_freeleech_until = GREATEST(COALESCE(personal_freeleech_until, now()), now()) + make_interval(secs => $2)
         WHERE id = $1 RETURNING personal_freeleech_until AS until`,
        [input.userId, item.quantity],
      );
      result.personalFreeleechUntil = updated.rows[0]!.until;
      scope.publish({ type: 'user.changed', userId: input.userId });
      break;
    }
    case 'invite': {
      // The group's invite cap (NULL = unlimited) bounds what can be bought.
      const updated = await scope.tx.query(
        `UPDATE users u SET invites_remaining = u.invites_remaining + $2
         FROM user_groups g WHERE u.id = $1 AND g.id = u.group_id AND (g.max_invites IS NULL OR u.invites_remaining + $2 <= g.max_invites)`,
        [input.userId, item.quantity],
      );
      if (updated.rowCount === 0) throw failedPrecondition('INVITE_LIMIT', 'your group may not hold more invites');
      break;
    }
  }
  return result;
}
