/**
 * The peers a request mix announces for: each in a swarm picked with a Zipf skew (a few big swarms,
 * many small ones), owned by a random user with at most one client per torrent, on a port unique
 * inside its swarm, and a seeder or a leecher for the whole run.
 */
import { peerPort } from '../seed/ports.js';
import { seededRandom, zipfSampler } from '../support/prng.js';
import type { MixOptions } from './mix-options.js';

export interface Population {
  size: number;
  torrent: Int32Array;
  user: Int32Array;
  port: Uint16Array;
  seeder: Uint8Array;
  /** Bytes left for leechers (0 for seeders). */
  left: Float64Array;
}

export function mixPeerId(k: number): string {
  return `-SB0100-${String(k).padStart(12, '0')}`;
}

export function buildPopulation(options: MixOptions, users: number, torrents: number): Population {
  const random = seededRandom(options.seed ^ 0x5eed);
  const pickTorrent = zipfSampler(torrents, options.zipf, random);
  const size = Math.min(options.peers, users * torrents);
  const population: Population = {
    size,
    torrent: new Int32Array(size),
    user: new Int32Array(size),
    port: new Uint16Array(size),
    seeder: new Uint8Array(size),
    left: new Float64Array(size),
  };
  const taken = new Set<number>();
  const swarmSize = new Int32Array(torrents);
  for (let k = 0; k < size; k++) {
    let torrent = pickTorrent();
    let user = Math.floor(random() * users);
    // One client per user per torrent: on a clash try the next user (and, if a swarm holds every
    // user already, the next torrent).
    for (let tries = 0; taken.has(user * torrents + torrent); tries++) {
      user = (user + 1) % users;
      if (tries >= users) torrent = (torrent + 1) % torrents;
    }
    taken.add(user * torrents + torrent);
    population.torrent[k] = torrent;
    population.user[k] = user;
    population.port[k] = peerPort(swarmSize[torrent]!++);
    const seeder = random() < options.seederShare;
    population.seeder[k] = seeder ? 1 : 0;
    population.left[k] = seeder ? 0 : 16384 * (1 + Math.floor(random() * 200_000));
  }
  return population;
}
