/**
 * DownloadTorrentFile: the registered info dictionary, byte for byte (so its SHA-1 is still the
 * info_hash), wrapped in a new top-level dictionary whose announce URL carries one user's passkey.
 * Private trackers hand every user their own copy; nobody rewrites URLs by hand.
 */
import type { Pool } from '../../../core/db.js';
import { announceUrl } from '../../../core/public-url.js';
import { requireOwnOrManage, requireOutranks } from '../../auth/access.js';
import { holds } from '../../auth/permission-table.js';
import { failedPrecondition, notFound } from '../../errors/control-error.js';
import type { DownloadTorrentFileRequest__Output } from '../../generated/swarmgate/control/v1/DownloadTorrentFileRequest.js';
import type { DownloadTorrentFileResponse } from '../../generated/swarmgate/control/v1/DownloadTorrentFileResponse.js';
import { parseTorrentName, parseUserName, torrentName, userName } from '../../resource-names.js';
import { callerOf, type CallContext } from '../../server/call-context.js';
import { findUser } from '../users/user-records.js';
import { findTorrent } from './torrent-records.js';

/** A bencoded byte string. */
function bytes(value: Buffer): Buffer {
  return Buffer.concat([Buffer.from(`${value.length}:`), value]);
}

/** d 8:announce <url> 10:created by <agent> 4:info <info> e — keys in the sorted order bencode requires. */
export function torrentFileWith(info: Buffer, announce: string): Buffer {
  return Buffer.concat([
    Buffer.from('d'),
    bytes(Buffer.from('announce')),
    bytes(Buffer.from(announce)),
    bytes(Buffer.from('created by')),
    bytes(Buffer.from('Swarmgate')),
    bytes(Buffer.from('info')),
    info,
    Buffer.from('e'),
  ]);
}

/** A file name from the display name: path separators and control characters replaced. */
function fileNameFor(displayName: string): string {
  const safe = displayName.replace(/[\u0000-\u001f\u007f/\\:*?"<>|]+/g, '_').slice(0, 200).trim();
  return `${safe || 'torrent'}.torrent`;
}

export async function downloadTorrentFile(
  pool: Pool,
  announceBaseUrl: string,
  request: DownloadTorrentFileRequest__Output,
  context: CallContext,
): Promise<DownloadTorrentFileResponse> {
  const caller = callerOf(context);
  const torrentRef = parseTorrentName(request.name, 'name');
  const userRef = request.user ? parseUserName(request.user, 'user') : { id: caller.userId };
  // Another user's passkey is a credential: the rank rule of managing their account applies.
  const own = requireOwnOrManage(caller, userRef);
  const torrent = await findTorrent(pool, torrentRef);
  if (torrent.deleted_at) throw notFound(`${torrentName(torrent.id)} is deleted`);
  if (torrent.moderation_status !== 'approved' && !holds(caller, 'PERMISSION_TORRENTS_MODERATE')) {
    throw failedPrecondition('TORRENT_NOT_APPROVED', `${torrentName(torrent.id)} is ${torrent.moderation_status}, not approved`, {
      moderation_status: torrent.moderation_status,
    });
  }
  const user = await findUser(pool, userRef);
  if (!own) requireOutranks(caller, user.group_level);
  if (user.status !== 'enabled' || user.deleted_at) {
    throw failedPrecondition('USER_DISABLED', `${userName(user.id)} cannot announce (status ${user.deleted_at ? 'deleted' : user.status})`);
  }
  const { rows: [stored] } = await pool.query<{ info: Buffer }>(`SELECT info FROM torrent_info_dicts WHERE torrent_id = $1`, [torrent.id]);
  if (!stored) {
    throw failedPrecondition('INFO_DICTIONARY_NOT_KEPT', `${torrentName(torrent.id)} was registered before .torrent files were kept; upload it again to a new registration`);
  }
  const url = announceUrl(announceBaseUrl, user.passkey);
  return { torrentFile: torrentFileWith(stored.info, url), filename: fileNameFor(torrent.name), announceUrl: url };
}
