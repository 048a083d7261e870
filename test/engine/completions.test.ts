/**
 * Completions: a peer that was a leecher and finishes is counted once, whichever of its announces
 * carries the news first (the `completed` event, a later announce with left=0 when the client queues
 * the event as rtorrent does, or a stop right after finishing), and never twice.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTorrent, createUser, type TestTorrent, type TestUser } from '../support/fixtures.js';
import { announce, encodeBinary, failureOf, getBencoded, peerId, startTestEngine, type TestEngine } from '../support/engine.js';

describe('completions (one per peer and torrent)', () => {
  let t: TestEngine;
  let user: TestUser;

  beforeAll(async () => {
    t = await startTestEngine({
      workers: 2,
      engine: { minInterval: 1, announceInterval: 1800, announceJitter: 0 },
      prepare: async (db) => {
        user = await createUser(db.pool);
      },
    });
  });
  afterAll(() => t.stop());

  async function newTorrent(): Promise<TestTorrent> {
    const torrent = await createTorrent(t.db.pool);
    await t.bus.publish({ type: 'torrent.changed', torrentId: torrent.id });
    await t.engine.settled();
    return torrent;
  }

  async function send(torrent: TestTorrent, n: number, left: number, event?: 'started' | 'completed' | 'stopped') {
    const body = await announce(t.baseUrl, user.passkey, { infoHash: torrent.infoHash, peerId: peerId(n), left, port: 6000 + n, ...(event ? { event } : {}) });
    expect(failureOf(body)).toBeUndefined();
    return body;
  }

  async function downloaded(torrent: TestTorrent): Promise<number> {
    const { body } = await getBencoded(`${t.baseUrl}/${user.passkey}/scrape?info_hash=${encodeBinary(torrent.infoHash)}`);
    return (body.files as Record<string, { downloaded: number }>)[torrent.infoHash.toString('latin1')]!.downloaded;
  }

  it('counts the completed event of a leecher once, and not its repeats', async () => {
    const torrent = await newTorrent();
    await send(torrent, 1, 1000, 'started');
    await send(torrent, 1, 0, 'completed');
    await send(torrent, 1, 0, 'completed');
    expect(await downloaded(torrent)).toBe(1);
  });

  it('counts a leecher that reports left=0 before its queued completed event (rtorrent), once', async () => {
    const torrent = await newTorrent();
    await send(torrent, 1, 1000, 'started');
    await send(torrent, 1, 0);
    expect(await downloaded(torrent)).toBe(1);
    await send(torrent, 1, 0, 'completed');
    expect(await downloaded(torrent)).toBe(1);
  });

  it('counts a leecher that finishes and stops at once', async () => {
    const torrent = await newTorrent();
    await send(torrent, 1, 1000, 'started');
    const stopped = await send(torrent, 1, 0, 'stopped');
    expect(stopped.incomplete).toBe(0);
    expect(await downloaded(torrent)).toBe(1);
  });

  it('does not count a peer that was a seeder from its first announce', async () => {
    const torrent = await newTorrent();
    await send(torrent, 1, 0, 'started');
    await send(torrent, 1, 0, 'completed');
    await send(torrent, 1, 0, 'stopped');
    expect(await downloaded(torrent)).toBe(0);
  });

  it('counts each finishing peer of the torrent once, and a stopped leecher not at all', async () => {
    const torrent = await newTorrent();
    for (const n of [1, 2, 3]) await send(torrent, n, 500, 'started');
    await send(torrent, 1, 0, 'completed');
    await send(torrent, 2, 0);
    await send(torrent, 3, 500, 'stopped');
    expect(await downloaded(torrent)).toBe(2);
  });
});
