/**
 * DownloadTorrentFile: each user gets the registered info dictionary unchanged with an announce URL
 * holding their own passkey; another user's copy follows the rank rule of managing that account;
 * torrents still in moderation stay with staff.
 */
import * as grpc from '@grpc/grpc-js';
import bencode from 'bencode';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { infoHashOf } from '../support/bittorrent/torrent-file.js';
import { call, expectFailure, startTestControl, TEST_ANNOUNCE_BASE_URL, type TestAccount, type TestControl } from './harness.js';
import { makeTorrent } from './transmission.js';

const { status } = grpc;

describe('DownloadTorrentFile', () => {
  let t: TestControl;
  let uploader: TestAccount;
  let member: TestAccount;
  let moderator: TestAccount;
  let approved: { name: string; infoHash: string };
  let pending: { name: string };

  beforeAll(async () => {
    t = await startTestControl();
    uploader = await t.account('uploader');
    member = await t.account('member');
    moderator = await t.account('moderator');
    const register = async (name: string) => {
      const { bytes } = await makeTorrent(name, { [name]: 10_000 });
      return call(uploader.clients.torrents.registerTorrent.bind(uploader.clients.torrents), { torrentFile: bytes, category: 'movies-hd' });
    };
    const first = await register('Download.Me.2024-GRP');
    const admin = t.admin.clients.torrents;
    await call(admin.approveTorrent.bind(admin), { name: first.name, etag: first.etag });
    approved = first;
    pending = await register('Not.Yet.2024-GRP');
  });
  afterAll(() => t.stop());

  const download = (account: { clients: TestAccount['clients'] }, name: string, user = '') =>
    call(account.clients.torrents.downloadTorrentFile.bind(account.clients.torrents), { name, user });

  it("gives a member the info dictionary unchanged with the member's own passkey", async () => {
    const response = await download(member, approved.name);
    const decoded = bencode.decode(response.torrentFile) as { announce: Uint8Array; 'created by': Uint8Array };
    expect(Buffer.from(decoded.announce).toString()).toBe(`${TEST_ANNOUNCE_BASE_URL}/${member.passkey}/announce`);
    expect(response.announceUrl).toBe(`${TEST_ANNOUNCE_BASE_URL}/${member.passkey}/announce`);
    expect(infoHashOf(response.torrentFile).toString('hex')).toBe(approved.infoHash);
    expect(response.filename).toBe('Download.Me.2024-GRP.torrent');
    // Canonical bencode: what a strict client reads back is byte for byte what was sent.
    expect(Buffer.from(bencode.encode(decoded)).equals(response.torrentFile)).toBe(true);
  });

  it("refuses another user's copy to a member, and to staff who do not outrank that user", async () => {
    await expectFailure(download(member, approved.name, `users/${uploader.id}`), status.PERMISSION_DENIED, { reason: 'NOT_OWN_ACCOUNT' });
    await expectFailure(download(moderator, approved.name, `users/${t.admin.id}`), status.PERMISSION_DENIED);
    const forMember = await download(t.admin, approved.name, `users/${member.id}`);
    expect(forMember.announceUrl).toContain(member.passkey);
  });

  it('keeps torrents in moderation to those who may moderate, and says so', async () => {
    await expectFailure(download(member, pending.name), status.FAILED_PRECONDITION, { reason: 'TORRENT_NOT_APPROVED' });
    const staff = await download(moderator, pending.name);
    expect(staff.announceUrl).toContain(moderator.passkey);
    await expectFailure(download(member, 'torrents/0123456789abcdef0123456789abcdef01234567'), status.NOT_FOUND);
  });
});
