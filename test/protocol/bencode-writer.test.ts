import bencode from 'bencode';
import { describe, expect, it } from 'vitest';
import { BencodeWriter } from '../../engine/protocol/bencode-writer.js';
import { strictDecode } from '../support/strict-bencode.js';

const text = (w: BencodeWriter): string => w.view().toString('latin1');

describe('BencodeWriter', () => {
  it('writes integers in canonical form', () => {
    const w = new BencodeWriter();
    const cases: Array<[number, string]> = [
      [0, 'i0e'],
      [-0, 'i0e'],
      [7, 'i7e'],
      [10, 'i10e'],
      [42, 'i42e'],
      [-42, 'i-42e'],
      [1_000_000, 'i1000000e'],
      [2 ** 32 + 5, 'i4294967301e'],
      [Number.MAX_SAFE_INTEGER, 'i9007199254740991e'],
      [Number.MIN_SAFE_INTEGER, 'i-9007199254740991e'],
    ];
    for (const [n, expected] of cases) {
      expect(text(w.reset().int(n))).toBe(expected);
      expect(bencode.decode(w.view())).toBe(n === 0 ? 0 : n);
    }
  });

  it('throws on numbers that are not safe integers', () => {
    const w = new BencodeWriter();
    for (const n of [1.5, Number.NaN, Infinity, -Infinity, 2 ** 53]) expect(() => w.int(n)).toThrow(TypeError);
  });

  it('writes structures the bencode package decodes', () => {
    const w = new BencodeWriter();
    w.dict().str('a').list().int(1).str('spam').end().str('b').int(-3).end();
    expect(text(w)).toBe('d1:ali1e4:spame1:bi-3ee');
    const decoded = bencode.decode(w.view()) as { a: [number, Uint8Array]; b: number };
    expect(decoded.a[0]).toBe(1);
    expect(Buffer.from(decoded.a[1]).toString()).toBe('spam');
    expect(decoded.b).toBe(-3);
  });

  it('measures latin1 strings in bytes, one per character', () => {
    const w = new BencodeWriter();
    w.str('caf\u00e9\u00ff');
    expect(w.length).toBe(7);
    expect([...w.view()]).toEqual([...Buffer.from('5:caf'), 0xe9, 0xff]);
    expect(() => w.reset().str('\u20ac')).toThrow(TypeError);
  });

  it('measures UTF-8 text in bytes, not characters', () => {
    const w = new BencodeWriter();
    const s = 'h\u00e9llo \u20ac \ud83d\ude00';
    w.utf8(s);
    const bytes = Buffer.byteLength(s);
    expect(bytes).toBe(15); // 1 + 2 + 4 + 3 + 1 + 4, while s.length is 11
    expect(text(w).startsWith(`${bytes}:`)).toBe(true);
    expect(Buffer.from(bencode.decode(w.view()) as Uint8Array).toString('utf8')).toBe(s);
  });

  it('copies byte ranges, short and long', () => {
    const src = Buffer.alloc(300);
    for (let k = 0; k < src.length; k++) src[k] = k & 0xff;
    const w = new BencodeWriter();
    w.list().bytes(src, 5, 25).bytes(src).bytes(new Uint8Array(0)).end();
    const [a, b, c] = bencode.decode(w.view()) as Uint8Array[];
    expect(Buffer.from(a as Uint8Array).equals(src.subarray(5, 25))).toBe(true);
    expect(Buffer.from(b as Uint8Array).equals(src)).toBe(true);
    expect((c as Uint8Array).length).toBe(0);
  });

  it('reserves a byte string for the caller to fill', () => {
    const w = new BencodeWriter();
    w.list();
    const at = w.reserveBytes(12);
    expect(text(w).slice(0, 4)).toBe('l12:');
    w.buffer.write('hello world!', at, 'latin1');
    w.end();
    expect(text(w)).toBe('l12:hello world!e');
    expect(w.reserveBytes(0)).toBe(w.length);
  });

  it('grows beyond its initial size by doubling and keeps what it wrote', () => {
    const w = new BencodeWriter(16);
    const first = w.buffer;
    w.list();
    for (let k = 0; k < 2000; k++) w.int(k).str('x'.repeat(k % 40));
    const at = w.reserveBytes(5000);
    w.buffer.fill(0x61, at, at + 5000);
    w.end();
    expect(w.buffer).not.toBe(first);
    expect(Math.log2(w.buffer.length / 16) % 1).toBe(0);
    const decoded = bencode.decode(w.view()) as unknown[];
    expect(decoded).toHaveLength(4001);
    expect(decoded[1998]).toBe(999);
    expect(Buffer.from(decoded[1999] as Uint8Array).toString()).toBe('x'.repeat(999 % 40));
    expect((decoded[4000] as Uint8Array).every((b) => b === 0x61)).toBe(true);
    strictDecode(w.view());
  });

  it('reuses its buffer across resets', () => {
    const w = new BencodeWriter(64);
    w.str('first response');
    const buf = w.buffer;
    w.reset().int(1);
    expect(w.buffer).toBe(buf);
    expect(w.length).toBe(3);
    expect(text(w)).toBe('i1e');
    expect(w.view().buffer).toBe(buf.buffer);
  });

  it('reuses one view per length, and every view shows what the writer holds now, growth included', () => {
    const w = new BencodeWriter(16);
    const first = w.reset().int(1).view();
    const again = w.reset().int(7).view();
    expect(again).toBe(first);
    expect(Buffer.from(again).toString('latin1')).toBe('i7e');
    w.reset().str('x'.repeat(40)); // grows: views over the old buffer must not come back
    expect(w.view().buffer).toBe(w.buffer.buffer);
    const grown = w.reset().int(3).view();
    expect(grown.buffer).toBe(w.buffer.buffer);
    expect(Buffer.from(grown).toString('latin1')).toBe('i3e');
    const long = 'y'.repeat(5000);
    expect(Buffer.from(w.reset().str(long).view()).toString('latin1')).toBe(`5000:${long}`);
  });
});
