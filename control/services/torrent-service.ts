/**
 * TorrentService. Every change locks the torrent, checks the etag, bumps updated_at (the etag),
 * writes audit (and, for moderation, a torrent_moderation row) in the same transaction, and
 * publishes torrent.changed after commit.
 */
import { checkEtag } from '../etag.js';
import { echo, failedPrecondition, invalidField, notFound } from '../errors/control-error.js';
import { Violations } from '../errors/violations.js';
import { compileFilter, filterValues, type FilterField } from '../filter.js';
import type { TorrentServiceHandlers } from '../generated/swarmgate/control/v1/TorrentService.js';
import { mutate, type MutationScope } from '../mutation.js';
import { fetchPage } from '../pagination.js';
import { isUuid, parseTorrentName, torrentName } from '../resource-names.js';
import { callerOf, type CallContext } from '../server/call-context.js';
import { unary } from '../server/unary.js';
import type { ServiceDeps } from './deps.js';
import { categorySlugs, listCategories } from './torrents/categories.js';
import { registerTorrent } from './torrents/registration.js';
import { downloadTorrentFile } from './torrents/torrent-download.js';
import {
  canSeeTorrent,
  findTorrent,
  visibleTorrentsCondition,
  toTorrentMessage,
  TORRENT_SELECT,
  torrentAuditImage,
  torrentFiles,
  type StoredModerationStatus,
  type TorrentRow,
} from './torrents/torrent-records.js';

/**
 * The filter fields; `uploaderColumn` is what `uploader` compares, so that for readers who may not
 * see anonymous uploaders an anonymous torrent never matches a filter by uploader.
 */
