/**
 * RegisterTorrent: a parsed .torrent becomes a pending torrent with its file list, a "submitted"
 * moderation row and an audit row, in one transaction; the engine hears of it after commit (and
 * answers "pending moderation" until it is approved).
 */
import { alreadyExists, echo, invalidField } from '../../errors/control-error.js';
import { Violations } from '../../errors/violations.js';
import type { RegisterTorrentRequest__Output } from '../../generated/swarmgate/control/v1/RegisterTorrentRequest.js';
import type { Torrent } from '../../generated/swarmgate/control/v1/Torrent.js';
import { mutate } from '../../mutation.js';
import { torrentName } from '../../resource-names.js';
import { callerOf, type CallContext } from '../../server/call-context.js';
import type { ServiceDeps } from '../deps.js';
import { categorySlugs } from './categories.js';
import { requireNoActiveBan } from '../moderation/active-bans.js';
import { parseTorrentFile } from './torrent-file.js';
import { findTorrent, toTorrentMessage, torrentAuditImage, torrentFiles } from './torrent-records.js';

export async function registerTorrent(deps: ServiceDeps, request: RegisterTorrentRequest__Output, context: CallContext): Promise<Torrent> {
  const caller = callerOf(context);
  const parsed = parseTorrentFile(request.torrentFile);
  const v = new Violations();
  v.check(parsed.private, 'torrent_file', 'info.private must be 1: this is a private tracker, and the info dictionary is never rewritten');
  v.check(request.category.length > 0, 'category', 'is required (a category slug such as "movies-hd")');
  const displayName = request.displayName.trim() || parsed.name;
  v.check(displayName.length <= 500, 'display_name', 'at most 500 characters');
  v.check(request.description.length <= 65536, 'description', 'at most 65536 characters');
  v.throwIfAny();

  const row = await mutate(deps.pool, deps.bus, context, async ({ tx, audit, publish }) => {
    await requireNoActiveBan(tx, caller.userId, 'upload');
    const { rows: [category] } = await tx.query<{ id: number }>(`SELECT id FROM torrent_categories WHERE slug = $1`, [request.category]);
    if (!category) throw invalidField('category', `no category with slug "${echo(request.category)}"; categories: ${(await categorySlugs(tx)).join(', ')}`);
    const { rows: [existing] } = await tx.query<{ id: string }>(
      `SELECT id FROM torrents WHERE info_hash = $1 OR ($2::bytea IS NOT NULL AND info_hash_v2 = $2)`,
      [parsed.infoHash, parsed.infoHashV2],
    );
    if (existing) {
      throw alreadyExists('TORRENT_EXISTS', `a torrent with info_hash ${parsed.infoHash.toString('hex')} is registered`, {
        torrent: torrentName(existing.id),
        info_hash: parsed.infoHash.toString('hex'),
      });
    }
    const realFiles = parsed.files.filter((f) => !f.padding).length;
    const { rows: [inserted] } = await tx.query<{ id: string }>(
      `INSERT INTO torrents (info_hash, info_hash_v2, name, description, category_id, uploader_id, size, file_count, piece_length, is_anonymous)
       VALUES ($1, $2, $3, nullif($4, ''), $5, $6, $7, $8, $9, $10) RETURNING id`,
      [parsed.infoHash, parsed.infoHashV2, displayName, request.description, category.id, caller.userId, parsed.size, realFiles,
        parsed.pieceLength, request.anonymous],
    );
    const id = inserted!.id;
    await tx.query(`INSERT INTO torrent_info_dicts (torrent_id, info) VALUES ($1, $2)`, [id, parsed.info]);
    await tx.query(
      `INSERT INTO torrent_files (torrent_id, file_index, path, size, is_padding)
       SELECT $1, i - 1, f.path, f.size, f.padding
       FROM unnest($2::text[], $3::bigint[], $4::boolean[]) WITH ORDINALITY AS f(path, size, padding, i)`,
      [id, parsed.files.map((f) => f.path), parsed.files.map((f) => f.size), parsed.files.map((f) => f.padding)],
    );
    await tx.query(
      `INSERT INTO torrent_moderation (torrent_id, moderator_id, action, new_status) VALUES ($1, $2, 'submitted', 'pending')`,
      [id, caller.userId],
    );
    const row = await findTorrent(tx, { id });
    await audit({ action: 'torrent.register', entityType: 'torrent', entityId: id, after: torrentAuditImage(row) });
    publish({ type: 'torrent.changed', torrentId: id });
    return row;
  });
  return toTorrentMessage(row, caller, await torrentFiles(deps.pool, row.id));
}
