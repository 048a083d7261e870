/**
 * The users and torrents one pending batch refers to, each given a dense batch slot, with their ids
 * kept as the uuid's 16 bytes per slot. Records in the batch carry slots instead of ids, so the
 * supervisor never builds per-row strings, and the encoder copies an id's bytes straight into the COPY
 * stream (binary COPY: a uuid field is its 16 bytes). Ids are uuids (users.id and torrents.id are uuid
 * columns), parsed once per slot.
 */

import { hexDigitValue } from '../protocol/query-text.js';

export const ID_BYTES = 16;

const NO_SLOT = -1;

/** A uuid's 16 bytes from its canonical text (8-4-4-4-12 hex digits), written at `out[at]`. */
export function uuidBytes(id: string, out = new Uint8Array(ID_BYTES), at = 0): Uint8Array {
  if (id.length !== 36 || id[8] !== '-' || id[13] !== '-' || id[18] !== '-' || id[23] !== '-') throw new Error(`flush: id "${id}" is not a uuid`);
  for (let k = 0; k < 36; k += 2) {
    if (k === 8 || k === 13 || k === 18 || k === 23) k++;
    const high = hexDigitValue(id.charCodeAt(k));
    const low = hexDigitValue(id.charCodeAt(k + 1));
    if ((high | low) < 0) throw new Error(`flush: id "${id}" is not a uuid`);
    out[at++] = (high << 4) | low;
  }
  return out;
}

/** Growable table of 16-byte ids. */
class IdBytes {
  bytes = new Uint8Array(ID_BYTES * 256);
  count = 0;

  append(id: string): number {
    if ((this.count + 1) * ID_BYTES > this.bytes.length) {
      const grown = new Uint8Array(this.bytes.length * 2);
      grown.set(this.bytes);
      this.bytes = grown;
    }
    uuidBytes(id, this.bytes, this.count * ID_BYTES);
    return this.count++;
  }

  /** A copy of the ids held, for the sealed batch (the table keeps its storage). */
  snapshot(): Uint8Array {
    return this.bytes.slice(0, this.count * ID_BYTES);
  }
}

/** Torrents by id (the workers' drains name them by id string, one per distinct torrent per drain). */
export class TorrentSlots {
  private readonly slotOf = new Map<string, number>();
  private readonly ids = new IdBytes();

  get size(): number {
    return this.ids.count;
  }

  slot(torrentId: string): number {
    let slot = this.slotOf.get(torrentId);
    if (slot === undefined) {
      slot = this.ids.append(torrentId);
      this.slotOf.set(torrentId, slot);
    }
    return slot;
  }

  snapshot(): Uint8Array {
    return this.ids.snapshot();
  }

  clear(): void {
    this.slotOf.clear();
    this.ids.count = 0;
  }
}

/** Users by the engine's dense user index (records carry the index; the id is looked up once per batch). */
export class UserSlots {
  private slotOfIndex = new Int32Array(1024).fill(NO_SLOT);
  private indexOfSlot = new Int32Array(256);
  private readonly ids = new IdBytes();

  constructor(private readonly userIdOf: (index: number) => string | undefined) {}

  get size(): number {
    return this.ids.count;
  }

  /** The batch slot of user `index`, or -1 when the engine knows no such user. */
  slot(index: number): number {
    if (index < this.slotOfIndex.length) {
      const known = this.slotOfIndex[index]!;
      if (known !== NO_SLOT) return known;
    }
    const userId = this.userIdOf(index);
    if (userId === undefined) return NO_SLOT; // cannot happen: indexes are only handed out for known ids
    if (index >= this.slotOfIndex.length) {
      let length = this.slotOfIndex.length;
      while (length <= index) length *= 2;
      const grown = new Int32Array(length).fill(NO_SLOT);
      grown.set(this.slotOfIndex);
      this.slotOfIndex = grown;
    }
    const slot = this.ids.append(userId);
    if (slot === this.indexOfSlot.length) {
      const grown = new Int32Array(slot * 2);
      grown.set(this.indexOfSlot);
      this.indexOfSlot = grown;
    }
    this.indexOfSlot[slot] = index;
    this.slotOfIndex[index] = slot;
    return slot;
  }

  snapshot(): Uint8Array {
    return this.ids.snapshot();
  }

  clear(): void {
    for (let slot = 0; slot < this.ids.count; slot++) this.slotOfIndex[this.indexOfSlot[slot]!] = NO_SLOT;
    this.ids.count = 0;
  }
}
