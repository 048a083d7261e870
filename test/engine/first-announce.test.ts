import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { announce, failureOf, peerId, startTestEngine, type TestEngine } from '../support/engine.js';
import { createTorrent, createUser, type TestTorrent, type TestUser } from '../support/fixtures.js';

const GB = 1e9;
/** The plausibility rate (engine/announce.ts MAX_BYTES_PER_SECOND): 100 Gbit/s. */
const RATE = 12.5e9;

interface Refusal {
  user_id: string;
  torrent_id: string;
  kind: string;
  reported_uploaded: number;
  allowed_bytes: number;
  refused_uploaded: number;
  refused_downloaded: number;
}

/**
 * A new peer's first announce cannot justify what its counters claim: `started` opens a session at 0
 * (BEP 3), and without it the user can only have moved what the time since their last counted
 * announce on that torrent allows. What is refused is recorded (metric and credit_refusals rows).
 */
describe('credit on a first announce', { timeout: 120_000 }, () => {
  let t: TestEngine;
  let user: TestUser;
  let refusalsBefore = 0;
  /** A torrent per scenario, so one scenario's announces never bound another's. */
  const unused: TestTorrent[] = [];

  beforeAll(async () => {
    t = await startTestEngine({
      workers: 2,
      // Written only when a test flushes.
      flush: { intervalMs: 600_000 },
      engine: { maxPeersPerUserPerTorrent: 1000 },
      prepare: async (db) => {
        user = await createUser(db.pool);
        for (let i = 0; i < 8; i++) unused.push(await createTorrent(db.pool));
      },
    });
  });
  afterAll(() => t.stop());

  async function torrent(): Promise<TestTorrent> {
    return unused.pop()!;
  }

  /** What the user's account holds after a flush. */
  async function credited(): Promise<{ up: number; down: number }> {
    await t.engine.flushNow();
    const { rows } = await t.db.pool.query<{ up: number; down: number }>(
      `SELECT uploaded_credited AS up, downloaded_credited AS down FROM user_statistics WHERE user_id = $1`,
      [user.id],
    );
    return rows[0] ?? { up: 0, down: 0 };
  }

  async function refusals(torrentId: string): Promise<Refusal[]> {
    const { rows } = await t.db.pool.query<Refusal>(
      `SELECT user_id, torrent_id, kind, reported_uploaded, allowed_bytes, refused_uploaded, refused_downloaded
       FROM credit_refusals WHERE torrent_id = $1 ORDER BY id`,
      [torrentId],
    );
    return rows;
  }

  async function refusalMetric(): Promise<number> {
    const text = await (await fetch(`${t.opsUrl}/metrics`)).text();
    return text
      .split('\n')
      .filter((l) => l.startsWith('swarmgate_credit_refusals_total{'))
      .reduce((sum, l) => sum + Number(l.split(' ')[1]), 0);
  }

  it('credits nothing on `started` whatever the counters claim, records it, and counts on from the report', async () => {
    const tor = await torrent();
    const before = await credited();
    refusalsBefore = await refusalMetric();
    const id = peerId(1);
    const first = await announce(t.baseUrl, user.passkey, { infoHash: tor.infoHash, peerId: id, uploaded: 740 * GB, downloaded: 5 * GB, left: 0, event: 'started' });
    expect(failureOf(first)).toBeUndefined();
    expect(await credited()).toEqual(before);
    expect(await refusals(tor.id)).toEqual([
      { user_id: user.id, torrent_id: tor.id, kind: 'started_with_transfer', reported_uploaded: 740 * GB, allowed_bytes: 0, refused_uploaded: 740 * GB, refused_downloaded: 5 * GB },
    ]);
    expect(await refusalMetric()).toBe(refusalsBefore + 1);

    // The report is the peer's baseline: what it moves afterwards counts as usual.
    const next = await announce(t.baseUrl, user.passkey, { infoHash: tor.infoHash, peerId: id, uploaded: 740 * GB + 12345, downloaded: 5 * GB, left: 0, event: 'started' });
    expect(failureOf(next)).toBeUndefined();
    expect(await credited()).toEqual({ up: before.up + 12345, down: before.down });
  });

  it('a `started` that reports 0, as the protocol says, is no refusal', async () => {
    const tor = await torrent();
    const before = await refusalMetric();
    const body = await announce(t.baseUrl, user.passkey, { infoHash: tor.infoHash, peerId: peerId(2), left: 100, event: 'started' });
    expect(failureOf(body)).toBeUndefined();
    await credited();
    expect(await refusals(tor.id)).toEqual([]);
    expect(await refusalMetric()).toBe(before);
  });

  it('without `started`, bounds the credit by the time since the user last announced on the torrent', async () => {
    const tor = await torrent();
    const before = await credited();
    // Never announced on this torrent: nothing can be justified.
    const lost = await announce(t.baseUrl, user.passkey, { infoHash: tor.infoHash, peerId: peerId(3), uploaded: 3 * GB, left: 0 });
    expect(failureOf(lost)).toBeUndefined();
    expect(await credited()).toEqual(before);
    expect((await refusals(tor.id)).map((r) => [r.kind, r.allowed_bytes, r.refused_uploaded])).toEqual([['first_announce_over_bound', 0, 3 * GB]]);

    // That announce was counted: a second lost client a few seconds later may claim what those seconds allow.
    await new Promise((r) => setTimeout(r, 2100));
    const small = await announce(t.baseUrl, user.passkey, { infoHash: tor.infoHash, peerId: peerId(4), uploaded: 5_000_000, left: 0 });
    expect(failureOf(small)).toBeUndefined();
    expect(await credited()).toEqual({ up: before.up + 5_000_000, down: before.down });

    await new Promise((r) => setTimeout(r, 1100));
    const huge = await announce(t.baseUrl, user.passkey, { infoHash: tor.infoHash, peerId: peerId(5), uploaded: 100_000 * GB, left: 0 });
    expect(failureOf(huge)).toBeUndefined();
    const after = await credited();
    // peer 4's claim fitted its bound: the second refusal is peer 5's.
    const clamped = (await refusals(tor.id))[1];
    expect(clamped).toMatchObject({ kind: 'first_announce_over_bound', reported_uploaded: 100_000 * GB });
    // Clamped to whole seconds at the rate: at least the second slept, at most a few on a loaded machine.
    expect(clamped!.allowed_bytes % RATE).toBe(0);
    expect(clamped!.allowed_bytes).toBeGreaterThanOrEqual(RATE);
    expect(clamped!.allowed_bytes).toBeLessThanOrEqual(10 * RATE);
    expect(clamped!.refused_uploaded).toBe(100_000 * GB - clamped!.allowed_bytes);
    expect(after).toEqual({ up: before.up + 5_000_000 + clamped!.allowed_bytes, down: before.down });
  });

  it('a burst of fresh peer_ids credits nothing, however it is sent, and every refusal is on record', async () => {
    const burst = 200;
    const before = await credited();
    const metricBefore = await refusalMetric();

    // As reported: start and stop fresh peer_ids, each claiming 740 GB from the first announce.
    const started = await torrent();
    for (let i = 0; i < burst; i++) {
      const id = peerId(10_000 + i);
      const p = { infoHash: started.infoHash, peerId: id, uploaded: 740 * GB, left: 0 };
      expect(failureOf(await announce(t.baseUrl, user.passkey, { ...p, event: 'started' }))).toBeUndefined();
      expect(failureOf(await announce(t.baseUrl, user.passkey, { ...p, event: 'stopped' }))).toBeUndefined();
    }
    // The same without `started`: each new peer_id follows the previous one's departure at once.
    const unannounced = await torrent();
    const burstStarted = Date.now();
    for (let i = 0; i < burst; i++) {
      const p = { infoHash: unannounced.infoHash, peerId: peerId(20_000 + i), uploaded: 740 * GB, left: 0 };
      expect(failureOf(await announce(t.baseUrl, user.passkey, p))).toBeUndefined();
      expect(failureOf(await announce(t.baseUrl, user.passkey, { ...p, event: 'stopped' }))).toBeUndefined();
    }
    const burstSeconds = (Date.now() - burstStarted) / 1000;
    // Starting at 0 and stopping with 740 GB a moment later is implausible for a peer seen once.
    const twoStep = await torrent();
    for (let i = 0; i < 20; i++) {
      const id = peerId(30_000 + i);
      expect(failureOf(await announce(t.baseUrl, user.passkey, { infoHash: twoStep.infoHash, peerId: id, left: 0, event: 'started' }))).toBeUndefined();
      const stop = await announce(t.baseUrl, user.passkey, { infoHash: twoStep.infoHash, peerId: id, uploaded: 740 * GB, left: 0, event: 'stopped' });
      expect(failureOf(stop)).toMatch(/implausible/);
    }

    const after = await credited();
    const onStarted = await refusals(started.id);
    const onUnannounced = await refusals(unannounced.id);
    expect(onStarted).toHaveLength(burst);
    expect(onStarted.every((r) => r.kind === 'started_with_transfer' && r.refused_uploaded === 740 * GB)).toBe(true);
    // Without `started`, each peer_id may have what the whole seconds since the previous one's
    // departure allow (none for the first: the user never announced on the torrent before). The
    // credit is exactly what the refusals say was allowed, and the burst's duration bounds it.
    expect(onUnannounced).toHaveLength(burst);
    expect(onUnannounced.every((r) => r.kind === 'first_announce_over_bound' && r.refused_uploaded === 740 * GB - r.allowed_bytes)).toBe(true);
    expect(onUnannounced[0]!.allowed_bytes).toBe(0);
    const allowed = onUnannounced.reduce((sum, r) => sum + r.allowed_bytes, 0);
    expect(allowed).toBeLessThanOrEqual((Math.ceil(burstSeconds) + 1) * RATE);
    expect(after).toEqual({ up: before.up + allowed, down: before.down });
    expect(await refusals(twoStep.id)).toEqual([]);
    expect(await refusalMetric()).toBe(metricBefore + 2 * burst);
  });
});
