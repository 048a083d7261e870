/**
 * The account a PERMISSION_OWN_ACCOUNT call acts on: the caller's own, or (with user management) a
 * lower-ranked one. The permission check comes before the lookup, so a refusal never reveals whether
 * another account exists.
 */
import type { Caller } from '../../auth/caller.js';
import { requireOwnOrManage, requireOutranks } from '../../auth/access.js';
import type { UserRef } from '../../resource-names.js';
import { findUser, type Queryable, type UserRow } from './user-records.js';

export async function findTargetAccount(db: Queryable, caller: Caller, ref: UserRef, options: { lock?: boolean } = {}): Promise<{ user: UserRow; own: boolean }> {
  const own = requireOwnOrManage(caller, ref);
  const user = await findUser(db, ref, options);
  if (!own) requireOutranks(caller, user.group_level);
  return { user, own };
}
