import { describe, expect, it } from 'vitest';
import { AnnounceReplies, ForwardedAnnounceReader, ForwardedAnnounces, forEachReply } from '../../engine/handoff.js';
import { AnnounceEvent, AnnounceQuery, parseAnnounceQuery } from '../../engine/protocol/announce-query.js';

function query(n: number): AnnounceQuery {
  const q = new AnnounceQuery();
  q.infoHash.fill(n);
  q.peerId.fill(255 - n);
  q.port = 6881 + n;
  q.uploaded = 2 ** 40 + n; // past 32 bits
  q.downloaded = n * 1000;
  q.left = n % 2 === 0 ? 0 : 123_456_789;
  q.event = n % 3 === 0 ? AnnounceEvent.Completed : AnnounceEvent.None;
  q.compact = n % 2 === 0;
  q.noPeerId = n % 3 === 1;
  q.numwant = n === 0 ? -1 : n;
  // The client block: the agent from the header, the key from the query (absent for some).
  const key = n % 4 === 0 ? '' : `&key=${n.toString(16).padStart(8, '0')}`;
  if (key) {
    const keyed = new AnnounceQuery();
    parseAnnounceQuery(`info_hash=${'a'.repeat(20)}&peer_id=${'b'.repeat(20)}&port=1&uploaded=0&downloaded=0&left=0${key}`, keyed);
    keyed.client.copy(q.client);
    keyed.keyBytes.copy(q.keyBytes);
    q.keyLength = keyed.keyLength;
  }
  q.setAgent(n % 5 === 0 ? '' : `qBittorrent/4.6.${n}`);
  return q;
}

describe('announce hand-off between workers', () => {
  it('carries every parsed field, the user index and IPv4 or IPv6 addresses through one transferred buffer', () => {
    const out = new ForwardedAnnounces();
    const ips = [Uint8Array.of(10, 0, 0, 1), Uint8Array.from({ length: 16 }, (_, k) => k + 1)];
    for (let n = 0; n < 200; n++) out.append(1000 + n, n * 7, query(n), ips[n % 2]!);
    const records = out.take();
    expect(out.isEmpty).toBe(true);

    const reader = new ForwardedAnnounceReader();
    reader.reset(structuredClone(records, { transfer: [records.buffer as ArrayBuffer] }));
    expect(reader.count).toBe(200);
    const read = new AnnounceQuery();
    for (let n = 0; n < 200; n++) {
      reader.read(n, read);
      const sent = query(n);
      expect(reader.id).toBe(1000 + n);
      expect(reader.userIndex).toBe(n * 7);
      expect([...reader.ip]).toEqual([...ips[n % 2]!]);
      for (const field of ['port', 'uploaded', 'downloaded', 'left', 'event', 'compact', 'noPeerId', 'numwant'] as const) {
        expect(read[field]).toBe(sent[field]);
      }
      expect(read.infoHash.equals(sent.infoHash)).toBe(true);
      expect(read.peerId.equals(sent.peerId)).toBe(true);
      expect(read.client.equals(sent.client)).toBe(true);
      expect(read.key).toBe(sent.key);
    }
  });

  it('returns each answer with its id, in order, bodies of any length', () => {
    const replies = new AnnounceReplies();
    const bodies = [Buffer.from('d8:intervali1800ee'), Buffer.alloc(0), Buffer.alloc(100_000, 7)];
    bodies.forEach((body, i) => replies.append(i + 1, body));
    const seen: [number, string][] = [];
    forEachReply(replies.take(), (id, body) => seen.push([id, Buffer.from(body).toString('hex')]));
    expect(seen).toEqual(bodies.map((body, i) => [i + 1, body.toString('hex')]));
  });
});
