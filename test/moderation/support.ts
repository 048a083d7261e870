/**
 * An engine and a control plane on one test database and one event bus (as `swarmgate start` runs
 * them), and the announces the moderation tests send: from any client address (through a trusted
 * proxy's X-Forwarded-For), leeching and seeding.
 */
import { createTestDatabase, type TestDatabase } from '../support/database.js';
import { announceQuery, peerId, startTestEngine, userTotals, type TestEngine } from '../support/engine.js';
import { strictDecode } from '../support/strict-bencode.js';
import { startTestControl, type TestControl } from '../control/harness.js';
import { InProcessEventBus } from '../../core/events.js';
import { createTorrent } from '../support/fixtures.js';

export interface Planes {
  db: TestDatabase;
  engine: TestEngine;
  control: TestControl;
  stop(): Promise<void>;
}

export async function startPlanes(): Promise<Planes> {
  const db = await createTestDatabase();
  const bus = new InProcessEventBus();
  const engine = await startTestEngine({
    db,
    bus,
    workers: 2,
    // Every check announces a new peer; the loopback "proxy" lets a test choose the client's address.
    engine: { maxPeersPerUserPerTorrent: 1000, trustedProxies: ['127.0.0.1'] },
  });
  const control = await startTestControl({ db, bus });
  return {
    db,
    engine,
    control,
    async stop() {
      await control.stop();
      await engine.stop();
      await bus.close();
      await db.drop();
    },
  };
}

let nextPeer = 1;

export interface Hit {
  infoHash: Buffer;
  left?: number;
  uploaded?: number;
  downloaded?: number;
  event?: 'started' | 'stopped' | 'completed';
  /** Client address as the proxy forwards it (default: the loopback connection's own). */
  from?: string;
  peer?: Buffer;
}

/** One announce; the failure reason, or undefined when it was accepted. */
export async function hit(engine: TestEngine, passkey: string, h: Hit): Promise<string | undefined> {
  const query = announceQuery({ infoHash: h.infoHash, peerId: h.peer ?? peerId(nextPeer++, '-MT0001-'), left: h.left ?? 100, uploaded: h.uploaded,
    downloaded: h.downloaded, event: h.event ?? 'started' });
  const response = await fetch(`${engine.baseUrl}/${passkey}/announce?${query}`, {
    headers: h.from ? { 'x-forwarded-for': h.from } : {},
    signal: AbortSignal.timeout(15_000),
  });
  const body = strictDecode(new Uint8Array(await response.arrayBuffer())) as Record<string, unknown>;
  const reason = body['failure reason'];
  return reason === undefined ? undefined : Buffer.from(reason as string, 'latin1').toString('utf8');
}

/**
 * A leech session: start, then stop having moved `downloaded` and `uploaded` bytes. Returns what the
 * engine credited the user for it (raw and credited deltas).
 */
export async function transfer(engine: TestEngine, user: { id: string; passkey: string }, infoHash: Buffer, moved: { downloaded?: number; uploaded?: number }) {
  const before = await userTotals(engine.engine, user.id);
  const peer = peerId(nextPeer++, '-MT0001-');
  const started = await hit(engine, user.passkey, { infoHash, peer, left: 5000 });
  if (started) throw new Error(`the leech was refused: ${started}`);
  const stopped = await hit(engine, user.passkey, { infoHash, peer, left: 5000, event: 'stopped', ...moved });
  if (stopped) throw new Error(`the stop was refused: ${stopped}`);
  const after = await userTotals(engine.engine, user.id);
  return {
    downloaded: after.downloaded - before.downloaded,
    uploaded: after.uploaded - before.uploaded,
    creditedDownloaded: after.creditedDownloaded - before.creditedDownloaded,
    creditedUploaded: after.creditedUploaded - before.creditedUploaded,
  };
}

/** Announces until `accept` holds (at most `ms`); the last answer. */
export async function until(check: () => Promise<string | undefined>, accept: (failure: string | undefined) => boolean, ms = 15_000): Promise<string | undefined> {
  const started = Date.now();
  for (;;) {
    const failure = await check();
    if (accept(failure) || Date.now() - started > ms) return failure;
    await new Promise((r) => setTimeout(r, 100));
  }
}

/** An account in `group` that the running engine already knows. */
export async function engineAccount(planes: Planes, group = 'member') {
  const account = await planes.control.account(group);
  await planes.control.bus.publish({ type: 'user.changed', userId: account.id });
  await planes.engine.engine.settled();
  return account;
}

/** An approved torrent the running engine already knows. */
export async function engineTorrent(planes: Planes): Promise<Buffer> {
  const torrent = await createTorrent(planes.db.pool);
  await planes.control.bus.publish({ type: 'torrent.changed', torrentId: torrent.id });
  await planes.engine.engine.settled();
  return torrent.infoHash;
}
