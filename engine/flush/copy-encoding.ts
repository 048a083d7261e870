/**
 * Binary COPY encoding of a sealed batch (copy-binary.ts), one buffer per staging table, written
 * straight from the batch's binary records and Float64 rows. Pure and CPU-bound: it runs in the flush
 * encoder thread (piscina), never on a request path. Each encoder below lists its table's columns with
 * their types: a binary field must match its column's type exactly.
 */
import { AGENT, AGENT_BYTES, AGENT_LENGTH, KEY, KEY_BYTES, KEY_LENGTH } from '../protocol/client-fields.js';
import * as A from './announce-log.js';
import { ID_BYTES, uuidBytes } from './batch-ids.js';
import * as B from './batch-rows.js';
import { CopyBinary } from './copy-binary.js';
import * as R from './peer-records.js';
import * as F from './refusal-log.js';
import type { SealedBatch } from './sealed-batch.js';
import { SpareBuffers } from './spare-buffers.js';

export interface EncodedBatch {
  /** Live peers (sg_peers). */
  peers: Uint8Array;
  /** Peers that left (sg_gone_peers): deleted, unless a newer row is stored. */
  gonePeers: Uint8Array;
  users: Uint8Array;
  history: Uint8Array;
  torrents: Uint8Array;
  snatches: Uint8Array;
  announces: Uint8Array;
  /** credit_refusals rows (CREDIT_REFUSALS_COPY). */
  refusals: Uint8Array;
}

/** The buffers the batch's COPY data was built in, one per table (each is a view over its own). */
export function encodedBuffers(e: EncodedBatch): ArrayBuffer[] {
  return [e.peers, e.gonePeers, e.users, e.history, e.torrents, e.snatches, e.announces, e.refusals].map((view) => view.buffer as ArrayBuffer);
}

const asciiBytes = (text: string) => Uint8Array.from(text, (c) => c.charCodeAt(0));
const EVENT_TEXT = A.EVENT_NAMES.map(asciiBytes);
const REFUSAL_KIND_TEXT = F.REFUSAL_KINDS.map(asciiBytes);

/** Writes a batch's ids: `userIds` / `torrentIds` hold a uuid's 16 bytes per slot. */
class Ids {
  constructor(private readonly batch: SealedBatch) {}

  user(out: CopyBinary, slot: number): void {
    out.raw(this.batch.userIds, slot * ID_BYTES, ID_BYTES);
  }

  torrent(out: CopyBinary, slot: number): void {
    out.raw(this.batch.torrentIds, slot * ID_BYTES, ID_BYTES);
  }
}

/** Most bytes the agent and key columns add to a row: two lengths and every byte doubled (latin1 to UTF-8). */
const CLIENT_TEXT_MAX = 8 + 2 * (AGENT_BYTES + KEY_BYTES);

/** The agent and key columns (text, text) from the client block at `records[block]`. */
function clientColumns(out: CopyBinary, records: Uint8Array, block: number): void {
  out.clientText(records, block + AGENT, records[block + AGENT_LENGTH]!, false);
  out.clientText(records, block + KEY, records[block + KEY_LENGTH]!, true);
}

function viewOf(bytes: Uint8Array): DataView {
  return new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
}

/**
 * sg_peers: torrent_id uuid, user_id uuid, peer_id bytea, ip inet, port integer, uploaded, downloaded, left
 * bigint, is_seeder, is_paused boolean, agent, key text, updated_at timestamptz;
 * removed peers go to sg_gone_peers: torrent_id, user_id, peer_id, updated_at.
 */
function encodePeers(records: Uint8Array, ids: Ids, spares: SpareBuffers): { live: Uint8Array; gone: Uint8Array } {
  const v = viewOf(records);
  const rows = records.byteLength / R.RECORD_BYTES;
  const live = new CopyBinary(rows, 200, 160 + CLIENT_TEXT_MAX, spares);
  const gone = new CopyBinary(0, 0, 80, spares);
  for (let at = 0; at < records.byteLength; at += R.RECORD_BYTES) {
    const flags = v.getUint8(at + R.FLAGS);
    const out = flags & R.REC_REMOVED ? gone : live;
    out.row(out === live ? 13 : 4);
    ids.torrent(out, v.getUint32(at + R.TORRENT_REF, true));
    ids.user(out, v.getUint32(at + R.USER_INDEX, true));
    out.raw(records, at + R.PEER_ID, 20);
    if (out === live) {
      out.ip(records, at + R.IP, (flags & R.REC_IPV6) !== 0);
      out.int4(v.getUint16(at + R.PORT, true));
      out.int8(v.getFloat64(at + R.UPLOADED, true));
      out.int8(v.getFloat64(at + R.DOWNLOADED, true));
      out.int8(v.getFloat64(at + R.LEFT, true));
      out.bool((flags & R.REC_SEEDER) !== 0);
      out.bool((flags & R.REC_PAUSED) !== 0);
      clientColumns(out, records, at + R.CLIENT);
    }
    out.time(v.getUint32(at + R.LAST_ANNOUNCE, true));
  }
  return { live: live.finish(), gone: gone.finish() };
}

