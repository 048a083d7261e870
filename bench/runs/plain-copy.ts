/**
 * PostgreSQL's own rate for the peer rows the flush run wrote: the same rows, COPY'd in one stream
 * into a temporary table with no index, constraint or trigger. It is the limit a flush approaches (a
 * flush also upserts into an indexed table, logs every announce and merges the accounting), measured
 * in the same run on the same server, so the two figures are compared under the same contention. In
 * binary format, as the flusher writes (engine/flush/copy-binary.ts): its fastest form.
 */
import { pipeline } from 'node:stream/promises';
import { Readable } from 'node:stream';
import type pg from 'pg';
import { from as copyFrom, to as copyTo } from 'pg-copy-streams';
import { sampleProcess } from '../support/process-stats.js';

export interface PlainCopy {
  rows: number;
  seconds: number;
  rowsPerSecond: number;
  /** Backend CPU seconds the COPY took, when the server's /proc can be read (same machine), else null. */
  cpuSeconds: number | null;
}

const COLUMNS = 'torrent_id, user_id, peer_id, ip, port, uploaded, downloaded, "left", is_seeder, is_paused, agent, key, updated_at';

export async function measurePlainCopy(client: pg.Client): Promise<PlainCopy> {
  const chunks: Buffer[] = [];
  await pipeline(client.query(copyTo(`COPY (SELECT ${COLUMNS} FROM peers) TO STDOUT (FORMAT binary)`)), async function* (source: AsyncIterable<Buffer>) {
    for await (const chunk of source) chunks.push(chunk);
  });
  await client.query(`CREATE TEMP TABLE bench_plain_peers AS SELECT ${COLUMNS} FROM peers WITH NO DATA`);
  try {
    const pid = (await client.query<{ pid: number }>('SELECT pg_backend_pid() AS pid')).rows[0]!.pid;
    const cpuBefore = backendCpuSeconds(pid);
    const started = performance.now();
    const copy = client.query(copyFrom(`COPY bench_plain_peers FROM STDIN (FORMAT binary)`));
    await pipeline(Readable.from(chunks), copy);
    const seconds = (performance.now() - started) / 1000;
    const cpuAfter = backendCpuSeconds(pid);
    const rows = Number(copy.rowCount);
    return {
      rows,
      seconds,
      rowsPerSecond: seconds > 0 ? rows / seconds : 0,
      cpuSeconds: cpuBefore === null || cpuAfter === null ? null : cpuAfter - cpuBefore,
    };
  } finally {
    await client.query('DROP TABLE bench_plain_peers');
  }
}

/** CPU seconds of a PostgreSQL backend (null when it is not on this machine). */
function backendCpuSeconds(pid: number): number | null {
  try {
    return sampleProcess(pid).cpuSeconds;
  } catch {
    return null;
  }
}
