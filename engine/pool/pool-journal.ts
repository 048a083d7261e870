/**
 * What one thread did to the pool since the last drain: rows for the pool flusher.
 *
 * Stream starts and ends come with every request, so they are kept as columns (numbers in typed
 * arrays, texts in one list) and a drain crosses to the supervisor as a few array copies: cloning
 * thousands of small records per drain cost the serving thread about a tenth of its time.
 * Upstream reports and health changes are rare and stay records. `readPoolDrain` turns a drain
 * back into records on the supervisor's side.
 */
import { growTyped } from '../state/typed-arrays.js';
import { formatLeaseId, LEASE_ID_BYTES } from './shared/lease-id.js';
import type { EndReason, HealthChange, LeaseEnd, LeaseStart, StreamMetadata, StreamType, UsageReport } from './pool-records.js';

/** Per start: startedAtMs. Per end: startedAtMs, endedAtMs. */
const START_NUMBERS = 1;
const END_NUMBERS = 2;
/** Per start: key, slot, stream type. Per end: reason. Every row also has its lease id's 16 bytes. */
const START_INTS = 3;
/** Per start: userId, deviceId, imdbId, torrentHash, title. (Lease ids are bytes: formatted by the reader.) */
const START_TEXTS = 5;

const STREAM_TYPES: readonly (StreamType | null)[] = [null, 'movie', 'series'];
const END_REASONS: readonly EndReason[] = ['stopped', 'expired', 'evicted', 'error'];

/** A drain as it crosses threads: the column arrays (transferable) and the rare records. */
export interface PoolDrain {
  starts: { count: number; ids: Uint8Array; numbers: Float64Array; ints: Int32Array; texts: (string | null)[] };
  ends: { count: number; ids: Uint8Array; numbers: Float64Array; ints: Int32Array };
  usage: UsageReport[];
  health: HealthChange[];
}

/** A drain read back into records (the pool flusher's input). */
export interface PoolDrainRecords {
  starts: LeaseStart[];
  ends: LeaseEnd[];
  usage: UsageReport[];
  health: HealthChange[];
}

/** Rows of a lease id, `numbersPer` numbers and `intsPer` ints each, in arrays that grow by doubling. */
class Columns {
  count = 0;
  ids = new Uint8Array(256 * LEASE_ID_BYTES);
  numbers: Float64Array;
  ints: Int32Array;

  constructor(
    private readonly numbersPer: number,
    private readonly intsPer: number,
  ) {
    this.numbers = new Float64Array(256 * numbersPer);
    this.ints = new Int32Array(256 * intsPer);
  }

  /** One more row, with its lease id copied from `ids` at `idAt`; returns the row's index. */
  add(ids: Uint8Array, idAt: number): number {
    const row = this.count++;
    if (this.count * LEASE_ID_BYTES > this.ids.length) this.ids = growTyped(this.ids, this.ids.length * 2);
    this.ids.set(ids.subarray(idAt, idAt + LEASE_ID_BYTES), row * LEASE_ID_BYTES);
    if (this.count * this.numbersPer > this.numbers.length) this.numbers = growTyped(this.numbers, this.numbers.length * 2);
    if (this.count * this.intsPer > this.ints.length) this.ints = growTyped(this.ints, this.ints.length * 2);
    return row;
  }

  /** Copies sized to what was written (the journal keeps its arrays and starts over). */
  take() {
    const taken = {
      count: this.count,
      ids: this.ids.slice(0, this.count * LEASE_ID_BYTES),
      numbers: this.numbers.slice(0, this.count * this.numbersPer),
      ints: this.ints.slice(0, this.count * this.intsPer),
    };
    this.count = 0;
    return taken;
  }
}

export class PoolJournal {
  private starts = new Columns(START_NUMBERS, START_INTS);
  /** The starts' texts, START_TEXTS per row (ends have none). */
  private startTexts: (string | null)[] = [];
  private ends = new Columns(END_NUMBERS, 1);
  private usage: UsageReport[] = [];
  private health: HealthChange[] = [];

  /** A stream started; its lease id is the 16 bytes of `ids` at `idAt`. */
  streamStarted(ids: Uint8Array, idAt: number, startedAtMs: number, key: number, slot: number, userId: string, deviceId: string, stream: StreamMetadata): void {
    const c = this.starts;
    const row = c.add(ids, idAt);
    c.numbers[row] = startedAtMs;
    c.ints[row * START_INTS] = key;
    c.ints[row * START_INTS + 1] = slot;
    c.ints[row * START_INTS + 2] = STREAM_TYPES.indexOf(stream.type);
    this.startTexts.push(userId, deviceId, stream.imdbId, stream.torrentHash, stream.title);
  }

  streamEnded(ids: Uint8Array, idAt: number, startedAtMs: number, endedAtMs: number, reason: EndReason): void {
    const c = this.ends;
    const row = c.add(ids, idAt);
    c.numbers[row * END_NUMBERS] = startedAtMs;
    c.numbers[row * END_NUMBERS + 1] = endedAtMs;
    c.ints[row] = END_REASONS.indexOf(reason);
  }

  upstreamCall(report: UsageReport, change: HealthChange): void {
    this.usage.push(report);
    this.health.push(change);
  }

  /** Hand everything over and start again. */
  drain(): PoolDrain {
    const drained = { starts: { ...this.starts.take(), texts: this.startTexts }, ends: this.ends.take(), usage: this.usage, health: this.health };
    this.startTexts = [];
    this.usage = [];
    this.health = [];
    return drained;
  }
}

/** The buffers a drain can hand over instead of copying (postMessage transfer list). */
export function drainTransferList(d: PoolDrain): ArrayBuffer[] {
  return [d.starts.ids.buffer, d.starts.numbers.buffer, d.starts.ints.buffer, d.ends.ids.buffer, d.ends.numbers.buffer, d.ends.ints.buffer] as ArrayBuffer[];
}

export function readPoolDrain(d: PoolDrain): PoolDrainRecords {
  const starts: LeaseStart[] = new Array(d.starts.count);
  const s = d.starts;
  for (let row = 0; row < s.count; row++) {
    const t = row * START_TEXTS;
    const i = row * START_INTS;
    starts[row] = {
      leaseId: formatLeaseId(s.ids, row * LEASE_ID_BYTES),
      startedAtMs: s.numbers[row]!,
      key: s.ints[i]!,
      slot: s.ints[i + 1]!,
      userId: s.texts[t]!,
      deviceId: s.texts[t + 1]!,
      stream: { type: STREAM_TYPES[s.ints[i + 2]!] ?? null, imdbId: s.texts[t + 2] ?? null, torrentHash: s.texts[t + 3] ?? null, title: s.texts[t + 4] ?? null },
    };
  }
  const ends: LeaseEnd[] = new Array(d.ends.count);
  const e = d.ends;
  for (let row = 0; row < e.count; row++) {
    ends[row] = { leaseId: formatLeaseId(e.ids, row * LEASE_ID_BYTES), startedAtMs: e.numbers[row * END_NUMBERS]!, endedAtMs: e.numbers[row * END_NUMBERS + 1]!, reason: END_REASONS[e.ints[row]!]! };
  }
  return { starts, ends, usage: d.usage, health: d.health };
}
