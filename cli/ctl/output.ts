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

/** One record as a two-column table of the chosen fields (label -> value). */
export function printRecord(json: boolean, message: object, fields: [label: string, pick: (m: never) => unknown][]): void {
  if (json) return void process.stdout.write(`${JSON.stringify(message, null, 2)}\n`);
  const table = new Table({ style: { head: [], border: [] } });
  for (const [label, pick] of fields) table.push({ [label]: show((pick as (m: object) => unknown)(message)) });
  process.stdout.write(`${table.toString()}\n`);
}

/** Many records as a table with one column per field; the next page token under it. */
export function printList(json: boolean, response: object, rows: Row[], columns: [label: string, pick: (r: never) => unknown][], nextPageToken = ''): void {
  if (json) return void process.stdout.write(`${JSON.stringify(response, null, 2)}\n`);
  const table = new Table({ head: columns.map(([label]) => label), style: { head: [], border: [] } });
  for (const row of rows) table.push(columns.map(([, pick]) => show((pick as (r: Row) => unknown)(row))));
  process.stdout.write(`${table.toString()}\n${rows.length} shown${nextPageToken ? `; next page: --page-token ${nextPageToken}` : ''}\n`);
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