const torrentFilter = (uploaderColumn: string): Record<string, FilterField> => ({
  moderation_status: {
    column: 't.moderation_status',
    operators: ['=', '!='],
    convert: filterValues.enumeration({
      MODERATION_STATUS_PENDING: 'pending',
      MODERATION_STATUS_APPROVED: 'approved',
      MODERATION_STATUS_REJECTED: 'rejected',
      MODERATION_STATUS_POSTPONED: 'postponed',
    }),
  },
  category: { column: 'c.slug', operators: ['=', '!='], convert: filterValues.text },
  uploader: {
    column: uploaderColumn,
    operators: ['='],
    convert: (value) => {
      const id = value.replace(/^users\//, '');
      return isUuid(id) ? { ok: id } : { error: 'must be "users/{uuid}"' };
    },
  },
  freeleech: { column: 't.is_freeleech', operators: ['='], convert: filterValues.boolean },
  double_upload: { column: 't.is_double_upload', operators: ['='], convert: filterValues.boolean },
  featured: { column: 't.is_featured', operators: ['='], convert: filterValues.boolean },
  sticky: { column: 't.is_sticky', operators: ['='], convert: filterValues.boolean },
  create_time: { column: 't.created_at', operators: ['<', '<=', '>', '>='], convert: filterValues.timestamp },
});

const UPDATABLE = ['display_name', 'description', 'category', 'freeleech', 'double_upload', 'featured', 'sticky', 'anonymous'] as const;

const MODERATION_ACTION: Record<Exclude<StoredModerationStatus, 'pending'>, string> = {
  approved: 'approve',
  rejected: 'reject',
  postponed: 'postpone',
};

/** Locks the live torrent, checks the etag, runs `change`, audits, bumps updated_at and publishes. */
async function changeTorrent(
  deps: ServiceDeps,
  context: CallContext,
  name: string,
  field: string,
  etag: string,
  action: string,
  change: (torrent: TorrentRow, scope: MutationScope) => Promise<Record<string, unknown> | void>,
): Promise<TorrentRow> {
  const ref = parseTorrentName(name, field);
  return mutate(deps.pool, deps.bus, context, async (scope) => {
    const before = await findTorrent(scope.tx, ref, { lock: true });
    if (before.deleted_at) throw failedPrecondition('TORRENT_DELETED', `${torrentName(before.id)} is deleted`, { resource: torrentName(before.id) });
    checkEtag(etag, before.etag, torrentName(before.id));
    const metadata = await change(before, scope);
    await scope.tx.query(`UPDATE torrents SET updated_at = now() WHERE id = $1`, [before.id]);
    const after = await findTorrent(scope.tx, { id: before.id });
    await scope.audit({
      action,
      entityType: 'torrent',
      entityId: before.id,
      before: torrentAuditImage(before),
      after: torrentAuditImage(after),
      ...(metadata ? { metadata } : {}),
    });
    scope.publish({ type: 'torrent.changed', torrentId: before.id });
    return after;
  });
}

function moderate(deps: ServiceDeps, status: Exclude<StoredModerationStatus, 'pending'>, reasonRequired: boolean) {
  return unary(async (request: { name: string; reason: string; etag: string }, context: CallContext) => {
    const reason = request.reason.trim();
    const v = new Violations();
    v.check(!reasonRequired || reason.length > 0, 'reason', 'is required');
    v.check(reason.length <= 2000, 'reason', 'at most 2000 characters');
    v.throwIfAny();
    const moderator = callerOf(context).userId;
    const row = await changeTorrent(deps, context, request.name, 'name', request.etag, `torrent.${MODERATION_ACTION[status]}`, async (torrent, { tx }) => {
      if (torrent.moderation_status === status) {
        throw failedPrecondition('MODERATION_STATUS_UNCHANGED', `${torrentName(torrent.id)} is already ${status}`, { moderation_status: status });
      }
      await tx.query(
        `UPDATE torrents SET moderation_status = $2, moderated_by = $3, moderated_at = now(), moderation_reason = nullif($4, '') WHERE id = $1`,
        [torrent.id, status, moderator, reason],
      );
      await tx.query(
        `INSERT INTO torrent_moderation (torrent_id, moderator_id, action, previous_status, new_status, reason) VALUES ($1, $2, $3, $4, $5, nullif($6, ''))`,
        [torrent.id, moderator, status, torrent.moderation_status, status, reason],
      );
    });
    return toTorrentMessage(row, callerOf(context));
  });
}

export function torrentServiceHandlers(deps: ServiceDeps): TorrentServiceHandlers {
  const { pool } = deps;
  return {
    RegisterTorrent: unary((request, context) => registerTorrent(deps, request, context)),

    DownloadTorrentFile: unary((request, context) => downloadTorrentFile(pool, deps.announceBaseUrl, request, context)),

    ListCategories: unary(async () => ({ categories: await listCategories(pool) })),

    GetTorrent: unary(async (request, context) => {
      const caller = callerOf(context);
      const row = await findTorrent(pool, parseTorrentName(request.name, 'name'));
      // A torrent the caller may not see is answered like one that does not exist.
      if (!canSeeTorrent(caller, row)) throw notFound(request.name);
      return toTorrentMessage(row, caller, await torrentFiles(pool, row.id));
    }),

    ListTorrents: unary(async (request, context) => {
      const caller = callerOf(context);
      const params: unknown[] = [];
      const visible = visibleTorrentsCondition(caller, params);
      const uploaderColumn = visible ? `(CASE WHEN t.is_anonymous AND t.uploader_id IS DISTINCT FROM $1::uuid THEN NULL ELSE t.uploader_id END)` : 't.uploader_id';
      const conditions = compileFilter(request.filter, torrentFilter(uploaderColumn), params);
      if (visible) conditions.push(visible);
      if (!request.showDeleted) conditions.push('t.deleted_at IS NULL');
      if (request.query.trim()) {
        // The same word splitting as the stored search_vector: dots, dashes, brackets separate words.
        params.push(request.query.trim());
        conditions.push(`t.search_vector @@ plainto_tsquery('simple', translate($${params.length}, '._-[]()', '       '))`);
      }
      const result = await fetchPage<TorrentRow>(pool, {
        select: TORRENT_SELECT,
        alias: 't',
        conditions,
        params,
        pageSize: request.pageSize,
        pageToken: request.pageToken,
        scope: { filter: request.filter, query: request.query, deleted: request.showDeleted },
      });
      return { torrents: result.rows.map((r) => toTorrentMessage(r, caller)), nextPageToken: result.nextPageToken };
    }),

    UpdateTorrent: unary(async (request, context) => {
      const torrent = request.torrent;
      if (!torrent) throw invalidField('torrent', 'is required');
      const paths = request.updateMask?.paths ?? [];
      const v = new Violations();
      v.check(paths.length > 0, 'update_mask', `name the fields to change: ${UPDATABLE.join(', ')}`);
      paths.forEach((path, i) => v.check((UPDATABLE as readonly string[]).includes(path), `update_mask.paths[${i}]`, `"${echo(path)}" cannot be updated`));
      const set = new Set(paths);
      const displayName = torrent.displayName.trim();
      if (set.has('display_name')) v.check(displayName.length >= 1 && displayName.length <= 500, 'torrent.display_name', 'must be 1 to 500 characters');
      if (set.has('description')) v.check(torrent.description.length <= 65536, 'torrent.description', 'at most 65536 characters');
      v.throwIfAny();
      const row = await changeTorrent(deps, context, torrent.name, 'torrent.name', torrent.etag, 'torrent.update', async (current, { tx }) => {
        const assignments: string[] = [];
        const params: unknown[] = [current.id];
        const assign = (column: string, value: unknown) => {
          params.push(value);
          assignments.push(`${column} = $${params.length}`);
        };
        if (set.has('category')) {
          const { rows: [category] } = await tx.query<{ id: number }>(`SELECT id FROM torrent_categories WHERE slug = $1`, [torrent.category]);
          if (!category) throw invalidField('torrent.category', `no category with slug "${echo(torrent.category)}"; categories: ${(await categorySlugs(tx)).join(', ')}`);
          assign('category_id', category.id);
        }
        if (set.has('display_name')) assign('name', displayName);
        if (set.has('description')) assign('description', torrent.description || null);
        if (set.has('freeleech')) assign('is_freeleech', torrent.freeleech);
        if (set.has('double_upload')) assign('is_double_upload', torrent.doubleUpload);
        if (set.has('featured')) assign('is_featured', torrent.featured);
        if (set.has('sticky')) assign('is_sticky', torrent.sticky);
        if (set.has('anonymous')) assign('is_anonymous', torrent.anonymous);
        await tx.query(`UPDATE torrents SET ${assignments.join(', ')} WHERE id = $1`, params);
        return { update_mask: paths };
      });
      return toTorrentMessage(row, callerOf(context));
    }),

    ApproveTorrent: moderate(deps, 'approved', false),
    RejectTorrent: moderate(deps, 'rejected', true),
    PostponeTorrent: moderate(deps, 'postponed', true),

    DeleteTorrent: unary(async (request, context) => {
      const reason = request.reason.trim();
      const v = new Violations();
      v.check(reason.length >= 1 && reason.length <= 2000, 'reason', 'is required (at most 2000 characters)');
      v.throwIfAny();
      const moderator = callerOf(context).userId;
      const row = await changeTorrent(deps, context, request.name, 'name', request.etag, 'torrent.delete', async (torrent, { tx }) => {
        await tx.query(`UPDATE torrents SET deleted_at = now() WHERE id = $1`, [torrent.id]);
        await tx.query(
          `INSERT INTO torrent_moderation (torrent_id, moderator_id, action, previous_status, new_status, reason) VALUES ($1, $2, 'deleted', $3, $3, $4)`,
          [torrent.id, moderator, torrent.moderation_status, reason],
        );
      });
      return toTorrentMessage(row, callerOf(context));
    }),
  };
}
