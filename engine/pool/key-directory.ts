/**
 * The supervisor's map from pool keys and slots (database ids) to their shared cells: a key gets a
 * stable index and a range of slot cells the first time it is loaded, for the life of the process.
 */
import type { PoolKeyRecord } from './pool-records.js';
import { MAX_KEYS } from './shared/key-cells.js';
import { MAX_SLOT_CELLS } from './shared/slot-cells.js';

export interface KeyPlace {
  index: number;
  slotBase: number;
  slotCapacity: number;
}

export class KeyDirectory {
  private readonly places = new Map<string, KeyPlace>();
  private readonly records: (PoolKeyRecord | undefined)[] = [];
  private readonly slotIds: (string | undefined)[] = [];
  private readonly slotCellById = new Map<string, number>();
  private nextIndex = 0;
  private nextCell = 0;

  /** The key's place, allocating one (with `slots` cells) on first sight; null when the tables are full. */
  place(keyId: string, slots: number): KeyPlace | null {
    const known = this.places.get(keyId);
    if (known) return known;
    if (this.nextIndex >= MAX_KEYS || this.nextCell + slots > MAX_SLOT_CELLS) return null;
    const place = { index: this.nextIndex++, slotBase: this.nextCell, slotCapacity: slots };
    this.nextCell += slots;
    this.places.set(keyId, place);
    return place;
  }

  placeOf(keyId: string): KeyPlace | undefined {
    return this.places.get(keyId);
  }

  setRecord(record: PoolKeyRecord): void {
    this.records[record.index] = record;
    const place = this.places.get(record.id)!;
    record.slotIds.forEach((slotId, i) => {
      const cell = place.slotBase + i;
      const previous = this.slotIds[cell];
      if (previous) this.slotCellById.delete(previous);
      this.slotIds[cell] = slotId;
      this.slotCellById.set(slotId, cell);
    });
  }

  removeRecord(index: number): void {
    this.records[index] = undefined;
  }

  record(index: number): PoolKeyRecord | undefined {
    return this.records[index];
  }

  all(): PoolKeyRecord[] {
    return this.records.filter((r): r is PoolKeyRecord => r !== undefined);
  }

  slotId(cell: number): string | undefined {
    return this.slotIds[cell];
  }

  slotCell(slotId: string): number | undefined {
    return this.slotCellById.get(slotId);
  }
}
