/**
 * Decodes the binary COPY output of the restore query (catalog-loader.ts `PEERS_COPY`) into packed
 * records (packed-peers.ts), one writer per owning worker. Binary COPY is used because it needs no
 * text parsing on either side: bytea, inet, integers and timestamps arrive as bytes, and the only
 * string made per row is the user id the user indexes are keyed by.
 *
 * Format (PostgreSQL docs, "COPY ... Binary Format"): an 11-byte signature, a 32-bit flags word and a
 * header extension; then per row a 16-bit field count (-1 ends the data) and per field a 32-bit
 * length (-1 is NULL) and that many bytes. All integers are big-endian.
 */
import type { UserIndexes } from '../catalog-loader.js';
import { ownerOfBytes } from '../worker-state.js';
import * as R from './packed-peers.js';

const SIGNATURE = Buffer.from('PGCOPY\n\xff\r\n\0', 'latin1');
const FIELDS = 10;
/** Bytes of the next chunk joined to a cut row: a row is about 150 bytes. */
const STITCH_BYTES = 1024;
/** Microseconds between the Unix epoch and PostgreSQL's (2000-01-01). */
const PG_EPOCH_SECONDS = 946_684_800;
const PGSQL_AF_INET = 2;
const PGSQL_AF_INET6 = 3;

/** Byte offset and length of each field of the row being decoded, filled by `locateRow`. */
const fieldAt = new Int32Array(FIELDS);
const fieldLength = new Int32Array(FIELDS);

export class PeerCopyDecoder {
  readonly writers: R.PackedPeersWriter[];
  private pending: Buffer | null = null;
  private headerRead = false;
  private finished = false;
  /** Rows left out: a field of an unexpected size or NULL (the schema's checks make these rare). */
  skipped = 0;

  constructor(
    private readonly indexes: UserIndexes,
    private readonly workerCount: number,
    expectedRows = 0,
  ) {
    const perWorker = Math.max(4096, Math.ceil((expectedRows * 1.05) / workerCount));
    this.writers = Array.from({ length: workerCount }, () => new R.PackedPeersWriter(perWorker));
  }

  push(chunk: Buffer): void {
    let data = chunk;
    let pos = 0;
    if (this.pending) {
      // A row cut by the chunk boundary: join its start with just enough of the next chunk rather
      // than copying the whole chunk behind it.
      const pending = this.pending;
      const head = Buffer.concat([pending, chunk.subarray(0, Math.min(chunk.length, STITCH_BYTES))]);
      const used = this.consume(head, 0, true);
      if (used > pending.length) pos = used - pending.length;
      else if (chunk.length <= STITCH_BYTES) {
        this.pending = head;
        return;
      } else data = Buffer.concat([pending, chunk]); // a row longer than STITCH_BYTES: rare, costs a copy
      this.pending = null;
    }
    pos = this.consume(data, pos, false);
    this.pending = pos < data.length && !this.finished ? data.subarray(pos) : null;
  }

  /**
   * Read the header and rows from `data[pos]` on (only the first item when `once`); returns the
   * offset after the last complete one.
   */
  private consume(data: Buffer, pos: number, once: boolean): number {
    if (!this.headerRead) {
      if (data.length < pos + SIGNATURE.length + 8) return pos;
      if (!data.subarray(pos, pos + SIGNATURE.length).equals(SIGNATURE)) throw new Error('peers COPY: not PostgreSQL binary COPY output');
      const end = pos + SIGNATURE.length + 8 + data.readUInt32BE(pos + SIGNATURE.length + 4);
      if (data.length < end) return pos;
      this.headerRead = true;
      pos = end;
      if (once) return pos;
    }
    while (!this.finished) {
      const end = this.locateRow(data, pos);
      if (end < 0) break;
      if (end === 0) {
        this.finished = true;
        return pos + 2;
      }
      this.decodeRow(data);
      pos = end;
      if (once) break;
    }
    return pos;
  }

  /** Throws when the stream stopped inside a row or before its trailer. */
  end(): R.PackedPeers[] {
    if (!this.finished) throw new Error('peers COPY ended before its trailer');
    return this.writers.map((w) => w.take());
  }

