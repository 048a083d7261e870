/**
 * A worker's fixed-size records (announce log, credit refusals) start with the swarm's id, which only
 * the worker understands: a drain copies them out with it rewritten to the drain's torrent reference.
 */

/** Offset of the u32 swarm id (torrent reference once drained) in every such record. */
export const SWARM_REF = 0;

/** The first `count` records of `recordBytes` each, copied, their swarm ids resolved through `refOfSwarm`. */
export function drainRecords(buffer: Uint8Array, count: number, recordBytes: number, refOfSwarm: (swarmId: number) => number): Uint8Array {
  const out = buffer.slice(0, count * recordBytes);
  const v = new DataView(out.buffer);
  for (let at = 0; at < out.length; at += recordBytes) v.setUint32(at + SWARM_REF, refOfSwarm(v.getUint32(at + SWARM_REF, true)), true);
  return out;
}
