/**
 * Transfer a client reported and the engine refused to credit on a first announce (announce.ts), on
 * its way to the `credit_refusals` table: workers collect them (rare, so plain objects), the drain
 * hands them to the flusher, and the batch writes them in its own transaction (exactly once).
 */
import type { PoolClient } from '../../core/db.js';

export type CreditRefusalKind = 'started_with_transfer' | 'first_announce_over_bound';

export interface CreditRefusal {
  /** Epoch seconds of the announce. */
  at: number;
  userId: string;
  torrentId: string;
  /** 40 hex characters. */
  peerId: string;
  ip: string;
  port: number;
  kind: CreditRefusalKind;
  reportedUploaded: number;
  reportedDownloaded: number;
  /** Bytes (each direction) the user could have moved since their last counted announce on the torrent. */
  allowed: number;
  refusedUploaded: number;
  refusedDownloaded: number;
}

/** Refusals a worker keeps between drains; past it they are counted (metric) but not recorded. */
export const MAX_REFUSALS_PER_DRAIN = 10_000;

const INSERT = `
  INSERT INTO credit_refusals (created_at, batch_id, user_id, torrent_id, peer_id, ip, port, kind, reported_uploaded,
    reported_downloaded, allowed_bytes, refused_uploaded, refused_downloaded)
  SELECT to_timestamp(r.at), $1, r.user_id, r.torrent_id, decode(r.peer_id, 'hex'), r.ip, r.port, r.kind, r.reported_up,
         r.reported_down, r.allowed, r.refused_up, r.refused_down
  FROM unnest($2::float8[], $3::uuid[], $4::uuid[], $5::text[], $6::inet[], $7::int[], $8::text[], $9::int8[], $10::int8[],
              $11::int8[], $12::int8[], $13::int8[])
       AS r(at, user_id, torrent_id, peer_id, ip, port, kind, reported_up, reported_down, allowed, refused_up, refused_down)`;

export async function insertCreditRefusals(client: PoolClient, batchId: string, refusals: readonly CreditRefusal[]): Promise<void> {
  if (refusals.length === 0) return;
  const column = <T>(pick: (r: CreditRefusal) => T) => refusals.map(pick);
  await client.query(INSERT, [
    batchId,
    column((r) => r.at),
    column((r) => r.userId),
    column((r) => r.torrentId),
    column((r) => r.peerId),
    column((r) => r.ip),
    column((r) => r.port),
    column((r) => r.kind),
    column((r) => r.reportedUploaded),
    column((r) => r.reportedDownloaded),
    column((r) => Math.min(r.allowed, Number.MAX_SAFE_INTEGER)),
    column((r) => r.refusedUploaded),
    column((r) => r.refusedDownloaded),
  ]);
}
