import { describe, expect, it } from 'vitest';
import { parseAddress } from '../../engine/address.js';
import { IpBanList } from '../../engine/state/ip-bans.js';

describe('IpBanList', () => {
  const bans = new IpBanList();
  bans.replace([
    { id: '1', cidr: '203.0.113.0/24' },
    { id: '2', cidr: '198.51.100.7/32' },
    { id: '3', cidr: '203.0.112.0/23' },
    { id: '4', cidr: '2001:db8::/32' },
  ]);
  const banned = (text: string) => bans.isBanned(parseAddress(text)!);

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
});