  /**
   * Find the fields of the row at `pos`: returns the offset after it, 0 for the trailer, or -1 when
   * the row is not all in `data` yet.
   */
  private locateRow(data: Buffer, pos: number): number {
    if (pos + 2 > data.length) return -1;
    const fields = data.readInt16BE(pos);
    if (fields === -1) return 0;
    if (fields !== FIELDS) throw new Error(`peers COPY: ${fields} fields in a row, expected ${FIELDS}`);
    pos += 2;
    for (let f = 0; f < FIELDS; f++) {
      if (pos + 4 > data.length) return -1;
      const length = data.readInt32BE(pos);
      pos += 4;
      fieldAt[f] = pos;
      fieldLength[f] = length;
      if (length > 0) pos += length;
      if (pos > data.length) return -1;
    }
    return pos;
  }

  /**
   * Fields: info_hash, user_id (text), peer_id, ip (inet), port (int4), uploaded, downloaded, left
   * (int8), is_paused (bool), updated_at (timestamptz).
   */
  private decodeRow(data: Buffer): void {
    const len = fieldLength;
    if (len[0] !== 20 || !(len[1]! > 0) || len[2] !== 20 || !(len[3]! >= 8) || len[4] !== 4 ||
      len[5] !== 8 || len[6] !== 8 || len[7] !== 8 || len[8] !== 1 || len[9] !== 8) {
      this.skipped++;
      return;
    }
    const hashAt = fieldAt[0]!;
    const writer = this.writers[ownerOfBytes(data, hashAt, this.workerCount)]!;
    const at = writer.next();
    const { bytes, view } = writer;

    // inet: family, bits, is_cidr, address length, address bytes.
    const ipAt = fieldAt[3]!;
    const family = data[ipAt]!;
    const addressLength = data[ipAt + 3]!;
    let flags = data[fieldAt[8]!] ? R.RESTORE_PAUSED : 0;
    if (family === PGSQL_AF_INET && addressLength === 4) {
      data.copy(bytes, at + R.IP, ipAt + 4, ipAt + 8);
    } else if (family === PGSQL_AF_INET6 && addressLength === 16) {
      if (isV4Mapped(data, ipAt + 4)) data.copy(bytes, at + R.IP, ipAt + 16, ipAt + 20);
      else {
        data.copy(bytes, at + R.IP, ipAt + 4, ipAt + 20);
        flags |= R.RESTORE_IPV6;
      }
    } else {
      writer.dropLast();
      this.skipped++;
      return;
    }
    data.copy(bytes, at + R.INFO_HASH, hashAt, hashAt + 20);
    data.copy(bytes, at + R.PEER_ID, fieldAt[2]!, fieldAt[2]! + 20);
    const userAt = fieldAt[1]!;
    view.setInt32(at + R.USER_INDEX, this.indexes.indexOf(data.toString('latin1', userAt, userAt + fieldLength[1]!)), true);
    view.setUint16(at + R.PORT, data.readInt32BE(fieldAt[4]!), true);
    view.setFloat64(at + R.UPLOADED, readInt8(data, fieldAt[5]!), true);
    view.setFloat64(at + R.DOWNLOADED, readInt8(data, fieldAt[6]!), true);
    view.setFloat64(at + R.LEFT, readInt8(data, fieldAt[7]!), true);
    // As `extract(epoch FROM updated_at)::bigint` did: rounded to the second.
    view.setUint32(at + R.LAST_ANNOUNCE, Math.max(0, Math.round(readInt8(data, fieldAt[9]!) / 1e6) + PG_EPOCH_SECONDS), true);
    bytes[at + R.FLAGS] = flags;
  }
}

/** A signed 64-bit big-endian integer as a number (exact below 2^53, as the int8 type parser). */
function readInt8(data: Buffer, at: number): number {
  return data.readInt32BE(at) * 4294967296 + data.readUInt32BE(at + 4);
}

/** ::ffff:a.b.c.d, which the engine keeps as the IPv4 address (address.ts normalizeAddress). */
function isV4Mapped(data: Buffer, at: number): boolean {
  for (let k = 0; k < 10; k++) if (data[at + k] !== 0) return false;
  return data[at + 10] === 0xff && data[at + 11] === 0xff;
}
