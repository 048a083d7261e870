import { describe, expect, it } from 'vitest';
import { AnnounceLog } from '../../engine/flush/announce-log.js';
import { capacityAfterDrain } from '../../engine/flush/drain-capacity.js';
import { drainedBuffers, PeerJournal } from '../../engine/flush/peer-journal.js';
import * as R from '../../engine/flush/peer-records.js';
import { AnnounceQuery } from '../../engine/protocol/announce-query.js';
import type { TorrentRecord } from '../../engine/records.js';
import { PeerStore } from '../../engine/state/peer-store.js';
import { Swarm } from '../../engine/state/swarm.js';

describe('capacityAfterDrain', () => {
  it('keeps the capacity while more than a quarter was used, and never goes below the minimum', () => {
    expect(capacityAfterDrain(1024, 257, 256)).toBe(1024);
    expect(capacityAfterDrain(256, 0, 256)).toBe(256);
    expect(capacityAfterDrain(1 << 18, (1 << 16) + 1, 256)).toBe(1 << 18);
    expect(capacityAfterDrain(1 << 18, 1 << 16, 256)).toBe(1 << 17);
  });

  it('shrinks to twice the use, a power of two times the minimum', () => {
    expect(capacityAfterDrain(1 << 18, 0, 256)).toBe(256);
    expect(capacityAfterDrain(1 << 18, 1000, 256)).toBe(2048);
    expect(capacityAfterDrain(1 << 18, 256, 256)).toBe(512);
  });
});

const torrent = (id: string): TorrentRecord => ({
  id,
  infoHash: id.padEnd(20, '.').slice(0, 20),
  status: 'approved',
  deleted: false,
  isFreeleech: false,
  isDoubleUpload: false,
  timesCompleted: 0,
  tokenUserIndexes: [],
  tokenExpiresAt: [],
});

const peerIdOf = (n: number) => {
  const id = Buffer.alloc(20);
  id.writeUInt32BE(n, 16);
  return id;
};

/** Touch peers [from, to) of one swarm, each with `up` uploaded, and drain. */
function burst(journal: PeerJournal, store: PeerStore, swarm: Swarm, from: number, to: number, up: number) {
  for (let n = from; n < to; n++) {
    let slot = store.find(swarm.id, peerIdOf(n));
    if (slot < 0) {
      slot = store.insert(swarm.id, peerIdOf(n), 0, 1000);
      store.users[slot] = n % 7;
      store.setAddress(slot, new Uint8Array([10, 0, (n >> 8) & 255, n & 255]), 6881);
    }
    journal.addTransfer(journal.touch(slot, swarm), up, 0, up, 0, 0);
  }
  return journal.drain(store, () => swarm, null, true);
}

describe('PeerJournal after a burst', () => {
  it('gives its row storage back once a drain uses little of it, and its records stay right', () => {
    const journal = new PeerJournal();
    const store = new PeerStore(64);
    const swarm = new Swarm(1, torrent('t1'), null);
    const capacity = () => (journal as unknown as { slotOf: Int32Array }).slotOf.length;

    const big = burst(journal, store, swarm, 0, 5000, 10);
    expect(big.records.length).toBe(5000 * R.RECORD_BYTES);
    expect(capacity()).toBe(8192);

    const small = burst(journal, store, swarm, 0, 100, 20);
    expect(capacity()).toBe(256);
    const view = new DataView(small.records.buffer);
    expect(small.records.length).toBe(100 * R.RECORD_BYTES);
    for (let i = 0; i < 100; i++) expect(view.getFloat64(i * R.RECORD_BYTES + R.D_UP, true)).toBe(20);

    // Growing again after the shrink keeps every row.
    const again = burst(journal, store, swarm, 0, 3000, 30);
    const againView = new DataView(again.records.buffer);
    expect(again.records.length).toBe(3000 * R.RECORD_BYTES);
    for (let i = 0; i < 3000; i++) expect(againView.getFloat64(i * R.RECORD_BYTES + R.D_UP, true)).toBe(30);
  });

  it('keeps removal records written before a grow', () => {
    const journal = new PeerJournal();
    const store = new PeerStore(64);
    const swarm = new Swarm(1, torrent('t1'), null);
    for (let n = 0; n < 200; n++) {
      const slot = store.insert(swarm.id, peerIdOf(n), 0, 1000);
      store.users[slot] = 1;
      store.setAddress(slot, new Uint8Array([10, 0, 0, 1]), 7000 + n);
      journal.remove(store, slot, swarm, 2000 + n);
      store.remove(slot);
    }
    const drain = journal.drain(store, () => swarm, null, true);
    const view = new DataView(drain.records.buffer);
    expect(drain.records.length).toBe(200 * R.RECORD_BYTES);
    for (let i = 0; i < 200; i++) {
      expect(view.getUint16(i * R.RECORD_BYTES + R.PORT, true)).toBe(7000 + i);
      expect(view.getUint32(i * R.RECORD_BYTES + R.LAST_ANNOUNCE, true)).toBe(2000 + i);
      expect(drain.records[i * R.RECORD_BYTES + R.FLAGS]! & R.REC_REMOVED).toBe(R.REC_REMOVED);
    }
  });
});

