/** User groups by short name, for CreateUser/UpdateUser and filters. */
import { echo, invalidField } from '../../errors/control-error.js';
import type { Queryable } from './user-records.js';

export interface GroupRow {
  id: number;
  name: string;
  level: number;
}

export async function findGroup(db: Queryable, name: string): Promise<GroupRow | null> {
  const { rows } = await db.query<GroupRow>(`SELECT id, name, level FROM user_groups WHERE name = $1`, [name]);
  return rows[0] ?? null;
}

/** The group named `name`; INVALID_ARGUMENT on `field` naming every group when there is none. */
export async function requireGroup(db: Queryable, name: string, field: string): Promise<GroupRow> {
  const group = await findGroup(db, name);
  if (group) return group;
  const { rows } = await db.query<{ name: string }>(`SELECT name FROM user_groups ORDER BY level, name`);
  throw invalidField(field, `no group named "${echo(name)}"; groups: ${rows.map((r) => r.name).join(', ')}`);
}
