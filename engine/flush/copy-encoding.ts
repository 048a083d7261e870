/**
 * COPY text-format encoding of a sealed batch, one buffer per staging table, formatted straight from
 * the batch's binary records and Float64 rows. Pure and CPU-bound: it runs in the flush encoder thread
 * (piscina), never on a request path.
 */
import { AGENT, AGENT_BYTES, AGENT_LENGTH, KEY, KEY_BYTES, KEY_LENGTH } from '../protocol/client-fields.js';
import * as A from './announce-log.js';
import { ID_BYTES } from './batch-ids.js';
import * as B from './batch-rows.js';
import { CopyText } from './copy-text.js';
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

/** The buffers the batch's COPY text was built in, one per table (each text is a view over its own). */
export function encodedBuffers(e: EncodedBatch): ArrayBuffer[] {
  return [e.peers, e.gonePeers, e.users, e.history, e.torrents, e.snatches, e.announces, e.refusals].map((view) => view.buffer as ArrayBuffer);
}

const asciiBytes = (text: string) => Uint8Array.from(text, (c) => c.charCodeAt(0));
const EVENT_TEXT = A.EVENT_NAMES.map(asciiBytes);
const REFUSAL_KIND_TEXT = F.REFUSAL_KINDS.map(asciiBytes);

/** Writes a batch's ids: `userIds` / `torrentIds` hold 36 ASCII bytes per slot. */
class Ids {
  constructor(private readonly batch: SealedBatch) {}

  user(out: CopyText, slot: number): void {
    out.ascii(this.batch.userIds, slot * ID_BYTES, ID_BYTES);
  }

  torrent(out: CopyText, slot: number): void {
    out.ascii(this.batch.torrentIds, slot * ID_BYTES, ID_BYTES);
  }
}

/** Most bytes the agent and key columns add to a row: two tabs and every byte escaped. */
const CLIENT_TEXT_MAX = 2 + 2 * (AGENT_BYTES + KEY_BYTES);

/** The agent and key columns from the client block at `records[block]`: agent<TAB>key. */
function clientColumns(out: CopyText, records: Uint8Array, block: number): void {
  out.clientText(records, block + AGENT, records[block + AGENT_LENGTH]!, false);
  out.tab();
  out.clientText(records, block + KEY, records[block + KEY_LENGTH]!, true);
}

function viewOf(bytes: Uint8Array): DataView {
  return new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
}

/**
 * sg_peers: torrent_id, user_id, peer_id, ip, port, uploaded, downloaded, left, is_seeder, is_paused, agent, key,
 * updated_at;
 * removed peers go to sg_gone_peers: torrent_id, user_id, peer_id, updated_at.
 */
function encodePeers(records: Uint8Array, ids: Ids, spares: SpareBuffers): { live: Uint8Array; gone: Uint8Array } {
  const v = viewOf(records);
  const rows = records.byteLength / R.RECORD_BYTES;
  const live = new CopyText(rows, 220, 320 + CLIENT_TEXT_MAX, spares);
  const gone = new CopyText(0, 0, 160, spares);
  for (let at = 0; at < records.byteLength; at += R.RECORD_BYTES) {
    const flags = v.getUint8(at + R.FLAGS);
    const out = flags & R.REC_REMOVED ? gone : live;
    out.row();
    ids.torrent(out, v.getUint32(at + R.TORRENT_REF, true));
    out.tab();
    ids.user(out, v.getUint32(at + R.USER_INDEX, true));
    out.tab();
    out.bytea(records, at + R.PEER_ID, 20);
    out.tab();
    if (out === live) {
      out.ip(records, at + R.IP, (flags & R.REC_IPV6) !== 0);
      out.tab();
      out.int(v.getUint16(at + R.PORT, true));
      out.tab();
      out.int(v.getFloat64(at + R.UPLOADED, true));
      out.tab();
      out.int(v.getFloat64(at + R.DOWNLOADED, true));
      out.tab();
      out.int(v.getFloat64(at + R.LEFT, true));
      out.tab();
      out.bool((flags & R.REC_SEEDER) !== 0);
      out.tab();
      out.bool((flags & R.REC_PAUSED) !== 0);
      out.tab();
      clientColumns(out, records, at + R.CLIENT);
      out.tab();
    }
    out.time(v.getUint32(at + R.LAST_ANNOUNCE, true));
    out.endRow();
  }
  return { live: live.finish(), gone: gone.finish() };
}

