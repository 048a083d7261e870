import { describe, expect, it } from 'vitest';
import { FLAG_SEEDER, PeerStore } from '../../engine/state/peer-store.js';
import { Swarm } from '../../engine/state/swarm.js';
import type { TorrentRecord } from '../../engine/records.js';

const torrent: TorrentRecord = {
  id: 't', infoHash: 'x'.repeat(20), status: 'approved', deleted: false, isFreeleech: false, isDoubleUpload: false, timesCompleted: 0, tokenUserIndexes: [], tokenExpiresAt: [],
};

function id(n: number): Buffer {
  const b = Buffer.alloc(20);
  b.writeUInt32BE(n, 16);
  b.write('-XX0001-', 0, 'latin1');
  return b;
}

describe('PeerStore', () => {
  it('finds peers by (swarm, peer_id) through growth, rehash and removals', () => {
    const store = new PeerStore(4);
    const slots = new Map<number, number>();
    for (let n = 0; n < 5000; n++) slots.set(n, store.insert(n % 7, id(n), 0, 1000 + n));
    expect(store.size).toBe(5000);
    for (let n = 0; n < 5000; n++) expect(store.find(n % 7, id(n))).toBe(slots.get(n));
    // Same peer_id in another swarm is another peer.
    expect(store.find(99, id(1))).toBe(-1);
    for (let n = 0; n < 5000; n += 2) store.remove(slots.get(n)!);
    expect(store.size).toBe(2500);
    for (let n = 0; n < 5000; n++) expect(store.find(n % 7, id(n)) >= 0).toBe(n % 2 === 1);
    // Freed slots are reused and tombstones do not break lookups.
    for (let n = 5000; n < 8000; n++) store.insert(3, id(n), 0, 1);
    for (let n = 1; n < 5000; n += 2) expect(store.find(n % 7, id(n))).toBe(slots.get(n));
    expect(store.size).toBe(5500);
  });

  it('insertIfAbsent (restart restore) indexes like insert, refuses a peer already in the swarm, and reuses tombstones', () => {
    const store = new PeerStore(4);
    const slots = new Map<number, number>();
    for (let n = 0; n < 3000; n++) slots.set(n, store.insertIfAbsent(n % 5, id(n), 0, 1000 + n));
    for (let n = 0; n < 3000; n++) expect(store.find(n % 5, id(n))).toBe(slots.get(n));
    for (let n = 0; n < 3000; n++) expect(store.insertIfAbsent(n % 5, id(n), 0, 1)).toBe(-1);
    expect(store.insertIfAbsent(6, id(1), 0, 1)).toBeGreaterThanOrEqual(0); // another swarm: another peer
    // Peer ids read from inside a larger buffer, as the packed records hold them.
    const packed = Buffer.concat([Buffer.alloc(7), id(5000)]);
    const slot = store.insertIfAbsent(2, packed, 7, 1);
    expect(Buffer.from(store.peerIdView(slot))).toEqual(id(5000));
    expect(store.find(2, id(5000))).toBe(slot);
    for (let n = 0; n < 3000; n += 2) store.remove(slots.get(n)!);
    for (let n = 0; n < 3000; n += 2) expect(store.insertIfAbsent(n % 5, id(n), 0, 1)).toBeGreaterThanOrEqual(0);
    for (let n = 0; n < 3000; n++) expect(store.find(n % 5, id(n))).toBeGreaterThanOrEqual(0);
    expect(store.size).toBe(3002);
  });

  it('fills a store sized for any peer count, as a restart sizes it (regression: a 1,020-peer restart spun forever)', () => {
    for (const capacity of [3, 1000, 1020, 2040, 5000]) {
      const store = new PeerStore(capacity);
      for (let n = 0; n < capacity; n++) store.insert(n % 5, id(n), 0, 1);
      for (let n = 0; n < capacity; n++) expect(store.find(n % 5, id(n))).toBeGreaterThanOrEqual(0);
      expect(store.find(0, id(capacity + 1))).toBe(-1);
    }
  });

  it('keeps a peer under 100 bytes including the index at scale', () => {
    const store = new PeerStore(1024);
    const peers = 200_000;
    for (let n = 0; n < peers; n++) store.insert(n % 1000, id(n), 0, 1);
    // Capacity doubles, so measure at a full power of two the way the benchmark reports it.
    const perPeer = store.byteSize / store.capacity;
    expect(perPeer).toBeLessThan(100);
  });

  it('writes compact IPv4 and IPv6 forms', () => {
    const store = new PeerStore(4);
    const a = store.insert(0, id(1), 0, 1);
    store.setAddress(a, Uint8Array.of(10, 0, 0, 7), 0x1a2b);
    const b = store.insert(0, id(2), 0, 1);
    const v6 = Uint8Array.from({ length: 16 }, (_, i) => i);
    store.setAddress(b, v6, 443);
    const out = new Uint8Array(24);
    store.writeCompact(a, out, 0);
    store.writeCompact(b, out, 6);
    expect([...out.subarray(0, 6)]).toEqual([10, 0, 0, 7, 0x1a, 0x2b]);
    expect([...out.subarray(6, 22)]).toEqual([...v6]);
    expect([...out.subarray(22, 24)]).toEqual([1, 187]);
    expect(store.isIPv6(a)).toBe(false);
    expect(store.isIPv6(b)).toBe(true);
    expect([store.port(a), store.port(b)]).toEqual([0x1a2b, 443]);
    expect([...store.address(a)]).toEqual([10, 0, 0, 7]);
    expect([...store.address(b)]).toEqual([...v6]);
  });

  it('follows a peer that moves between IPv6 and IPv4, and copies its identity with the address zero-padded', () => {
    const store = new PeerStore(4);
    const slot = store.insert(0, id(3), 0, 1);
    store.setAddress(slot, Uint8Array.from({ length: 16 }, () => 0xff), 65535);
    store.setAddress(slot, Uint8Array.of(192, 0, 2, 1), 6881);
    expect(store.isIPv6(slot)).toBe(false);
    expect(store.port(slot)).toBe(6881);
    const out = new Uint8Array(6);
    store.writeCompact(slot, out, 0);
    expect([...out]).toEqual([192, 0, 2, 1, 0x1a, 0xe1]);
    const identity = new Uint8Array(36).fill(7);
    store.copyIdentity(slot, identity, 0, 20);
    expect([...identity.subarray(0, 20)]).toEqual([...id(3)]);
    expect([...identity.subarray(20)]).toEqual([192, 0, 2, 1, ...new Array(12).fill(0)]);
    // Growing the store keeps every address.
    for (let n = 10; n < 40; n++) store.setAddress(store.insert(0, id(n), 0, 1), Uint8Array.of(10, 0, 0, n), 1000 + n);
    expect([store.isIPv6(slot), store.port(slot), [...store.address(slot)]]).toEqual([false, 6881, [192, 0, 2, 1]]);
  });
});

