/**
 * ModerationService user groups: read them, and change what the engine enforces (rights, download
 * slots, freeleech / double upload, multipliers, level). A change is published as group.changed and
 * applies from the next announce.
 */
import { requireOutranks } from '../../auth/access.js';
import { checkEtag } from '../../etag.js';
import { invalidField, notFound } from '../../errors/control-error.js';
import { Violations } from '../../errors/violations.js';
import type { Group, Group__Output } from '../../generated/swarmgate/control/v1/Group.js';
import type { ModerationServiceHandlers } from '../../generated/swarmgate/control/v1/ModerationService.js';
import { mutate } from '../../mutation.js';
import { callerOf } from '../../server/call-context.js';
import { unary } from '../../server/unary.js';
import type { ServiceDeps } from '../deps.js';
import type { Queryable } from '../users/user-records.js';
import { parseGroupName } from './names.js';

type GroupHandlers = Pick<ModerationServiceHandlers, 'ListGroups' | 'GetGroup' | 'UpdateGroup'>;

interface GroupRow {
  id: number;
  name: string;
  display_name: string;
  level: number;
  can_upload: boolean;
  can_download: boolean;
  can_request: boolean;
  can_invite: boolean;
  download_slots: number | null;
  is_immune: boolean;
  can_moderate: boolean;
  can_manage_users: boolean;
  is_freeleech: boolean;
  is_double_upload: boolean;
  upload_multiplier: number;
  download_multiplier: number;
  bonus_multiplier: number;
  etag: string;
}

const GROUP_SELECT = `
  SELECT id, name, display_name, level, can_upload, can_download, can_request, can_invite, download_slots, is_immune, can_moderate,
         can_manage_users, is_freeleech, is_double_upload, upload_multiplier::float8 AS upload_multiplier,
         download_multiplier::float8 AS download_multiplier, bonus_multiplier::float8 AS bonus_multiplier,
         (extract(epoch FROM updated_at) * 1000000)::bigint::text AS etag
  FROM user_groups`;

/** Field mask path -> column, and how the request's value is read and checked. */
const PATHS: Record<string, { column: string; read(g: Group__Output, v: Violations): unknown }> = {
  display_name: {
    column: 'display_name',
    read: (g, v) => (v.check(g.displayName!.trim().length >= 1 && g.displayName!.trim().length <= 64, 'group.display_name', '1 to 64 characters'), g.displayName!.trim()),
  },
  level: { column: 'level', read: (g, v) => (v.check(Number.isInteger(g.level) && g.level! >= 0 && g.level! <= 1000, 'group.level', 'must be from 0 to 1000'), g.level) },
  can_upload: { column: 'can_upload', read: (g) => g.canUpload },
  can_download: { column: 'can_download', read: (g) => g.canDownload },
  can_request: { column: 'can_request', read: (g) => g.canRequest },
  can_invite: { column: 'can_invite', read: (g) => g.canInvite },
  download_slots: {
    column: 'download_slots',
    read: (g, v) => {
      const slots = g.downloadSlots ?? null;
      v.check(slots === null || (Number.isInteger(slots) && slots >= 0), 'group.download_slots', 'must not be negative (absent: unlimited)');
      return slots;
    },
  },
  immune: { column: 'is_immune', read: (g) => g.immune },
  freeleech: { column: 'is_freeleech', read: (g) => g.freeleech },
  double_upload: { column: 'is_double_upload', read: (g) => g.doubleUpload },
  upload_multiplier: { column: 'upload_multiplier', read: (g, v) => multiplier(v, 'upload_multiplier', g.uploadMultiplier) },
  download_multiplier: { column: 'download_multiplier', read: (g, v) => multiplier(v, 'download_multiplier', g.downloadMultiplier) },
  bonus_multiplier: { column: 'bonus_multiplier', read: (g, v) => multiplier(v, 'bonus_multiplier', g.bonusMultiplier) },
};

function multiplier(v: Violations, field: string, value: number | undefined): number | undefined {
  v.check(typeof value === 'number' && Number.isFinite(value) && value >= 0 && value <= 100, `group.${field}`, 'must be from 0 to 100');
  return value;
}

function toGroupMessage(r: GroupRow): Group {
  return {
    name: `groups/${r.name}`,
    displayName: r.display_name,
    level: r.level,
    canUpload: r.can_upload,
    canDownload: r.can_download,
    canRequest: r.can_request,
    canInvite: r.can_invite,
    ...(r.download_slots === null ? {} : { downloadSlots: r.download_slots }),
    immune: r.is_immune,
    canModerate: r.can_moderate,
    canManageUsers: r.can_manage_users,
    freeleech: r.is_freeleech,
    doubleUpload: r.is_double_upload,
    uploadMultiplier: r.upload_multiplier,
    downloadMultiplier: r.download_multiplier,
    bonusMultiplier: r.bonus_multiplier,
    etag: r.etag,
  };
}

function auditImage(r: GroupRow): Record<string, unknown> {
  const { etag: _etag, ...image } = r;
  return image;
}

async function findGroupByName(db: Queryable, name: string, lock = false): Promise<GroupRow> {
  const { rows } = await db.query<GroupRow>(`${GROUP_SELECT} WHERE name = $1${lock ? ' FOR UPDATE' : ''}`, [name]);
  if (!rows[0]) throw notFound(`groups/${name}`);
  return rows[0];
}

export function groupHandlers(deps: ServiceDeps): GroupHandlers {
  const { pool, bus } = deps;
  return {
    ListGroups: unary(async () => ({ groups: (await pool.query<GroupRow>(`${GROUP_SELECT} ORDER BY level, name`)).rows.map(toGroupMessage) })),

    GetGroup: unary(async (request) => toGroupMessage(await findGroupByName(pool, parseGroupName(request.name, 'name')))),

    UpdateGroup: unary(async (request, context) => {
      const caller = callerOf(context);
      const group = request.group;
      if (!group) throw invalidField('group', 'is required');
      const name = parseGroupName(group.name ?? '', 'group.name');
      const paths = request.updateMask?.paths ?? [];
      const v = new Violations();
      v.check(paths.length > 0, 'update_mask', `name the fields to change: ${Object.keys(PATHS).join(', ')}`);
      paths.forEach((p, i) => v.check(p in PATHS, `update_mask.paths[${i}]`, `"${p}" cannot be updated`));
      v.throwIfAny();
      const values = paths.map((p) => [PATHS[p]!.column, PATHS[p]!.read(group, v)] as const);
      v.throwIfAny();
      if (paths.includes('level')) requireOutranks(caller, group.level!, `level ${group.level}`);
      const updated = await mutate(pool, bus, context, async (scope) => {
        const before = await findGroupByName(scope.tx, name, true);
        requireOutranks(caller, before.level, `group "${name}"`);
        checkEtag(group.etag ?? '', before.etag, `groups/${name}`);
        const params: unknown[] = [before.id];
        const assignments = values.map(([column, value]) => {
          params.push(value);
          return `${column} = $${params.length}`;
        });
        await scope.tx.query(`UPDATE user_groups SET ${assignments.join(', ')} WHERE id = $1`, params);
        const after = await findGroupByName(scope.tx, name);
        await scope.audit({ action: 'group.update', entityType: 'user_group', entityId: String(before.id), before: auditImage(before), after: auditImage(after), metadata: { update_mask: paths } });
        scope.publish({ type: 'group.changed', groupId: before.id });
        return after;
      });
      return toGroupMessage(updated);
    }),
  };
}
