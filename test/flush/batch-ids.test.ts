/** A batch's ids are kept as the uuid's 16 bytes: parsed once per slot, refused when not a uuid. */
import { randomUUID } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { uuidBytes } from '../../engine/flush/batch-ids.js';

describe('uuidBytes', () => {
  it('gives the 16 bytes of any canonical uuid, in either case', () => {
    for (let n = 0; n < 200; n++) {
      const id = randomUUID();
      expect(Buffer.from(uuidBytes(id)).toString('hex')).toBe(id.replace(/-/g, ''));
      expect(Buffer.from(uuidBytes(id.toUpperCase())).toString('hex')).toBe(id.replace(/-/g, ''));
    }
    const out = new Uint8Array(20);
    uuidBytes('00112233-4455-6677-8899-aabbccddeeff', out, 4);
    expect([...out.subarray(0, 4)]).toEqual([0, 0, 0, 0]);
    expect(Buffer.from(out.subarray(4)).toString('hex')).toBe('00112233445566778899aabbccddeeff');
  });

  it('refuses what is not a uuid rather than writing wrong bytes', () => {
    for (const id of ['', '00112233445566778899aabbccddeeff', '00112233-4455-6677-8899-aabbccddeefg', '0011223-34455-6677-8899-aabbccddeeff',
      '00112233-4455-6677-8899-aabbccddeeff0', ' 0112233-4455-6677-8899-aabbccddeeff']) {
      expect(() => uuidBytes(id), id).toThrow(/is not a uuid/);
    }
  });
});
