import { describe, expect, it } from 'vitest';
import { COLLECT_AFTER_RELEASE_BYTES, COLLECT_WHEN_QUIET_MS, collectGarbage, noteReleased, release, RELEASE_MIN_BYTES } from '../../engine/collect-garbage.js';
import { createEncoderPool } from '../../engine/flush/encoder-pool.js';
import { encodeTaskBuffers, type EncodeOutcome, type EncodeTask } from '../../engine/flush/encode-task.js';
import type { SealedBatch } from '../../engine/flush/sealed-batch.js';

const MiB = 2 ** 20;

/**
 * Drops `mib` MiB of array buffers; returns the thread's array-buffer bytes while they were held. They
 * are held through two full collections first, so they are old: only a full collection frees them,
 * never a minor one that the test's own allocations happen to cause.
 */
function dropBuffers(mib: number): number {
  let held: Uint8Array[] | null = Array.from({ length: mib }, () => new Uint8Array(MiB).fill(1));
  collectGarbage();
  collectGarbage();
  const holding = process.memoryUsage().arrayBuffers;
  expect(held.length).toBe(mib);
  held = null;
  return holding;
}

describe('collectGarbage', () => {
  it('gives back the array buffers nobody holds any more, without exposing gc globally', async () => {
    const holding = dropBuffers(128);
    // V8 frees the buffers of a collection's dead objects concurrently: the figure falls by the next one at the latest.
    await expect
      .poll(() => (collectGarbage(), process.memoryUsage().arrayBuffers), { timeout: 2000, interval: 50 })
      .toBeLessThan(holding - 100 * MiB);
    expect((globalThis as { gc?: unknown }).gc).toBeUndefined();
  });
});

describe('noteReleased', () => {
  it('collects on the next turn once the dropped total passes the threshold', async () => {
    const mib = COLLECT_AFTER_RELEASE_BYTES / MiB + 8;
    const holding = dropBuffers(mib);
    noteReleased(mib * MiB);
    // Well before the quiet delay: the collection came from the threshold. (Freed memory leaves the
    // count a moment after the collection: V8 sweeps array buffers on a helper thread.)
    await expect
      .poll(() => process.memoryUsage().arrayBuffers, { timeout: COLLECT_WHEN_QUIET_MS / 2, interval: 20 })
      .toBeLessThan(holding - (mib - 4) * MiB);
  });

  it('collects what stayed below the threshold once nothing more was dropped for a while', async () => {
    const mib = COLLECT_AFTER_RELEASE_BYTES / MiB / 2;
    const holding = dropBuffers(mib);
    noteReleased(mib * MiB);
    await new Promise((r) => setTimeout(r, COLLECT_WHEN_QUIET_MS / 2));
    // Not yet: a thread that keeps dropping buffers is not collected after every one.
    expect(process.memoryUsage().arrayBuffers).toBeGreaterThan(holding - MiB);
    await expect
      .poll(() => process.memoryUsage().arrayBuffers, { timeout: COLLECT_WHEN_QUIET_MS * 2, interval: 100 })
      .toBeLessThan(holding - (mib - 2) * MiB);
  });
});

describe('release', () => {
  it('frees old buffers by the minor collection it asks for on the next turn, though their (emptied) objects are still held', async () => {
    const held = Array.from({ length: 64 }, () => new Uint8Array(MiB).fill(1).buffer);
    // Old: only a full collection would free them, and none comes (the objects stay referenced).
    collectGarbage();
    collectGarbage();
    const holding = process.memoryUsage().arrayBuffers;
    const small = new ArrayBuffer(RELEASE_MIN_BYTES - 1);
    expect(release([...held, held[0]!, small])).toBe(64 * MiB);
    expect(held.every((buffer) => buffer.byteLength === 0)).toBe(true);
    expect(small.byteLength).toBe(RELEASE_MIN_BYTES - 1); // may be a slice of Node's Buffer pool: left alone
    // Well before any quiet-time collection (V8 frees swept array buffers on a helper thread: poll).
    await expect
      .poll(() => process.memoryUsage().arrayBuffers, { timeout: COLLECT_WHEN_QUIET_MS / 2, interval: 20 })
      .toBeLessThan(holding - 60 * MiB);
    expect(held).toHaveLength(64);
  });
});

describe('the flush encoder thread', () => {
  it('hands a batch\'s buffers and the text buffers it did not use back with its text, so it holds none of them while no other batch follows', async () => {
    // Buffers are counted by the thread that allocated them until whoever holds them last frees
    // them: this one's count drops only once nobody, the encoder thread included, holds the batch.
    const empty = { peers: 0, users: 0, history: 0, torrents: 0, snatches: 0, announces: 0, refusals: 0 };
    const batch: SealedBatch = {
      id: '00000000-0000-4000-8000-000000000000', counts: empty, peerHistory: false, oldestDrainAt: 0,
      // Ids are read only for the rows that name them: the batch encodes to nothing, and its 24 MiB come back.
      userIds: new Uint8Array(0), torrentIds: new Uint8Array(24 * MiB).fill(1), peers: new Uint8Array(0), snatches: new Uint8Array(0),
      announces: new Uint8Array(0), refusals: new Uint8Array(0), users: new Float64Array(0), history: new Float64Array(0), torrents: new Float64Array(0),
    };
    const encoder = createEncoderPool();
    try {
      const holding = process.memoryUsage().arrayBuffers;
      // A lent text buffer far larger than an empty batch's text: not used, and it comes back.
      const task: EncodeTask = { batch, copySpares: [new ArrayBuffer(4 * MiB)] };
      let outcome: EncodeOutcome | null = (await encoder.run(task, { transferList: encodeTaskBuffers(task) })) as EncodeOutcome;
      expect(Object.keys(outcome)).toEqual(['encoded', 'spent', 'unusedCopy']);
      expect(batch.torrentIds.byteLength).toBe(0); // transferred
      expect(task.copySpares[0]!.byteLength).toBe(0);
      // Back for the pending batch to reuse (spare-buffers.ts), and for the flusher to lend again.
      expect('spent' in outcome && outcome.spent.map((buffer) => buffer.byteLength)).toContain(24 * MiB);
      expect(outcome.unusedCopy.map((buffer) => buffer.byteLength)).toEqual([4 * MiB]);
      outcome = null;
      await expect
        .poll(() => (collectGarbage(), process.memoryUsage().arrayBuffers), { timeout: 5000, interval: 100 })
        .toBeLessThan(holding - 20 * MiB);
    } finally {
      await encoder.destroy();
    }
  });
});
