/**
 * A batch frozen for writing, as plain buffers the encoder thread takes by transfer (no object graph
 * to clone). Peer, snatch and announce rows are the workers' binary records with their torrent and
 * user fields rewritten to batch slots; `userIds` / `torrentIds` hold each slot's uuid as its 16 bytes.
 */
export interface RowCounts {
  peers: number;
  users: number;
  history: number;
  torrents: number;
  snatches: number;
  announces: number;
  refusals: number;
}

/** What identifies a batch and travels with it whether encoded or not. */
export interface BatchHeader {
  /** Fresh per sealed batch; a retry after an unknown commit outcome reuses it (flush_batches). */
  id: string;
  counts: RowCounts;
  /** Also write the batch's live peers to peer_history. */
  peerHistory: boolean;
  /** Epoch ms of the oldest drain in the batch (flush lag). */
  oldestDrainAt: number;
}

export interface SealedBatch extends BatchHeader {
  userIds: Uint8Array;
  torrentIds: Uint8Array;
  /** RECORD_BYTES records (peer-records.ts), one per peer: its latest state. */
  peers: Uint8Array;
  /** RECORD_BYTES records of peers that completed (COMPLETED_AT set), one per completion. */
  snatches: Uint8Array;
  /** ANNOUNCE_BYTES records (announce-log.ts), in order. */
  announces: Uint8Array;
  /** REFUSAL_BYTES records (refusal-log.ts) of credit refused on first announces, in order. */
  refusals: Uint8Array;
  /** USER_FIELDS per row (batch-rows.ts). */
  users: Float64Array;
  /** HISTORY_FIELDS per row. */
  history: Float64Array;
  /** TORRENT_FIELDS per row. */
  torrents: Float64Array;
}

/** The buffers of a sealed batch, for a transfer list (each view is over a buffer of its own). */
export function sealedBuffers(batch: SealedBatch): ArrayBuffer[] {
  return [batch.userIds, batch.torrentIds, batch.peers, batch.snatches, batch.announces, batch.refusals, batch.users, batch.history, batch.torrents].map(
    (view) => view.buffer as ArrayBuffer,
  );
}

export function totalRows(counts: RowCounts): number {
  return counts.peers + counts.users + counts.history + counts.torrents + counts.snatches + counts.announces + counts.refusals;
}
