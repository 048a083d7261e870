/**
 * Who may do what with reports, the moderation queue, staff notes and appeals, through gRPC: a member
 * files reports and sees only their own; moderators see all, claim, release and resolve; one item is
 * never queued twice; pending torrents are in the queue by themselves and a decision applies to the
 * torrent; every action writes its audit row.
 */
import { status } from '@grpc/grpc-js';
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { auditRows, call, expectFailure, startTestControl, type TestAccount, type TestControl } from '../control/harness.js';
import { createTorrent } from '../support/fixtures.js';
import { makeTorrent } from '../control/transmission.js';
import { loadConfig } from '../../core/config.js';
import { createLogger } from '../../core/log.js';
import { statisticsCountsJob } from '../../control/services/moderation/jobs.js';

describe('reports, queue, notes and appeals: permissions and audit', () => {
  let t: TestControl;
  let member: TestAccount;
  let other: TestAccount;
  let moderator: TestAccount;
  let second: TestAccount;

  beforeAll(async () => {
    t = await startTestControl();
    member = await t.account('member');
    other = await t.account('member');
    moderator = await t.account('moderator');
    second = await t.account('moderator');
  });
  afterAll(() => t.stop());

  const m = (a: TestAccount) => a.clients.moderation;
  const idOf = (name: string) => name.split('/').at(-1)!;

  it('a member files a report and sees only their own; a moderator sees all, assigns and resolves', async () => {
    const mine = await call(m(member).createReport.bind(m(member)), {
      report: { entityType: 'ENTITY_TYPE_USER', entityId: other.id, reason: 'harassment in chat', evidenceUrls: ['https://example.test/log'], priority: 'PRIORITY_HIGH' },
    });
    expect(mine).toMatchObject({ reporter: `users/${member.id}`, status: 'REPORT_STATUS_OPEN', priority: 'PRIORITY_HIGH' });
    const theirs = await call(m(other).createReport.bind(m(other)), { report: { entityType: 'ENTITY_TYPE_TORRENT', entityId: randomUUID(), reason: 'fake release' } });

    const listed = await call(m(member).listReports.bind(m(member)), {});
    expect(listed.reports.map((r) => r.name)).toEqual([mine.name]);
    await expectFailure(call(m(member).getReport.bind(m(member)), { name: theirs.name }), status.NOT_FOUND);
    expect((await call(m(member).getReport.bind(m(member)), { name: mine.name })).name).toBe(mine.name);
    await expectFailure(call(m(member).assignReport.bind(m(member)), { name: mine.name }), status.PERMISSION_DENIED);
    await expectFailure(call(m(member).resolveReport.bind(m(member)), { name: mine.name, status: 'REPORT_STATUS_RESOLVED', resolution: 'x' }), status.PERMISSION_DENIED);

    const all = await call(m(moderator).listReports.bind(m(moderator)), { filter: 'status = REPORT_STATUS_OPEN' });
    expect(all.reports.map((r) => r.name)).toEqual(expect.arrayContaining([mine.name, theirs.name]));
    const assigned = await call(m(moderator).assignReport.bind(m(moderator)), { name: mine.name, etag: mine.etag });
    expect(assigned).toMatchObject({ assignee: `users/${moderator.id}`, status: 'REPORT_STATUS_INVESTIGATING' });
    await expectFailure(call(m(moderator).resolveReport.bind(m(moderator)), { name: mine.name, status: 'REPORT_STATUS_RESOLVED', resolution: 'x', etag: mine.etag }), status.ABORTED, { reason: 'ETAG_MISMATCH' });
    const resolved = await call(m(moderator).resolveReport.bind(m(moderator)), { name: mine.name, status: 'REPORT_STATUS_RESOLVED', resolution: 'user warned' });
    expect(resolved).toMatchObject({ status: 'REPORT_STATUS_RESOLVED', resolvedBy: `users/${moderator.id}`, resolution: 'user warned' });
    await expectFailure(call(m(moderator).resolveReport.bind(m(moderator)), { name: mine.name, status: 'REPORT_STATUS_DISMISSED', resolution: 'again' }), status.FAILED_PRECONDITION, { reason: 'REPORT_CLOSED' });

    const audit = await auditRows(t.db, idOf(mine.name));
    expect(audit.map((a) => [a.action, a.actor_user_id])).toEqual([
      ['report.create', member.id],
      ['report.assign', moderator.id],
      ['report.resolve', moderator.id],
    ]);
    expect(audit.every((a) => a.request_id)).toBe(true);
  });

  it('the banned class cannot file reports; bad reports name their fields', async () => {
    const banned = await t.account('banned');
    await expectFailure(call(m(banned).createReport.bind(m(banned)), { report: { entityType: 'ENTITY_TYPE_USER', entityId: member.id, reason: 'x' } }), status.PERMISSION_DENIED);
    await expectFailure(call(m(member).createReport.bind(m(member)), { report: { entityType: 'ENTITY_TYPE_REPORT', entityId: 'nope', reason: '', evidenceUrls: ['ftp://x'] } }), status.INVALID_ARGUMENT, {
      fields: ['report.entity_type', 'report.entity_id', 'report.reason', 'report.evidence_urls[0]'],
    });
  });

  it('pending torrents are queued by themselves, never twice; claims are exclusive; approving applies to the torrent', async () => {
    const torrent = await createTorrent(t.db.pool, { status: 'pending' });
    const queued = await call(m(moderator).listQueueItems.bind(m(moderator)), { filter: 'item_type = ENTITY_TYPE_TORRENT' });
    const item = queued.items.find((i) => i.itemId === torrent.id)!;
    expect(item).toMatchObject({ status: 'QUEUE_STATUS_PENDING' });
    const again = await call(m(moderator).enqueueItem.bind(m(moderator)), { itemType: 'ENTITY_TYPE_TORRENT', itemId: torrent.id, reason: 'looks odd' });
    expect(again.name).toBe(item.name);
    await expectFailure(call(m(member).listQueueItems.bind(m(member)), {}), status.PERMISSION_DENIED);
    await expectFailure(call(m(member).claimQueueItem.bind(m(member)), { name: item.name }), status.PERMISSION_DENIED);

    const claimed = await call(m(moderator).claimQueueItem.bind(m(moderator)), { name: item.name });
    expect(claimed).toMatchObject({ status: 'QUEUE_STATUS_IN_REVIEW', assignee: `users/${moderator.id}` });
    await expectFailure(call(m(second).claimQueueItem.bind(m(second)), { name: item.name }), status.FAILED_PRECONDITION, { reason: 'QUEUE_ITEM_TAKEN' });
    await expectFailure(call(m(second).resolveQueueItem.bind(m(second)), { name: item.name, decision: 'QUEUE_STATUS_APPROVED' }), status.FAILED_PRECONDITION, { reason: 'QUEUE_ITEM_TAKEN' });
    await expectFailure(call(m(second).releaseQueueItem.bind(m(second)), { name: item.name }), status.FAILED_PRECONDITION, { reason: 'NOT_CLAIMED_BY_CALLER' });
    await call(m(moderator).releaseQueueItem.bind(m(moderator)), { name: item.name });
    await call(m(second).claimQueueItem.bind(m(second)), { name: item.name });
    const decided = await call(m(second).resolveQueueItem.bind(m(second)), { name: item.name, decision: 'QUEUE_STATUS_APPROVED', notes: 'fine' });
    expect(decided).toMatchObject({ status: 'QUEUE_STATUS_APPROVED', reviewedBy: `users/${second.id}` });
    await expectFailure(call(m(second).resolveQueueItem.bind(m(second)), { name: item.name, decision: 'QUEUE_STATUS_REJECTED', notes: 'no' }), status.FAILED_PRECONDITION, { reason: 'QUEUE_ITEM_CLOSED' });

    const stored = await t.db.pool.query(`SELECT moderation_status, moderated_by FROM torrents WHERE id = $1`, [torrent.id]);
    expect(stored.rows[0]).toEqual({ moderation_status: 'approved', moderated_by: second.id });
    const history = await t.db.pool.query(`SELECT action FROM torrent_moderation WHERE torrent_id = $1`, [torrent.id]);
    expect(history.rows).toEqual([{ action: 'approved' }]);
    expect((await auditRows(t.db, idOf(item.name))).map((a) => [a.action, a.actor_user_id])).toEqual([
      ['queue.claim', moderator.id],
      ['queue.release', moderator.id],
      ['queue.claim', second.id],
      ['queue.approved', second.id],
    ]);
    expect((await auditRows(t.db, torrent.id)).map((a) => a.action)).toEqual(['torrent.approve']);

    // Decided elsewhere (TorrentService) leaves the queue too.
    const other = await createTorrent(t.db.pool, { status: 'pending' });
    await call(t.admin.clients.torrents.approveTorrent.bind(t.admin.clients.torrents), { name: `torrents/${other.id}` });
    const open = await call(m(moderator).listQueueItems.bind(m(moderator)), { filter: 'item_type = ENTITY_TYPE_TORRENT' });
    expect(open.items.map((i) => i.itemId)).not.toContain(other.id);
  });

  it('a queued report is closed by the queue decision', async () => {
    const report = await call(m(member).createReport.bind(m(member)), { report: { entityType: 'ENTITY_TYPE_COMMENT', entityId: randomUUID(), reason: 'spam' } });
    const item = await call(m(moderator).enqueueItem.bind(m(moderator)), { itemType: 'ENTITY_TYPE_REPORT', itemId: idOf(report.name), priority: 'PRIORITY_URGENT' });
    await call(m(moderator).resolveQueueItem.bind(m(moderator)), { name: item.name, decision: 'QUEUE_STATUS_DISMISSED', notes: 'not spam' });
    expect(await call(m(member).getReport.bind(m(member)), { name: report.name })).toMatchObject({ status: 'REPORT_STATUS_DISMISSED', resolution: 'not spam' });
  });

  it('staff notes are for staff only', async () => {
    const note = await call(m(moderator).createStaffNote.bind(m(moderator)), { parent: `users/${member.id}`, body: 'watch this one' });
    await expectFailure(call(m(member).listStaffNotes.bind(m(member)), { parent: `users/${member.id}` }), status.PERMISSION_DENIED);
    expect((await call(m(second).listStaffNotes.bind(m(second)), { parent: `users/${member.id}` })).notes.map((n) => n.body)).toEqual(['watch this one']);
    await call(m(second).deleteStaffNote.bind(m(second)), { name: note.name });
    expect((await call(m(second).listStaffNotes.bind(m(second)), { parent: `users/${member.id}` })).notes).toEqual([]);
    expect((await auditRows(t.db, member.id)).map((a) => a.action)).toEqual(expect.arrayContaining(['staff_note.create', 'staff_note.delete']));
  });

  it('a member appeals their own ban; staff review it; warnings are acknowledged by their holder', async () => {
    const ban = await call(m(moderator).createBan.bind(m(moderator)), { ban: { type: 'BAN_TYPE_CHAT', user: `users/${member.id}`, reason: 'flooding' } });
    await expectFailure(call(m(other).appealBan.bind(m(other)), { name: ban.name, text: 'not me' }), status.NOT_FOUND);
    const appealed = await call(m(member).appealBan.bind(m(member)), { name: ban.name, text: 'sorry' });
    expect(appealed.appealStatus).toBe('APPEAL_STATUS_PENDING');
    await expectFailure(call(m(member).appealBan.bind(m(member)), { name: ban.name, text: 'again' }), status.FAILED_PRECONDITION, { reason: 'ALREADY_APPEALED' });
    const reviewed = await call(m(moderator).reviewBanAppeal.bind(m(moderator)), { name: ban.name, accept: true, response: 'ok' });
    expect(reviewed).toMatchObject({ appealStatus: 'APPEAL_STATUS_ACCEPTED', active: false });
    expect((await auditRows(t.db, idOf(ban.name))).map((a) => a.action)).toEqual(['ban.create', 'ban.appeal', 'ban.review_appeal']);
    // Staff cannot ban someone of their own rank.
    await expectFailure(call(m(moderator).createBan.bind(m(moderator)), { ban: { type: 'BAN_TYPE_ACCOUNT', user: `users/${second.id}`, reason: 'x' } }), status.PERMISSION_DENIED, { reason: 'TARGET_OUTRANKS_CALLER' });

    const warning = await call(m(moderator).createWarning.bind(m(moderator)), { warning: { user: `users/${member.id}`, points: 1, reason: 'be nice' } });
    await expectFailure(call(m(other).acknowledgeWarning.bind(m(other)), { name: warning.name }), status.NOT_FOUND);
    expect((await call(m(member).acknowledgeWarning.bind(m(member)), { name: warning.name })).acknowledgeTime).not.toBeNull();
    expect((await call(m(member).listWarnings.bind(m(member)), { parent: `users/${member.id}` })).activePoints).toBe(1);
    await expectFailure(call(m(member).listWarnings.bind(m(member)), { parent: `users/${other.id}` }), status.PERMISSION_DENIED);
  });

  it('an upload ban refuses RegisterTorrent until it is lifted', async () => {
    const uploader = await t.account('uploader');
    const ban = await call(m(moderator).createBan.bind(m(moderator)), { ban: { type: 'BAN_TYPE_UPLOAD', user: `users/${uploader.id}`, reason: 'bad uploads' } });
    const made = await makeTorrent('Upload.Ban.Test', { 'Upload.Ban.Test': 2000 });
    const register = () => call(uploader.clients.torrents.registerTorrent.bind(uploader.clients.torrents), { torrentFile: made.bytes, category: 'other' });
    await expectFailure(register(), status.PERMISSION_DENIED, { reason: 'UPLOAD_BANNED' });
    await call(m(moderator).liftBan.bind(m(moderator)), { name: ban.name, reason: 'improved' });
    expect((await register()).moderationStatus).toBe('MODERATION_STATUS_PENDING');
  });

  it('an email ban refuses new accounts whose address matches it', async () => {
    const admin = t.admin.clients;
    await call(admin.moderation.createBan.bind(admin.moderation), { ban: { type: 'BAN_TYPE_EMAIL', emailPattern: '%@spam.example', reason: 'throwaway domain' } });
    await expectFailure(call(admin.users.createUser.bind(admin.users), { user: { username: 'spammer', email: 'Someone@SPAM.example' } }), status.FAILED_PRECONDITION, { reason: 'EMAIL_BANNED' });
    expect((await call(admin.users.createUser.bind(admin.users), { user: { username: 'honest', email: 'honest@fine.example' } })).user!.username).toBe('honest');
  });

  it('GetUserStatistics answers the counts the statistics job keeps', async () => {
    const owner = await t.account('uploader');
    const torrent = await createTorrent(t.db.pool);
    await t.db.pool.query(`UPDATE torrents SET uploader_id = $1 WHERE id = $2`, [owner.id, torrent.id]);
    await t.db.pool.query(`INSERT INTO snatches (user_id, torrent_id, completed_at) VALUES ($1, $2, now())`, [owner.id, torrent.id]);
    await statisticsCountsJob.run({ pool: t.db.pool, bus: t.bus, log: createLogger('silent'), config: loadConfig({ env: {} }), now: () => new Date(), signal: new AbortController().signal });
    const stats = await call(owner.clients.users.getUserStatistics.bind(owner.clients.users), { name: `users/${owner.id}/statistics` });
    expect(stats).toMatchObject({ torrentsUploaded: 1, torrentsSnatched: 1, torrentsSeeding: 0, torrentsLeeching: 0 });
  });
});