describe('Swarm', () => {
  it('samples uniformly without repeats, never the requester, and removes in O(1)', () => {
    const store = new PeerStore(16);
    const swarm = new Swarm(0, torrent, null);
    const slots: number[] = [];
    for (let n = 0; n < 50; n++) {
      const slot = store.insert(0, id(n), 0, 1);
      store.flags[slot] = n < 10 ? FLAG_SEEDER : 0;
      swarm.add(store, slot);
      slots.push(slot);
    }
    expect(swarm.seederCount).toBe(10);
    expect(swarm.leecherCount).toBe(40);
    const out = new Int32Array(64);
    const seen = new Map<number, number>();
    const self = slots[20]!;
    for (let round = 0; round < 2000; round++) {
      const n = swarm.sample(false, 5, self, store, out, 0);
      expect(n).toBeGreaterThanOrEqual(4);
      const picked = [...out.subarray(0, n)];
      expect(new Set(picked).size).toBe(n);
      expect(picked).not.toContain(self);
      for (const p of picked) seen.set(p, (seen.get(p) ?? 0) + 1);
    }
    // Every other leecher gets picked, each roughly 2000 * 5/40 = 250 times.
    expect(seen.size).toBe(39);
    for (const count of seen.values()) expect(count).toBeGreaterThan(150);
    // Sampling reorders the list; removal must still find each slot's position.
    for (const slot of slots.slice(10, 30)) swarm.remove(store, slot);
    expect(swarm.leecherCount).toBe(20);
    const remaining = new Set([...swarm.leechers.subarray(0, swarm.leecherCount)]);
    expect(remaining).toEqual(new Set(slots.slice(30)));
  });

  it('gives the whole list, less the requester, when it asks for at least as many, leaving the list as it was', () => {
    const store = new PeerStore(16);
    const swarm = new Swarm(0, torrent, null);
    const slots = Array.from({ length: 6 }, (_, n) => {
      const slot = store.insert(0, id(n), 0, 1);
      swarm.add(store, slot);
      return slot;
    });
    const before = [...swarm.leechers.subarray(0, swarm.leecherCount)];
    const out = new Int32Array(64);
    expect(swarm.sample(false, 6, slots[2]!, store, out, 3)).toBe(5);
    expect(new Set(out.subarray(3, 8))).toEqual(new Set(slots.filter((s) => s !== slots[2])));
    expect(swarm.sample(false, 50, -1, store, out, 0)).toBe(6);
    expect(new Set(out.subarray(0, 6))).toEqual(new Set(slots));
    expect([...swarm.leechers.subarray(0, swarm.leecherCount)]).toEqual(before);
    // Removal still finds each slot where the list says it is.
    swarm.remove(store, slots[0]!);
    expect(new Set(swarm.leechers.subarray(0, swarm.leecherCount))).toEqual(new Set(slots.slice(1)));
  });

  it('counts a user\'s peers and their latest announce from the user lists, kept beside the peers through every move', () => {
    const store = new PeerStore(8);
    const swarm = new Swarm(0, torrent, null);
    const live = new Map<number, { user: number; at: number }>(); // slot -> model
    let seed = 7;
    const random = (n: number) => ((seed = (seed * 1_103_515_245 + 12_345) % 2 ** 31) % n);
    const out = new Int32Array(64);
    for (let step = 0; step < 4000; step++) {
      const action = random(10);
      const slots = [...live.keys()];
      if (action < 4 || slots.length === 0) {
        const slot = store.insert(0, id(step), 0, 1000 + step);
        store.users[slot] = random(12);
        store.flags[slot] = random(2) === 0 ? FLAG_SEEDER : 0;
        swarm.add(store, slot);
        live.set(slot, { user: store.users[slot]!, at: 1000 + step });
      } else if (action < 6) {
        const slot = slots[random(slots.length)]!;
        swarm.remove(store, slot);
        store.remove(slot);
        live.delete(slot);
      } else if (action < 8) {
        // A leecher completes (or a seeder turns leecher): out of one list, into the other.
        const slot = slots[random(slots.length)]!;
        swarm.remove(store, slot);
        store.flags[slot] = store.flags[slot]! ^ FLAG_SEEDER;
        swarm.add(store, slot);
      } else {
        swarm.sample(random(2) === 0, 1 + random(20), -1, store, out, 0);
      }
      if (step % 97 === 0 || step === 3999) {
        for (let i = 0; i < swarm.seederCount; i++) expect(swarm.seederUsers[i]).toBe(store.users[swarm.seeders[i]!]);
        for (let i = 0; i < swarm.leecherCount; i++) expect(swarm.leecherUsers[i]).toBe(store.users[swarm.leechers[i]!]);
        for (let user = 0; user < 12; user++) {
          const mine = [...live.values()].filter((p) => p.user === user);
          expect(swarm.countUserPeers(store, user, 1_000_000)).toBe(mine.length);
          expect(swarm.countedUserLatest).toBe(Math.max(0, ...mine.map((p) => p.at)));
          expect(swarm.countUserPeers(store, user, 2)).toBe(Math.min(2, mine.length));
        }
      }
    }
  });
});