describe('drained buffers given back', () => {
  it('builds the next drain\'s records and the announce log\'s next buffer in them, and drops what a drain did not reuse', () => {
    const journal = new PeerJournal();
    const log = new AnnounceLog();
    const store = new PeerStore(64);
    const swarm = new Swarm(1, torrent('t1'), null);
    const q = new AnnounceQuery();
    const round = (up: number) => {
      for (let n = 0; n < 2000; n++) {
        let slot = store.find(swarm.id, peerIdOf(n));
        if (slot < 0) {
          slot = store.insert(swarm.id, peerIdOf(n), 0, 1000);
          store.setAddress(slot, new Uint8Array([10, 0, (n >> 8) & 255, n & 255]), 6881);
        }
        journal.addTransfer(journal.touch(slot, swarm), up, 0, up, 0, 0);
        log.record(swarm.id, 0, q, new Uint8Array([10, 0, 0, 1]), up, { up, down: 0, creditedUp: up, creditedDown: 0 });
      }
      const drain = journal.drain(store, () => swarm, log, true);
      // What the flusher merges before it gives the buffers back.
      expect(drain.records.byteLength).toBe(2000 * R.RECORD_BYTES);
      expect(drain.announces.byteLength).toBe(2000 * 248);
      const records = new DataView(drain.records.buffer, 0, drain.records.byteLength);
      const announces = new DataView(drain.announces.buffer, 0, drain.announces.byteLength);
      for (let i = 0; i < 2000; i++) {
        expect(records.getFloat64(i * R.RECORD_BYTES + R.D_UP, true)).toBe(up);
        expect(announces.getUint32(i * 248 + 48, true)).toBe(up); // logged time
      }
      return drain;
    };
    const first = round(10);
    journal.reuse(drainedBuffers(first)); // as the flusher does once it has merged them
    const second = round(20);
    expect(journal.dropSpares()).toBe(0); // everything given back was reused
    expect(second.records.buffer).toBe(first.records.buffer);
    journal.reuse(drainedBuffers(second));
    const third = round(30);
    expect(third.announces.buffer).toBe(first.announces.buffer); // the log went on in it after the second drain
    // A buffer no drain of this size fits in is dropped after the next drain, released at once:
    // emptied, nothing left for the worker to note as garbage (engine/collect-garbage.ts `release`).
    journal.dropSpares();
    const unfit = new ArrayBuffer(128 * 1024);
    journal.reuse([unfit]);
    round(40);
    expect(journal.dropSpares()).toBe(0);
    expect(unfit.byteLength).toBe(0);
  });
});

describe('AnnounceLog after a burst', () => {
  it('gives its buffer back once a drain uses little of it', () => {
    const log = new AnnounceLog();
    const q = new AnnounceQuery();
    const counted = { up: 0, down: 0, creditedUp: 0, creditedDown: 0 };
    const bytes = () => log.bufferBytes;
    for (let i = 0; i < 10_000; i++) log.record(1, 0, q, new Uint8Array([10, 0, 0, 1]), 1000 + i, counted);
    expect(log.drain(() => 0, true).length).toBe(10_000 * 248);
    const grown = bytes();
    for (let i = 0; i < 10; i++) log.record(1, 0, q, new Uint8Array([10, 0, 0, 1]), 1000 + i, counted);
    const quiet = log.drain(() => 0, true);
    expect(quiet.length).toBe(10 * 248);
    expect(new DataView(quiet.buffer).getUint32(9 * 248 + 48, true)).toBe(1009);
    expect(bytes()).toBeLessThan(grown / 4);
  });

  it('hands its own buffer to the drain and goes on in a new one: what was drained never changes', () => {
    const log = new AnnounceLog();
    const q = new AnnounceQuery();
    const counted = { up: 0, down: 0, creditedUp: 0, creditedDown: 0 };
    const times = (records: Uint8Array) => {
      const v = new DataView(records.buffer, records.byteOffset, records.byteLength);
      return Array.from({ length: records.byteLength / 248 }, (_, i) => [v.getUint32(i * 248, true), v.getUint32(i * 248 + 48, true)]);
    };
    for (let i = 0; i < 3; i++) log.record(1, 0, q, new Uint8Array([10, 0, 0, 1]), 1000 + i, counted);
    const peek = log.drain(() => 5, false);
    const drained = log.drain(() => 7, true);
    for (let i = 0; i < 3; i++) log.record(1, 0, q, new Uint8Array([10, 0, 0, 1]), 2000 + i, counted);
    expect(times(drained)).toEqual([[7, 1000], [7, 1001], [7, 1002]]); // swarm ref resolved, nothing overwritten
    expect(times(peek)).toEqual([[5, 1000], [5, 1001], [5, 1002]]);
    expect(times(log.drain(() => 8, true))).toEqual([[8, 2000], [8, 2001], [8, 2002]]);
    // A drain with nothing logged keeps the log's buffer.
    const held = log.bufferBytes;
    expect(log.drain(() => 0, true).byteLength).toBe(0);
    expect(log.bufferBytes).toBe(held);
  });
});
