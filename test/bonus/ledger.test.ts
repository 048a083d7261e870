import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createPool, withTransaction, type Pool } from '../../core/db.js';
import { ControlError } from '../../control/errors/control-error.js';
import { addBounty, confirmFill, deleteRequest, fillRequest } from '../../control/services/bonus/bounties.js';
import { exchange } from '../../control/services/bonus/exchange.js';
import type { BonusScope } from '../../control/services/bonus/scope.js';
import { gift, tip } from '../../control/services/bonus/transfers.js';
import { createTestDatabase, type TestDatabase } from '../support/database.js';
import { createTorrent, createUser, type TestUser } from '../support/fixtures.js';
import { balanceOf, grant } from './support.js';

describe('the bonus ledger: balances equal the ledger and never go below zero', () => {
  let db: TestDatabase;
  let wide: Pool;

  beforeAll(async () => {
    db = await createTestDatabase();
    wide = createPool(db.url, 20);
  });
  afterAll(async () => {
    await wide.end();
    await db.drop();
  });

  const run = <T>(fn: (scope: BonusScope) => Promise<T>, pool: Pool = db.pool) =>
    withTransaction(pool, (tx) => fn({ tx, publish: () => undefined }));

  const ledger = async (userId: string) =>
    (
      await db.pool.query<{ transaction_type: string; amount: string; balance_after: string; counterparty_user_id: string | null; torrent_id: string | null; request_id: string | null; description: string | null }>(
        `SELECT transaction_type, amount, balance_after, counterparty_user_id, torrent_id, request_id, description
         FROM bonus_transactions WHERE user_id = $1 AND transaction_type <> 'admin_adjustment' ORDER BY id`,
        [userId],
      )
    ).rows.map((r) => ({ ...r, amount: Number(r.amount), balance_after: Number(r.balance_after) }));

  async function expectConsistent(...users: TestUser[]): Promise<void> {
    for (const user of users) {
      const b = await balanceOf(db.pool, user.id);
      expect(b.balance).toBe(b.ledgerSum);
    }
  }

  it('100 parallel spends against a balance covering 10: exactly 10 succeed and the balance ends at 0', async () => {
    const buyer = await createUser(db.pool);
    await grant(db.pool, buyer.id, 5000); // the freeleech_token item costs 500
    const outcomes = await Promise.allSettled(Array.from({ length: 100 }, () => run((s) => exchange(s, { userId: buyer.id, itemId: 'freeleech_token' }), wide)));
    const succeeded = outcomes.filter((o) => o.status === 'fulfilled');
    const refused = outcomes.filter((o): o is PromiseRejectedResult => o.status === 'rejected');
    expect(succeeded).toHaveLength(10);
    expect(refused).toHaveLength(90);
    for (const r of refused) expect((r.reason as ControlError).details.reason).toBe('INSUFFICIENT_POINTS');
    expect(await balanceOf(db.pool, buyer.id)).toEqual({ balance: 0, ledgerSum: 0, rows: 11 });
    const balances = (await ledger(buyer.id)).map((e) => e.balance_after).sort((a, b) => b - a);
    expect(balances).toEqual([4500, 4000, 3500, 3000, 2500, 2000, 1500, 1000, 500, 0]);
    const { rows } = await db.pool.query(`SELECT count(*)::int AS n FROM freeleech_tokens WHERE user_id = $1 AND status = 'available'`, [buyer.id]);
    expect(rows[0].n).toBe(10);
  });

  it('a gift moves points from sender to recipient with the message on both rows', async () => {
    const alice = await createUser(db.pool);
    const bob = await createUser(db.pool);
    await grant(db.pool, alice.id, 100);
    await run((s) => gift(s, { fromUserId: alice.id, toUserId: bob.id, amount: 30.5, message: 'thanks for the seed' }));
    expect(await ledger(alice.id)).toMatchObject([
      { transaction_type: 'gift_sent', amount: -30.5, balance_after: 69.5, counterparty_user_id: bob.id, description: 'thanks for the seed' },
    ]);
    expect(await ledger(bob.id)).toMatchObject([
      { transaction_type: 'gift_received', amount: 30.5, balance_after: 30.5, counterparty_user_id: alice.id, description: 'thanks for the seed' },
    ]);
    await expect(run((s) => gift(s, { fromUserId: bob.id, toUserId: alice.id, amount: 31, message: '' }))).rejects.toMatchObject({
      details: { reason: 'INSUFFICIENT_POINTS' },
    });
    await expect(run((s) => gift(s, { fromUserId: bob.id, toUserId: bob.id, amount: 1, message: '' }))).rejects.toThrow(/yourself/);
    await expectConsistent(alice, bob);
  });

  it('gifts in both directions at once between the same users neither deadlock nor lose points', async () => {
    const a = await createUser(db.pool);
    const b = await createUser(db.pool);
    await grant(db.pool, a.id, 100);
    await grant(db.pool, b.id, 100);
    await Promise.all(
      Array.from({ length: 20 }, (_, i) =>
        run((s) => gift(s, i % 2 ? { fromUserId: a.id, toUserId: b.id, amount: 3, message: '' } : { fromUserId: b.id, toUserId: a.id, amount: 2, message: '' }), wide),
      ),
    );
    expect((await balanceOf(db.pool, a.id)).balance).toBe(100 - 30 + 20);
    expect((await balanceOf(db.pool, b.id)).balance).toBe(100 + 30 - 20);
    await expectConsistent(a, b);
  });

  it('a tip goes to the torrent uploader; an anonymous uploader is not named on the tipper\'s row', async () => {
    const uploader = await createUser(db.pool);
    const fan = await createUser(db.pool);
    const torrent = await createTorrent(db.pool);
    await db.pool.query(`UPDATE torrents SET uploader_id = $2, is_anonymous = true WHERE id = $1`, [torrent.id, uploader.id]);
    await grant(db.pool, fan.id, 50);
    await run((s) => tip(s, { fromUserId: fan.id, torrentId: torrent.id, amount: 20, message: 'great upload' }));
    expect(await ledger(fan.id)).toMatchObject([{ transaction_type: 'gift_sent', amount: -20, balance_after: 30, torrent_id: torrent.id, counterparty_user_id: null }]);
    expect(await ledger(uploader.id)).toMatchObject([
      { transaction_type: 'gift_received', amount: 20, balance_after: 20, torrent_id: torrent.id, counterparty_user_id: fan.id },
    ]);
    await expect(run((s) => tip(s, { fromUserId: uploader.id, torrentId: torrent.id, amount: 1, message: '' }))).rejects.toMatchObject({
      details: { reason: 'OWN_TORRENT' },
    });
    await expectConsistent(uploader, fan);
  });

  async function createRequest(requester: TestUser): Promise<string> {
    const { rows } = await db.pool.query<{ id: string }>(
      `INSERT INTO torrent_requests (requester_id, category_id, title) VALUES ($1, (SELECT id FROM torrent_categories ORDER BY id LIMIT 1), 'Some.Show.S01') RETURNING id`,
      [requester.id],
    );
    return rows[0]!.id;
  }

  it('bounties are taken when placed and paid to the filler once the fill is confirmed', async () => {
    const requester = await createUser(db.pool);
    const backer = await createUser(db.pool);
    const filler = await createUser(db.pool);
    await grant(db.pool, requester.id, 100);
    await grant(db.pool, backer.id, 100);
    const requestId = await createRequest(requester);
    await run((s) => addBounty(s, { userId: requester.id, requestId, amount: 40 }));
    const second = await run((s) => addBounty(s, { userId: backer.id, requestId, amount: 25 }));
    expect(second).toMatchObject({ balanceAfter: 75, bountyTotal: 65 });
    expect(await ledger(backer.id)).toMatchObject([{ transaction_type: 'bounty_placed', amount: -25, balance_after: 75, request_id: requestId }]);

    const torrent = await createTorrent(db.pool);
    await run((s) => fillRequest(s, { userId: filler.id, requestId, torrentId: torrent.id }));
    expect(await ledger(filler.id)).toEqual([]); // not paid before the confirmation
    await expect(run((s) => confirmFill(s, { userId: backer.id, requestId, asStaff: false }))).rejects.toMatchObject({ details: { reason: 'NOT_REQUESTER' } });
    const paid = await run((s) => confirmFill(s, { userId: requester.id, requestId, asStaff: false }));
    expect(paid).toEqual({ fillerId: filler.id, awarded: 65 });
    expect(await ledger(filler.id)).toMatchObject([{ transaction_type: 'bounty_awarded', amount: 65, balance_after: 65, request_id: requestId, torrent_id: torrent.id }]);
    await expect(run((s) => confirmFill(s, { userId: requester.id, requestId, asStaff: false }))).rejects.toMatchObject({
      details: { reason: 'FILL_ALREADY_CONFIRMED' },
    });
    // Deleting a paid request refunds nothing.
    expect(await run((s) => deleteRequest(s, { userId: requester.id, requestId, asStaff: false, reason: '' }))).toEqual({ refunded: 0, refunds: 0 });
    await expectConsistent(requester, backer, filler);
  });

  it('a deleted request refunds every bounty to its contributor', async () => {
    const requester = await createUser(db.pool);
    const backer = await createUser(db.pool);
    await grant(db.pool, requester.id, 100);
    await grant(db.pool, backer.id, 100);
    const requestId = await createRequest(requester);
    await run((s) => addBounty(s, { userId: requester.id, requestId, amount: 10 }));
    await run((s) => addBounty(s, { userId: backer.id, requestId, amount: 15 }));
    await run((s) => addBounty(s, { userId: backer.id, requestId, amount: 5 }));
    const deleted = await run((s) => deleteRequest(s, { userId: requester.id, requestId, asStaff: false, reason: 'duplicate' }));
    expect(deleted).toEqual({ refunded: 30, refunds: 3 });
    expect(await ledger(backer.id)).toMatchObject([
      { transaction_type: 'bounty_placed', amount: -15 },
      { transaction_type: 'bounty_placed', amount: -5, balance_after: 80 },
      { transaction_type: 'bounty_refunded', request_id: requestId },
      { transaction_type: 'bounty_refunded', request_id: requestId, balance_after: 100 },
    ]);
    expect(await ledger(requester.id)).toMatchObject([
      { transaction_type: 'bounty_placed', amount: -10 },
      { transaction_type: 'bounty_refunded', amount: 10, balance_after: 100 },
    ]);
    const { rows } = await db.pool.query(`SELECT count(*)::int AS n FROM torrent_request_bounties WHERE request_id = $1 AND refunded_at IS NOT NULL`, [requestId]);
    expect(rows[0].n).toBe(3);
    await expect(run((s) => addBounty(s, { userId: backer.id, requestId, amount: 1 }))).rejects.toMatchObject({ details: { reason: 'RESOURCE_NOT_FOUND' } });
    await expectConsistent(requester, backer);
  });
});
