/** An engine on a free loopback port with its own test database, and a client that speaks its protocol. */
import { loadConfig, type Config } from '../../core/config.js';
import { InProcessEventBus, type EventBus } from '../../core/events.js';
import { request } from 'node:http';
import { connect } from 'node:net';
import type { Pool } from '../../core/db.js';
import { createLogger, type Logger } from '../../core/log.js';
import { Engine } from '../../engine/engine.js';
import { freePort } from './bittorrent/free-port.js';
import { createTestDatabase, type TestDatabase } from './database.js';
import { strictDecode, type StrictDict } from './strict-bencode.js';

export { freePort } from './bittorrent/free-port.js';

export interface TestEngine {
  engine: Engine;
  db: TestDatabase;
  bus: EventBus;
  config: Config['engine'];
  baseUrl: string;
  /** The operations listener (/metrics, /healthz). */
  opsUrl: string;
  /** The service listener (pool routes when `streamPool` was given, search logs when `indexers.ingestEnabled`). */
  serviceUrl: string;
  stop(): Promise<void>;
}

/** Start an engine on a migrated test database; `prepare` seeds rows before the engine loads them. */
export async function startTestEngine(
  options: {
    workers?: number;
    engine?: Partial<Config['engine']>;
    db?: TestDatabase;
    /** Defaults to a fresh in-process bus. */
    bus?: EventBus;
    /** Flush to PostgreSQL with these settings; default off, so `inspect` sees everything counted. */
    flush?: Partial<Config['flush']>;
    /** Search-log ingestion settings (served when ingestEnabled and flush are on). */
    indexers?: Partial<Config['indexers']>;
    /** The engine's own pool (e.g. through a failure proxy); defaults to the test database's pool. */
    enginePool?: Pool;
    prepare?: (db: TestDatabase) => Promise<void>;
    /** Run the debrid key pool with these settings (its routes on the service listener, a free loopback port). */
    streamPool?: Partial<Config['pool']>;
    /** The engine's logger (default: silent unless SWARMGATE_TEST_LOG_LEVEL; a test that reads log lines passes its own). */
    log?: Logger;
  } = {},
): Promise<TestEngine> {
  const db = options.db ?? (await createTestDatabase());
  await options.prepare?.(db);
  const config: Config['engine'] = {
    ...loadConfig({ env: {} }).engine,
    host: '127.0.0.1',
    port: await freePort(),
    workers: options.workers ?? 2,
    opsPort: 0,
    servicePort: await freePort(),
    ...options.engine,
  };
  const bus = options.bus ?? new InProcessEventBus();
  const flush = options.flush ? { ...loadConfig({ env: {} }).flush, ...options.flush } : undefined;
  const indexers = options.indexers ? { ...loadConfig({ env: {} }).indexers, ...options.indexers } : undefined;
  const streamPool = options.streamPool ? { ...loadConfig({ env: {} }).pool, ...options.streamPool } : undefined;
  const engine = await Engine.start({
    config,
    flush,
    indexers,
    pool: options.enginePool ?? db.pool,
    bus,
    log: options.log ?? createLogger(process.env.SWARMGATE_TEST_LOG_LEVEL ?? 'silent'),
    streamPool,
  });
  const host = config.host.includes(':') ? `[${config.host === '::' ? '::1' : config.host}]` : config.host === '0.0.0.0' ? '127.0.0.1' : config.host;
  return {
    engine,
    db,
    bus,
    config,
    baseUrl: `http://${host}:${config.port}`,
    opsUrl: `http://127.0.0.1:${engine.opsPort}`,
    serviceUrl: `http://127.0.0.1:${config.servicePort}`,
    async stop() {
      await engine.stop();
      if (!options.bus) await bus.close();
      if (!options.db) await db.drop();
    },
  };
}

/** Percent-encode every byte, as clients do for binary parameters. */
export function encodeBinary(bytes: Uint8Array): string {
  let out = '';
  for (const b of bytes) out += `%${b.toString(16).padStart(2, '0')}`;
  return out;
}

export interface AnnounceParams {
  infoHash: Buffer;
  peerId: Buffer;
  port?: number;
  uploaded?: number;
  downloaded?: number;
  left?: number;
  event?: 'started' | 'stopped' | 'completed' | 'paused' | '';
  compact?: 0 | 1;
  noPeerId?: boolean;
  numwant?: number;
  /** Sent as given (already percent-encoded). */
  key?: string;
}

export function announceQuery(p: AnnounceParams): string {
  const parts = [
    `info_hash=${encodeBinary(p.infoHash)}`,
    `peer_id=${encodeBinary(p.peerId)}`,
    `port=${p.port ?? 51413}`,
    `uploaded=${p.uploaded ?? 0}`,
    `downloaded=${p.downloaded ?? 0}`,
    `left=${p.left ?? 1000}`,
    `compact=${p.compact ?? 1}`,
  ];
  if (p.event) parts.push(`event=${p.event}`);
  if (p.noPeerId) parts.push('no_peer_id=1');
  if (p.numwant !== undefined) parts.push(`numwant=${p.numwant}`);
  if (p.key !== undefined) parts.push(`key=${p.key}`);
  return parts.join('&');
}

