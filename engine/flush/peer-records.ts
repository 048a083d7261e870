/**
 * The fixed-size record a worker writes for every peer that changed since the last drain: its latest
 * state plus what it moved in that window. Workers hand these to the supervisor as one transferred
 * buffer, so a drain costs them a memcpy per peer and no objects. Every delta the database receives
 * (users, per-user-torrent history, snatches, token usage, peers) is derived from these records.
 */

import { AGENT, AGENT_LENGTH, CLIENT_BYTES, KEY, KEY_LENGTH } from '../protocol/client-fields.js';

export const RECORD_BYTES = 264;

// Offsets within a record.
export const TORRENT_REF = 0; // u32: index into the drain's torrentIds
export const USER_INDEX = 4; // u32
export const PEER_ID = 8; // 20 bytes
export const IP = 28; // 16 bytes (IPv4 in the first 4)
export const FLAGS = 44; // u8, the REC_* flags below
export const PORT = 46; // u16
export const UPLOADED = 48; // f64: last reported
export const DOWNLOADED = 56;
export const LEFT = 64;
export const LAST_ANNOUNCE = 72; // u32 epoch seconds (the removal time for a removed peer)
export const COMPLETED_AT = 76; // u32 epoch seconds, 0 = did not complete in this window
export const D_UP = 80; // f64 deltas in this window
export const D_DOWN = 88;
export const D_CREDITED_UP = 96;
export const D_CREDITED_DOWN = 104;
export const D_TOKEN_DOWN = 112; // raw download while a freeleech token applied
export const D_SEED_SECONDS = 120; // u32
export const D_LEECH_SECONDS = 124; // u32
export const CLIENT = 128; // client block (client-fields.ts): agent and key of the last counted announce
if (CLIENT + CLIENT_BYTES > RECORD_BYTES) throw new Error('peer record too small for the client block');

export const REC_SEEDER = 1;
export const REC_PAUSED = 2;
export const REC_IPV6 = 4;
export const REC_REMOVED = 8;

/** One decoded record (supervisor side). */
export interface PeerDelta {
  torrentId: string;
  userIndex: number;
  peerId: Buffer;
  ip: Uint8Array;
  port: number;
  seeder: boolean;
  paused: boolean;
  removed: boolean;
  uploaded: number;
  downloaded: number;
  left: number;
  lastAnnounce: number;
  completedAt: number;
  up: number;
  down: number;
  creditedUp: number;
  creditedDown: number;
  tokenDown: number;
  seedSeconds: number;
  leechSeconds: number;
  /** '' when the client sent none. */
  agent: string;
  key: string;
}

export function decodePeerRecords(buffer: Uint8Array, torrentIds: string[]): PeerDelta[] {
  const view = new DataView(buffer.buffer, buffer.byteOffset, buffer.byteLength);
  const text = Buffer.from(buffer.buffer, buffer.byteOffset, buffer.byteLength);
  const out: PeerDelta[] = [];
  for (let at = 0; at + RECORD_BYTES <= buffer.byteLength; at += RECORD_BYTES) {
    const flags = view.getUint8(at + FLAGS);
    out.push({
      torrentId: torrentIds[view.getUint32(at + TORRENT_REF, true)]!,
      userIndex: view.getUint32(at + USER_INDEX, true),
      peerId: Buffer.from(buffer.subarray(at + PEER_ID, at + PEER_ID + 20)),
      ip: buffer.slice(at + IP, at + IP + (flags & REC_IPV6 ? 16 : 4)),
      port: view.getUint16(at + PORT, true),
      seeder: (flags & REC_SEEDER) !== 0,
      paused: (flags & REC_PAUSED) !== 0,
      removed: (flags & REC_REMOVED) !== 0,
      uploaded: view.getFloat64(at + UPLOADED, true),
      downloaded: view.getFloat64(at + DOWNLOADED, true),
      left: view.getFloat64(at + LEFT, true),
      lastAnnounce: view.getUint32(at + LAST_ANNOUNCE, true),
      completedAt: view.getUint32(at + COMPLETED_AT, true),
      up: view.getFloat64(at + D_UP, true),
      down: view.getFloat64(at + D_DOWN, true),
      creditedUp: view.getFloat64(at + D_CREDITED_UP, true),
      creditedDown: view.getFloat64(at + D_CREDITED_DOWN, true),
      tokenDown: view.getFloat64(at + D_TOKEN_DOWN, true),
      seedSeconds: view.getUint32(at + D_SEED_SECONDS, true),
      leechSeconds: view.getUint32(at + D_LEECH_SECONDS, true),
      agent: text.toString('utf8', at + CLIENT + AGENT, at + CLIENT + AGENT + buffer[at + CLIENT + AGENT_LENGTH]!),
      key: text.toString('latin1', at + CLIENT + KEY, at + CLIENT + KEY + buffer[at + CLIENT + KEY_LENGTH]!),
    });
  }
  return out;
}
