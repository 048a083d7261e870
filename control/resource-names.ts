/**
 * Resource names of the control API ("users/{user}", "users/{user}/sessions/{id}",
 * "torrents/{torrent}") parsed into what the queries need; a malformed name is INVALID_ARGUMENT on
 * the request field that carried it.
 */
import { echo, invalidField } from './errors/control-error.js';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const INFO_HASH_HEX = /^[0-9a-f]{40}$/i;
/** Usernames: letters, digits, "_", "." and "-"; never UUID-shaped, so a name is never ambiguous. */
export const USERNAME = /^[A-Za-z0-9_.-]{2,64}$/;

export function isUuid(value: string): boolean {
  return UUID.test(value);
}

/** A user by id or by username (case-insensitive). */
export type UserRef = { id: string } | { username: string };

function userRef(segment: string, field: string, name: string): UserRef {
  if (isUuid(segment)) return { id: segment.toLowerCase() };
  if (USERNAME.test(segment)) return { username: segment };
  throw invalidField(field, `"${echo(name)}" is not a user name ("users/{uuid or username}")`);
}

export function parseUserName(name: string, field: string): UserRef {
  const match = /^users\/([^/]+)$/.exec(name);
  if (!match) throw invalidField(field, `"${echo(name)}" is not a user name ("users/{uuid or username}")`);
  return userRef(match[1]!, field, name);
}

/** "users/{user}/{collection}/{uuid}" (or, with a singleton, "users/{user}/{collection}"). */
export function parseUserChildName(name: string, collection: string, field: string): { user: UserRef; childId: string | null } {
  const match = new RegExp(`^users/([^/]+)/${collection}(?:/([^/]+))?$`).exec(name);
  const childId = match?.[2] ?? null;
  if (!match || (childId !== null && !isUuid(childId))) {
    throw invalidField(field, `"${echo(name)}" is not a name of the form "users/{user}/${collection}/{uuid}"`);
  }
  return { user: userRef(match[1]!, field, name), childId: childId?.toLowerCase() ?? null };
}

export type TorrentRef = { id: string } | { infoHash: Buffer };

export function parseTorrentName(name: string, field: string): TorrentRef {
  const match = /^torrents\/([^/]+)$/.exec(name);
  const segment = match?.[1] ?? '';
  if (isUuid(segment)) return { id: segment.toLowerCase() };
  if (INFO_HASH_HEX.test(segment)) return { infoHash: Buffer.from(segment, 'hex') };
  throw invalidField(field, `"${echo(name)}" is not a torrent name ("torrents/{uuid or 40-hex info_hash}")`);
}

export const userName = (id: string) => `users/${id}`;
export const torrentName = (id: string) => `torrents/${id}`;

/** SQL condition selecting a user by reference, with its parameter appended to `params`. */
export function userRefCondition(ref: UserRef, params: unknown[], alias = 'u'): string {
  if ('id' in ref) {
    params.push(ref.id);
    return `${alias}.id = $${params.length}`;
  }
  params.push(ref.username);
  return `lower(${alias}.username) = lower($${params.length})`;
}
