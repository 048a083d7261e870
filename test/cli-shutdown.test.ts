/**
 * The operator's start and stop: `swarmgate start` on the embedded database, stopped the ways an
 * operator stops it (Ctrl-C in a terminal signals the whole foreground process group, the embedded
 * PostgreSQL included; a process manager sends SIGTERM to `npm start`), loses nothing that was
 * answered; and a second instance on the same port refuses to start.
 */
import { randomBytes } from 'node:crypto';
import { chmodSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { createConnection } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import bencode from 'bencode';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { call, createControlClients } from '../control/client.js';
import { createPool } from '../core/db.js';
import { embeddedDatabaseUrl } from '../core/embedded-postgres.js';
import { runCli, startCli, type RunningCli } from './support/cli.js';
import { announce, failureOf, freePort, peerId } from './support/engine.js';

function portOpen(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = createConnection({ host: '127.0.0.1', port });
    socket.once('connect', () => (socket.destroy(), resolve(true)));
    socket.once('error', () => resolve(false));
  });
}

/** Pids whose parent is `pid` (from /proc). */
function childrenOf(pid: number): number[] {
  return readdirSync('/proc')
    .filter((entry) => /^\d+$/.test(entry))
    .filter((entry) => {
      let stat: string;
      try {
        stat = readFileSync(`/proc/${entry}/stat`, 'utf8');
      } catch {
        return false; // the process ended meanwhile
      }
      // pid (comm) state ppid ...: comm may hold spaces, so read after its closing parenthesis.
      return Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]) === pid;
    })
    .map(Number);
}

/** A private single-file .torrent. */
function torrentFile(): Buffer {
  const info = { length: 1_000_000, name: `shutdown-${randomBytes(4).toString('hex')}.bin`, 'piece length': 262_144, pieces: randomBytes(20 * 4), private: 1 };
  return Buffer.from(bencode.encode({ announce: 'http://example.invalid/announce', info }));
}