/** sg_snatches: user_id, torrent_id uuid, completed_at timestamptz, peer_id bytea, ip inet, port integer, uploaded, downloaded bigint, agent text */
function encodeSnatches(records: Uint8Array, ids: Ids, spares: SpareBuffers): Uint8Array {
  const v = viewOf(records);
  const out = new CopyBinary(records.byteLength / R.RECORD_BYTES, 200, 140 + CLIENT_TEXT_MAX, spares);
  for (let at = 0; at < records.byteLength; at += R.RECORD_BYTES) {
    out.row(9);
    ids.user(out, v.getUint32(at + R.USER_INDEX, true));
    ids.torrent(out, v.getUint32(at + R.TORRENT_REF, true));
    out.time(v.getUint32(at + R.COMPLETED_AT, true));
    out.raw(records, at + R.PEER_ID, 20);
    out.ip(records, at + R.IP, (v.getUint8(at + R.FLAGS) & R.REC_IPV6) !== 0);
    out.int4(v.getUint16(at + R.PORT, true));
    out.int8(v.getFloat64(at + R.UPLOADED, true));
    out.int8(v.getFloat64(at + R.DOWNLOADED, true));
    out.clientText(records, at + R.CLIENT + AGENT, records[at + R.CLIENT + AGENT_LENGTH]!, false);
  }
  return out.finish();
}

/**
 * announces: created_at timestamptz, torrent_id, user_id uuid, peer_id bytea, ip inet, port integer, event text,
 * uploaded, downloaded, left, the four deltas bigint, numwant integer, agent, key text
 */
function encodeAnnounces(records: Uint8Array, ids: Ids, spares: SpareBuffers): Uint8Array {
  const v = viewOf(records);
  const out = new CopyBinary(records.byteLength / A.ANNOUNCE_BYTES, 260, 230 + CLIENT_TEXT_MAX, spares);
  for (let at = 0; at < records.byteLength; at += A.ANNOUNCE_BYTES) {
    out.row(17);
    out.time(v.getUint32(at + A.TIME, true));
    ids.torrent(out, v.getUint32(at + A.SWARM, true));
    ids.user(out, v.getUint32(at + A.USER_INDEX, true));
    out.raw(records, at + A.PEER_ID, 20);
    out.ip(records, at + A.IP, v.getUint8(at + A.IPV6) !== 0);
    out.int4(v.getUint16(at + A.PORT, true));
    const event = EVENT_TEXT[v.getUint8(at + A.EVENT)] ?? EVENT_TEXT[0]!;
    out.raw(event, 0, event.length);
    out.int8(v.getFloat64(at + A.UPLOADED, true));
    out.int8(v.getFloat64(at + A.DOWNLOADED, true));
    out.int8(v.getFloat64(at + A.LEFT, true));
    out.int8(v.getFloat64(at + A.D_UP, true));
    out.int8(v.getFloat64(at + A.D_DOWN, true));
    out.int8(v.getFloat64(at + A.D_CREDITED_UP, true));
    out.int8(v.getFloat64(at + A.D_CREDITED_DOWN, true));
    const numwant = v.getUint32(at + A.NUMWANT, true);
    if (numwant === A.NO_NUMWANT) out.nullValue();
    else out.int4(numwant);
    clientColumns(out, records, at + A.CLIENT);
  }
  return out.finish();
}

/**
 * credit_refusals (CREDIT_REFUSALS_COPY): created_at timestamptz, batch_id, user_id, torrent_id uuid, peer_id
 * bytea, ip inet, port integer, kind text, reported_uploaded, reported_downloaded, allowed_bytes,
 * refused_uploaded, refused_downloaded bigint
 */
