/**
 * List filters: the small subset of AIP-160 the List calls accept, comparisons joined by AND:
 *   group = "member" AND create_time >= "2025-01-01T00:00:00Z"
 * Each List call declares its fields (the SQL column, the operators allowed, how a value converts);
 * anything else is INVALID_ARGUMENT on `filter`, naming what is wrong. Values only ever become
 * query parameters, never SQL text.
 */
import { echo, invalidField } from './errors/control-error.js';

/** Most comparisons one filter may hold (each is a query parameter; PostgreSQL allows 65,535). */
export const MAX_FILTER_COMPARISONS = 32;

/** `table[key]` only when `key` is the table's own entry: never "constructor", "__proto__" or "toString" inherited from Object. */
function own<T>(table: Record<string, T>, key: string): T | undefined {
  return Object.hasOwn(table, key) ? table[key] : undefined;
}

export type Operator = '=' | '!=' | '<' | '<=' | '>' | '>=';

export interface FilterField {
  /** SQL expression compared with the value. */
  column: string;
  operators: Operator[];
  /** The parameter for a value, or a string saying why the value is wrong. */
  convert(value: string): { ok: unknown } | { error: string };
}

const TOKEN = /\s*(?:"((?:[^"\\]|\\.)*)"|(!=|<=|>=|=|<|>)|([^\s"=!<>]+))/y;

type Token = { kind: 'string'; text: string } | { kind: 'operator'; text: Operator } | { kind: 'word'; text: string };

function tokenize(filter: string): Token[] {
  const tokens: Token[] = [];
  TOKEN.lastIndex = 0;
  while (TOKEN.lastIndex < filter.length) {
    if (/^\s*$/.test(filter.slice(TOKEN.lastIndex))) break;
    const at = TOKEN.lastIndex;
    const match = TOKEN.exec(filter);
    if (!match) throw invalidField('filter', `cannot read the filter at character ${at + 1}`);
    if (match[1] !== undefined) tokens.push({ kind: 'string', text: match[1].replace(/\\(.)/g, '$1') });
    else if (match[2] !== undefined) tokens.push({ kind: 'operator', text: match[2] as Operator });
    else tokens.push({ kind: 'word', text: match[3]! });
  }
  return tokens;
}

/** SQL conditions for `filter` (to be ANDed), with their parameters appended to `params`. */
export function compileFilter(filter: string, fields: Record<string, FilterField>, params: unknown[]): string[] {
  const tokens = tokenize(filter);
  const conditions: string[] = [];
  let i = 0;
  while (i < tokens.length) {
    if (conditions.length >= MAX_FILTER_COMPARISONS) throw invalidField('filter', `at most ${MAX_FILTER_COMPARISONS} comparisons`);
    if (conditions.length > 0) {
      if (tokens[i]?.kind !== 'word' || tokens[i]!.text !== 'AND') throw invalidField('filter', 'comparisons must be joined by AND');
      i++;
    }
    const [name, op, value] = [tokens[i], tokens[i + 1], tokens[i + 2]];
    i += 3;
    if (name?.kind !== 'word') throw invalidField('filter', 'expected a field name');
    const field = own(fields, name.text);
    if (!field) throw invalidField('filter', `unknown field "${echo(name.text)}"; known: ${Object.keys(fields).join(', ')}`);
    if (op?.kind !== 'operator') throw invalidField('filter', `expected an operator after "${echo(name.text)}"`);
    if (!field.operators.includes(op.text)) {
      throw invalidField('filter', `"${echo(name.text)}" allows ${field.operators.join(' ')}, not ${op.text}`);
    }
    if (!value || value.kind === 'operator') throw invalidField('filter', `expected a value after "${echo(name.text)} ${op.text}"`);
    const converted = field.convert(value.text);
    if ('error' in converted) throw invalidField('filter', `${name.text}: ${converted.error}`);
    params.push(converted.ok);
    conditions.push(`${field.column} ${op.text === '!=' ? 'IS DISTINCT FROM' : op.text} $${params.length}`);
  }
  return conditions;
}

export const filterValues = {
  text: (value: string) => ({ ok: value }),
  boolean: (value: string) => (value === 'true' || value === 'false' ? { ok: value === 'true' } : { error: 'must be true or false' }),
  timestamp: (value: string) => {
    const date = rfc3339(value);
    return date ? { ok: date } : { error: 'must be an RFC 3339 time that exists, e.g. "2025-01-31T00:00:00Z"' };
  },
  /** A proto enum name mapped to the stored value. */
  enumeration: (mapping: Record<string, string>) => (value: string) => {
    const stored = own(mapping, value);
    return stored !== undefined ? { ok: stored } : { error: `must be one of ${Object.keys(mapping).join(', ')}` };
  },
};

const RFC3339 = /^(\d{4})-(\d{2})-(\d{2})[Tt](\d{2}):(\d{2}):(\d{2})(\.\d{1,9})?([Zz]|[+-](\d{2}):(\d{2}))$/;

/**
 * An RFC 3339 date-time whose fields name a real moment ("2025-02-30" and "25:00" are refused;
 * Date.parse would roll them over), within the years 0001-9999.
 */
function rfc3339(value: string): Date | null {
  const m = RFC3339.exec(value);
  if (!m) return null;
  const [year, month, day, hour, minute, second] = m.slice(1, 7).map(Number) as [number, number, number, number, number, number];
  const daysInMonth = new Date(Date.UTC(2000, month, 0)).getUTCDate() - (month === 2 && !isLeap(year) ? 1 : 0);
  if (year < 1 || month < 1 || month > 12 || day < 1 || day > daysInMonth || hour > 23 || minute > 59 || second > 59) return null;
  if (m[9] !== undefined && (Number(m[9]) > 23 || Number(m[10]) > 59)) return null;
  const ms = Date.parse(value.toUpperCase());
  return Number.isFinite(ms) ? new Date(ms) : null;
}

function isLeap(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}
