/**
 * COPY text-format encoding of a sealed batch, one buffer per staging table. Pure and CPU-bound: it
 * runs in the flush encoder thread (piscina), never on a request path.
 */
import type { SealedBatch } from './pending-batch.js';

export interface EncodedBatch {
  peers: Uint8Array;
  users: Uint8Array;
  history: Uint8Array;
  torrents: Uint8Array;
  snatches: Uint8Array;
  announces: Uint8Array;
}

const NULL = '\\N';

/** Text values: escape what COPY's text format treats specially. */
function text(value: string): string {
  return value.replace(/[\\\t\n\r]/g, (c) => (c === '\\' ? '\\\\' : c === '\t' ? '\\t' : c === '\n' ? '\\n' : '\\r'));
}

/** bytea in hex input form; the backslash itself is escaped for COPY. */
function bytea(value: Uint8Array): string {
  return `\\\\x${Buffer.from(value.buffer, value.byteOffset, value.byteLength).toString('hex')}`;
}

/** Byte counters and seconds: whole numbers (credited amounts can be fractional after multipliers). */
function int(value: number): string {
  return String(Math.round(value));
}

function bool(value: boolean): string {
  return value ? 't' : 'f';
}

function time(epochSeconds: number): string {
  return epochSeconds > 0 ? new Date(epochSeconds * 1000).toISOString() : NULL;
}

function lines<T>(rows: T[], columns: (row: T) => string[]): Uint8Array {
  let out = '';
  for (const row of rows) out += `${columns(row).join('\t')}\n`;
  return Buffer.from(out, 'utf8');
}

export function encodeBatch(batch: SealedBatch): EncodedBatch {
  return {
    peers: lines(batch.peers, (p) => [
      p.torrentId, p.userId, bytea(p.peerId), text(p.ip), String(p.port), int(p.uploaded), int(p.downloaded), int(p.left),
      bool(p.seeder), bool(p.paused), bool(p.removed), time(p.updatedAt),
    ]),
    users: lines(batch.users, (u) => [
      u.userId, int(u.uploaded), int(u.downloaded), int(u.creditedUploaded), int(u.creditedDownloaded), int(u.seedSeconds), int(u.leechSeconds),
    ]),
    history: lines(batch.history, (h) => [
      h.userId, h.torrentId, int(h.uploaded), int(h.downloaded), int(h.creditedUploaded), int(h.creditedDownloaded), int(h.seedSeconds),
      int(h.leechSeconds), time(h.lastAnnounce), time(h.completedAt), bool(h.seeder), bool(h.active), int(h.tokenDownloaded),
    ]),
    torrents: lines(batch.torrents, (t) => [t.torrentId, String(t.seeders), String(t.leechers), String(t.completed), time(t.lastSeederAt)]),
    announces: lines(batch.announces, (a) => [
      time(a.time), a.torrentId, a.userId, bytea(a.peerId), text(a.ip), String(a.port), a.event, int(a.uploaded), int(a.downloaded),
      int(a.left), int(a.up), int(a.down), int(a.creditedUp), int(a.creditedDown), a.numwant === null ? NULL : String(a.numwant),
    ]),
    snatches: lines(batch.snatches, (s) => [
      s.userId, s.torrentId, time(s.completedAt), bytea(s.peerId), text(s.ip), String(s.port), int(s.uploaded), int(s.downloaded),
    ]),
  };
}