/** sg_snatches: user_id, torrent_id, completed_at, peer_id, ip, port, uploaded, downloaded, agent */
function encodeSnatches(records: Uint8Array, ids: Ids, spares: SpareBuffers): Uint8Array {
  const v = viewOf(records);
  const out = new CopyText(records.byteLength / R.RECORD_BYTES, 220, 280 + CLIENT_TEXT_MAX, spares);
  for (let at = 0; at < records.byteLength; at += R.RECORD_BYTES) {
    out.row();
    ids.user(out, v.getUint32(at + R.USER_INDEX, true));
    out.tab();
    ids.torrent(out, v.getUint32(at + R.TORRENT_REF, true));
    out.tab();
    out.time(v.getUint32(at + R.COMPLETED_AT, true));
    out.tab();
    out.bytea(records, at + R.PEER_ID, 20);
    out.tab();
    out.ip(records, at + R.IP, (v.getUint8(at + R.FLAGS) & R.REC_IPV6) !== 0);
    out.tab();
    out.int(v.getUint16(at + R.PORT, true));
    out.tab();
    out.int(v.getFloat64(at + R.UPLOADED, true));
    out.tab();
    out.int(v.getFloat64(at + R.DOWNLOADED, true));
    out.tab();
    out.clientText(records, at + R.CLIENT + AGENT, records[at + R.CLIENT + AGENT_LENGTH]!, false);
    out.endRow();
  }
  return out.finish();
}

/** announces: created_at, torrent_id, user_id, peer_id, ip, port, event, uploaded, downloaded, left, deltas, numwant, agent, key */
function encodeAnnounces(records: Uint8Array, ids: Ids, spares: SpareBuffers): Uint8Array {
  const v = viewOf(records);
  const out = new CopyText(records.byteLength / A.ANNOUNCE_BYTES, 260, 480 + CLIENT_TEXT_MAX, spares);
  for (let at = 0; at < records.byteLength; at += A.ANNOUNCE_BYTES) {
    out.row();
    out.time(v.getUint32(at + A.TIME, true));
    out.tab();
    ids.torrent(out, v.getUint32(at + A.SWARM, true));
    out.tab();
    ids.user(out, v.getUint32(at + A.USER_INDEX, true));
    out.tab();
    out.bytea(records, at + A.PEER_ID, 20);
    out.tab();
    out.ip(records, at + A.IP, v.getUint8(at + A.IPV6) !== 0);
    out.tab();
    out.int(v.getUint16(at + A.PORT, true));
    out.tab();
    const event = EVENT_TEXT[v.getUint8(at + A.EVENT)] ?? EVENT_TEXT[0]!;
    out.ascii(event, 0, event.length);
    out.tab();
    out.int(v.getFloat64(at + A.UPLOADED, true));
    out.tab();
    out.int(v.getFloat64(at + A.DOWNLOADED, true));
    out.tab();
    out.int(v.getFloat64(at + A.LEFT, true));
    out.tab();
    out.int(v.getFloat64(at + A.D_UP, true));
    out.tab();
    out.int(v.getFloat64(at + A.D_DOWN, true));
    out.tab();
    out.int(v.getFloat64(at + A.D_CREDITED_UP, true));
    out.tab();
    out.int(v.getFloat64(at + A.D_CREDITED_DOWN, true));
    out.tab();
    const numwant = v.getUint32(at + A.NUMWANT, true);
    if (numwant === A.NO_NUMWANT) out.nullValue();
    else out.int(numwant);
    out.tab();
    clientColumns(out, records, at + A.CLIENT);
    out.endRow();
  }
  return out.finish();
}

/**
 * credit_refusals (CREDIT_REFUSALS_COPY): created_at, batch_id, user_id, torrent_id, peer_id, ip, port, kind,
 * reported_uploaded, reported_downloaded, allowed_bytes, refused_uploaded, refused_downloaded
 */
