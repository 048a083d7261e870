/**
 * End to end with real clients from Debian packages: transmission-create makes the .torrent, one
 * aria2c seeds and another downloads, each announcing with its own user's passkey through the engine.
 */
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import type { EngineSnapshot } from '../../engine/engine.js';
import {
  createPayload,
  createTorrent as createTorrentFile,
  freePorts,
  makeTempDir,
  removeTempDirs,
  sha256File,
  startDownloader,
  startSeeder,
  withAnnounceUrl,
  type Aria2Client,
} from '../support/bittorrent/index.js';
import { startTestEngine, userTotals, type TestEngine } from '../support/engine.js';
import { createTorrent, createUser, type TestUser } from '../support/fixtures.js';

const MiB = 1024 * 1024;

afterAll(() => removeTempDirs());

/** The last value a client reported for a counter: what it has moved in this session. */
function lastReported(client: Aria2Client, counter: 'uploaded' | 'downloaded'): number {
  const announces = client.announces();
  return Number(announces.at(-1)?.get(counter) ?? NaN);
}

describe('real BitTorrent clients through the engine', () => {
  let t: TestEngine | undefined;
  const clients: Aria2Client[] = [];
  afterAll(async () => {
    await Promise.all(clients.map((c) => c.stop()));
    await t?.stop();
  });

  it('a seeder and a downloader with their own passkeys complete a transfer, and the tracker accounts for both', async () => {
    const payload = await createPayload({ sizeBytes: 3 * MiB, seed: 42 });
    const base = await createTorrentFile({ file: payload.path, announceUrl: 'http://127.0.0.1:1/placeholder/announce', pieceSize: 256 * 1024 });
    let seederUser!: TestUser;
    let leecherUser!: TestUser;
    t = await startTestEngine({
      workers: 2,
      engine: { minInterval: 1, announceInterval: 60 },
      prepare: async (db) => {
        seederUser = await createUser(db.pool);
        leecherUser = await createUser(db.pool);
        await createTorrent(db.pool, { infoHash: base.infoHash, size: payload.size });
      },
    });
    const dir = makeTempDir('e2e-torrents');
    const seederTorrent = await withAnnounceUrl(base.torrentPath, `${t.baseUrl}/${seederUser.passkey}/announce`, join(dir, 'seeder.torrent'));
    const leecherTorrent = await withAnnounceUrl(base.torrentPath, `${t.baseUrl}/${leecherUser.passkey}/announce`, join(dir, 'leecher.torrent'));
    expect(leecherTorrent.infoHashHex).toBe(base.infoHashHex);

    const [seedPort, leechPort] = await freePorts(2);
    const seeder = await startSeeder({ torrentPath: seederTorrent.torrentPath, dataDir: payload.dir, listenPort: seedPort!, label: 'seeder' });
    clients.push(seeder);
    const outDir = makeTempDir('e2e-download');
    const downloader = startDownloader({
      torrentPath: leecherTorrent.torrentPath,
      outDir,
      listenPort: leechPort!,
      timeoutMs: 60_000,
      seedAfterCompleteSec: 4,
      label: 'downloader',
    });
    clients.push(downloader);

    // While the downloader seeds after completing, the tracker holds both peers, both now seeders.
    const swarmOf = (snapshot: EngineSnapshot) => snapshot.swarms.find((s) => s.infoHash === base.infoHashHex);
    const deadline = Date.now() + 45_000;
    let both = swarmOf(await t.engine.inspect());
    while (!(both && both.seeders === 2) && Date.now() < deadline) {
      await new Promise((r) => setTimeout(r, 250));
      both = swarmOf(await t.engine.inspect());
    }
    expect(both?.seeders, downloader.describe()).toBe(2);
    const peerPorts = both!.peers.map((p) => p.port).sort();
    expect(peerPorts).toEqual([seedPort, leechPort].sort());
    const peerUsers = new Set(both!.peers.map((p) => t!.engine.userIdOf(p.userIndex)));
    expect(peerUsers).toEqual(new Set([seederUser.id, leecherUser.id]));

    const exit = await downloader.exited;
    expect(exit.code, downloader.describe()).toBe(0);
    expect(await sha256File(join(outDir, payload.name))).toBe(payload.sha256);
    await seeder.stop();

    const snapshot = await t.engine.inspect();
    const swarm = swarmOf(snapshot)!;
    expect(swarm.completedDelta).toBe(1);
    const snatchers = snapshot.peers.filter((p) => p.completedAt > 0).map((p) => t!.engine.userIdOf(p.userIndex));
    expect(snatchers).toEqual([leecherUser.id]);
    // Both clients sent `stopped`: the swarm is empty again, and the journal holds both as removed.
    expect(swarm.peers).toHaveLength(0);
    expect(snapshot.peers.filter((p) => p.removed)).toHaveLength(2);

    // Each user is credited exactly what their client reported moving (counted from zero).
    const leecher = await userTotals(t.engine, leecherUser.id);
    expect(leecher.downloaded).toBe(lastReported(downloader, 'downloaded'));
    expect(leecher.downloaded).toBeGreaterThanOrEqual(payload.size);
    expect(leecher.uploaded).toBe(lastReported(downloader, 'uploaded'));
    const seeded = await userTotals(t.engine, seederUser.id);
    expect(seeded.uploaded).toBe(lastReported(seeder, 'uploaded'));
    expect(seeded.uploaded).toBeGreaterThanOrEqual(payload.size);
    expect(seeded.downloaded).toBe(0);
  });
});
