/** User groups by short name, for CreateUser/UpdateUser and filters. */
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
