/** ModerationService staff notes on accounts: visible to staff only (PERMISSION_MODERATION). */
import { notFound } from '../../errors/control-error.js';
import { Violations } from '../../errors/violations.js';
import type { ModerationServiceHandlers } from '../../generated/swarmgate/control/v1/ModerationService.js';
import type { StaffNote } from '../../generated/swarmgate/control/v1/StaffNote.js';
import { mutate } from '../../mutation.js';
import { fetchPage } from '../../pagination.js';
import { parseUserChildName, parseUserName } from '../../resource-names.js';
import { callerOf } from '../../server/call-context.js';
import { toTimestamp } from '../../timestamps.js';
import { unary } from '../../server/unary.js';
import type { ServiceDeps } from '../deps.js';
import { findUser } from '../users/user-records.js';
import { userOrEmpty } from './names.js';

type NoteHandlers = Pick<ModerationServiceHandlers, 'CreateStaffNote' | 'ListStaffNotes' | 'DeleteStaffNote'>;

interface NoteRow {
  id: string;
  user_id: string;
  author_id: string | null;
  body: string;
  created_at: Date;
  created_us: string;
}

const NOTE_SELECT = `
  SELECT n.id, n.user_id, n.author_id, n.body, n.created_at, (extract(epoch FROM n.created_at) * 1000000)::bigint::text AS created_us
  FROM staff_notes n`;

function toNoteMessage(row: NoteRow): StaffNote {
  return { name: `users/${row.user_id}/notes/${row.id}`, author: userOrEmpty(row.author_id), body: row.body, createTime: toTimestamp(row.created_at) };
}

export function staffNoteHandlers(deps: ServiceDeps): NoteHandlers {
  const { pool, bus } = deps;
  return {
    CreateStaffNote: unary(async (request, context) => {
      const body = request.body.trim();
      const v = new Violations();
      v.check(body.length >= 1 && body.length <= 10000, 'body', 'is required (at most 10000 characters)');
      v.throwIfAny();
      const user = await findUser(pool, parseUserName(request.parent, 'parent'));
      const row = await mutate(pool, bus, context, async (scope) => {
        const { rows } = await scope.tx.query<NoteRow>(
          `INSERT INTO staff_notes (user_id, author_id, body) VALUES ($1, $2, $3)
           RETURNING id, user_id, author_id, body, created_at, '' AS created_us`,
          [user.id, callerOf(context).userId, body],
        );
        await scope.audit({ action: 'staff_note.create', entityType: 'user', entityId: user.id, metadata: { note_id: rows[0]!.id } });
        return rows[0]!;
      });
      return toNoteMessage(row);
    }),

    ListStaffNotes: unary(async (request) => {
      const user = await findUser(pool, parseUserName(request.parent, 'parent'));
      const page = await fetchPage<NoteRow>(pool, {
        select: NOTE_SELECT, alias: 'n', conditions: ['n.user_id = $1'], params: [user.id], pageSize: request.pageSize,
        pageToken: request.pageToken, scope: { user: user.id },
      });
      return { notes: page.rows.map(toNoteMessage), nextPageToken: page.nextPageToken };
    }),

    DeleteStaffNote: unary(async (request, context) => {
      const { user: ref, childId } = parseUserChildName(request.name, 'notes', 'name');
      const user = await findUser(pool, ref);
      await mutate(pool, bus, context, async (scope) => {
        const { rows } = await scope.tx.query<{ body: string }>(`DELETE FROM staff_notes WHERE id = $1 AND user_id = $2 RETURNING body`, [childId, user.id]);
        if (!rows[0] || !childId) throw notFound(request.name);
        await scope.audit({ action: 'staff_note.delete', entityType: 'user', entityId: user.id, before: { note_id: childId, body: rows[0].body } });
      });
      return {};
    }),
  };
}