function encodeRefusals(records: Uint8Array, ids: Ids, batchId: string, spares: SpareBuffers): Uint8Array {
  const v = viewOf(records);
  const id = uuidBytes(batchId);
  const out = new CopyBinary(records.byteLength / F.REFUSAL_BYTES, 230, 240, spares);
  for (let at = 0; at < records.byteLength; at += F.REFUSAL_BYTES) {
    out.row(13);
    out.time(v.getUint32(at + F.AT, true));
    out.raw(id, 0, ID_BYTES);
    ids.user(out, v.getUint32(at + F.USER_INDEX, true));
    ids.torrent(out, v.getUint32(at + F.SWARM, true));
    out.raw(records, at + F.PEER_ID, 20);
    out.ip(records, at + F.IP, v.getUint8(at + F.IPV6) !== 0);
    out.int4(v.getUint16(at + F.PORT, true));
    const kind = REFUSAL_KIND_TEXT[v.getUint8(at + F.KIND)]!;
    out.raw(kind, 0, kind.length);
    out.int8(v.getFloat64(at + F.REPORTED_UP, true));
    out.int8(v.getFloat64(at + F.REPORTED_DOWN, true));
    // What a user could have moved is unbounded when nothing limits it: the column is a bigint.
    out.int8(Math.min(v.getFloat64(at + F.ALLOWED, true), Number.MAX_SAFE_INTEGER));
    out.int8(v.getFloat64(at + F.REFUSED_UP, true));
    out.int8(v.getFloat64(at + F.REFUSED_DOWN, true));
  }
  return out.finish();
}

/** sg_users: user_id uuid, then bigint: uploaded, downloaded, uploaded_credited, downloaded_credited, seed_seconds, leech_seconds */
function encodeUsers(rows: Float64Array, ids: Ids, spares: SpareBuffers): Uint8Array {
  const out = new CopyBinary(rows.length / B.USER_FIELDS, 100, 100, spares);
  for (let r = 0; r < rows.length; r += B.USER_FIELDS) {
    out.row(7);
    ids.user(out, rows[r + B.USER_SLOT]!);
    for (let field = B.U_UP; field <= B.U_LEECH_SECONDS; field++) out.int8(rows[r + field]!);
  }
  return out.finish();
}

/**
 * sg_history: user_id, torrent_id uuid, uploaded, downloaded, uploaded_credited, downloaded_credited,
 * seed_seconds, leech_seconds bigint, last_announce_at, completed_at timestamptz, is_seeder, active
 * boolean, token_downloaded bigint
 */
function encodeHistory(rows: Float64Array, ids: Ids, spares: SpareBuffers): Uint8Array {
  const out = new CopyBinary(rows.length / B.HISTORY_FIELDS, 170, 170, spares);
  for (let r = 0; r < rows.length; r += B.HISTORY_FIELDS) {
    out.row(13);
    ids.user(out, rows[r + B.H_USER_SLOT]!);
    ids.torrent(out, rows[r + B.H_TORRENT_SLOT]!);
    for (let field = B.H_UP; field <= B.H_LEECH_SECONDS; field++) out.int8(rows[r + field]!);
    out.time(rows[r + B.H_LAST_ANNOUNCE]!);
    out.time(rows[r + B.H_COMPLETED_AT]!);
    out.bool(rows[r + B.H_SEEDER] === 1);
    out.bool(rows[r + B.H_ACTIVE] === 1);
    out.int8(rows[r + B.H_TOKEN_DOWN]!);
  }
  return out.finish();
}

/** sg_torrents: torrent_id uuid, seeders, leechers, completed integer, last_seeder_at timestamptz */
function encodeTorrents(rows: Float64Array, ids: Ids, spares: SpareBuffers): Uint8Array {
  const out = new CopyBinary(rows.length / B.TORRENT_FIELDS, 64, 64, spares);
  for (let r = 0; r < rows.length; r += B.TORRENT_FIELDS) {
    out.row(5);
    ids.torrent(out, rows[r + B.TORRENT_SLOT]!);
    out.int4(rows[r + B.T_SEEDERS]!);
    out.int4(rows[r + B.T_LEECHERS]!);
    out.int4(rows[r + B.T_COMPLETED]!);
    out.time(rows[r + B.T_LAST_SEEDER_AT]!);
  }
  return out.finish();
}

/**
 * The batch's COPY data, one buffer per table, built in buffers taken from `spares` (the flusher lends
 * the buffers of written batches to the encoder, spare-buffers.ts); each is a view over its own buffer.
 */
export function encodeBatch(batch: SealedBatch, spares: SpareBuffers = new SpareBuffers()): EncodedBatch {
  const ids = new Ids(batch);
  const peers = encodePeers(batch.peers, ids, spares);
  return {
    peers: peers.live,
    gonePeers: peers.gone,
    users: encodeUsers(batch.users, ids, spares),
    history: encodeHistory(batch.history, ids, spares),
    torrents: encodeTorrents(batch.torrents, ids, spares),
    snatches: encodeSnatches(batch.snatches, ids, spares),
    announces: encodeAnnounces(batch.announces, ids, spares),
    refusals: encodeRefusals(batch.refusals, ids, batch.id, spares),
  };
}
