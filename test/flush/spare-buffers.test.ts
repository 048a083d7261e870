/**
 * The spares a pending batch and the COPY text reuse (engine/flush/spare-buffers.ts): the smallest that
 * fits is taken, unless it is far larger than asked; what is kept stays within MAX_SPARE_BYTES, the
 * largest first, and small buffers are not kept.
 */
import { describe, expect, it } from 'vitest';
import { MAX_SPARE_BYTES, SpareBuffers } from '../../engine/flush/spare-buffers.js';

const MiB = 2 ** 20;

describe('spare buffers', () => {
  it('gives the smallest spare that fits, or a new buffer', () => {
    const spares = new SpareBuffers();
    const small = new ArrayBuffer(MiB);
    const large = new ArrayBuffer(4 * MiB);
    expect(spares.give([large, small])).toBe(0);
    expect(spares.take(MiB / 2)).toBe(small);
    expect(spares.take(3 * MiB)).toBe(large);
    const fresh = spares.take(MiB / 2);
    expect(fresh).not.toBe(small);
    expect(fresh.byteLength).toBe(MiB / 2);
    expect(spares.bytes).toBe(0);
  });

  it('does not spend a spare on a request of less than a quarter of its size, nor keep small buffers', () => {
    const spares = new SpareBuffers();
    const large = new ArrayBuffer(4 * MiB);
    const small = new ArrayBuffer(16 * 1024);
    expect(spares.give([large, small])).toBe(small.byteLength);
    expect(spares.droppedBytes).toBe(small.byteLength);
    expect(spares.take(MiB - 1)).not.toBe(large);
    expect(spares.take(MiB)).toBe(large);
  });

  it('lends every spare at once', () => {
    const spares = new SpareBuffers();
    const one = new ArrayBuffer(MiB);
    const two = new ArrayBuffer(2 * MiB);
    spares.give([one, two]);
    expect(spares.takeAll()).toEqual([two, one]);
    expect(spares.bytes).toBe(0);
  });

  it('keeps at most MAX_SPARE_BYTES, the largest that fit, and skips detached buffers', () => {
    const spares = new SpareBuffers();
    const half = new ArrayBuffer(MAX_SPARE_BYTES / 2);
    const most = new ArrayBuffer(MAX_SPARE_BYTES - MiB);
    const tiny = new ArrayBuffer(MiB);
    const detached = new ArrayBuffer(MiB);
    structuredClone(detached, { transfer: [detached] });
    // `half` is dropped, and released at once (below): nothing is left for a collection to free.
    expect(spares.give([half, tiny, most, detached])).toBe(0);
    expect(spares.bytes).toBe(MAX_SPARE_BYTES);
    expect(spares.take(MAX_SPARE_BYTES / 2)).toBe(most);
    expect(spares.clear()).toBe(0);
    expect(spares.droppedBytes).toBe(0);
  });

  it('releases the large buffers it drops at once (emptied: their memory goes at the next minor collection), and leaves small ones to the collector', () => {
    const spares = new SpareBuffers();
    const kept = new ArrayBuffer(MAX_SPARE_BYTES - MiB);
    const over = new ArrayBuffer(2 * MiB);
    const small = new ArrayBuffer(8 * 1024);
    expect(spares.give([kept, over, small, over])).toBe(small.byteLength);
    expect([kept.byteLength, over.byteLength, small.byteLength]).toEqual([MAX_SPARE_BYTES - MiB, 0, 8 * 1024]);
    expect(spares.droppedBytes).toBe(small.byteLength);
    expect(spares.clear()).toBe(0);
    expect(kept.byteLength).toBe(0);
  });
});
