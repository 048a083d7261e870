import { describe, expect, it } from 'vitest';
import { collectGarbage } from '../../engine/collect-garbage.js';

describe('collectGarbage', () => {
  it('gives back the array buffers nobody holds any more, without exposing gc globally', () => {
    let held: Uint8Array[] | null = Array.from({ length: 16 }, () => new Uint8Array(8 * 2 ** 20).fill(1));
    const holding = process.memoryUsage().arrayBuffers;
    expect(held.length).toBe(16);
    held = null;
    collectGarbage();
    expect(process.memoryUsage().arrayBuffers).toBeLessThan(holding - 100 * 2 ** 20);
    expect((globalThis as { gc?: unknown }).gc).toBeUndefined();
  });
});
