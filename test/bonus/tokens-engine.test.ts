import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { withTransaction } from '../../core/db.js';
import type { DomainEvent } from '../../core/events.js';
import { exchange } from '../../control/services/bonus/exchange.js';
import type { BonusScope } from '../../control/services/bonus/scope.js';
import { activateToken } from '../../control/services/bonus/tokens.js';
import { announce, failureOf, peerId, startTestEngine, type TestEngine } from '../support/engine.js';
import { createTorrent, createUser, type TestTorrent, type TestUser } from '../support/fixtures.js';
import { balanceOf, grant } from './support.js';

describe('a bought and activated freeleech token in a real engine', () => {
  let t: TestEngine;
  let holder: TestUser;
  let other: TestUser;
  let torrent: TestTorrent;
  let second: TestTorrent;
  let n = 0;

  beforeAll(async () => {
    t = await startTestEngine({
      workers: 2,
      flush: { intervalMs: 60_000 },
      engine: { maxPeersPerUserPerTorrent: 100 },
      prepare: async (db) => {
        holder = await createUser(db.pool);
        other = await createUser(db.pool);
        torrent = await createTorrent(db.pool);
        second = await createTorrent(db.pool);
      },
    });
  });
  afterAll(() => t.stop());

  /** Runs a bonus operation as the control plane does: commit, then publish, then wait for the engine. */
  async function operate<T>(fn: (scope: BonusScope) => Promise<T>): Promise<T> {
    const events: DomainEvent[] = [];
    const result = await withTransaction(t.db.pool, (tx) => fn({ tx, publish: (e) => void events.push(e) }));
    for (const event of events) await t.bus.publish(event);
    await t.engine.settled();
    return result;
  }

  async function buyAndActivate(torrentId: string): Promise<string> {
    await grant(t.db.pool, holder.id, 500);
    const bought = await operate((scope) => exchange(scope, { userId: holder.id, itemId: 'freeleech_token' }));
    expect(bought.tokenIds).toHaveLength(1);
    expect(bought.balanceAfter).toBe(0);
    await operate((scope) => activateToken(scope, { userId: holder.id, tokenId: bought.tokenIds[0]!, torrentId, hours: 24 }));
    return bought.tokenIds[0]!;
  }

  /** A new peer of `user` that starts with `left` bytes to go and then reports `downloaded`. */
  async function download(user: TestUser, infoHash: Buffer, downloaded: number, finish = false): Promise<void> {
    const id = peerId(++n);
    expect(failureOf(await announce(t.baseUrl, user.passkey, { infoHash, peerId: id, left: 5000, event: 'started' }))).toBeUndefined();
    const last = finish ? { left: 0, event: 'completed' as const } : { left: 5000 - downloaded, event: 'stopped' as const };
    expect(failureOf(await announce(t.baseUrl, user.passkey, { infoHash, peerId: id, downloaded, ...last }))).toBeUndefined();
  }

  async function credited(user: TestUser, torrentId: string): Promise<{ raw: number; credited: number }> {
    await t.engine.flushNow();
    const { rows } = await t.db.pool.query<{ downloaded_raw: number; downloaded_credited: number }>(
      `SELECT downloaded_raw, downloaded_credited FROM user_torrent_history WHERE user_id = $1 AND torrent_id = $2`,
      [user.id, torrentId],
    );
    return { raw: rows[0]?.downloaded_raw ?? 0, credited: rows[0]?.downloaded_credited ?? 0 };
  }

  const token = async (id: string) =>
    (await t.db.pool.query(`SELECT status, downloaded_bytes, completed FROM freeleech_tokens WHERE id = $1`, [id])).rows[0];

  it('makes the next download free for its holder only, records usage, and ends with the completed download', async () => {
    const tokenId = await buyAndActivate(torrent.id);
    const spent = await balanceOf(t.db.pool, holder.id);
    expect(spent).toMatchObject({ balance: 0, ledgerSum: 0, rows: 2 });

    await download(holder, torrent.infoHash, 1000);
    await download(other, torrent.infoHash, 1000);
    expect(await credited(holder, torrent.id)).toEqual({ raw: 1000, credited: 0 });
    expect(await credited(other, torrent.id)).toEqual({ raw: 1000, credited: 1000 });
    expect(await token(tokenId)).toMatchObject({ status: 'active', downloaded_bytes: 1000 });

    // The completing announce is still free; the token ends with it.
    await download(holder, torrent.infoHash, 4000, true);
    expect(await credited(holder, torrent.id)).toEqual({ raw: 5000, credited: 0 });
    expect(await token(tokenId)).toMatchObject({ status: 'used', downloaded_bytes: 5000, completed: true });

    // Downloading again afterwards is charged.
    await download(holder, torrent.infoHash, 700);
    expect(await credited(holder, torrent.id)).toEqual({ raw: 5700, credited: 700 });
  });

  it('stops at its expiry time without waiting for any event', async () => {
    const tokenId = await buyAndActivate(second.id);
    // Bring the expiry close (as if 24 hours had passed) and let the engine load it once.
    await t.db.pool.query(`UPDATE freeleech_tokens SET expires_at = now() + interval '3 seconds' WHERE id = $1`, [tokenId]);
    await t.bus.publish({ type: 'freeleech_tokens.changed', torrentId: second.id });
    await t.engine.settled();
    const { rows } = await t.db.pool.query<{ until: number }>(`SELECT extract(epoch FROM expires_at)::float8 AS until FROM freeleech_tokens WHERE id = $1`, [tokenId]);

    await download(holder, second.infoHash, 300);
    expect(await credited(holder, second.id)).toEqual({ raw: 300, credited: 0 });

    // No event and no expiry job: the engine's own clock ends the token. The engine counts in whole
    // seconds, so wait until one full second past the expiry.
    while (Date.now() / 1000 < rows[0]!.until + 1.1) await new Promise((r) => setTimeout(r, 200));
    await download(holder, second.infoHash, 400);
    expect(await credited(holder, second.id)).toEqual({ raw: 700, credited: 400 });
    expect(await token(tokenId)).toMatchObject({ status: 'active', downloaded_bytes: 300 });
  });
});
