/**
 * List pagination (AIP-158): page_size with a default and a cap, and opaque page tokens holding a
 * keyset cursor (creation time in microseconds and id, newest first; a list may order by another
 * time and id, see Keyset). A token is bound to the request's other list parameters; reusing it
 * with different ones is INVALID_ARGUMENT.
 *
 * Tokens are signed (HMAC-SHA256 with the key of page-token-key.ts, which the server sets at start
 * with setPageTokenKey), so a client can neither forge a cursor nor edit one; a token that fails the
 * signature or holds anything but a well-formed cursor is INVALID_ARGUMENT, never a database error.
 */
import { createHash, createHmac, randomBytes, timingSafeEqual } from 'node:crypto';
import type { Pool, PoolClient } from '../core/db.js';
import { invalidField } from './errors/control-error.js';
import { isUuid } from './resource-names.js';

const DEFAULT_PAGE_SIZE = 50;
const MAX_PAGE_SIZE = 500;

function pageSize(requested: number): number {
  if (requested === 0) return DEFAULT_PAGE_SIZE;
  if (!Number.isInteger(requested) || requested < 0 || requested > MAX_PAGE_SIZE) {
    throw invalidField('page_size', `must be from 1 to ${MAX_PAGE_SIZE} (0 means ${DEFAULT_PAGE_SIZE})`);
  }
  return requested;
}

interface Cursor {
  /** created_at in microseconds since the epoch, as a decimal string. */
  createdUs: string;
  id: string;
}

function scopeOf(parameters: unknown): string {
  return createHash('sha256').update(JSON.stringify(parameters)).digest('base64url').slice(0, 16);
}

// Until the server sets one (setPageTokenKey), a key of this process: tokens work within it only.
let signingKey: Buffer = randomBytes(32);

/** The HMAC key page tokens are signed with (every node of a deployment must use the same). */
export function setPageTokenKey(key: Buffer): void {
  if (key.length < 32) throw new Error('a page token key needs at least 32 bytes');
  signingKey = key;
}

const MAC_BYTES = 16;
const MAX_CURSOR_US = 2n ** 63n - 1n;
const NOT_OURS = 'is not a page token this server issued (or it was changed)';

function mac(payload: string): Buffer {
  return createHmac('sha256', signingKey).update(payload).digest().subarray(0, MAC_BYTES);
}

function encodePageToken(cursor: Cursor, parameters: unknown): string {
  const payload = Buffer.from(JSON.stringify({ c: cursor.createdUs, i: cursor.id, s: scopeOf(parameters) })).toString('base64url');
  return `${payload}.${mac(payload).toString('base64url')}`;
}

function decodePageToken(token: string, parameters: unknown): Cursor | null {
  if (!token) return null;
  const [payload, signature, extra] = token.split('.');
  if (!payload || !signature || extra !== undefined || !/^[A-Za-z0-9_-]+$/.test(payload)) throw invalidField('page_token', NOT_OURS);
  const sent = Buffer.from(signature, 'base64url');
  if (sent.length !== MAC_BYTES || !timingSafeEqual(sent, mac(payload))) throw invalidField('page_token', NOT_OURS);
  let parsed: unknown;
  try {
    parsed = JSON.parse(Buffer.from(payload, 'base64url').toString('utf8'));
  } catch {
    throw invalidField('page_token', NOT_OURS);
  }
  const { c, i, s } = (parsed !== null && typeof parsed === 'object' ? parsed : {}) as { c?: unknown; i?: unknown; s?: unknown };
  if (typeof c !== 'string' || !/^\d{1,19}$/.test(c) || BigInt(c) > MAX_CURSOR_US || typeof i !== 'string' || typeof s !== 'string') {
    throw invalidField('page_token', NOT_OURS);
  }
  if (s !== scopeOf(parameters)) throw invalidField('page_token', 'was issued for a list with other parameters (filter, query, ...)');
  // The id's shape (uuid or bigint) depends on the list; cursorCondition checks it against the keyset.
  return { createdUs: c, id: i };
}

/** The columns a list is ordered by, newest first: a time and a unique id (SQL expressions). */
export interface Keyset {
  time: string;
  id: string;
  idType: 'uuid' | 'bigint';
}

const ID_SHAPES = { uuid: isUuid, bigint: (id: string) => /^\d{1,19}$/.test(id) };

/** SQL keyset condition "older than the cursor", parameters appended. */
function cursorCondition(cursor: Cursor | null, params: unknown[], keyset: Keyset): string | null {
  if (!cursor) return null;
  if (!ID_SHAPES[keyset.idType](cursor.id)) throw invalidField('page_token', NOT_OURS);
  params.push(cursor.createdUs, cursor.id);
  const at = `timestamptz 'epoch' + $${params.length - 1}::bigint * interval '1 microsecond'`;
  return `(${keyset.time}, ${keyset.id}) < (${at}, $${params.length}::${keyset.idType})`;
}

/** Fetches one row more than the page; returns the page and the next token. */
function page<T extends { created_us: string; id: string }>(rows: T[], size: number, parameters: unknown): { rows: T[]; nextPageToken: string } {
  if (rows.length <= size) return { rows, nextPageToken: '' };
  const kept = rows.slice(0, size);
  const last = kept[kept.length - 1]!;
  return { rows: kept, nextPageToken: encodePageToken({ createdUs: last.created_us, id: last.id }, parameters) };
}

export interface PageQuery {
  /** SELECT ... FROM ... (rows must carry created_us and id). */
  select: string;
  /** Alias of the listed table in `select`. */
  alias: string;
  /** Conditions (ANDed) over `params`. */
  conditions: string[];
  params: unknown[];
  pageSize: number;
  pageToken: string;
  /** The request's other list parameters, which a page token is bound to. */
  scope: unknown;
  /**
   * What the list is ordered by when it is not `${alias}.created_at, ${alias}.id` (a uuid): e.g. a
   * log's own time column or a bigint id. Rows still carry the time as created_us and the id as id.
   */
  keyset?: Keyset;
}

/** One page, newest first, and the token of the next. */
export async function fetchPage<T extends { created_us: string; id: string }>(
  db: Pool | PoolClient,
  query: PageQuery,
): Promise<{ rows: T[]; nextPageToken: string }> {
  const size = pageSize(query.pageSize);
  const params = [...query.params];
  const conditions = [...query.conditions];
  const keyset = query.keyset ?? { time: `${query.alias}.created_at`, id: `${query.alias}.id`, idType: 'uuid' };
  const after = cursorCondition(decodePageToken(query.pageToken, query.scope), params, keyset);
  if (after) conditions.push(after);
  params.push(size + 1);
  const where = conditions.length ? `WHERE ${conditions.join(' AND ')}` : '';
  const { rows } = await db.query<T>(`${query.select} ${where} ORDER BY ${keyset.time} DESC, ${keyset.id} DESC LIMIT $${params.length}`, params);
  return page(rows, size, query.scope);
}
