/**
 * The background population of the scale runs: peer k sits in torrent k mod T for user
 * floor(k / T) mod U. Spread evenly, so no user has two clients on one torrent while
 * peers <= users x torrents, and ports stay distinct inside a swarm. The same formula feeds the
 * announce-driven fill (bench/load/wrk-mix.lua mirrors it: keep the two in step) and the `peers`
 * table rows of the restart run.
 */
import { peerPort } from './ports.js';

export interface FillPeer {
  torrent: number;
  user: number;
  /** 20 ASCII bytes. */
  peerId: string;
  port: number;
  seeder: boolean;
  left: number;
}

export function fillPeer(k: number, users: number, torrents: number): FillPeer {
  const round = Math.floor(k / torrents);
  // 70 % seeders, as on a typical private tracker.
  const seeder = k % 10 < 7;
  return {
    torrent: k % torrents,
    user: round % users,
    peerId: `-SF0100-${String(k).padStart(12, '0')}`,
    port: peerPort(round),
    seeder,
    left: seeder ? 0 : (1 + ((k * 7919) % 1_000_000)) * 1024,
  };
}

/** Peers the formula can place before a user would get a second client on one torrent. */
export function fillCapacity(users: number, torrents: number): number {
  return users * torrents;
}
