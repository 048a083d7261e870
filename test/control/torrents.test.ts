import { createHash } from 'node:crypto';
import * as grpc from '@grpc/grpc-js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DomainEvent } from '../../core/events.js';
import { parseTorrentFile } from '../../control/services/torrents/torrent-file.js';
import type { Torrent__Output } from '../../control/generated/swarmgate/control/v1/Torrent.js';
import type { TorrentServiceClient } from '../../control/generated/swarmgate/control/v1/TorrentService.js';
import { auditRows, call, expectFailure, startTestControl, type TestAccount, type TestControl } from './harness.js';
import { makeTorrent, transmissionHash } from './transmission.js';

const { status } = grpc;

describe('parsing .torrent files', () => {
  it('hashes the info dictionary bytes as they are, even out of canonical order, and adds v2 for meta version 2', () => {
    // Keys deliberately unsorted: a decode/re-encode round trip would sort them and change the hash.
    const info = 'd4:name4:demo12:piece lengthi16384e6:lengthi5e7:privatei1e12:meta versioni2e6:pieces20:aaaaaaaaaaaaaaaaaaaae';
    const file = Buffer.from(`d8:announce3:url4:info${info}e`);
    const parsed = parseTorrentFile(file);
    expect(parsed.infoHash.toString('hex')).toBe(createHash('sha1').update(info).digest('hex'));
    expect(parsed.infoHashV2!.toString('hex')).toBe(createHash('sha256').update(info).digest('hex'));
    expect(parsed).toMatchObject({ name: 'demo', pieceLength: 16384, private: true, size: 5, files: [{ path: 'demo', size: 5, padding: false }] });
  });

  it('refuses what is not one well-formed torrent, each time on torrent_file', () => {
    for (const bad of ['', 'hello', 'd4:infod4:name1:xee', 'd4:infoi1ee', 'd4:infod4:name1:x12:piece lengthi1e6:lengthi1eeeXX',
      'd4:infod4:name2:..12:piece lengthi1e6:lengthi1eee']) {
      expect(() => parseTorrentFile(Buffer.from(bad)), bad).toThrow(expect.objectContaining({ details: expect.objectContaining({
        fieldViolations: [expect.objectContaining({ field: 'torrent_file' })] }) }));
    }
  });
});

