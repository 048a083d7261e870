/**
 * The spares a pending batch reuses (engine/flush/spare-buffers.ts): the smallest that fits is taken,
 * and what is kept stays within MAX_SPARE_BYTES, the largest first.
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
    expect(spares.take(512)).toBe(small);
    expect(spares.take(512)).toBe(large);
    const fresh = spares.take(512);
    expect(fresh).not.toBe(small);
    expect(fresh.byteLength).toBe(512);
    expect(spares.bytes).toBe(0);
  });

  it('keeps at most MAX_SPARE_BYTES, the largest that fit, and skips detached buffers', () => {
    const spares = new SpareBuffers();
    const half = new ArrayBuffer(MAX_SPARE_BYTES / 2);
    const most = new ArrayBuffer(MAX_SPARE_BYTES - MiB);
    const tiny = new ArrayBuffer(MiB);
    const detached = new ArrayBuffer(MiB);
    structuredClone(detached, { transfer: [detached] });
    expect(spares.give([half, tiny, most, detached])).toBe(half.byteLength);
    expect(spares.bytes).toBe(MAX_SPARE_BYTES);
    expect(spares.take(MAX_SPARE_BYTES / 2)).toBe(most);
    expect(spares.clear()).toBe(MiB);
  });
});
