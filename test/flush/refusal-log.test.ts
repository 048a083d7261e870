/**
 * Credit refusals travel from a worker to PostgreSQL as binary records (engine/flush/refusal-log.ts):
 * drained with torrent references, merged into the pending batch with batch slots, and written by the
 * encoder as COPY text for credit_refusals. What comes out is what the announce refused, field for
 * field, IPv4 and IPv6; at most MAX_REFUSALS_PER_DRAIN per drain, and past the batch's log cap the
 * oldest are dropped and counted. (test/engine/first-announce.test.ts checks the rows in PostgreSQL.)
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { encodeBatch } from '../../engine/flush/copy-encoding.js';
import { MAX_REFUSALS_PER_DRAIN } from '../../engine/flush/credit-refusals.js';
import { PendingBatch } from '../../engine/flush/pending-batch.js';
import { PORT, REFUSAL_BYTES, RefusalLog, type RefusalFields } from '../../engine/flush/refusal-log.js';
import { copyRoundTrip } from '../support/copy-round-trip.js';
import { createTestDatabase, type TestDatabase } from '../support/database.js';

const T = ['11111111-1111-4111-8111-111111111111', '22222222-2222-4222-8222-222222222222'];
const U = ['aaaaaaaa-0000-4000-8000-000000000000', 'bbbbbbbb-0000-4000-8000-000000000000'];
const userIdOf = (index: number) => U[index];

function refusal(overrides: Partial<RefusalFields>): RefusalFields {
  return {
    at: 1_700_000_000, userIndex: 0, swarmId: 7, kind: 'first_announce_over_bound',
    peerId: Uint8Array.from({ length: 20 }, (_, i) => 0xa0 + i), ip: Uint8Array.of(10, 0, 0, 1), port: 6881,
    reportedUploaded: 5 * 2 ** 40, reportedDownloaded: 3, allowed: 2 ** 53 - 1, refusedUploaded: 5 * 2 ** 40 - 1000, refusedDownloaded: 0,
    ...overrides,
  };
}

/** A worker drain holding only `refusals` (drained from a log with swarm 7 -> T[1], anything else -> T[0]). */
function drainOf(log: RefusalLog) {
  const refusals = log.drain((swarmId) => (swarmId === 7 ? 1 : 0), true);
  return { records: new Uint8Array(0), announces: new Uint8Array(0), torrentIds: [T[0]!, T[1]!], torrentCounts: new Float64Array(0), refusals };
}

let db: TestDatabase;
beforeAll(async () => {
  db = await createTestDatabase();
});
afterAll(() => db?.drop());

/** The credit_refusals rows the encoded data stores in PostgreSQL, as COPY text fields. */
const rowsOf = (data: Uint8Array) => copyRoundTrip(db.pool, 'credit_refusals', data);

describe('refusal log', () => {
  it('reaches credit_refusals field for field, with the batch id and the torrents and users it names', async () => {
    const log = new RefusalLog();
    const v6 = Uint8Array.from({ length: 16 }, (_, i) => (i === 0 ? 0x20 : i === 1 ? 0x01 : i));
    log.record(refusal({ allowed: Infinity }));
    log.record(refusal({ userIndex: 1, swarmId: 9, kind: 'started_with_transfer', ip: v6, port: 65535, allowed: 0 }));
    log.record(refusal({ userIndex: 5 })); // an index no user holds any more: left out
    const pending = new PendingBatch(1000, userIdOf);
    pending.add(drainOf(log), 1);
    expect(log.size).toBe(0);
    expect(pending.isEmpty).toBe(false);
    const batch = pending.seal(false);
    expect(batch.counts.refusals).toBe(2);
    const peerId = '\\\\xa0a1a2a3a4a5a6a7a8a9aaabacadaeafb0b1b2b3';
    expect(await rowsOf(encodeBatch(batch).refusals)).toEqual([
      ['2023-11-14 22:13:20+00', batch.id, U[0], T[1], peerId, '10.0.0.1', '6881', 'first_announce_over_bound',
        String(5 * 2 ** 40), '3', String(Number.MAX_SAFE_INTEGER), String(5 * 2 ** 40 - 1000), '0'],
      ['2023-11-14 22:13:20+00', batch.id, U[1], T[0], peerId, '2001:203:405:607:809:a0b:c0d:e0f', '65535', 'started_with_transfer',
        String(5 * 2 ** 40), '3', '0', String(5 * 2 ** 40 - 1000), '0'],
    ]);
    expect(pending.isEmpty).toBe(true);
  });

  it('keeps a peek\'s records for the next drain, and at most the cap per drain', () => {
    const log = new RefusalLog();
    for (let i = 0; i < MAX_REFUSALS_PER_DRAIN + 5; i++) log.record(refusal({ port: i % 65536 }));
    expect(log.size).toBe(MAX_REFUSALS_PER_DRAIN);
    const peek = log.drain(() => 0, false);
    expect(log.size).toBe(MAX_REFUSALS_PER_DRAIN);
    const taken = log.drain(() => 0, true);
    expect(Buffer.from(taken).equals(Buffer.from(peek))).toBe(true);
    expect(taken.byteLength).toBe(MAX_REFUSALS_PER_DRAIN * REFUSAL_BYTES);
    const last = new DataView(taken.buffer, taken.byteLength - REFUSAL_BYTES);
    expect(last.getUint16(PORT, true)).toBe((MAX_REFUSALS_PER_DRAIN - 1) % 65536);
    expect(log.drain(() => 0, true).byteLength).toBe(0);
  });

  it('drops the oldest past the batch\'s log cap while PostgreSQL is behind, and counts them', async () => {
    const pending = new PendingBatch(3, userIdOf);
    for (let round = 0; round < 2; round++) {
      const log = new RefusalLog();
      for (let i = 0; i < 2; i++) log.record(refusal({ port: 1000 + round * 10 + i }));
      pending.add(drainOf(log), round + 1);
    }
    expect(pending.droppedAnnounces).toBe(1);
    const rows = await rowsOf(encodeBatch(pending.seal(false)).refusals);
    expect(rows.map((row) => row[6])).toEqual(['1001', '1010', '1011']);
  });
});
