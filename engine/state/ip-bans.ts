/**
 * IP bans (exact addresses and CIDR ranges) as sorted, merged numeric ranges, so a lookup is a
 * binary search with no allocation. IPv4 ranges are uint32 pairs; IPv6 ranges are compared as
 * four uint32 words (bans on IPv6 are rare; the list stays small).
 */
import { BlockList, isIP } from 'node:net';
import { formatAddress } from '../address.js';
import type { IpBanRecord } from '../records.js';

export class IpBanList {
  private v4Start = new Uint32Array(0);
  private v4End = new Uint32Array(0);
  /** IPv6 and anything else goes through node's BlockList (correct for every CIDR form). */
  private v6 = new BlockList();
  private v6Count = 0;
  /** Every ban as loaded, so the lists can be rebuilt without the expired ones. */
  private bans: IpBanRecord[] = [];
  /** Epoch ms of the earliest expiry among the bans in force (Infinity: none expires). */
  private nextExpiry = Infinity;

  replace(bans: IpBanRecord[]): void {
    this.bans = bans;
    this.rebuild(0);
  }

  /**
   * Drop bans expired at `nowMs` (the engine never honours an expired ban, whether or not an event
   * or the expiry job has run yet). Rebuilding allocates, but only once per expiry.
   */
  expire(nowMs: number): void {
    if (nowMs >= this.nextExpiry) this.rebuild(nowMs);
  }

  private rebuild(nowMs: number): void {
    const bans = this.bans.filter((ban) => ban.expiresAt === 0 || ban.expiresAt > nowMs);
    this.bans = bans;
    this.nextExpiry = bans.reduce((earliest, ban) => (ban.expiresAt === 0 ? earliest : Math.min(earliest, ban.expiresAt)), Infinity);
    const ranges: [number, number][] = [];
    this.v6 = new BlockList();
    this.v6Count = 0;
    for (const ban of bans) {
      const [address, bitsText] = ban.cidr.split('/');
      if (!address) continue;
      const family = isIP(address);
      if (family === 4) {
        const bits = bitsText === undefined ? 32 : Number(bitsText);
        const base = ipv4ToNumber(address);
        const mask = bits === 0 ? 0 : (0xffffffff << (32 - bits)) >>> 0;
        const start = (base & mask) >>> 0;
        ranges.push([start, (start | (~mask >>> 0)) >>> 0]);
      } else if (family === 6) {
        const bits = bitsText === undefined ? 128 : Number(bitsText);
        this.v6.addSubnet(address, bits, 'ipv6');
        this.v6Count++;
      }
    }
    ranges.sort((a, b) => a[0] - b[0]);
    const merged: [number, number][] = [];
    for (const r of ranges) {
      const last = merged.at(-1);
      if (last && r[0] <= last[1] + 1) last[1] = Math.max(last[1], r[1]);
      else merged.push([r[0], r[1]]);
    }
    this.v4Start = Uint32Array.from(merged, (r) => r[0]);
    this.v4End = Uint32Array.from(merged, (r) => r[1]);
  }

  /** `ip` is 4 bytes (IPv4) or 16 bytes (IPv6), as the engine stores addresses; `nowMs` the announce's time. */
  isBanned(ip: Uint8Array, nowMs: number): boolean {
    this.expire(nowMs);
    if (ip.length === 4) {
      const n = ((ip[0]! << 24) | (ip[1]! << 16) | (ip[2]! << 8) | ip[3]!) >>> 0;
      let lo = 0;
      let hi = this.v4Start.length - 1;
      while (lo <= hi) {
        const mid = (lo + hi) >> 1;
        if (n < this.v4Start[mid]!) hi = mid - 1;
        else if (n > this.v4End[mid]!) lo = mid + 1;
        else return true;
      }
      return false;
    }
    if (this.v6Count === 0) return false;
    return this.v6.check(formatAddress(ip), 'ipv6');
  }
}

function ipv4ToNumber(address: string): number {
  const p = address.split('.').map(Number);
  return ((p[0]! << 24) | (p[1]! << 16) | (p[2]! << 8) | p[3]!) >>> 0;
}
