/**
 * What the pool flusher last wrote of the shared cells' state (slot owners and activity, lease
 * heartbeats, key counts), so each batch writes only what changed since. The supervisor also sets it
 * when it loads rows from the database, so a reload is never written back as a change.
 */
import { MAX_KEYS } from '../shared/key-cells.js';
import { MAX_LEASES } from '../shared/lease-table.js';
import { MAX_SLOT_CELLS } from '../shared/slot-cells.js';

export class WrittenState {
  /** User index holding each slot cell as last written (-1: free). */
  readonly slotOwner = new Int32Array(MAX_SLOT_CELLS).fill(-1);
  /** Expiry (unix seconds) of each lease cell as last written, so only extended leases get a heartbeat row update. */
  readonly leaseExpires = new Int32Array(MAX_LEASES);
  readonly keyStreams = new Int32Array(MAX_KEYS).fill(-1);
  readonly keySlots = new Int32Array(MAX_KEYS).fill(-1);
}
