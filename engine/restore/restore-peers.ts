/**
 * Rebuilds one worker's swarms from its packed share of the `peers` table (restart). Straight into
 * the peer store and swarm lists: none of the announce-time rules run (the peers were admitted when
 * they announced), and no object is made per peer.
 */
import type { AnnounceState } from '../announce.js';
import { FLAG_PAUSED, FLAG_SEEDER } from '../state/peer-store.js';
import * as R from './packed-peers.js';

/** Returns how many peers were restored; the rest belong to torrents this worker does not know. */
export function restorePeers(s: AnnounceState, packed: R.PackedPeers): number {
  const bytes = new Uint8Array(packed.buffer, 0, packed.count * R.RESTORE_RECORD_BYTES);
  const view = new DataView(packed.buffer);
  const peers = s.peers;
  let restored = 0;
  for (let i = 0; i < packed.count; i++) {
    const at = i * R.RESTORE_RECORD_BYTES;
    // A torrent missing from the catalog (gone since the peers were read) loses its peers, as before.
    const swarm = s.swarms.getByBytes(bytes, at + R.INFO_HASH);
    if (!swarm) continue;
    // The table's key includes the user: one peer_id under two users keeps the first only.
    const slot = peers.insertIfAbsent(swarm.id, bytes, at + R.PEER_ID, Math.max(1, view.getUint32(at + R.LAST_ANNOUNCE, true)));
    if (slot < 0) continue;
    const userIndex = view.getInt32(at + R.USER_INDEX, true);
    const left = view.getFloat64(at + R.LEFT, true);
    const recordFlags = bytes[at + R.FLAGS]!;
    peers.users[slot] = userIndex;
    peers.uploaded[slot] = view.getFloat64(at + R.UPLOADED, true);
    peers.downloaded[slot] = view.getFloat64(at + R.DOWNLOADED, true);
    peers.left[slot] = left;
    const state = left === 0 ? FLAG_SEEDER : recordFlags & R.RESTORE_PAUSED ? FLAG_PAUSED : 0;
    peers.flags[slot] = state;
    peers.setAddressFrom(slot, bytes, at + R.IP, (recordFlags & R.RESTORE_IPV6) !== 0, view.getUint16(at + R.PORT, true));
    swarm.add(peers, slot);
    // A leecher holds one of its user's download slots, as the announce that admitted it took one.
    if (state === 0) s.leeching.acquire(userIndex);
    restored++;
  }
  return restored;
}
