import { status } from '@grpc/grpc-js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTorrent } from '../support/fixtures.js';
import { auditRows, call, expectFailure, startTestControl, type TestAccount, type TestControl } from '../control/harness.js';
import { balanceOf } from './support.js';

describe('BonusService over gRPC', () => {
  let t: TestControl;
  let member: TestAccount;
  let friend: TestAccount;
  let moderator: TestAccount;

  beforeAll(async () => {
    t = await startTestControl();
    member = await t.account('member');
    friend = await t.account('member');
    moderator = await t.account('moderator');
  });
  afterAll(() => t.stop());

  const bonus = (a: { clients: TestAccount['clients'] }) => a.clients.bonus;

  it('staff adjust a balance with a reason (audited); the member sees it, other members may not', async () => {
    const adjusted = await call(bonus(t.admin).adjustBonusBalance.bind(bonus(t.admin)), { user: `users/${member.username}`, points: '1200.50', reason: 'contest prize' });
    expect(adjusted).toMatchObject({ type: 'BONUS_TRANSACTION_TYPE_ADMIN_ADJUSTMENT', amount: '1200.50', balanceAfter: '1200.50', actor: `users/${t.admin.id}`, description: 'contest prize' });
    expect((await auditRows(t.db, member.id)).map((r) => r.action)).toContain('bonus.adjust');
    await expectFailure(call(bonus(t.admin).adjustBonusBalance.bind(bonus(t.admin)), { user: `users/${member.id}`, points: '-5000', reason: 'too much' }), status.FAILED_PRECONDITION, {
      reason: 'INSUFFICIENT_POINTS',
    });
    await expectFailure(call(bonus(t.admin).adjustBonusBalance.bind(bonus(t.admin)), { user: `users/${member.id}`, points: '1.234', reason: 'x' }), status.INVALID_ARGUMENT, {
      fields: ['points'],
    });
    await expectFailure(call(bonus(member).adjustBonusBalance.bind(bonus(member)), { user: `users/${member.id}`, points: '10', reason: 'self' }), status.PERMISSION_DENIED);

    expect(await call(bonus(member).getBonusBalance.bind(bonus(member)), { user: `users/${member.id}` })).toMatchObject({ points: '1200.50' });
    await expectFailure(call(bonus(friend).getBonusBalance.bind(bonus(friend)), { user: `users/${member.id}` }), status.PERMISSION_DENIED, { reason: 'NOT_OWN_ACCOUNT' });
    expect(await call(bonus(moderator).getBonusBalance.bind(bonus(moderator)), { user: `users/${member.id}` })).toMatchObject({ points: '1200.50' });
  });

  it('gift, exchange and the ledger: paged and filtered, newest first', async () => {
    const gift = await call(bonus(member).gift.bind(bonus(member)), { recipient: `users/${friend.username}`, points: '100', message: 'welcome!' });
    expect(gift.transaction).toMatchObject({ type: 'BONUS_TRANSACTION_TYPE_GIFT_SENT', amount: '-100.00', balanceAfter: '1100.50', counterparty: `users/${friend.id}` });
    const bought = await call(bonus(member).exchange.bind(bonus(member)), { item: 'exchangeItems/freeleech_token' });
    expect(bought.freeleechTokens).toHaveLength(1);
    expect(bought.transaction).toMatchObject({ type: 'BONUS_TRANSACTION_TYPE_SPENT', amount: '-500.00', balanceAfter: '600.50' });

    const first = await call(bonus(member).listBonusTransactions.bind(bonus(member)), { parent: `users/${member.id}`, pageSize: 2 });
    expect(first.transactions.map((x) => x.type)).toEqual(['BONUS_TRANSACTION_TYPE_SPENT', 'BONUS_TRANSACTION_TYPE_GIFT_SENT']);
    const second = await call(bonus(member).listBonusTransactions.bind(bonus(member)), { parent: `users/${member.id}`, pageSize: 2, pageToken: first.nextPageToken });
    expect(second.transactions.map((x) => x.type)).toEqual(['BONUS_TRANSACTION_TYPE_ADMIN_ADJUSTMENT']);
    expect(second.nextPageToken).toBe('');
    const gifts = await call(bonus(member).listBonusTransactions.bind(bonus(member)), { parent: `users/${member.id}`, filter: 'type = BONUS_TRANSACTION_TYPE_GIFT_SENT' });
    expect(gifts.transactions).toHaveLength(1);
    await expectFailure(call(bonus(member).listBonusTransactions.bind(bonus(member)), { parent: `users/${member.id}`, filter: 'type = NOPE' }), status.INVALID_ARGUMENT, {
      fields: ['filter'],
    });
    expect(await balanceOf(t.db.pool, member.id)).toMatchObject({ balance: 600.5, ledgerSum: 600.5 });
  });

  it('tokens: list, activate on a torrent (the engine is told), and staff revoke', async () => {
    const torrent = await createTorrent(t.db.pool);
    const events: unknown[] = [];
    const unsubscribe = t.bus.subscribe((e) => events.push(e));
    const listed = await call(bonus(member).listFreeleechTokens.bind(bonus(member)), { parent: `users/${member.id}`, filter: 'status = FREELEECH_TOKEN_STATUS_AVAILABLE' });
    expect(listed.tokens).toHaveLength(1);
    const name = listed.tokens[0]!.name;
    await expectFailure(call(bonus(friend).activateFreeleechToken.bind(bonus(friend)), { name, torrent: `torrents/${torrent.id}` }), status.PERMISSION_DENIED);
    const active = await call(bonus(member).activateFreeleechToken.bind(bonus(member)), { name, torrent: `torrents/${torrent.infoHash.toString('hex')}` });
    expect(active).toMatchObject({ status: 'FREELEECH_TOKEN_STATUS_ACTIVE', torrent: `torrents/${torrent.id}` });
    const hours = (Number(active.expireTime!.seconds) - Number(active.activateTime!.seconds)) / 3600;
    expect(hours).toBe(24);
    expect(events).toContainEqual({ type: 'freeleech_tokens.changed', torrentId: torrent.id });

    await expectFailure(call(bonus(member).revokeFreeleechToken.bind(bonus(member)), { name, reason: 'no' }), status.PERMISSION_DENIED);
    const revoked = await call(bonus(moderator).revokeFreeleechToken.bind(bonus(moderator)), { name, reason: 'abuse' });
    expect(revoked).toMatchObject({ status: 'FREELEECH_TOKEN_STATUS_REVOKED', revokedBy: `users/${moderator.id}`, revokeReason: 'abuse' });
    expect(events.filter((e) => (e as { type: string }).type === 'freeleech_tokens.changed')).toHaveLength(2);
    unsubscribe();
  });

  it('rules CRUD for administrators, with conditions validated', async () => {
    const rules = await call(bonus(member).listBonusRules.bind(bonus(member)), {});
    expect(rules.rules.map((r) => r.name)).toEqual(['bonusRules/standard_seeding', 'bonusRules/low_seeder_bonus', 'bonusRules/freeleech_seeding', 'bonusRules/large_file_bonus']);
    const rule = {
      ruleType: 'BONUS_RULE_TYPE_SEED_TIME' as const,
      pointsPerHour: '0.5',
      baseMultiplier: '1',
      sizeMultiplierEnabled: false,
      conditionsJson: '{"min_seeders": 10}',
      categoryIds: [],
      priority: 50,
      active: true,
      description: 'Well seeded torrents',
    };
    await expectFailure(call(bonus(moderator).createBonusRule.bind(bonus(moderator)), { ruleId: 'crowded', rule }), status.PERMISSION_DENIED);
    await expectFailure(call(bonus(t.admin).createBonusRule.bind(bonus(t.admin)), { ruleId: 'crowded', rule: { ...rule, conditionsJson: '{"colour": 1}' } }), status.INVALID_ARGUMENT, {
      fields: ['rule.conditions_json'],
    });
    const created = await call(bonus(t.admin).createBonusRule.bind(bonus(t.admin)), { ruleId: 'crowded', rule });
    expect(created).toMatchObject({ name: 'bonusRules/crowded', pointsPerHour: '0.5', conditionsJson: '{"min_seeders":10}', active: true });
    const updated = await call(bonus(t.admin).updateBonusRule.bind(bonus(t.admin)), { rule: { name: 'bonusRules/crowded', active: false }, updateMask: { paths: ['active'] } });
    expect(updated.active).toBe(false);
    await call(bonus(t.admin).deleteBonusRule.bind(bonus(t.admin)), { name: 'bonusRules/crowded' });
    await expectFailure(call(bonus(t.admin).deleteBonusRule.bind(bonus(t.admin)), { name: 'bonusRules/crowded' }), status.NOT_FOUND);
  });

  it('exchange prices are administrable', async () => {
    const item = await call(bonus(t.admin).updateExchangeItem.bind(bonus(t.admin)), {
      item: { name: 'exchangeItems/invite', cost: '4000' },
      updateMask: { paths: ['cost'] },
    });
    expect(item).toMatchObject({ cost: '4000.00', kind: 'EXCHANGE_ITEM_KIND_INVITE' });
    const items = await call(bonus(member).listExchangeItems.bind(bonus(member)), {});
    expect(items.items.find((i) => i.name === 'exchangeItems/invite')?.cost).toBe('4000.00');
  });

  it('request bounties over gRPC: add, fill, confirm', async () => {
    const { rows } = await t.db.pool.query<{ id: string }>(
      `INSERT INTO torrent_requests (requester_id, category_id, title) VALUES ($1, (SELECT id FROM torrent_categories ORDER BY id LIMIT 1), 'Wanted') RETURNING id`,
      [friend.id],
    );
    const request = `requests/${rows[0]!.id}`;
    const added = await call(bonus(member).addBounty.bind(bonus(member)), { request, points: '50' });
    expect(added).toMatchObject({ bountyTotal: '50.00', transaction: { type: 'BONUS_TRANSACTION_TYPE_BOUNTY_PLACED', amount: '-50.00' } });
    const uploader = await t.account('uploader');
    const torrent = await createTorrent(t.db.pool);
    await call(uploader.clients.bonus.fillRequest.bind(uploader.clients.bonus), { request, torrent: `torrents/${torrent.id}` });
    const confirmed = await call(bonus(friend).confirmRequestFill.bind(bonus(friend)), { request });
    expect(confirmed).toEqual({ request, pointsMoved: '50.00', bounties: 1 });
    expect(await call(uploader.clients.bonus.getBonusBalance.bind(uploader.clients.bonus), { user: `users/${uploader.id}` })).toMatchObject({
      points: '50.00',
      bountyEarned: '50.00',
    });
  });
});
