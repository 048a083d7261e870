import bencode from 'bencode';
import { describe, expect, it } from 'vitest';
import { BencodeWriter } from '../../engine/protocol/bencode-writer.js';
import { writeIPv4Compact, writeIPv6Compact } from '../../engine/protocol/compact-peer.js';
import {
  type AnnounceSummary,
  type ScrapeEntry,
  beginAnnounce,
  beginDictionaryPeers,
  compactPeers4,
  compactPeers6,
  dictionaryPeer,
  endAnnounce,
  endDictionaryPeers,
  writeFailure,
  writeScrape,
} from '../../engine/protocol/responses.js';
import { type StrictDict, strictDecode } from '../support/strict-bencode.js';

type Decoded = Record<string, unknown>;
const utf8 = (v: unknown): string => Buffer.from(v as Uint8Array).toString('utf8');
const keysOf = (buf: Buffer): string[] => Object.keys(strictDecode(buf) as StrictDict);

const SUMMARY: AnnounceSummary = { interval: 1800, minInterval: 900, complete: 12, incomplete: 3, downloaded: 456 };

describe('writeFailure', () => {
  it('writes the reason alone', () => {
    const w = new BencodeWriter();
    const out = writeFailure(w, 'unregistered torrent');
    expect(out.toString('latin1')).toBe('d14:failure reason20:unregistered torrente');
    expect(keysOf(out)).toEqual(['failure reason']);
  });

  it('writes "retry in" after the reason, as a number or "never"', () => {
    const w = new BencodeWriter();
    const decoded = bencode.decode(writeFailure(w, 'slow down', 30)) as Decoded;
    expect(utf8(decoded['failure reason'])).toBe('slow down');
    expect(decoded['retry in']).toBe(30);
    expect(keysOf(w.view())).toEqual(['failure reason', 'retry in']);
    const never = bencode.decode(writeFailure(w, 'banned client', 'never')) as Decoded;
    expect(utf8(never['retry in'])).toBe('never');
  });

  it('writes UTF-8 reasons with their byte length and resets the writer first', () => {
    const w = new BencodeWriter();
    w.str('left over from an earlier response');
    const reason = 'Torrent non enregistr\u00e9 \u2014 \u4e0d\u660e';
    const out = writeFailure(w, reason);
    expect(out.subarray(0, 1).toString()).toBe('d');
    expect(utf8((bencode.decode(out) as Decoded)['failure reason'])).toBe(reason);
  });
});

describe('announce answers', () => {
  it('writes summary, compact IPv4 and IPv6 peers and a warning in byte-sorted key order', () => {
    const w = new BencodeWriter(32); // small on purpose: the peers force growth between reserve and fill
    beginAnnounce(w, { ...SUMMARY, warning: 'ignored here' });
    const v4 = [
      { ip: [10, 0, 0, 1], port: 6881 },
      { ip: [192, 168, 255, 254], port: 65535 },
      { ip: [1, 2, 3, 4], port: 1 },
    ];
    let at = compactPeers4(w, v4.length);
    for (const p of v4) at = writeIPv4Compact(w.buffer, at, Uint8Array.from(p.ip), 0, p.port);
    const v6addr = Buffer.from('20010db8000000000000000000000001', 'hex');
    const pool = Buffer.concat([Buffer.alloc(3), v6addr]); // exercise a non-zero source offset
    at = compactPeers6(w, 2);
    at = writeIPv6Compact(w.buffer, at, pool, 3, 51413);
    at = writeIPv6Compact(w.buffer, at, pool, 3, 256);
    expect(at).toBe(w.length);
    const out = endAnnounce(w, 'passkey will expire soon \u2013 renew');

    expect(keysOf(out)).toEqual(['complete', 'downloaded', 'incomplete', 'interval', 'min interval', 'peers', 'peers6', 'warning message']);
    const d = bencode.decode(out) as Decoded;
    expect([d.complete, d.downloaded, d.incomplete, d.interval, d['min interval']]).toEqual([12, 456, 3, 1800, 900]);
    expect(Buffer.from(d.peers as Uint8Array).toString('hex')).toBe('0a0000011ae1' + 'c0a8fffeffff' + '010203040001');
    const six = Buffer.from(d.peers6 as Uint8Array);
    expect(six).toHaveLength(36);
    expect(six.subarray(0, 16).equals(v6addr)).toBe(true);
    expect(six.readUInt16BE(16)).toBe(51413);
    expect(six.readUInt16BE(34)).toBe(256);
    expect(utf8(d['warning message'])).toBe('passkey will expire soon \u2013 renew');
  });

  it('writes an empty peers string when there are no peers, and no warning when none is given', () => {
    const w = new BencodeWriter();
    beginAnnounce(w, SUMMARY);
    compactPeers4(w, 0);
    const out = endAnnounce(w);
    expect(out.toString('latin1')).toBe('d8:completei12e10:downloadedi456e10:incompletei3e8:intervali1800e12:min intervali900e5:peers0:e');
    beginAnnounce(w, SUMMARY);
    compactPeers4(w, 0);
    expect(keysOf(endAnnounce(w, ''))).not.toContain('warning message');
  });

  it('writes dictionary peers with and without peer ids', () => {
    const w = new BencodeWriter(16);
    beginAnnounce(w, SUMMARY);
    beginDictionaryPeers(w);
    const id = Buffer.from('2d5452343035302d00ff0102030405060708090a', 'hex'); // binary bytes in the id
    dictionaryPeer(w, '203.0.113.7', 51413, id);
    dictionaryPeer(w, '2001:db8::1', 6881, null);
    endDictionaryPeers(w);
    const out = endAnnounce(w, 'hi');

    const strict = strictDecode(out) as StrictDict; // also checks ip < peer id < port in each peer
    const peers = strict.peers as StrictDict[];
    expect(peers).toHaveLength(2);
    expect(Object.keys(peers[0] as StrictDict)).toEqual(['ip', 'peer id', 'port']);
    expect(Object.keys(peers[1] as StrictDict)).toEqual(['ip', 'port']);
    expect((peers[0] as StrictDict)['peer id']).toBe(id.toString('latin1'));

    const d = bencode.decode(out) as { peers: Array<{ ip: Uint8Array; port: number; 'peer id'?: Uint8Array }> };
    expect(utf8(d.peers[0]?.ip)).toBe('203.0.113.7');
    expect(d.peers[0]?.port).toBe(51413);
    expect(Buffer.from(d.peers[0]?.['peer id'] as Uint8Array).equals(id)).toBe(true);
    expect(utf8(d.peers[1]?.ip)).toBe('2001:db8::1');
    expect(d.peers[1]?.port).toBe(6881);
    expect(d.peers[1]?.['peer id']).toBeUndefined();
  });
});

