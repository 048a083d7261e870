import { describe, expect, it } from 'vitest';
import { parseAddress } from '../../engine/address.js';
import { IpBanList } from '../../engine/state/ip-bans.js';

describe('IpBanList', () => {
  const bans = new IpBanList();
  bans.replace([
    { id: '1', expiresAt: 0, cidr: '203.0.113.0/24' },
    { id: '2', expiresAt: 0, cidr: '198.51.100.7/32' },
    { id: '3', expiresAt: 0, cidr: '203.0.112.0/23' },
    { id: '4', expiresAt: 0, cidr: '2001:db8::/32' },
  ]);
  const banned = (text: string) => bans.isBanned(parseAddress(text)!, Date.now());

  it('matches exact addresses and CIDR ranges, merged where they overlap', () => {
    expect(banned('203.0.113.9')).toBe(true);
    expect(banned('203.0.112.1')).toBe(true);
    expect(banned('203.0.114.1')).toBe(false);
    expect(banned('198.51.100.7')).toBe(true);
    expect(banned('198.51.100.8')).toBe(false);
    expect(banned('10.0.0.1')).toBe(false);
  });

  it('matches IPv6 ranges and treats IPv4-mapped addresses as IPv4', () => {
    expect(banned('2001:db8:1::5')).toBe(true);
    expect(banned('2001:db9::1')).toBe(false);
    expect(banned('::ffff:198.51.100.7')).toBe(true);
  });

  it('stops honouring a ban at its expiry without being told (IPv4 and IPv6)', () => {
    const timed = new IpBanList();
    timed.replace([
      { id: 'a', cidr: '192.0.2.0/24', expiresAt: 2_000 },
      { id: 'b', cidr: '2001:db8:ff::/48', expiresAt: 3_000 },
      { id: 'c', cidr: '192.0.2.128/25', expiresAt: 0 },
    ]);
    expect(timed.isBanned(parseAddress('192.0.2.1')!, 1_999)).toBe(true);
    expect(timed.isBanned(parseAddress('2001:db8:ff::1')!, 1_999)).toBe(true);
    expect(timed.isBanned(parseAddress('192.0.2.1')!, 2_000)).toBe(false);
    expect(timed.isBanned(parseAddress('192.0.2.200')!, 2_000)).toBe(true);
    expect(timed.isBanned(parseAddress('2001:db8:ff::1')!, 2_500)).toBe(true);
    expect(timed.isBanned(parseAddress('2001:db8:ff::1')!, 3_000)).toBe(false);
  });
});
