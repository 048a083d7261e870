/**
 * Points moving between users: gifts (with a message), tips to a torrent's uploader, and staff
 * adjustments. Each is one transaction: the sender's debit first (it fails on an insufficient
 * balance before anything is written), then the receiver's credit, each a ledger row naming the other.
 */
import { failedPrecondition, invalidField, notFound } from '../../errors/control-error.js';
import { lockBalances, post, type PostedEntry } from './ledger.js';
import type { BonusScope } from './scope.js';

export const MAX_MESSAGE_LENGTH = 500;

export interface TransferResult {
  sent: PostedEntry;
  received: PostedEntry;
}

async function requireLiveUser(scope: BonusScope, userId: string, field: string): Promise<void> {
  const { rows } = await scope.tx.query(`SELECT 1 FROM users WHERE id = $1 AND deleted_at IS NULL AND status = 'enabled'`, [userId]);
  if (rows.length === 0) throw failedPrecondition('RECIPIENT_UNAVAILABLE', `${field}: the account is not enabled`);
}

export async function gift(
  scope: BonusScope,
  input: { fromUserId: string; toUserId: string; amount: number; message: string },
): Promise<TransferResult> {
  if (input.fromUserId === input.toUserId) throw invalidField('recipient', 'you cannot gift points to yourself');
  await requireLiveUser(scope, input.toUserId, 'recipient');
  await lockBalances(scope.tx, [input.fromUserId, input.toUserId]);
  const message = input.message.trim() || null;
  const sent = await post(scope.tx, {
    userId: input.fromUserId,
    type: 'gift_sent',
    amount: -input.amount,
    counterpartyUserId: input.toUserId,
    description: message,
    metadata: { kind: 'gift' },
  });
  const received = await post(scope.tx, {
    userId: input.toUserId,
    type: 'gift_received',
    amount: input.amount,
    counterpartyUserId: input.fromUserId,
    description: message,
    metadata: { kind: 'gift', sent_transaction_id: sent.id },
  });
  return { sent, received };
}

/**
 * A tip to the uploader of a torrent. The tipper's row names the uploader only when the upload is not
 * anonymous, so a tip never reveals an anonymous uploader.
 */
export async function tip(
  scope: BonusScope,
  input: { fromUserId: string; torrentId: string; amount: number; message: string },
): Promise<TransferResult & { uploaderId: string }> {
  const { rows } = await scope.tx.query<{ uploader_id: string | null; is_anonymous: boolean }>(
    `SELECT uploader_id, is_anonymous FROM torrents WHERE id = $1 AND deleted_at IS NULL`,
    [input.torrentId],
  );
  const torrent = rows[0];
  if (!torrent) throw notFound('torrent');
  if (!torrent.uploader_id) throw failedPrecondition('NO_UPLOADER', 'the torrent has no uploader to tip');
  if (torrent.uploader_id === input.fromUserId) throw failedPrecondition('OWN_TORRENT', 'you cannot tip your own upload');
  await requireLiveUser(scope, torrent.uploader_id, 'torrent uploader');
  await lockBalances(scope.tx, [input.fromUserId, torrent.uploader_id]);
  const message = input.message.trim() || null;
  const sent = await post(scope.tx, {
    userId: input.fromUserId,
    type: 'gift_sent',
    amount: -input.amount,
    torrentId: input.torrentId,
    counterpartyUserId: torrent.is_anonymous ? null : torrent.uploader_id,
    description: message,
    metadata: { kind: 'tip' },
  });
  const received = await post(scope.tx, {
    userId: torrent.uploader_id,
    type: 'gift_received',
    amount: input.amount,
    torrentId: input.torrentId,
    counterpartyUserId: input.fromUserId,
    description: message,
    metadata: { kind: 'tip', sent_transaction_id: sent.id },
  });
  return { sent, received, uploaderId: torrent.uploader_id };
}

/** A staff correction, either way; a debit still never takes the balance below zero. */
export function adjust(
  scope: BonusScope,
  input: { userId: string; actorUserId: string; amount: number; reason: string },
): Promise<PostedEntry> {
  return post(scope.tx, {
    userId: input.userId,
    type: 'admin_adjustment',
    amount: input.amount,
    actorUserId: input.actorUserId,
    description: input.reason,
  });
}
