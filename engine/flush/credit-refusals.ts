/**
 * Transfer a client reported and the engine refused to credit on a first announce (announce.ts), on
 * its way to the `credit_refusals` table: workers keep them as binary records (refusal-log.ts), the
 * drain hands them to the flusher, the encoder writes them for a binary COPY (copy-encoding.ts), and the
 * batch copies them in its own transaction (exactly once, stamped with the batch id).
 */

export type CreditRefusalKind = 'started_with_transfer' | 'first_announce_over_bound';

/** Refusals a worker keeps between drains; past it they are counted (metric) but not recorded. */
export const MAX_REFUSALS_PER_DRAIN = 10_000;

/** The COPY target, in the column order copy-encoding.ts writes. */
export const CREDIT_REFUSALS_COPY =
  'credit_refusals (created_at, batch_id, user_id, torrent_id, peer_id, ip, port, kind, reported_uploaded, reported_downloaded, ' +
  'allowed_bytes, refused_uploaded, refused_downloaded)';
