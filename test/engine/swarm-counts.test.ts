import { Worker } from 'node:worker_threads';
import { describe, expect, it } from 'vitest';
import type { TorrentRecord } from '../../engine/records.js';
import { FLAG_PAUSED, FLAG_SEEDER, PeerStore } from '../../engine/state/peer-store.js';
import { createSwarmCountsBuffer, SwarmCounts } from '../../engine/state/swarm-counts.js';
import { SwarmTable } from '../../engine/state/swarm-table.js';

function torrent(n: number, timesCompleted = 0): TorrentRecord {
  const infoHash = Buffer.alloc(20);
  infoHash.writeUInt32BE(n, 0);
  return {
    id: String(n), infoHash: infoHash.toString('latin1'), status: 'approved', deleted: false, isFreeleech: false, isDoubleUpload: false,
    timesCompleted, tokenUserIndexes: [], tokenExpiresAt: [],
  };
}

function peerId(n: number): Buffer {
  const b = Buffer.alloc(20);
  b.writeUInt32BE(n, 16);
  return b;
}

describe('SwarmCounts: scrape figures every worker reads', () => {
  it('gives a swarm the same id in every table fed the same torrents, and the owner alone publishes its figures', () => {
    // Two "workers": tables over one buffer, owning the even and the odd torrents; the buffer starts
    // small and grows as torrents arrive (past its first size).
    const buffer = createSwarmCountsBuffer(1);
    const initial = buffer.byteLength;
    const even = new SwarmTable(new SwarmCounts(buffer), (hash) => hash.charCodeAt(3) % 2 === 0);
    const odd = new SwarmTable(new SwarmCounts(buffer), (hash) => hash.charCodeAt(3) % 2 === 1);
    for (let n = 0; n < 5000; n++) {
      even.upsert(torrent(n, n));
      odd.upsert(torrent(n, n));
    }
    expect(buffer.byteLength).toBeGreaterThan(initial);
    expect([even.size, even.ownedCount, odd.size, odd.ownedCount]).toEqual([5000, 2500, 5000, 2500]);
    for (let n = 0; n < 5000; n += 97) expect(even.get(torrent(n).infoHash)!.id).toBe(odd.get(torrent(n).infoHash)!.id);

    // The owner of torrent 4001 (odd) adds peers; the even table reads them through the shared cells.
    const hash = torrent(4001).infoHash;
    const owner = odd.get(hash)!;
    const reader = even.counts;
    const store = new PeerStore(16);
    const states = [FLAG_SEEDER, FLAG_SEEDER, 0, FLAG_PAUSED];
    const slots = states.map((flags, k) => {
      const slot = store.insert(owner.id, peerId(k), 0, 1);
      store.flags[slot] = flags;
      owner.add(store, slot);
      return slot;
    });
    owner.countCompletion();
    const id = even.get(hash)!.id;
    expect([reader.seeders(id), reader.leechers(id), reader.paused(id), reader.downloaded(id)]).toEqual([2, 2, 1, 4002]);

    owner.remove(store, slots[3]!);
    owner.remove(store, slots[0]!);
    expect([reader.seeders(id), reader.leechers(id), reader.paused(id)]).toEqual([1, 1, 0]);

    // A new record (its stored completions moved) from the catalog, applied by both tables: the
    // owner's figure wins, the other table writes nothing.
    odd.upsert(torrent(4001, 5000));
    even.upsert(torrent(4001, 1));
    expect(reader.downloaded(id)).toBe(5001);
  });

  it('is read by another thread as the owner writes it, and grown by any thread', async () => {
    const buffer = createSwarmCountsBuffer(1);
    const counts = new SwarmCounts(buffer);
    counts.ensureCapacity(10);
    counts.publish(10, 7, 3, 1, 42);
    // The worker grows the buffer (as a worker adding a torrent would) and reads what was published.
    const source = `
      const { parentPort, workerData } = require('node:worker_threads');
      const cells = new Int32Array(workerData);
      workerData.grow(workerData.byteLength * 4);
      parentPort.postMessage({ cells: Array.from(cells.subarray(40, 44)), length: cells.length });
    `;
    const worker = new Worker(source, { eval: true, workerData: buffer });
    const seen = await new Promise<{ cells: number[]; length: number }>((resolve, reject) => {
      worker.once('message', resolve);
      worker.once('error', reject);
    });
    await worker.terminate();
    expect(seen.cells).toEqual([7, 3, 1, 42]);
    // Growth made there is seen here: the cells past the old end exist and read zero.
    expect(seen.length * 4).toBe(buffer.byteLength);
    // This side's view was made before the growth: it is made again for an id past its end.
    const last = seen.length / 4 - 1;
    counts.ensureCapacity(last);
    expect(counts.seeders(last)).toBe(0);
    counts.publish(last, 1, 2, 3, 4);
    expect([counts.seeders(last), counts.leechers(last), counts.paused(last), counts.downloaded(last)]).toEqual([1, 2, 3, 4]);
    expect(new Int32Array(buffer, last * 16, 4)).toEqual(new Int32Array([1, 2, 3, 4]));
  });
});
