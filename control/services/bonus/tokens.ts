/**
 * Freeleech tokens after they are bought (exchange.ts): activation on a torrent, staff revocation.
 * An active token makes the torrent freeleech for its owner until expires_at; the engine stops
 * honouring it at that instant by itself (engine/announce.ts), the expiry job marks it expired later,
 * and a completed download ends it at once (the flush marks it used, engine/flush/batch-writer.ts).
 */
import { failedPrecondition, notFound } from '../../errors/control-error.js';
import type { BonusScope } from './scope.js';

export type TokenStatus = 'available' | 'active' | 'used' | 'expired' | 'revoked';

export interface TokenRow {
  id: string;
  user_id: string;
  torrent_id: string | null;
  status: TokenStatus;
  cost_points: string | null;
  acquired_at: Date;
  activated_at: Date | null;
  expires_at: Date | null;
  downloaded_bytes: number;
  completed: boolean;
  completed_at: Date | null;
  revoked_at: Date | null;
  revoked_by: string | null;
  revoke_reason: string | null;
}

export const TOKEN_SELECT = `SELECT id, user_id, torrent_id, status, cost_points, acquired_at, activated_at, expires_at, downloaded_bytes,
  completed, completed_at, revoked_at, revoked_by, revoke_reason FROM freeleech_tokens ft`;

async function lockToken(scope: BonusScope, tokenId: string): Promise<TokenRow> {
  const { rows } = await scope.tx.query<TokenRow>(`${TOKEN_SELECT} WHERE id = $1 FOR UPDATE`, [tokenId]);
  if (!rows[0]) throw notFound('freeleech token');
  return rows[0];
}

/**
 * Activates one of the owner's available tokens on a torrent for `hours`. A torrent the owner has
 * already completed, or one with another active token of theirs, is refused.
 */
export async function activateToken(
  scope: BonusScope,
  input: { userId: string; tokenId: string; torrentId: string; hours: number },
): Promise<TokenRow> {
  const token = await lockToken(scope, input.tokenId);
  if (token.user_id !== input.userId) throw notFound('freeleech token');
  if (token.status !== 'available') throw failedPrecondition('TOKEN_NOT_AVAILABLE', `the token is ${token.status}`);
  const { rows: torrents } = await scope.tx.query<{ completed: boolean }>(
    `SELECT EXISTS (SELECT 1 FROM user_torrent_history h WHERE h.user_id = $2 AND h.torrent_id = t.id AND h.completed_at IS NOT NULL) AS completed
     FROM torrents t WHERE t.id = $1 AND t.deleted_at IS NULL AND t.moderation_status = 'approved'`,
    [input.torrentId, input.userId],
  );
  if (!torrents[0]) throw notFound('torrent');
  if (torrents[0].completed) throw failedPrecondition('ALREADY_COMPLETED', 'you have already completed this torrent');
  await scope.tx
    .query(
      `UPDATE freeleech_tokens SET status = 'active', torrent_id = $2, activated_at = now(), expires_at = now() + make_interval(hours => $3)
       WHERE id = $1`,
      [token.id, input.torrentId, input.hours],
    )
    .catch((err: { code?: string }) => {
      if (err.code === '23505') throw failedPrecondition('TOKEN_ALREADY_ACTIVE', 'another of your tokens is already active on this torrent');
      throw err;
    });
  const { rows } = await scope.tx.query<TokenRow>(`${TOKEN_SELECT} WHERE id = $1`, [token.id]);
  scope.publish({ type: 'freeleech_tokens.changed', torrentId: input.torrentId });
  return rows[0]!;
}

/** Staff end an available or active token; the engine stops honouring it on the event. */
export async function revokeToken(scope: BonusScope, input: { tokenId: string; actorUserId: string; reason: string }): Promise<{ before: TokenRow; after: TokenRow }> {
  const before = await lockToken(scope, input.tokenId);
  if (before.status !== 'available' && before.status !== 'active') {
    throw failedPrecondition('TOKEN_ALREADY_ENDED', `the token is ${before.status}`);
  }
  await scope.tx.query(
    `UPDATE freeleech_tokens SET status = 'revoked', revoked_at = now(), revoked_by = $2, revoke_reason = $3 WHERE id = $1`,
    [before.id, input.actorUserId, input.reason],
  );
  const { rows } = await scope.tx.query<TokenRow>(`${TOKEN_SELECT} WHERE id = $1`, [before.id]);
  if (before.torrent_id) scope.publish({ type: 'freeleech_tokens.changed', torrentId: before.torrent_id });
  return { before, after: rows[0]! };
}
