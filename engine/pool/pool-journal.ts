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
import type { EndReason, HealthChange, LeaseEnd, LeaseStart, StreamMetadata, StreamType, UsageReport } from './pool-records.js';

/** Per start: startedAtMs. Per end: startedAtMs, endedAtMs. */
const START_NUMBERS = 1;
const END_NUMBERS = 2;
/** Per start: key, slot, stream type. Per end: reason. */
const START_INTS = 3;
/** Per start: leaseId, userId, deviceId, imdbId, torrentHash, title. Per end: leaseId. */
const START_TEXTS = 6;

const STREAM_TYPES: readonly (StreamType | null)[] = [null, 'movie', 'series'];
const END_REASONS: readonly EndReason[] = ['stopped', 'expired', 'evicted', 'error'];

/** A drain as it crosses threads: the column arrays (transferable) and the rare records. */
export interface PoolDrain {
  starts: { count: number; numbers: Float64Array; ints: Int32Array; texts: (string | null)[] };
  ends: { count: number; numbers: Float64Array; ints: Int32Array; texts: string[] };
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

class Columns {
  count = 0;
  numbers: Float64Array;
  ints: Int32Array;
  texts: (string | null)[] = [];

  constructor(
    private readonly numbersPer: number,
    private readonly intsPer: number,
  ) {
    this.numbers = new Float64Array(256 * numbersPer);
    this.ints = new Int32Array(256 * intsPer);
  }

  /** Room for one more row; returns its index. */
  add(): number {
    const row = this.count++;
    if (this.count * this.numbersPer > this.numbers.length) this.numbers = growTyped(this.numbers, this.numbers.length * 2);
    if (this.count * this.intsPer > this.ints.length) this.ints = growTyped(this.ints, this.ints.length * 2);
    return row;
  }

  /** Copies sized to what was written (the journal keeps its arrays and starts over). */
  take() {
    const taken = {
      count: this.count,
      numbers: this.numbers.slice(0, this.count * this.numbersPer),
      ints: this.ints.slice(0, this.count * this.intsPer),
      texts: this.texts,
    };
    this.count = 0;
    this.texts = [];
    return taken;
  }
}

export class PoolJournal {
  private starts = new Columns(START_NUMBERS, START_INTS);
  private ends = new Columns(END_NUMBERS, 1);
  private usage: UsageReport[] = [];
  private health: HealthChange[] = [];

  streamStarted(leaseId: string, startedAtMs: number, key: number, slot: number, userId: string, deviceId: string, stream: StreamMetadata): void {
    const c = this.starts;
    const row = c.add();
    c.numbers[row] = startedAtMs;
    c.ints[row * START_INTS] = key;
    c.ints[row * START_INTS + 1] = slot;
    c.ints[row * START_INTS + 2] = STREAM_TYPES.indexOf(stream.type);
    c.texts.push(leaseId, userId, deviceId, stream.imdbId, stream.torrentHash, stream.title);
  }

  streamEnded(leaseId: string, startedAtMs: number, endedAtMs: number, reason: EndReason): void {
    const c = this.ends;
    const row = c.add();
    c.numbers[row * END_NUMBERS] = startedAtMs;
    c.numbers[row * END_NUMBERS + 1] = endedAtMs;
    c.ints[row] = END_REASONS.indexOf(reason);
    c.texts.push(leaseId);
  }

  upstreamCall(report: UsageReport, change: HealthChange): void {
    this.usage.push(report);
    this.health.push(change);
  }

  /** Hand everything over and start again. */
  drain(): PoolDrain {
    const drained = { starts: this.starts.take(), ends: this.ends.take() as PoolDrain['ends'], usage: this.usage, health: this.health };
    this.usage = [];
    this.health = [];
    return drained;
  }
}

/** The buffers a drain can hand over instead of copying (postMessage transfer list). */
export function drainTransferList(d: PoolDrain): ArrayBuffer[] {
  return [d.starts.numbers.buffer, d.starts.ints.buffer, d.ends.numbers.buffer, d.ends.ints.buffer] as ArrayBuffer[];
}

export function readPoolDrain(d: PoolDrain): PoolDrainRecords {
  const starts: LeaseStart[] = new Array(d.starts.count);
  const s = d.starts;
  for (let row = 0; row < s.count; row++) {
    const t = row * START_TEXTS;
    const i = row * START_INTS;
    starts[row] = {
      leaseId: s.texts[t]!,
      startedAtMs: s.numbers[row]!,
      key: s.ints[i]!,
      slot: s.ints[i + 1]!,
      userId: s.texts[t + 1]!,
      deviceId: s.texts[t + 2]!,
      stream: { type: STREAM_TYPES[s.ints[i + 2]!] ?? null, imdbId: s.texts[t + 3] ?? null, torrentHash: s.texts[t + 4] ?? null, title: s.texts[t + 5] ?? null },
    };
  }
  const ends: LeaseEnd[] = new Array(d.ends.count);
  const e = d.ends;
  for (let row = 0; row < e.count; row++) {
    ends[row] = { leaseId: e.texts[row]!, startedAtMs: e.numbers[row * END_NUMBERS]!, endedAtMs: e.numbers[row * END_NUMBERS + 1]!, reason: END_REASONS[e.ints[row]!]! };
  }
  return { starts, ends, usage: d.usage, health: d.health };
}
