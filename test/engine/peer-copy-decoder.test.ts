import { describe, expect, it } from 'vitest';
import { UserIndexes } from '../../engine/catalog-loader.js';
import * as R from '../../engine/restore/packed-peers.js';
import { PeerCopyDecoder } from '../../engine/restore/peer-copy-decoder.js';
import { ownerOf } from '../../engine/worker-state.js';

/** PostgreSQL binary COPY output, built by hand: header, rows of (length, bytes) fields, trailer. */
function copyStream(rows: (Buffer | null)[][]): Buffer {
  const parts: Buffer[] = [Buffer.from('PGCOPY\n\xff\r\n\0', 'latin1'), Buffer.alloc(4), u32(0)];
  for (const row of rows) {
    const count = Buffer.alloc(2);
    count.writeInt16BE(row.length);
    parts.push(count);
    for (const field of row) {
      const length = Buffer.alloc(4);
      length.writeInt32BE(field ? field.length : -1);
      parts.push(length, ...(field ? [field] : []));
    }
  }
  const trailer = Buffer.alloc(2);
  trailer.writeInt16BE(-1);
  return Buffer.concat([...parts, trailer]);
}

const u32 = (n: number) => { const b = Buffer.alloc(4); b.writeUInt32BE(n); return b; };
const i64 = (n: number) => { const b = Buffer.alloc(8); b.writeBigInt64BE(BigInt(n)); return b; };
const inet = (family: number, address: number[]) => Buffer.from([family, address.length * 8, 0, address.length, ...address]);

interface Peer { hash: Buffer; user: string; peerId: Buffer; ip: Buffer; port: number; up: number; down: number; left: number; paused: boolean; at: number }

function row(p: Peer): Buffer[] {
  const micros = (p.at - 946_684_800) * 1e6;
  return [p.hash, Buffer.from(p.user), p.peerId, p.ip, u32(p.port), i64(p.up), i64(p.down), i64(p.left), Buffer.from([p.paused ? 1 : 0]), i64(micros)];
}

const peers: Peer[] = Array.from({ length: 40 }, (_, k) => ({
  hash: Buffer.alloc(20, k * 7 + 1),
  user: `00000000-0000-4000-8000-${String(k % 3).padStart(12, '0')}`,
  peerId: Buffer.from(`-XX0001-${String(k).padStart(12, '0')}`),
  ip: k % 4 === 1 ? inet(3, [0x20, 0x01, 0x0d, 0xb8, ...new Array<number>(11).fill(0), k])
    : k % 4 === 2 ? inet(3, [...new Array<number>(10).fill(0), 0xff, 0xff, 192, 0, 2, k]) // IPv4-mapped
    : inet(2, [10, 0, 0, k]),
  port: 6881 + k,
  up: 2 ** 40 + k, down: k * 1000, left: k % 2 ? 0 : 5000 + k, paused: k % 5 === 0,
  at: 1_790_000_000 + k,
}));

function decode(stream: Buffer, chunk: number, workers: number) {
  const indexes = new UserIndexes();
  const decoder = new PeerCopyDecoder(indexes, workers);
  for (let at = 0; at < stream.length; at += chunk) decoder.push(stream.subarray(at, at + chunk));
  const shares = decoder.end();
  const out: { worker: number; hash: string; user: string | undefined; peerId: string; ip: string; ipv6: boolean; port: number; up: number; down: number; left: number; paused: boolean; at: number }[] = [];
  shares.forEach((share, worker) => {
    const bytes = new Uint8Array(share.buffer);
    const view = new DataView(share.buffer);
    for (let i = 0; i < share.count; i++) {
      const o = i * R.RESTORE_RECORD_BYTES;
      const ipv6 = (bytes[o + R.FLAGS]! & R.RESTORE_IPV6) !== 0;
      out.push({
        worker,
        hash: Buffer.from(bytes.subarray(o + R.INFO_HASH, o + R.INFO_HASH + 20)).toString('hex'),
        user: indexes.idOf(view.getInt32(o + R.USER_INDEX, true)),
        peerId: Buffer.from(bytes.subarray(o + R.PEER_ID, o + R.PEER_ID + 20)).toString('latin1'),
        ip: Buffer.from(bytes.subarray(o + R.IP, o + R.IP + (ipv6 ? 16 : 4))).toString('hex'),
        ipv6,
        port: view.getUint16(o + R.PORT, true),
        up: view.getFloat64(o + R.UPLOADED, true),
        down: view.getFloat64(o + R.DOWNLOADED, true),
        left: view.getFloat64(o + R.LEFT, true),
        paused: (bytes[o + R.FLAGS]! & R.RESTORE_PAUSED) !== 0,
        at: view.getUint32(o + R.LAST_ANNOUNCE, true),
      });
    }
  });
  return { out, skipped: decoder.skipped };
}

describe('PeerCopyDecoder', () => {
  const expected = peers.map((p, k) => ({
    worker: ownerOf(p.hash.toString('latin1'), 2),
    hash: p.hash.toString('hex'), user: p.user, peerId: p.peerId.toString('latin1'),
    ip: k % 4 === 1 ? p.ip.subarray(4).toString('hex') : p.ip.subarray(p.ip.length - 4).toString('hex'),
    ipv6: k % 4 === 1, port: p.port, up: p.up, down: p.down, left: p.left, paused: p.paused, at: p.at,
  }));
  // A NULL field and a peer_id of the wrong size: left out and counted, the rows around them kept.
  const odd = [[...row(peers[0]!).slice(0, 3), null, ...row(peers[0]!).slice(4)], [peers[1]!.hash, ...row(peers[1]!).slice(1, 2), Buffer.alloc(19), ...row(peers[1]!).slice(3)]];
  const stream = copyStream([...peers.slice(0, 20).map(row), ...odd, ...peers.slice(20).map(row)]);

  it('packs every row for the worker owning its torrent, however the stream is cut into chunks', () => {
    const byWorker = (a: { worker: number }, b: { worker: number }) => a.worker - b.worker;
    for (const chunk of [1, 2, 7, 150, 1023, 1024, 1025, 4096, stream.length]) {
      const { out, skipped } = decode(stream, chunk, 2);
      expect(out, `chunks of ${chunk} bytes`).toEqual([...expected].sort(byWorker));
      expect(skipped).toBe(2);
    }
  });

  it('refuses a stream cut before its trailer', () => {
    const decoder = new PeerCopyDecoder(new UserIndexes(), 1);
    decoder.push(stream.subarray(0, stream.length - 1));
    expect(() => decoder.end()).toThrow(/before its trailer/);
  });
});
