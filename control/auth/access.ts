/**
 * Rules that depend on the account acted on, beyond the RPC's declared permission:
 * - PERMISSION_OWN_ACCOUNT on someone else's account also needs PERMISSION_USERS_MANAGE;
 * - managing an account needs a group level above that account's (and above any group it is moved to).
 * The "may I" check on another account comes before the lookup, so a refusal never reveals whether
 * the account exists.
 */
import { permissionDenied } from '../errors/control-error.js';
import type { UserRef } from '../resource-names.js';
import type { Caller } from './caller.js';
import { holds } from './permission-table.js';

export function refersToCaller(caller: Caller, ref: UserRef): boolean {
  return 'id' in ref ? ref.id === caller.userId : ref.username.toLowerCase() === caller.username.toLowerCase();
}

/** For PERMISSION_OWN_ACCOUNT methods: returns whether the target is the caller's own account. */
export function requireOwnOrManage(caller: Caller, ref: UserRef): boolean {
  if (refersToCaller(caller, ref)) return true;
  if (!holds(caller, 'PERMISSION_USERS_MANAGE')) {
    throw permissionDenied('NOT_OWN_ACCOUNT', 'this call on another account needs PERMISSION_USERS_MANAGE', {
      permission: 'PERMISSION_USERS_MANAGE',
    });
  }
  return false;
}

export function requireSelf(caller: Caller, ref: UserRef): void {
  if (!refersToCaller(caller, ref)) throw permissionDenied('NOT_OWN_ACCOUNT', 'only the account holder can do this');
}

export function requireOutranks(caller: Caller, targetLevel: number, what = 'the account'): void {
  if (caller.group.level <= targetLevel) {
    throw permissionDenied('TARGET_OUTRANKS_CALLER', `${what} has group level ${targetLevel}; managing it needs a level above that`, {
      caller_level: String(caller.group.level),
      target_level: String(targetLevel),
    });
  }
}