/**
 * GET over a connection of its own (no keep-alive), so SO_REUSEPORT may hand it to any worker.
 * The path is sent as given, without URL normalisation.
 */
export function getOverNewConnection(port: number, path: string): Promise<{ status: number; body: Buffer }> {
  return new Promise((resolve, reject) => {
    const req = request({ host: '127.0.0.1', port, path, method: 'GET', agent: false, timeout: 10_000 }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, body: Buffer.concat(chunks) }));
    });
    req.on('timeout', () => req.destroy(new Error(`timeout for ${path.slice(0, 200)}`)));
    req.on('error', reject);
    req.end();
  });
}

/**
 * GET with header lines written byte for byte (over a raw socket: Node's HTTP client refuses bytes a
 * hostile client may send, such as NUL or non-UTF-8). Resolves with the status line's code and body.
 */
export function getWithRawHeaders(port: number, path: string, headerLines: Buffer[]): Promise<{ status: number; body: Buffer }> {
  return new Promise((resolve, reject) => {
    const socket = connect({ host: '127.0.0.1', port });
    const chunks: Buffer[] = [];
    socket.setTimeout(15_000, () => socket.destroy(new Error(`timeout for ${path.slice(0, 200)}`)));
    socket.on('data', (c: Buffer) => chunks.push(c));
    socket.on('error', reject);
    socket.on('close', () => {
      const response = Buffer.concat(chunks);
      const split = response.indexOf('\r\n\r\n');
      const status = Number(/^HTTP\/1\.[01] (\d{3})/.exec(response.toString('latin1', 0, 16))?.[1] ?? 0);
      resolve({ status, body: split < 0 ? Buffer.alloc(0) : response.subarray(split + 4) });
    });
    socket.write(
      Buffer.concat([
        Buffer.from(`GET ${path} HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n`, 'latin1'),
        ...headerLines.flatMap((line) => [line, Buffer.from('\r\n', 'latin1')]),
        Buffer.from('\r\n', 'latin1'),
      ]),
    );
  });
}

/** A decoded answer: keys and byte strings as latin1 strings, so binary values compare exactly. */
export type Decoded = StrictDict;

/** GET a URL and decode its body with a strict (canonical-form checking) bencode reader. */
export async function getBencoded(url: string): Promise<{ status: number; body: Decoded }> {
  // Bounded, so a hung server fails the test with a reason instead of a test timeout.
  const response = await fetch(url, { signal: AbortSignal.timeout(15_000) });
  const bytes = new Uint8Array(await response.arrayBuffer());
  return { status: response.status, body: strictDecode(bytes) as Decoded };
}

export async function announce(baseUrl: string, passkey: string, p: AnnounceParams): Promise<Decoded> {
  return (await getBencoded(`${baseUrl}/${passkey}/announce?${announceQuery(p)}`)).body;
}

/** The failure reason of an answer (UTF-8), or undefined. */
export function failureOf(body: Decoded): string | undefined {
  const reason = body['failure reason'];
  return reason === undefined ? undefined : Buffer.from(reason as string, 'latin1').toString('utf8');
}

/** Compact peers (BEP 23: 6 bytes; BEP 7: 18 bytes) as "address:port" strings. */
export function compactPeers(value: unknown, ipv6 = false): string[] {
  const bytes = Buffer.from(value as string, 'latin1');
  const size = ipv6 ? 18 : 6;
  const out: string[] = [];
  for (let i = 0; i + size <= bytes.length; i += size) {
    const ip = ipv6
      ? Array.from({ length: 8 }, (_, k) => bytes.readUInt16BE(i + k * 2).toString(16)).join(':')
      : `${bytes[i]}.${bytes[i + 1]}.${bytes[i + 2]}.${bytes[i + 3]}`;
    out.push(`${ip}:${bytes.readUInt16BE(i + size - 2)}`);
  }
  return out;
}

export function peerId(n: number, prefix = '-TR4050-'): Buffer {
  return Buffer.from(`${prefix}${String(n).padStart(20 - prefix.length, '0')}`, 'latin1');
}

export interface UserTotals {
  uploaded: number;
  downloaded: number;
  creditedUploaded: number;
  creditedDownloaded: number;
}

/** What the engine has credited a user and not yet flushed, summed over the peers' journal records. */
export async function userTotals(engine: Engine, userId: string): Promise<UserTotals> {
  const totals: UserTotals = { uploaded: 0, downloaded: 0, creditedUploaded: 0, creditedDownloaded: 0 };
  for (const p of (await engine.inspect()).peers) {
    if (engine.userIdOf(p.userIndex) !== userId) continue;
    totals.uploaded += p.up;
    totals.downloaded += p.down;
    totals.creditedUploaded += p.creditedUp;
    totals.creditedDownloaded += p.creditedDown;
  }
  return totals;
}
