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

/** The first `count` records of `recordBytes` each, copied, their swarm ids resolved through `refOfSwarm` (a peek). */
export function drainRecords(buffer: Uint8Array, count: number, recordBytes: number, refOfSwarm: (swarmId: number) => number): Uint8Array {
  return resolveRefs(buffer.slice(0, count * recordBytes), recordBytes, refOfSwarm);
}

/**
 * The first `count` records of `recordBytes` each as a view over `buffer` itself, their swarm ids
 * resolved in place: the drain takes the buffer (it is transferred to the flusher) and the log goes on
 * in a new one. No copy in the worker's pause, and the new buffer's pages are paid for as records are
 * written, between requests, not all at once in the drain.
 */
export function handOverRecords(buffer: Uint8Array, count: number, recordBytes: number, refOfSwarm: (swarmId: number) => number): Uint8Array {
  return resolveRefs(buffer.subarray(0, count * recordBytes), recordBytes, refOfSwarm);
}

function resolveRefs(records: Uint8Array, recordBytes: number, refOfSwarm: (swarmId: number) => number): Uint8Array {
  const v = new DataView(records.buffer, records.byteOffset, records.byteLength);
  for (let at = 0; at < records.length; at += recordBytes) v.setUint32(at + SWARM_REF, refOfSwarm(v.getUint32(at + SWARM_REF, true)), true);
  return records;
}