describe('TorrentService', () => {
  let t: TestControl;
  let uploader: TestAccount;
  let moderator: TestAccount;
  let torrents: TorrentServiceClient;
  const events: DomainEvent[] = [];
  let made = 0;

  beforeAll(async () => {
    t = await startTestControl();
    uploader = await t.account('uploader');
    moderator = await t.account('moderator');
    torrents = moderator.clients.torrents;
    t.bus.subscribe((e) => events.push(e));
  });
  afterAll(() => t.stop());

  async function register(name = `Some.Release.${++made}.1080p-GRP`, category = 'movies-hd'): Promise<Torrent__Output> {
    const { bytes } = await makeTorrent(name, { [name]: 40_000 });
    const up = uploader.clients.torrents;
    return call(up.registerTorrent.bind(up), { torrentFile: bytes, category });
  }

  it('RegisterTorrent: a transmission-create torrent registers with the info_hash transmission-show prints', async () => {
    const made = await makeTorrent('Season.Pack', { 'ep01.mkv': 70_000, 'ep02.mkv': 30_000, 'subs/ep01.srt': 1234 }, { pieceKiB: 32 });
    const up = uploader.clients.torrents;
    const torrent = await call(up.registerTorrent.bind(up), { torrentFile: made.bytes, category: 'tv-hd', description: 'two episodes' });
    expect(torrent.infoHash).toBe(await transmissionHash(made.path));
    expect(torrent).toMatchObject({
      displayName: 'Season.Pack',
      category: 'tv-hd',
      size: 101_234,
      fileCount: 3,
      pieceLength: 32 * 1024,
      moderationStatus: 'MODERATION_STATUS_PENDING',
      uploader: `users/${uploader.id}`,
      infoHashV2: '',
    });
    expect(torrent.files.map((f) => [f.path, f.size]).sort()).toEqual([
      ['Season.Pack/ep01.mkv', 70_000],
      ['Season.Pack/ep02.mkv', 30_000],
      ['Season.Pack/subs/ep01.srt', 1234],
    ]);
    const { rows: files } = await t.db.pool.query(`SELECT count(*)::int AS n FROM torrent_files WHERE torrent_id = $1`, [torrent.id]);
    expect(files[0].n).toBe(3);
    const { rows: moderation } = await t.db.pool.query(`SELECT action, new_status FROM torrent_moderation WHERE torrent_id = $1`, [torrent.id]);
    expect(moderation).toEqual([{ action: 'submitted', new_status: 'pending' }]);
    expect((await auditRows(t.db, torrent.id)).map((r) => r.action)).toEqual(['torrent.register']);
    expect(events).toContainEqual({ type: 'torrent.changed', torrentId: torrent.id });

    const single = await makeTorrent('single.iso', { 'single.iso': 5000 });
    const one = await call(up.registerTorrent.bind(up), { torrentFile: single.bytes, category: 'applications-linux', displayName: 'Single ISO' });
    expect(one).toMatchObject({ displayName: 'Single ISO', size: 5000, fileCount: 1, infoHash: await transmissionHash(single.path) });
  });

  it('RegisterTorrent failures: duplicate, public torrent, garbage, unknown category, no upload right', async () => {
    const made = await makeTorrent('Dup.Test', { 'Dup.Test': 1000 });
    const up = uploader.clients.torrents;
    const first = await call(up.registerTorrent.bind(up), { torrentFile: made.bytes, category: 'other' });
    const dup = await expectFailure(call(up.registerTorrent.bind(up), { torrentFile: made.bytes, category: 'other' }), status.ALREADY_EXISTS, {
      reason: 'TORRENT_EXISTS',
    });
    expect(dup.metadata).toMatchObject({ torrent: first.name, info_hash: first.infoHash });

    const open = await makeTorrent('Public.Thing', { 'Public.Thing': 1000 }, { private: false });
    await expectFailure(call(up.registerTorrent.bind(up), { torrentFile: open.bytes, category: 'other' }), status.INVALID_ARGUMENT, { fields: ['torrent_file'] });
    await expectFailure(call(up.registerTorrent.bind(up), { torrentFile: Buffer.from('not a torrent'), category: 'other' }), status.INVALID_ARGUMENT, {
      fields: ['torrent_file'],
    });
    const fresh = await makeTorrent('Fresh.Thing', { 'Fresh.Thing': 1000 });
    await expectFailure(call(up.registerTorrent.bind(up), { torrentFile: fresh.bytes, category: 'no-such' }), status.INVALID_ARGUMENT, { fields: ['category'] });
    const validating = await t.account('validating');
    await expectFailure(
      call(validating.clients.torrents.registerTorrent.bind(validating.clients.torrents), { torrentFile: fresh.bytes, category: 'other' }),
      status.PERMISSION_DENIED,
      { reason: 'MISSING_PERMISSION' },
    );
    const { rows } = await t.db.pool.query(`SELECT count(*)::int AS n FROM torrents WHERE name = 'Fresh.Thing'`);
    expect(rows[0].n).toBe(0);
  });

  it('GetTorrent by id or info_hash; NOT_FOUND and bad names', async () => {
    const torrent = await register();
    // Members see approved torrents only (pending ones are NOT_FOUND to them: hardening.test.ts, item 10).
    await call(torrents.approveTorrent.bind(torrents), { name: torrent.name });
    const member = await t.account('member');
    const reader = member.clients.torrents;
    expect((await call(reader.getTorrent.bind(reader), { name: torrent.name })).files).toHaveLength(1);
    expect((await call(reader.getTorrent.bind(reader), { name: `torrents/${torrent.infoHash.toUpperCase()}` })).id).toBe(torrent.id);
    await expectFailure(call(reader.getTorrent.bind(reader), { name: `torrents/${'0'.repeat(40)}` }), status.NOT_FOUND, { reason: 'RESOURCE_NOT_FOUND' });
    await expectFailure(call(reader.getTorrent.bind(reader), { name: 'torrents/abc' }), status.INVALID_ARGUMENT, { fields: ['name'] });
  });

  it('ListTorrents: full-text search on names, filters, pages', async () => {
    const a = await register('Alpha.Centauri.2019.1080p.BluRay-GRP', 'movies-hd');
    const b = await register('Alpha.Beta.Gamma.2160p-XYZ', 'movies-4k');
    await register('Unrelated.Show.S01-TV', 'tv-hd');
    const found = await call(torrents.listTorrents.bind(torrents), { query: 'alpha' });
    expect(found.torrents.map((x) => x.id)).toEqual([b.id, a.id]);
    expect(found.torrents[0]!.files).toEqual([]);
    expect((await call(torrents.listTorrents.bind(torrents), { query: 'centauri bluray' })).torrents.map((x) => x.id)).toEqual([a.id]);
    const inCategory = await call(torrents.listTorrents.bind(torrents), { query: 'alpha', filter: 'category = "movies-4k" AND moderation_status = MODERATION_STATUS_PENDING' });
    expect(inCategory.torrents.map((x) => x.id)).toEqual([b.id]);
    const byUploader = await call(torrents.listTorrents.bind(torrents), { filter: `uploader = "users/${uploader.id}"`, pageSize: 2 });
    expect(byUploader.torrents).toHaveLength(2);
    const next = await call(torrents.listTorrents.bind(torrents), { filter: `uploader = "users/${uploader.id}"`, pageSize: 2, pageToken: byUploader.nextPageToken });
    expect(next.torrents.map((x) => x.id)).not.toContain(byUploader.torrents[0]!.id);
    await expectFailure(call(torrents.listTorrents.bind(torrents), { filter: 'freeleech = maybe' }), status.INVALID_ARGUMENT, { fields: ['filter'] });
    await expectFailure(call(torrents.listTorrents.bind(torrents), { filter: 'moderation_status = LIMBO' }), status.INVALID_ARGUMENT, { fields: ['filter'] });
  });

  it('UpdateTorrent sets flags by field mask; a stale etag loses', async () => {
    const torrent = await register();
    const updated = await call(torrents.updateTorrent.bind(torrents), {
      torrent: { name: torrent.name, freeleech: true, doubleUpload: true, featured: true, sticky: true, etag: torrent.etag },
      updateMask: { paths: ['freeleech', 'double_upload', 'featured', 'sticky'] },
    });
    expect(updated).toMatchObject({ freeleech: true, doubleUpload: true, featured: true, sticky: true });
    expect((await call(torrents.listTorrents.bind(torrents), { filter: 'freeleech = true AND featured = true' })).torrents.map((x) => x.id)).toContain(torrent.id);
    await expectFailure(
      call(torrents.updateTorrent.bind(torrents), { torrent: { name: torrent.name, freeleech: false, etag: torrent.etag }, updateMask: { paths: ['freeleech'] } }),
      status.ABORTED,
      { reason: 'ETAG_MISMATCH' },
    );
    await expectFailure(
      call(torrents.updateTorrent.bind(torrents), { torrent: { name: torrent.name }, updateMask: { paths: ['info_hash'] } }),
      status.INVALID_ARGUMENT,
      { fields: ['update_mask.paths[0]'] },
    );
    await expectFailure(
      call(torrents.updateTorrent.bind(torrents), { torrent: { name: torrent.name, category: 'nope' }, updateMask: { paths: ['category'] } }),
      status.INVALID_ARGUMENT,
      { fields: ['torrent.category'] },
    );
    const audit = (await auditRows(t.db, torrent.id)).at(-1)!;
    expect(audit.changes).toEqual({
      freeleech: { from: false, to: true },
      double_upload: { from: false, to: true },
      featured: { from: false, to: true },
      sticky: { from: false, to: true },
    });
    const member = await t.account('member');
    await expectFailure(
      call(member.clients.torrents.updateTorrent.bind(member.clients.torrents), { torrent: { name: torrent.name, sticky: false }, updateMask: { paths: ['sticky'] } }),
      status.PERMISSION_DENIED,
      { reason: 'MISSING_PERMISSION' },
    );
  });

  it('Approve, reject and postpone: a moderation row each, reasons, and the etag settles a race between moderators', async () => {
    const torrent = await register();
    await expectFailure(call(torrents.rejectTorrent.bind(torrents), { name: torrent.name, reason: ' ' }), status.INVALID_ARGUMENT, { fields: ['reason'] });
    const postponed = await call(torrents.postponeTorrent.bind(torrents), { name: torrent.name, reason: 'add an NFO', etag: torrent.etag });
    expect(postponed).toMatchObject({ moderationStatus: 'MODERATION_STATUS_POSTPONED', moderationReason: 'add an NFO', moderatedBy: `users/${moderator.id}` });

    const other = await t.account('moderator');
    const approved = await call(other.clients.torrents.approveTorrent.bind(other.clients.torrents), { name: torrent.name, etag: postponed.etag });
    expect(approved.moderationStatus).toBe('MODERATION_STATUS_APPROVED');
    await expectFailure(call(torrents.rejectTorrent.bind(torrents), { name: torrent.name, reason: 'dupe', etag: postponed.etag }), status.ABORTED, {
      reason: 'ETAG_MISMATCH',
    });
    await expectFailure(call(torrents.approveTorrent.bind(torrents), { name: torrent.name }), status.FAILED_PRECONDITION, { reason: 'MODERATION_STATUS_UNCHANGED' });
    const rejected = await call(torrents.rejectTorrent.bind(torrents), { name: torrent.name, reason: 'dupe of another' });
    expect(rejected.moderationStatus).toBe('MODERATION_STATUS_REJECTED');
    const { rows } = await t.db.pool.query(
      `SELECT action, previous_status, new_status, reason FROM torrent_moderation WHERE torrent_id = $1 ORDER BY created_at, action`,
      [torrent.id],
    );
    expect(rows.map((r) => [r.action, r.previous_status, r.new_status, r.reason])).toEqual([
      ['submitted', null, 'pending', null],
      ['postponed', 'pending', 'postponed', 'add an NFO'],
      ['approved', 'postponed', 'approved', null],
      ['rejected', 'approved', 'rejected', 'dupe of another'],
    ]);
    expect((await auditRows(t.db, torrent.id)).map((r) => r.action)).toEqual(['torrent.register', 'torrent.postpone', 'torrent.approve', 'torrent.reject']);
    await expectFailure(call(torrents.approveTorrent.bind(torrents), { name: `torrents/${'f'.repeat(40)}` }), status.NOT_FOUND);
  });

  it('DeleteTorrent is a soft delete; nothing changes it afterwards', async () => {
    const torrent = await register();
    await expectFailure(call(torrents.deleteTorrent.bind(torrents), { name: torrent.name, reason: '' }), status.INVALID_ARGUMENT, { fields: ['reason'] });
    const deleted = await call(torrents.deleteTorrent.bind(torrents), { name: torrent.name, reason: 'copyright claim' });
    expect(deleted.deleteTime).not.toBeNull();
    await expectFailure(call(torrents.approveTorrent.bind(torrents), { name: torrent.name }), status.FAILED_PRECONDITION, { reason: 'TORRENT_DELETED' });
    await expectFailure(call(torrents.deleteTorrent.bind(torrents), { name: torrent.name, reason: 'again' }), status.FAILED_PRECONDITION, { reason: 'TORRENT_DELETED' });
    expect((await call(torrents.listTorrents.bind(torrents), { query: torrent.displayName })).torrents).toHaveLength(0);
    expect((await call(torrents.listTorrents.bind(torrents), { query: torrent.displayName, showDeleted: true })).torrents).toHaveLength(1);
    expect((await call(torrents.getTorrent.bind(torrents), { name: torrent.name })).deleteTime).not.toBeNull();
    const { rows } = await t.db.pool.query(`SELECT action, reason FROM torrent_moderation WHERE torrent_id = $1 AND action = 'deleted'`, [torrent.id]);
    expect(rows).toEqual([{ action: 'deleted', reason: 'copyright claim' }]);
    const member = await t.account('member');
    await expectFailure(
      call(member.clients.torrents.deleteTorrent.bind(member.clients.torrents), { name: torrent.name, reason: 'x' }),
      status.PERMISSION_DENIED,
      { reason: 'MISSING_PERMISSION' },
    );
  });
});