function encodeRefusals(records: Uint8Array, ids: Ids, batchId: string, spares: SpareBuffers): Uint8Array {
  const v = viewOf(records);
  const id = asciiBytes(batchId);
  const out = new CopyText(records.byteLength / F.REFUSAL_BYTES, 300, 420, spares);
  for (let at = 0; at < records.byteLength; at += F.REFUSAL_BYTES) {
    out.row();
    out.time(v.getUint32(at + F.AT, true));
    out.tab();
    out.ascii(id, 0, id.length);
    out.tab();
    ids.user(out, v.getUint32(at + F.USER_INDEX, true));
    out.tab();
    ids.torrent(out, v.getUint32(at + F.SWARM, true));
    out.tab();
    out.bytea(records, at + F.PEER_ID, 20);
    out.tab();
    out.ip(records, at + F.IP, v.getUint8(at + F.IPV6) !== 0);
    out.tab();
    out.int(v.getUint16(at + F.PORT, true));
    out.tab();
    const kind = REFUSAL_KIND_TEXT[v.getUint8(at + F.KIND)]!;
    out.ascii(kind, 0, kind.length);
    out.tab();
    out.int(v.getFloat64(at + F.REPORTED_UP, true));
    out.tab();
    out.int(v.getFloat64(at + F.REPORTED_DOWN, true));
    out.tab();
    // What a user could have moved is unbounded when nothing limits it: the column is a bigint.
    out.int(Math.min(v.getFloat64(at + F.ALLOWED, true), Number.MAX_SAFE_INTEGER));
    out.tab();
    out.int(v.getFloat64(at + F.REFUSED_UP, true));
    out.tab();
    out.int(v.getFloat64(at + F.REFUSED_DOWN, true));
    out.endRow();
  }
  return out.finish();
}

/** sg_users: user_id, uploaded, downloaded, uploaded_credited, downloaded_credited, seed_seconds, leech_seconds */
function encodeUsers(rows: Float64Array, ids: Ids, spares: SpareBuffers): Uint8Array {
  const out = new CopyText(rows.length / B.USER_FIELDS, 120, 220, spares);
  for (let r = 0; r < rows.length; r += B.USER_FIELDS) {
    out.row();
    ids.user(out, rows[r + B.USER_SLOT]!);
    for (let field = B.U_UP; field <= B.U_LEECH_SECONDS; field++) {
      out.tab();
      out.int(rows[r + field]!);
    }
    out.endRow();
  }
  return out.finish();
}

/**
 * sg_history: user_id, torrent_id, uploaded, downloaded, uploaded_credited, downloaded_credited,
 * seed_seconds, leech_seconds, last_announce_at, completed_at, is_seeder, active, token_downloaded
 */
function encodeHistory(rows: Float64Array, ids: Ids, spares: SpareBuffers): Uint8Array {
  const out = new CopyText(rows.length / B.HISTORY_FIELDS, 200, 360, spares);
  for (let r = 0; r < rows.length; r += B.HISTORY_FIELDS) {
    out.row();
    ids.user(out, rows[r + B.H_USER_SLOT]!);
    out.tab();
    ids.torrent(out, rows[r + B.H_TORRENT_SLOT]!);
    for (let field = B.H_UP; field <= B.H_LEECH_SECONDS; field++) {
      out.tab();
      out.int(rows[r + field]!);
    }
    out.tab();
    out.time(rows[r + B.H_LAST_ANNOUNCE]!);
    out.tab();
    out.time(rows[r + B.H_COMPLETED_AT]!);
    out.tab();
    out.bool(rows[r + B.H_SEEDER] === 1);
    out.tab();
    out.bool(rows[r + B.H_ACTIVE] === 1);
    out.tab();
    out.int(rows[r + B.H_TOKEN_DOWN]!);
    out.endRow();
  }
  return out.finish();
}

/** sg_torrents: torrent_id, seeders, leechers, completed, last_seeder_at */
function encodeTorrents(rows: Float64Array, ids: Ids, spares: SpareBuffers): Uint8Array {
  const out = new CopyText(rows.length / B.TORRENT_FIELDS, 80, 180, spares);
  for (let r = 0; r < rows.length; r += B.TORRENT_FIELDS) {
    out.row();
    ids.torrent(out, rows[r + B.TORRENT_SLOT]!);
    out.tab();
    out.int(rows[r + B.T_SEEDERS]!);
    out.tab();
    out.int(rows[r + B.T_LEECHERS]!);
    out.tab();
    out.int(rows[r + B.T_COMPLETED]!);
    out.tab();
    out.time(rows[r + B.T_LAST_SEEDER_AT]!);
    out.endRow();
  }
  return out.finish();
}

/**
 * The batch's COPY text, one buffer per table, built in buffers taken from `spares` (the flusher lends
 * its spare text buffers to the encoder, spare-buffers.ts); each text is a view over its own buffer.
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
