/**
 * Micro benchmark for the worker's pause at a flush: one journal drain (with reset) of N changed
 * peers, each with a real agent and key, and their N counted announces in the announce log. A drain runs on the worker's thread between two requests,
 * so its time is a pause every request waiting then sees (p99 at scale). Run with
 * `node --import tsx bench/journal-drain.ts [peers]`; prints CPU ms per drain over 9 rounds
 * (min, median, max: on a shared machine the minimum is the figure to compare).
 */
import { AnnounceLog } from '../engine/flush/announce-log.js';
import { PeerJournal } from '../engine/flush/peer-journal.js';
import { AnnounceQuery } from '../engine/protocol/announce-query.js';
import { CLIENT_BYTES, writeAgent, writeKey } from '../engine/protocol/client-fields.js';
import type { TorrentRecord } from '../engine/records.js';
import { PeerStore } from '../engine/state/peer-store.js';
import { Swarm } from '../engine/state/swarm.js';

const PEERS = Number(process.argv[2] ?? 100_000);
const TORRENTS = 1000;

const torrent = (k: number): TorrentRecord => ({
  id: `torrent-${k}`,
  infoHash: '',
  status: 'approved',
  deleted: false,
  isFreeleech: false,
  isDoubleUpload: false,
  timesCompleted: 0,
  tokenUserIndexes: [],
  tokenExpiresAt: [],
});
const swarms = Array.from({ length: TORRENTS }, (_, k) => new Swarm(k, torrent(k), null));
const store = new PeerStore(PEERS);
const journal = new PeerJournal();
const client = Buffer.alloc(CLIENT_BYTES);
writeAgent(client, 0, 'qBittorrent/4.6.2');
writeKey(client, 0, Buffer.from('8C3A4F10', 'latin1'), 8);

const peerId = Buffer.alloc(20);
const slots: number[] = [];
for (let n = 0; n < PEERS; n++) {
  peerId.writeUInt32BE(n, 16);
  const slot = store.insert(n % TORRENTS, peerId, 0, 1000);
  store.users[slot] = n % 5000;
  store.setAddress(slot, new Uint8Array([10, (n >> 16) & 255, (n >> 8) & 255, n & 255]), 6881);
  slots.push(slot);
}

const announceLog = new AnnounceLog();
const query = new AnnounceQuery();
client.copy(query.client);
const counted = { up: 16384, down: 16384, creditedUp: 16384, creditedDown: 16384 };
const times: number[] = [];
for (let round = 0; round < 9; round++) {
  for (const slot of slots) {
    const row = journal.touch(slot, swarms[store.swarms[slot]!]!);
    journal.addTransfer(row, 16384, 16384, 16384, 16384, 0);
    journal.setClient(row, client);
    announceLog.record(store.swarms[slot]!, store.users[slot]!, query, store.address(slot), 1000 + round, counted);
  }
  const started = process.cpuUsage();
  journal.drain(store, (id) => swarms[id]!, announceLog, true);
  const used = process.cpuUsage(started);
  times.push((used.user + used.system) / 1000);
}
const sorted = [...times].sort((a, b) => a - b);
console.log(
  `journal drain of ${PEERS.toLocaleString('en')} changed peers and as many logged announces: CPU ms min ${sorted[0]!.toFixed(1)}, ` +
    `median ${sorted[4]!.toFixed(1)}, max ${sorted[8]!.toFixed(1)} (${((sorted[0]! * 1000) / PEERS).toFixed(2)} µs per peer at the minimum)`,
);
