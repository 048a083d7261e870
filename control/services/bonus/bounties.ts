/**
 * Bounties on requests and the request steps that move them: add a bounty (the contributor's points
 * leave at once), fill (an uploader names the torrent), confirm (the requester or staff accepts the
 * fill and every open bounty goes to the filler), delete (every open bounty goes back to its
 * contributor). The request row is locked first in each step, so a confirm and a delete racing settle
 * each bounty exactly once.
 */
import { failedPrecondition, notFound, permissionDenied } from '../../errors/control-error.js';
import { lockBalances, post } from './ledger.js';
import type { BonusScope } from './scope.js';

export interface RequestRow {
  id: string;
  requester_id: string | null;
  title: string;
  status: 'open' | 'filled' | 'closed';
  bounty_total: string;
  filled_torrent_id: string | null;
  filled_by: string | null;
  filled_at: Date | null;
  fill_confirmed_at: Date | null;
  deleted_at: Date | null;
}

export async function lockRequest(scope: BonusScope, requestId: string): Promise<RequestRow> {
  const { rows } = await scope.tx.query<RequestRow>(
    `SELECT id, requester_id, title, status, bounty_total, filled_torrent_id, filled_by, filled_at, fill_confirmed_at, deleted_at
     FROM torrent_requests WHERE id = $1 FOR UPDATE`,
    [requestId],
  );
  const request = rows[0];
  if (!request || request.deleted_at) throw notFound('request');
  return request;
}

export async function addBounty(
  scope: BonusScope,
  input: { userId: string; requestId: string; amount: number },
): Promise<{ bountyId: string; transactionId: number; balanceAfter: number; bountyTotal: number }> {
  const request = await lockRequest(scope, input.requestId);
  if (request.status !== 'open') throw failedPrecondition('REQUEST_NOT_OPEN', `the request is ${request.status}; bounties go on open requests`);
  const placed = await post(scope.tx, {
    userId: input.userId,
    type: 'bounty_placed',
    amount: -input.amount,
    requestId: request.id,
    description: request.title,
  });
  const { rows } = await scope.tx.query<{ id: string; bounty_total: string }>(
    `WITH bounty AS (INSERT INTO torrent_request_bounties (request_id, user_id, amount) VALUES ($1, $2, $3) RETURNING id)
     UPDATE torrent_requests SET bounty_total = bounty_total + $3 WHERE id = $1
     RETURNING (SELECT id FROM bounty), bounty_total`,
    [request.id, input.userId, input.amount.toFixed(2)],
  );
  return { bountyId: rows[0]!.id, transactionId: placed.id, balanceAfter: placed.balanceAfter, bountyTotal: Number(rows[0]!.bounty_total) };
}

/** An uploader fills an open request with a live torrent; the bounties wait for the confirmation. */
export async function fillRequest(scope: BonusScope, input: { userId: string; requestId: string; torrentId: string }): Promise<void> {
  const request = await lockRequest(scope, input.requestId);
  if (request.status !== 'open') throw failedPrecondition('REQUEST_NOT_OPEN', `the request is ${request.status}`);
  const { rows } = await scope.tx.query(`SELECT 1 FROM torrents WHERE id = $1 AND deleted_at IS NULL`, [input.torrentId]);
  if (rows.length === 0) throw notFound('torrent');
  await scope.tx.query(
    `UPDATE torrent_requests SET status = 'filled', filled_torrent_id = $2, filled_by = $3, filled_at = now() WHERE id = $1`,
    [request.id, input.torrentId, input.userId],
  );
}

/**
 * The requester (or staff, `asStaff`) confirms the fill: every bounty not yet settled is awarded to
 * the filler, as one ledger row for the request.
 */
export async function confirmFill(
  scope: BonusScope,
  input: { userId: string; requestId: string; asStaff: boolean },
): Promise<{ fillerId: string; awarded: number }> {
  const request = await lockRequest(scope, input.requestId);
  if (!input.asStaff && request.requester_id !== input.userId) {
    throw permissionDenied('NOT_REQUESTER', 'only the requester or staff can confirm a fill');
  }
  if (request.status !== 'filled' || !request.filled_by) throw failedPrecondition('REQUEST_NOT_FILLED', 'the request has no fill to confirm');
  if (request.fill_confirmed_at) throw failedPrecondition('FILL_ALREADY_CONFIRMED', 'the fill is already confirmed');
  const { rows } = await scope.tx.query<{ total: string | null; count: string }>(
    `WITH awarded AS (
       UPDATE torrent_request_bounties SET awarded_at = now()
       WHERE request_id = $1 AND awarded_at IS NULL AND refunded_at IS NULL RETURNING amount)
     SELECT sum(amount) AS total, count(*) AS count FROM awarded`,
    [request.id],
  );
  await scope.tx.query(`UPDATE torrent_requests SET fill_confirmed_at = now() WHERE id = $1`, [request.id]);
  const awarded = Number(rows[0]!.total ?? 0);
  if (awarded > 0) {
    await post(scope.tx, {
      userId: request.filled_by,
      type: 'bounty_awarded',
      amount: awarded,
      requestId: request.id,
      torrentId: request.filled_torrent_id,
      description: request.title,
      metadata: { bounties: Number(rows[0]!.count) },
    });
  }
  return { fillerId: request.filled_by, awarded };
}

/**
 * Soft-deletes a request (its requester, or staff) and refunds every bounty not yet awarded, one
 * ledger row per bounty to its contributor.
 */
export async function deleteRequest(
  scope: BonusScope,
  input: { userId: string; requestId: string; asStaff: boolean; reason: string },
): Promise<{ refunded: number; refunds: number }> {
  const request = await lockRequest(scope, input.requestId);
  if (!input.asStaff && request.requester_id !== input.userId) {
    throw permissionDenied('NOT_REQUESTER', 'only the requester or staff can delete a request');
  }
  const { rows: bounties } = await scope.tx.query<{ id: string; user_id: string | null; amount: string }>(
    `UPDATE torrent_request_bounties SET refunded_at = now()
     WHERE request_id = $1 AND awarded_at IS NULL AND refunded_at IS NULL RETURNING id, user_id, amount`,
    [request.id],
  );
  const contributors = bounties.map((b) => b.user_id).filter((id): id is string => id !== null);
  await lockBalances(scope.tx, contributors);
  let refunded = 0;
  for (const bounty of bounties) {
    // A purged contributor's bounty (user_id NULL) has nobody to go back to.
    if (!bounty.user_id) continue;
    await post(scope.tx, {
      userId: bounty.user_id,
      type: 'bounty_refunded',
      amount: Number(bounty.amount),
      requestId: request.id,
      description: request.title,
      metadata: { bounty_id: bounty.id },
    });
    refunded += Number(bounty.amount);
  }
  await scope.tx.query(
    `UPDATE torrent_requests SET deleted_at = now(), status = CASE WHEN status = 'filled' THEN status ELSE 'closed' END,
       closed_reason = COALESCE(NULLIF($2, ''), closed_reason) WHERE id = $1`,
    [request.id, input.reason.trim()],
  );
  return { refunded, refunds: bounties.length };
}
