/**
 * How swarmgatectl prints: human-readable tables by default, the response as JSON with --json (for
 * scripts), and failed calls as their gRPC code, message and details on stderr.
 */
import { status, type ServiceError } from '@grpc/grpc-js';
import Table from 'cli-table3';
import { statusDetailsOf } from '../../control/client.js';
import { fromTimestamp } from '../../control/timestamps.js';

type Row = Record<string, unknown>;

export function show(value: unknown): string {
  if (value === null || value === undefined || value === '') return '';
  if (typeof value === 'object' && value !== null && 'seconds' in value && 'nanos' in value) {
    return fromTimestamp(value as { seconds: number; nanos: number })?.toISOString() ?? '';
  }
  if (Array.isArray(value)) return value.map(show).join(', ');
  return String(value);
}

/** A byte count for people: "1.5 GiB". */
export function showBytes(bytes: number): string {
  const units = ['B', 'KiB', 'MiB', 'GiB', 'TiB', 'PiB'];
  let value = bytes;
  let unit = 0;
  while (value >= 1024 && unit < units.length - 1) {
    value /= 1024;
    unit++;
  }
  return unit === 0 ? `${bytes} B` : `${value.toFixed(value < 10 ? 1 : 0)} ${units[unit]}`;
}

/** The terminal's width, or 80 when stdout is not a terminal. */
function terminalWidth(): number {
  return process.stdout.isTTY && process.stdout.columns ? process.stdout.columns : 80;
}

/**
 * Column widths that fit the terminal: each column as wide as its widest cell, then the widest
 * columns narrowed (their cells wrap) until the table, borders included, fits.
 */
function fittedWidths(cells: string[][]): number[] {
  const columns = cells[0]?.length ?? 0;
  const widths = Array.from({ length: columns }, (_, c) => Math.max(3, ...cells.map((row) => Math.max(...row[c]!.split('\n').map((l) => l.length)) + 2)));
  const budget = terminalWidth() - (columns + 1);
  while (widths.reduce((a, b) => a + b, 0) > budget) {
    const widest = widths.indexOf(Math.max(...widths));
    if (widths[widest]! <= 8) break;
    widths[widest]!--;
  }
  return widths;
}

function tableOf(head: string[] | null, body: string[][]): string {
  const colWidths = fittedWidths(head ? [head, ...body] : body);
  const table = new Table({ ...(head ? { head } : {}), colWidths, wordWrap: true, wrapOnWordBoundary: false, style: { head: [], border: [] } });
  table.push(...body);
  return table.toString();
}

/** One record as a two-column table of the chosen fields (label -> value), as wide as the terminal. */
export function printRecord(json: boolean, message: object, fields: [label: string, pick: (m: never) => unknown][]): void {
  if (json) return void process.stdout.write(`${JSON.stringify(message, null, 2)}\n`);
  const body = fields.map(([label, pick]) => [label, show((pick as (m: object) => unknown)(message))]);
  process.stdout.write(`${tableOf(null, body)}\n`);
}

/** Many records as a table with one column per field, as wide as the terminal; the next page token under it. */
export function printList(json: boolean, response: object, rows: Row[], columns: [label: string, pick: (r: never) => unknown][], nextPageToken = ''): void {
  if (json) return void process.stdout.write(`${JSON.stringify(response, null, 2)}\n`);
  const body = rows.map((row) => columns.map(([, pick]) => show((pick as (r: Row) => unknown)(row))));
  process.stdout.write(`${tableOf(columns.map(([label]) => label), body)}\n${rows.length} shown${nextPageToken ? `; next page: --page-token ${nextPageToken}` : ''}\n`);
}

export function printFailure(error: unknown): void {
  const grpcError = error as Partial<ServiceError>;
  if (typeof grpcError.code !== 'number') {
    process.stderr.write(`swarmgatectl: ${(error as Error).message}\n`);
    return;
  }
  const details = statusDetailsOf(error);
  const lines = [`swarmgatectl: ${status[grpcError.code]}: ${grpcError.details ?? ''}`];
  if (details?.reason) lines.push(`  reason: ${details.reason}`);
  for (const [key, value] of Object.entries(details?.metadata ?? {})) lines.push(`  ${key}: ${value}`);
  for (const v of details?.fieldViolations ?? []) lines.push(`  field ${v.field}: ${v.description}`);
  if (details?.retryDelaySeconds !== undefined) lines.push(`  retry after: ${details.retryDelaySeconds} s`);
  process.stderr.write(`${lines.join('\n')}\n`);
}
