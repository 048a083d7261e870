/**
 * Validates the real-client harness in test/support/bittorrent against stand-in trackers
 * (opentracker, and a recorder that answers every announce with a failure), until Swarmgate's engine exists.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import {
  createPayload,
  createTorrent,
  download,
  freePorts,
  makeTempDir,
  percentDecodeBytes,
  removeTempDirs,
  sha256File,
  startDownloader,
  startSeeder,
  withAnnounceUrl,
  bencodedNoPeers,
  infoHashOf,
  startAnnounceRecorder,
  startOpentracker,
  startTransmissionCli,
  type AnnounceRecorder,
  type Aria2Client,
  type BoundedProcess,
  type OpenTracker,
} from './support/bittorrent/index.js';

const MiB = 1024 * 1024;
const passkey = (c: string) => c.repeat(32);

afterAll(() => removeTempDirs());

describe('bittorrent test harness', () => {
  it('makes per-user .torrent copies that differ only in announce and keep the info_hash', async () => {
    const payload = await createPayload({ sizeBytes: 256 * 1024, seed: 7 });
    expect((await createPayload({ sizeBytes: 256 * 1024, seed: 7 })).sha256).toBe(payload.sha256);

    const base = await createTorrent({ file: payload.path, announceUrl: `http://127.0.0.1:1/${passkey('a')}/announce`, pieceSize: 32 * 1024 });
    const copyPath = join(makeTempDir('torrent-copy'), 'bob.torrent');
    const copy = await withAnnounceUrl(base.torrentPath, `http://127.0.0.1:1/${passkey('b')}/announce`, copyPath);

    expect(copy.infoHashHex).toBe(base.infoHashHex);
    expect(copy.infoHash.equals(infoHashOf(readFileSync(base.torrentPath)))).toBe(true);
    const original = readFileSync(base.torrentPath);
    const rewritten = readFileSync(copyPath);
    expect(rewritten.toString('latin1')).toContain(`/${passkey('b')}/announce`);
    expect(rewritten.length).toBe(original.length); // same-length passkey: only those 32 bytes differ
  });

  it('records what aria2c sends, and aria2c logs a tracker failure reason', async () => {
    let recorder: AnnounceRecorder | undefined;
    let client: Aria2Client | undefined;
    try {
      recorder = await startAnnounceRecorder();
      const payload = await createPayload({ sizeBytes: 256 * 1024, seed: 8 });
      const torrent = await createTorrent({ file: payload.path, announceUrl: recorder.url(`/${passkey('c')}/announce`) });
      const [port] = await freePorts(1);
      client = startDownloader({ torrentPath: torrent.torrentPath, outDir: makeTempDir('dl'), listenPort: port!, timeoutMs: 20_000 });

      const first = await recorder.waitFor(() => true, 10_000);
      expect(first.path).toBe(`/${passkey('c')}/announce`);
      expect(first.infoHash?.equals(torrent.infoHash)).toBe(true);
      expect(first.peerId?.length).toBe(20);
      expect(first.peerId?.subarray(0, 10).toString('latin1')).toBe('A2-1-36-0-');
      expect(first.event).toBe('started');
      expect(first.get('port')).toBe(String(port));
      expect(first.get('compact')).toBe('1');
      expect(first.get('numwant')).toBe('50');
      expect(first.get('no_peer_id')).toBe('1');
      expect(first.get('left')).toBe(String(payload.size));
      expect(first.get('supportcrypto')).toBe('1');
      // aria2's key is the last 8 bytes of its peer_id.
      const key = first.params.find(([name]) => name === 'key')?.[1] ?? '';
      expect(percentDecodeBytes(key).equals(first.peerId!.subarray(12))).toBe(true);
      expect(first.params.map(([name]) => name)).toEqual([
        'info_hash', 'peer_id', 'uploaded', 'downloaded', 'left', 'compact', 'key', 'numwant', 'no_peer_id', 'port', 'event', 'supportcrypto',
      ]);
      expect(first.userAgent).toBe('aria2/1.36.0');

      await expect.poll(() => client!.failureReasons(), { timeout: 5_000 }).toContain('recorder: not a real tracker');
    } finally {
      await client?.stop();
      await recorder?.close();
    }
  });

  it('records what transmission-cli sends', async () => {
    let recorder: AnnounceRecorder | undefined;
    let proc: BoundedProcess | undefined;
    try {
      // Answer with an empty peer list: after a failure, transmission waits a long time before retrying.
      recorder = await startAnnounceRecorder(() => bencodedNoPeers(2));
      const payload = await createPayload({ sizeBytes: 256 * 1024, seed: 9 });
      const torrent = await createTorrent({ file: payload.path, announceUrl: recorder.url(`/${passkey('d')}/announce`) });
      const [port] = await freePorts(1);
      proc = startTransmissionCli({ torrentPath: torrent.torrentPath, downloadDir: makeTempDir('tr-dl'), listenPort: port!, lifetimeMs: 20_000 });

      const started = await recorder.waitFor((r) => r.event === 'started', 15_000);
      expect(started.infoHash?.equals(torrent.infoHash)).toBe(true);
      expect(started.peerId?.subarray(0, 8).toString('latin1')).toBe('-TR3000-');
      expect(started.get('port')).toBe(String(port));
      expect(started.get('compact')).toBe('1');
      expect(started.get('numwant')).toBe('80');
      expect(started.userAgent).toBe('Transmission/3.00');
    } finally {
      await proc?.stop();
      await recorder?.close();
    }
  });

  it('a seeder and a downloader complete a real transfer through opentracker', async () => {
    const payload = await createPayload({ sizeBytes: 3 * MiB, seed: 42 });
    // opentracker only answers at /announce: the passkey-less URL stands in for the per-user ones.
    const placeholder = await createTorrent({ file: payload.path, announceUrl: 'http://127.0.0.1:1/announce' });
    let tracker: OpenTracker | undefined;
    let seeder: Aria2Client | undefined;
    let downloader: Aria2Client | undefined;
    try {
      tracker = await startOpentracker({ infoHashesHex: [placeholder.infoHashHex] });
      const dir = makeTempDir('torrents');
      const seedTorrent = await withAnnounceUrl(placeholder.torrentPath, tracker.announceUrl, join(dir, 'seeder.torrent'));
      const leechTorrent = await withAnnounceUrl(placeholder.torrentPath, tracker.announceUrl, join(dir, 'downloader.torrent'));
      expect(leechTorrent.infoHashHex).toBe(seedTorrent.infoHashHex);
      const [seedPort, leechPort] = await freePorts(2);

      seeder = await startSeeder({ torrentPath: seedTorrent.torrentPath, dataDir: payload.dir, listenPort: seedPort! });
      const outDir = makeTempDir('downloaded');
      downloader = await download({ torrentPath: leechTorrent.torrentPath, outDir, listenPort: leechPort!, timeoutMs: 60_000 });

      expect(await sha256File(join(outDir, payload.name))).toBe(payload.sha256);
      const events = downloader.announces().map((a) => a.event ?? 'none');
      expect(events[0]).toBe('started');
      expect(events).toContain('completed');
      expect(events.at(-1)).toBe('stopped');
      const seederPeerId = seeder.announces()[0]?.peerId;
      expect(seederPeerId).toBeDefined();
      expect(downloader.announces()[0]?.peerId?.equals(seederPeerId!)).toBe(false);

      await seeder.stop();
      expect(seeder.announces().at(-1)?.event).toBe('stopped');
    } catch (error) {
      throw new Error(`${(error as Error).message}\n${tracker?.describe() ?? ''}\n${seeder?.describe() ?? ''}`, { cause: error });
    } finally {
      await downloader?.stop();
      await seeder?.stop();
      await tracker?.stop();
    }
  });
});
