/**
 * A worker's fixed-size records (announce log, credit refusals) start with the swarm's id and the
 * user's engine index, which only the engine understands: a drain copies them out with the swarm id
 * rewritten to the drain's torrent reference, and the flusher rewrites both to batch slots
 * (pending-batch.ts), so the encoder writes every kind of record's ids the same way.
 */

/** Offset of the u32 swarm id (torrent reference once drained, batch torrent slot once merged) in every such record. */
export const SWARM_REF = 0;
/** Offset of the u32 user index (batch user slot once merged) in every such record. */
export const USER_REF = 4;

/** The first `count` records of `recordBytes` each, copied, their swarm ids resolved through `refOfSwarm`. */
export function drainRecords(buffer: Uint8Array, count: number, recordBytes: number, refOfSwarm: (swarmId: number) => number): Uint8Array {
  const out = buffer.slice(0, count * recordBytes);
  const v = new DataView(out.buffer);
  for (let at = 0; at < out.length; at += recordBytes) v.setUint32(at + SWARM_REF, refOfSwarm(v.getUint32(at + SWARM_REF, true)), true);
  return out;
}
