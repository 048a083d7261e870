/** Resource names of ModerationService ("bans/{uuid}", "groups/{name}", ...) parsed for queries. */
import { invalidField } from '../../errors/control-error.js';
import { isUuid } from '../../resource-names.js';

/** The UUID of "{collection}/{uuid}", or INVALID_ARGUMENT on `field`. */
export function parseUuidName(name: string, collection: string, field: string): string {
  const match = new RegExp(`^${collection}/([^/]+)$`).exec(name);
  if (!match || !isUuid(match[1]!)) throw invalidField(field, `"${name}" is not a name of the form "${collection}/{uuid}"`);
  return match[1]!.toLowerCase();
}

/** The integer id of "{collection}/{id}", or INVALID_ARGUMENT on `field`. */
export function parseIdName(name: string, collection: string, field: string): number {
  const match = new RegExp(`^${collection}/([1-9][0-9]{0,8})$`).exec(name);
  if (!match) throw invalidField(field, `"${name}" is not a name of the form "${collection}/{id}"`);
  return Number(match[1]);
}

export function parseGroupName(name: string, field: string): string {
  const match = /^groups\/([a-z][a-z0-9_]{1,39})$/.exec(name);
  if (!match) throw invalidField(field, `"${name}" is not a group name ("groups/{name}")`);
  return match[1]!;
}

/** "users/{uuid}" in a filter value: the UUID. */
export function userIdFilter(value: string): { ok: unknown } | { error: string } {
  const match = /^users\/([^/]+)$/.exec(value);
  return match && isUuid(match[1]!) ? { ok: match[1]!.toLowerCase() } : { error: 'must be "users/{uuid}"' };
}

/** "users/{uuid}" or "" for a nullable user id column. */
export const userOrEmpty = (id: string | null): string => (id ? `users/${id}` : '');
