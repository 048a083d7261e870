import { describe, expect, it } from 'vitest';
import type { TorrentRecord } from '../../engine/records.js';
import { createSwarmCountsBuffer, SwarmCounts } from '../../engine/state/swarm-counts.js';
import { SwarmTable } from '../../engine/state/swarm-table.js';

/** A torrent whose info_hash is `n` in bytes 0-3 and `tail` in byte 19 (hashes differing in one byte only). */
function torrent(n: number, tail = 0, timesCompleted = 0): TorrentRecord {
  const infoHash = Buffer.alloc(20);
  infoHash.writeUInt32BE(n, 0);
  infoHash[19] = tail;
  return {
    id: `${n}-${tail}`, infoHash: infoHash.toString('latin1'), status: 'approved', deleted: false, isFreeleech: false,
    isDoubleUpload: false, timesCompleted, tokenUserIndexes: [], tokenExpiresAt: [],
  };
}

const table = () => new SwarmTable(new SwarmCounts(createSwarmCountsBuffer(1)), () => true);

describe('SwarmTable: swarms by info_hash bytes', () => {
  it('finds every swarm by its bytes and by its latin1 string through the index growing, ids in arrival order', () => {
    const swarms = table();
    const torrents: TorrentRecord[] = [];
    // Past the first index (2,048 buckets, half full at 1,024) several times; pairs that differ only
    // in the last byte must not be taken for each other.
    for (let n = 0; n < 3000; n++) for (const tail of [0, 255]) torrents.push(torrent(n, tail));
    for (const t of torrents) swarms.upsert(t);
    expect(swarms.size).toBe(torrents.length);
    torrents.forEach((t, id) => {
      const bytes = Buffer.from(t.infoHash, 'latin1');
      // At an offset inside a larger buffer, as the restore reads its packed records.
      const packed = Buffer.concat([Buffer.alloc(7, 0xaa), bytes]);
      expect(swarms.getByBytes(bytes, 0)?.id).toBe(id);
      expect(swarms.getByBytes(packed, 7)?.id).toBe(id);
      expect(swarms.get(t.infoHash)?.torrent).toBe(t);
    });
    expect([...swarms.values()].map((s) => s.id)).toEqual(torrents.map((_, id) => id));
  });

  it('answers undefined for a hash it does not hold, and for a string that is not 20 bytes', () => {
    const swarms = table();
    for (let n = 0; n < 100; n++) swarms.upsert(torrent(n));
    expect(swarms.getByBytes(Buffer.from(torrent(100).infoHash, 'latin1'), 0)).toBeUndefined();
    expect(swarms.getByBytes(Buffer.from(torrent(5, 1).infoHash, 'latin1'), 0)).toBeUndefined();
    expect(swarms.get(torrent(5).infoHash.slice(0, 19))).toBeUndefined();
    expect(swarms.get('')).toBeUndefined();
  });

  it('replaces the record of a torrent it holds, keeping its swarm and id; refuses an info_hash that is not 20 bytes', () => {
    const swarms = table();
    const first = swarms.upsert(torrent(7));
    swarms.upsert(torrent(8));
    const updated = torrent(7, 0, 42);
    expect(swarms.upsert(updated)).toBe(first);
    expect(first.id).toBe(0);
    expect(first.torrent).toBe(updated);
    expect(swarms.size).toBe(2);
    expect(() => swarms.upsert({ ...torrent(9), infoHash: 'short' })).toThrow(/not 20 bytes/);
    expect(swarms.size).toBe(2);
  });
});
