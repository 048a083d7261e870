/**
 * How `swarmgatectl pool` names and shows pool resources: a key given as its display name, UUID,
 * unique UUID prefix or "poolKeys/..." name; and short cells (clipped text, 8-character key ids,
 * times without the "T" and milliseconds) so every pool table fits 80 columns.
 */
import { call, type ControlClients } from '../../../control/client.js';
import { fromTimestamp } from '../../../control/timestamps.js';
import { UsageError } from '../connection.js';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** "poolKeys/{uuid}" for what the operator typed; a display name or id prefix is looked up. */
export async function keyArg(clients: ControlClients, value: string): Promise<string> {
  if (value.startsWith('poolKeys/')) return value;
  if (UUID.test(value)) return `poolKeys/${value.toLowerCase()}`;
  const matches: string[] = [];
  let pageToken = '';
  do {
    const page = await call(clients.pool.listPoolKeys.bind(clients.pool), { pageSize: 500, pageToken, filter: '' });
    for (const key of page.poolKeys) {
      if (key.displayName === value || (/^[0-9a-f]{4,}$/i.test(value) && key.id.startsWith(value.toLowerCase()))) matches.push(key.name);
    }
    pageToken = page.nextPageToken;
  } while (pageToken);
  if (matches.length === 1) return matches[0]!;
  throw new UsageError(matches.length === 0 ? `no pool key named "${value}"` : `"${value}" matches ${matches.length} pool keys; give more of the id`);
}

/** "poolKeys/-" (every key) unless --key names one. */
export async function parentArg(clients: ControlClients, key: string | undefined): Promise<string> {
  return key ? keyArg(clients, key) : 'poolKeys/-';
}

/** The first 8 characters of a key's id from its resource name ("poolKeys/{uuid}[/...]"). */
export function shortKey(name: string): string {
  return name.replace(/^poolKeys\//, '').slice(0, 8);
}

/** The first 8 characters of a user's id ("users/{uuid}"). */
export function shortUser(name: string): string {
  return name.replace(/^users\//, '').slice(0, 8);
}

/** Text of at most `width` characters (an ellipsis marks a cut). */
export function clip(text: string, width: number): string {
  return text.length <= width ? text : `${text.slice(0, width - 1)}…`;
}

/** "2026-06-10 12:00:00" (UTC). */
export function shortTime(ts: { seconds: number; nanos: number } | null | undefined): string {
  return fromTimestamp(ts)?.toISOString().slice(0, 19).replace('T', ' ') ?? '';
}

/** POOL_KEY_HEALTH_HEALTHY -> healthy; CAPACITY_LEVEL_WARNING -> WARNING. */
export function health(value: string): string {
  return value.replace('POOL_KEY_HEALTH_', '').toLowerCase();
}

export function level(value: string): string {
  return value.replace('CAPACITY_LEVEL_', '');
}