describe('writeScrape', () => {
  const h = (first: number, fill = 0x41): string => Buffer.concat([Buffer.from([first]), Buffer.alloc(19, fill)]).toString('latin1');

  it('writes files sorted by raw hash bytes without reordering the input', () => {
    const files: ScrapeEntry[] = [
      { infoHash: h(0xff), complete: 1, downloaded: 2, incomplete: 3 },
      { infoHash: h(0x00), complete: 4, downloaded: 5, incomplete: 6, downloaders: 6 },
      { infoHash: h(0x7f, 0x80), complete: 7, downloaded: 8, incomplete: 9 },
    ];
    const before = files.map((f) => f.infoHash);
    const w = new BencodeWriter(16);
    const out = writeScrape(w, files);
    expect(files.map((f) => f.infoHash)).toEqual(before);

    const strict = strictDecode(out) as StrictDict; // throws if the hashes are not in byte order
    const byHash = strict.files as StrictDict;
    expect(Object.keys(byHash)).toEqual([h(0x00), h(0x7f, 0x80), h(0xff)]);
    expect(byHash[h(0x00)]).toEqual({ complete: 4, downloaded: 5, downloaders: 6, incomplete: 6 });
    expect(Object.keys(byHash[h(0x00)] as StrictDict)).toEqual(['complete', 'downloaded', 'downloaders', 'incomplete']);
    expect(byHash[h(0xff)]).toEqual({ complete: 1, downloaded: 2, incomplete: 3 });
    expect(byHash[h(0x7f, 0x80)]).toEqual({ complete: 7, downloaded: 8, incomplete: 9 });

    // The package agrees on the values (it renders binary keys as hex).
    const d = bencode.decode(out) as { files: Record<string, Decoded> };
    expect(Object.keys(d.files)).toHaveLength(3);
    expect(d.files[Buffer.from(h(0xff), 'latin1').toString('hex')]).toEqual({ complete: 1, downloaded: 2, incomplete: 3 });
  });

  it('honours count, writes duplicates once, and handles an empty list', () => {
    const w = new BencodeWriter();
    const a = { infoHash: h(1), complete: 1, downloaded: 1, incomplete: 1 };
    const b = { infoHash: h(2), complete: 2, downloaded: 2, incomplete: 2 };
    const files = [b, a, b, { infoHash: h(0), complete: 0, downloaded: 0, incomplete: 0 }];
    const out = writeScrape(w, files, 3);
    expect(Object.keys((strictDecode(out) as StrictDict).files as StrictDict)).toEqual([h(1), h(2)]);
    expect(writeScrape(w, []).toString()).toBe('d5:filesdee');
    expect(writeScrape(w, files, 0).toString()).toBe('d5:filesdee');
  });

  it('leaves already-sorted input alone and encodes it exactly', () => {
    const w = new BencodeWriter();
    const hash = 'abcdefghijklmnopqrst';
    const out = writeScrape(w, [{ infoHash: hash, complete: 10, downloaded: 20, incomplete: 30 }]);
    expect(out.toString('latin1')).toBe(`d5:filesd20:${hash}d8:completei10e10:downloadedi20e10:incompletei30eeee`);
  });
});
