import { describe, expect, it } from 'vitest';
import { formatAddress, isOneOf, parseAddress, RemoteAddressReader } from '../../engine/address.js';

const raw = (bytes: number[]): ArrayBuffer => new Uint8Array(bytes).buffer;
const mapped = (a: number, b: number, c: number, d: number) => [0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0xff, 0xff, a, b, c, d];

describe('RemoteAddressReader', () => {
  it('reads IPv4, folds IPv4-mapped IPv6 to IPv4 and keeps other IPv6 whole', () => {
    const reader = new RemoteAddressReader();
    expect(formatAddress(reader.read(raw([10, 1, 2, 3])))).toBe('10.1.2.3');
    expect(Array.from(reader.read(raw(mapped(192, 168, 0, 9))))).toEqual([192, 168, 0, 9]);
    const v6 = parseAddress('2001:db8::1')!;
    expect(Array.from(reader.read(raw(Array.from(v6))))).toEqual(Array.from(v6));
  });

  it('reuses its arrays: a read overwrites the previous result of the same family', () => {
    const reader = new RemoteAddressReader();
    const first = reader.read(raw([1, 2, 3, 4]));
    const second = reader.read(raw(mapped(5, 6, 7, 8)));
    expect(second).toBe(first);
    expect(Array.from(first)).toEqual([5, 6, 7, 8]);
  });

  it('returns what is not 4 or 16 bytes as it came, for the caller to refuse', () => {
    expect(new RemoteAddressReader().read(raw([])).length).toBe(0);
  });
});

describe('isOneOf', () => {
  const proxies = [parseAddress('10.0.0.1')!, parseAddress('2001:db8::7')!];

  it('matches an address with the same bytes and family only', () => {
    expect(isOneOf(proxies, new Uint8Array([10, 0, 0, 1]))).toBe(true);
    expect(isOneOf(proxies, parseAddress('2001:db8::7')!)).toBe(true);
    expect(isOneOf(proxies, new Uint8Array([10, 0, 0, 2]))).toBe(false);
    expect(isOneOf(proxies, parseAddress('::ffff:10.0.0.2')!)).toBe(false);
    expect(isOneOf(proxies, new Uint8Array(16))).toBe(false);
    expect(isOneOf([], new Uint8Array([10, 0, 0, 1]))).toBe(false);
  });
});
