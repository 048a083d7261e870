/**
 * Credit refusals travel from a worker to the flusher as binary records (engine/flush/refusal-log.ts):
 * what the flusher decodes is what the announce refused, field for field, IPv4 and IPv6, with torrent
 * references resolved through the drain's torrent ids, and at most MAX_REFUSALS_PER_DRAIN per drain.
 */
import { describe, expect, it } from 'vitest';
import { MAX_REFUSALS_PER_DRAIN } from '../../engine/flush/credit-refusals.js';
import { decodeRefusals, RefusalLog, type RefusalFields } from '../../engine/flush/refusal-log.js';

const T = ['11111111-1111-4111-8111-111111111111', '22222222-2222-4222-8222-222222222222'];
const U = ['aaaaaaaa-0000-4000-8000-000000000000', 'bbbbbbbb-0000-4000-8000-000000000000'];

function refusal(overrides: Partial<RefusalFields>): RefusalFields {
  return {
    at: 1_700_000_000, userIndex: 0, swarmId: 7, kind: 'first_announce_over_bound',
    peerId: Uint8Array.from({ length: 20 }, (_, i) => 0xa0 + i), ip: Uint8Array.of(10, 0, 0, 1), port: 6881,
    reportedUploaded: 5 * 2 ** 40, reportedDownloaded: 3, allowed: 2 ** 53 - 1, refusedUploaded: 5 * 2 ** 40 - 1000, refusedDownloaded: 0,
    ...overrides,
  };
}

describe('refusal log', () => {
  it('decodes what was recorded, field for field, with torrents by the drain\'s references', () => {
    const log = new RefusalLog();
    const v6 = Uint8Array.from({ length: 16 }, (_, i) => (i === 0 ? 0x20 : i === 1 ? 0x01 : i));
    log.record(refusal({}));
    log.record(refusal({ userIndex: 1, swarmId: 9, kind: 'started_with_transfer', ip: v6, port: 65535, allowed: 0 }));
    const torrentIds: string[] = [];
    const refOf = (swarmId: number) => (swarmId === 7 ? 1 : 0);
    torrentIds.push(T[0]!, T[1]!);
    const records = log.drain(refOf, true);
    expect(log.size).toBe(0);
    expect(decodeRefusals(records, torrentIds, (i) => U[i])).toEqual([
      {
        at: 1_700_000_000, userId: U[0], torrentId: T[1], peerId: 'a0a1a2a3a4a5a6a7a8a9aaabacadaeafb0b1b2b3', ip: '10.0.0.1', port: 6881,
        kind: 'first_announce_over_bound', reportedUploaded: 5 * 2 ** 40, reportedDownloaded: 3, allowed: 2 ** 53 - 1,
        refusedUploaded: 5 * 2 ** 40 - 1000, refusedDownloaded: 0,
      },
      {
        at: 1_700_000_000, userId: U[1], torrentId: T[0], peerId: 'a0a1a2a3a4a5a6a7a8a9aaabacadaeafb0b1b2b3', ip: '2001:203:405:607:809:a0b:c0d:e0f', port: 65535,
        kind: 'started_with_transfer', reportedUploaded: 5 * 2 ** 40, reportedDownloaded: 3, allowed: 0,
        refusedUploaded: 5 * 2 ** 40 - 1000, refusedDownloaded: 0,
      },
    ]);
  });

  it('keeps a peek\'s records for the next drain, and at most the cap per drain', () => {
    const log = new RefusalLog();
    for (let i = 0; i < MAX_REFUSALS_PER_DRAIN + 5; i++) log.record(refusal({ port: i % 65536 }));
    expect(log.size).toBe(MAX_REFUSALS_PER_DRAIN);
    const peek = log.drain(() => 0, false);
    expect(log.size).toBe(MAX_REFUSALS_PER_DRAIN);
    const taken = log.drain(() => 0, true);
    expect(taken).toEqual(peek);
    const decoded = decodeRefusals(taken, [T[0]!], (i) => U[i]);
    expect(decoded).toHaveLength(MAX_REFUSALS_PER_DRAIN);
    expect(decoded.at(-1)!.port).toBe((MAX_REFUSALS_PER_DRAIN - 1) % 65536);
    expect(log.drain(() => 0, true).byteLength).toBe(0);
  });
});
