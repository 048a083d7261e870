/**
 * Request pools: text files of "<passkey> <endpoint> <query>" lines that both load drivers read
 * (autocannon's child and wrk's Lua script), so every tracker in a run gets the same requests. Each
 * tracker turns a line into its own URL (/<passkey>/announce for Swarmgate, /announce for the others).
 */
import { createWriteStream } from 'node:fs';
import { once } from 'node:events';
import type { BenchCatalog } from '../seed/catalog.js';
import { fillPeer } from '../seed/fill-peers.js';
import { seededRandom, zipfSampler, type Random } from '../support/prng.js';
import { escapeBinary } from './escape.js';
import type { MixOptions } from './mix-options.js';
import { mixPeerId, type Population } from './population.js';

/** Buffered line writer that respects the stream's back-pressure. */
async function writeLines(path: string, count: number, line: (i: number) => string): Promise<void> {
  const out = createWriteStream(path);
  let chunk = '';
  for (let i = 0; i < count; i++) {
    chunk += `${line(i)}\n`;
    if (chunk.length > 1 << 20) {
      if (!out.write(chunk)) await once(out, 'drain');
      chunk = '';
    }
  }
  out.end(chunk);
  await once(out, 'finish');
}

function announceQuery(
  catalog: BenchCatalog,
  population: Population,
  k: number,
  numwant: number,
  event: string,
  random: Random,
): string {
  const left = event === 'completed' ? 0 : population.left[k]!;
  // Plausible session counters: a few GiB at most, in whole 16 KiB blocks.
  const uploaded = 16384 * Math.floor(random() * 200_000);
  const downloaded = population.seeder[k] ? 0 : 16384 * Math.floor(random() * 200_000);
  const key = (Math.imul(k, 2654435761) >>> 0).toString(16).padStart(8, '0');
  let query =
    `info_hash=${escapeBinary(catalog.infoHashes[population.torrent[k]!]!)}&peer_id=${mixPeerId(k)}` +
    `&port=${population.port[k]}&uploaded=${uploaded}&downloaded=${downloaded}&left=${left}` +
    `&corrupt=0&key=${key}&numwant=${numwant}&compact=1&no_peer_id=1&supportcrypto=1&redundant=0`;
  if (event) query += `&event=${event}`;
  return query;
}

/** Random announces: a random population peer each, with an event drawn from the mix's shares. */
export async function writeAnnouncePool(path: string, lines: number, catalog: BenchCatalog, population: Population, options: MixOptions): Promise<void> {
  const random = seededRandom(options.seed ^ 0xa11ce);
  const { started, stopped, completed, paused } = options.events;
  await writeLines(path, lines, () => {
    const k = Math.floor(random() * population.size);
    const leecher = population.seeder[k] === 0;
    const r = random();
    let event = '';
    if (r < started) event = 'started';
    else if (r < started + stopped) event = 'stopped';
    else if (r < started + stopped + completed) event = leecher ? 'completed' : '';
    else if (r < started + stopped + completed + paused) event = leecher ? 'paused' : '';
    const passkey = catalog.passkeys[population.user[k]!]!;
    return `${passkey} announce ${announceQuery(catalog, population, k, options.numwant, event, random)}`;
  });
}

/** Every population peer once, in order, with event=started: what fills the swarms before measuring. */
export async function writePrefillPool(path: string, catalog: BenchCatalog, population: Population, options: MixOptions): Promise<void> {
  const random = seededRandom(options.seed ^ 0xf111);
  await writeLines(path, population.size, (k) => {
    const passkey = catalog.passkeys[population.user[k]!]!;
    return `${passkey} announce ${announceQuery(catalog, population, k, 0, 'started', random)}`;
  });
}

/** Scrapes of one info_hash (most) or a few, swarms picked with the mix's skew. */
export async function writeScrapePool(path: string, lines: number, catalog: BenchCatalog, options: MixOptions): Promise<void> {
  const random = seededRandom(options.seed ^ 0x5c4a9e);
  const pick = zipfSampler(catalog.infoHashes.length, options.zipf, random);
  await writeLines(path, lines, () => {
    const hashes = random() < 0.85 ? 1 : 2 + Math.floor(random() * 3);
    const parts: string[] = [];
    for (let i = 0; i < hashes; i++) parts.push(`info_hash=${escapeBinary(catalog.infoHashes[pick()]!)}`);
    const passkey = catalog.passkeys[Math.floor(random() * catalog.passkeys.length)]!;
    return `${passkey} scrape ${parts.join('&')}`;
  });
}

/** What the Lua fill generator needs to compute background peer k itself (see fill-peers.ts). */
export async function writeFillSpec(path: string, catalog: BenchCatalog, total: number, usablePorts: number[]): Promise<void> {
  const torrents = catalog.infoHashes.length;
  const users = catalog.passkeys.length;
  const header = `${torrents} ${users} ${total} ${usablePorts.length}`;
  const lines = [header, ...catalog.infoHashes.map(escapeBinary), ...catalog.passkeys, ...usablePorts.map(String)];
  await writeLines(path, lines.length, (i) => lines[i]!);
}

/** Background peer k (bench/seed/fill-peers.ts) announcing, as a pool line: what the Lua fill sends for k. */
export function fillAnnounceLine(catalog: BenchCatalog, k: number, numwant = 0, event = 'started'): string {
  const peer = fillPeer(k, catalog.passkeys.length, catalog.infoHashes.length);
  const query =
    `info_hash=${escapeBinary(catalog.infoHashes[peer.torrent]!)}&peer_id=${peer.peerId}&port=${peer.port}` +
    `&uploaded=0&downloaded=0&left=${peer.left}&numwant=${numwant}&compact=1${event ? `&event=${event}` : ''}`;
  return `${catalog.passkeys[peer.user]} announce ${query}`;
}
