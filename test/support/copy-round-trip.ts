/**
 * What PostgreSQL reads from the flush encoder's binary COPY data: the data is COPY'd into a table
 * shaped like its target (the writer's own staging tables, or the announce log's and the credit
 * refusals' columns), read back with COPY ... TO in text format (times in UTC), and rolled back. So
 * encoding tests check the values the server stores, not the bytes the encoder meant to write.
 */
import { Writable, Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { from as copyFrom, to as copyTo } from 'pg-copy-streams';
import type { Pool } from '../../core/db.js';
import { ANNOUNCES_COPY } from '../../engine/flush/announce-log.js';
import { STAGING_TABLES } from '../../engine/flush/batch-writer.js';
import { CREDIT_REFUSALS_COPY } from '../../engine/flush/credit-refusals.js';

export type CopyTarget = 'sg_peers' | 'sg_gone_peers' | 'sg_users' | 'sg_history' | 'sg_torrents' | 'sg_snatches' | 'announces' | 'credit_refusals';

/** A temporary table with the columns, in order, of a COPY target given as `table (columns)`. */
function likeTarget(copyTarget: string): string {
  const open = copyTarget.indexOf('(');
  const table = copyTarget.slice(0, open).trim();
  const columns = copyTarget.slice(open + 1, copyTarget.lastIndexOf(')'));
  return `CREATE TEMP TABLE round_trip ON COMMIT DROP AS SELECT ${columns} FROM ${table} WITH NO DATA`;
}

/** The rows `data` stores in `target`, each as its COPY text fields (NULL is `\N`). */
export async function copyRoundTrip(pool: Pool, target: CopyTarget, data: Uint8Array): Promise<string[][]> {
  if (data.byteLength === 0) return [];
  const client = await pool.connect();
  try {
    await client.query('BEGIN');
    await client.query(`SET LOCAL TimeZone = 'UTC'`);
    let table: string = target;
    if (target === 'announces') await client.query(likeTarget(ANNOUNCES_COPY));
    else if (target === 'credit_refusals') await client.query(likeTarget(CREDIT_REFUSALS_COPY));
    else await client.query(STAGING_TABLES);
    if (target === 'announces' || target === 'credit_refusals') table = 'round_trip';
    await pipeline(Readable.from([Buffer.from(data.buffer, data.byteOffset, data.byteLength)]), client.query(copyFrom(`COPY ${table} FROM STDIN (FORMAT binary)`)));
    const chunks: Buffer[] = [];
    const sink = new Writable({
      write(chunk: Buffer, _encoding, done) {
        chunks.push(chunk);
        done();
      },
    });
    await pipeline(client.query(copyTo(`COPY ${table} TO STDOUT`)), sink);
    return Buffer.concat(chunks).toString('utf8').split('\n').filter(Boolean).map((line) => line.split('\t'));
  } finally {
    await client.query('ROLLBACK').catch(() => undefined);
    client.release();
  }
}