describe('swarmgate start: stopping it loses nothing, and one instance per port', () => {
  let dataDir: string;
  let env: Record<string, string>;
  let infoHash: Buffer;
  let passkey: string;

  beforeAll(async () => {
    dataDir = mkdtempSync(join(tmpdir(), 'swarmgate-shutdown-'));
    chmodSync(dataDir, 0o755); // the embedded server runs as the postgres user when we are root
    env = {
      SWARMGATE_DATA_DIR: dataDir,
      SWARMGATE_EMBEDDED_PG_PORT: String(await freePort()),
      SWARMGATE_ENGINE_PORT: String(await freePort()),
      SWARMGATE_ENGINE_HOST: '127.0.0.1',
      SWARMGATE_ENGINE_WORKERS: '1',
      SWARMGATE_CONTROL_PORT: String(await freePort()),
      SWARMGATE_MIN_INTERVAL: '1',
      // Nothing is flushed on the interval during the test: what reaches the database does so in the final flush.
      SWARMGATE_FLUSH_INTERVAL_MS: '600000',
    };
  });
  afterAll(() => rmSync(dataDir, { recursive: true, force: true }));

  const baseUrl = () => `http://127.0.0.1:${env.SWARMGATE_ENGINE_PORT}`;

  async function uploadedInDatabase(): Promise<number> {
    const running = startCli(['start'], env);
    try {
      await running.waitFor(/swarmgate ready/, 120_000);
      const pool = createPool(embeddedDatabaseUrl(dataDir, Number(env.SWARMGATE_EMBEDDED_PG_PORT)), 1);
      try {
        const { rows } = await pool.query<{ uploaded_raw: number }>(
          `SELECT s.uploaded_raw FROM user_statistics s JOIN users u ON u.id = s.user_id WHERE u.username = 'admin'`,
        );
        return rows[0]?.uploaded_raw ?? 0;
      } finally {
        await pool.end();
      }
    } finally {
      expect(await running.stop('SIGTERM'), running.output()).toBe(0);
    }
  }

  async function announceUploaded(uploaded: number, event?: 'started'): Promise<void> {
    const body = await announce(baseUrl(), passkey, { infoHash, peerId: peerId(1), port: 51413, uploaded, downloaded: 0, left: 500_000, ...(event ? { event } : {}) });
    expect(failureOf(body)).toBeUndefined();
  }

  it('Ctrl-C to the whole process group flushes the last announce before the database stops', async () => {
    const first = startCli(['start'], env, { detached: true });
    try {
      await first.waitFor(/swarmgate ready/, 120_000);
      // Without a terminal on stdout, the one-time credentials go to a file, not into the log stream.
      expect(first.output()).not.toMatch(/API token:/);
      const credentials = readFileSync(join(dataDir, 'first-run-credentials.txt'), 'utf8');
      const token = /API token:\s+(\S+)/.exec(credentials)![1]!;
      const clients = createControlClients(`127.0.0.1:${env.SWARMGATE_CONTROL_PORT}`, { token });
      try {
        const torrent = await call(clients.torrents.registerTorrent.bind(clients.torrents), { torrentFile: torrentFile(), category: 'other' });
        await call(clients.torrents.approveTorrent.bind(clients.torrents), { name: torrent.name, etag: torrent.etag });
        infoHash = Buffer.from(torrent.infoHash, 'hex');
        passkey = (await call(clients.users.getUser.bind(clients.users), { name: 'users/admin' })).passkey;
      } finally {
        clients.close();
      }
      // The approval reaches the engine just after the call returns.
      await expect.poll(async () => failureOf(await announce(baseUrl(), passkey, { infoHash, peerId: peerId(1), port: 51413, left: 500_000, event: 'started' })), { timeout: 10_000 }).toBeUndefined();
      await new Promise((r) => setTimeout(r, 1100)); // past the min interval, so the next announce counts
      await announceUploaded(5000);
      process.kill(-first.child.pid!, 'SIGINT');
      expect(await first.stop(), first.output()).toBe(0);
    } finally {
      if (first.child.exitCode === null) process.kill(-first.child.pid!, 'SIGKILL');
    }
    expect(first.output()).not.toMatch(/final flush failed/);
    expect(first.output()).toMatch(/embedded PostgreSQL stopped/);
    expect(await portOpen(Number(env.SWARMGATE_EMBEDDED_PG_PORT))).toBe(false);
    expect(await uploadedInDatabase()).toBe(5000);
  });

  it('SIGTERM to `npm start` reaches the tracker: it flushes, stops its database and leaves no process behind', async () => {
    const npm = startCli([], env, { command: ['npm', 'start', '--silent'] });
    try {
      await npm.waitFor(/swarmgate ready/, 120_000);
      // npm start gives the tracker glibc's allocator setting (package.json): it must be there at exec.
      const tracker = childrenOf(npm.child.pid!);
      expect(tracker).toHaveLength(1);
      expect(readFileSync(`/proc/${tracker[0]}/environ`, 'utf8').split('\0')).toContain('MALLOC_MMAP_THRESHOLD_=262144');
      // The restart restored the peer from the peers table; its next report counts from there.
      await announceUploaded(9000);
      expect(await npm.stop('SIGTERM'), npm.output()).toBe(0);
    } finally {
      if (npm.child.exitCode === null) npm.child.kill('SIGKILL');
    }
    expect(npm.output()).not.toMatch(/final flush failed/);
    for (const port of [env.SWARMGATE_ENGINE_PORT, env.SWARMGATE_CONTROL_PORT, env.SWARMGATE_EMBEDDED_PG_PORT]) {
      expect(await portOpen(Number(port)), `port ${port} still served`).toBe(false);
    }
    expect(await uploadedInDatabase()).toBe(9000);
  });

  it('a second instance on the same engine port refuses to start and names the process that serves it', async () => {
    let first: RunningCli | undefined;
    const otherData = mkdtempSync(join(tmpdir(), 'swarmgate-second-'));
    try {
      first = startCli(['start'], env);
      await first.waitFor(/swarmgate ready/, 120_000);
      chmodSync(otherData, 0o755);
      const second = await runCli(['start'], {
        ...env,
        SWARMGATE_DATA_DIR: otherData,
        SWARMGATE_EMBEDDED_PG_PORT: String(await freePort()),
        SWARMGATE_CONTROL_PORT: String(await freePort()),
      });
      expect(second.code).toBe(1);
      expect(second.stdout + second.stderr).toMatch(
        new RegExp(`port ${env.SWARMGATE_ENGINE_PORT} on 127\\.0\\.0\\.1 is already served by pid ${first.child.pid} \\(.*swarmgate\\.js start\\)`),
      );
    } finally {
      if (first) expect(await first.stop('SIGTERM'), first.output()).toBe(0);
      rmSync(otherData, { recursive: true, force: true });
    }
  });
});
