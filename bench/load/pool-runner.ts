/**
 * Closed-loop stream-lease load against PostgreSQL the pool document's way, as a child process:
 * `concurrency` proxies each start a stream for a random user, heartbeat it, end it, and start
 * again; a refused start (the key at its cap) is an answered operation too. The same mix against
 * the engine's routes is bench/load/wrk-pool.lua. Protocol as grpc-runner.ts: request, READY, GO, result.
 */
import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { percentileOfSorted } from '../support/percentile.js';
import { POOL_RUNNER_GO, POOL_RUNNER_READY, type PoolRunnerRequest, type PoolRunnerResult } from './pool-runner-protocol.js';

interface Session {
  /** Starts a stream: a handle for its heartbeats and end, or null when refused at the cap. */
  start(user: number): Promise<string | null>;
  heartbeat(handle: string): Promise<void>;
  end(handle: string): Promise<void>;
  close(): Promise<void>;
}

function nextMessage(): Promise<unknown> {
  return new Promise((resolve) => process.once('message', resolve));
}

/** The pool document's concurrency check, as written (locked: false) or under a row lock on the key. */
function sqlSession(r: PoolRunnerRequest, client: pg.Client, locked: boolean): Session {
  return {
    async start(user) {
      const { keyId, slotId } = r.slots[user]!;
      await client.query('BEGIN');
      try {
        if (locked) await client.query('SELECT 1 FROM torbox_pool WHERE id = $1 FOR UPDATE', [keyId]);
        const { rows } = await client.query<{ n: number }>(
          'SELECT count(*)::int AS n FROM torbox_concurrency_log WHERE pool_key_id = $1 AND stream_ended_at IS NULL',
          [keyId],
        );
        if (rows[0]!.n >= r.cap) {
          await client.query('COMMIT');
          return null;
        }
        const id = (
          await client.query<{ id: string }>(
            `INSERT INTO torbox_concurrency_log (pool_key_id, user_id, slot_id, device_id, stream_started_at, last_heartbeat_at, stream_type, imdb_id)
             VALUES ($1, $2, $3, 'bench', clock_timestamp(), clock_timestamp(), 'movie', 'tt0111161') RETURNING id::text || '/' || stream_started_at::text AS id`,
            [keyId, r.userIds[user], slotId],
          )
        ).rows[0]!.id;
        await client.query('COMMIT');
        return id;
      } catch (err) {
        await client.query('ROLLBACK');
        throw err;
      }
    },
    async heartbeat(handle) {
      const [id, started] = handle.split('/');
      await client.query('UPDATE torbox_concurrency_log SET last_heartbeat_at = clock_timestamp() WHERE id = $1 AND stream_started_at = $2', [id, started]);
    },
    async end(handle) {
      const [id, started] = handle.split('/');
      await client.query(
        `UPDATE torbox_concurrency_log SET stream_ended_at = clock_timestamp(), end_reason = 'stopped',
           duration_seconds = floor(extract(epoch FROM clock_timestamp() - stream_started_at))::int
         WHERE id = $1 AND stream_started_at = $2`,
        [id, started],
      );
    },
    async close() {
      await client.end();
    },
  };
}

async function run(r: PoolRunnerRequest): Promise<PoolRunnerResult> {
  const sessions: Session[] = [];
  for (let i = 0; i < r.concurrency; i++) {
    const client = new pg.Client({ connectionString: r.databaseUrl });
    await client.connect();
    sessions.push(sqlSession(r, client, r.mode === 'sql-locked'));
  }
  const go = nextMessage();
  process.send!(POOL_RUNNER_READY);
  if ((await go) !== POOL_RUNNER_GO) throw new Error('expected the go message');

  const latencies: number[] = [];
  let started = 0;
  let refused = 0;
  let errors = 0;
  let firstError: string | null = null;
  const seed = randomBytes(4).readUInt32LE(0);
  const cpuBefore = process.cpuUsage();
  const begin = performance.now();
  const deadline = begin + r.seconds * 1000;
  const timed = async <T>(op: () => Promise<T>): Promise<T> => {
    const t = performance.now();
    const value = await op();
    latencies.push(performance.now() - t);
    return value;
  };
  const proxy = async (session: Session, n: number) => {
    let state = (seed + n * 2_654_435_761) >>> 0;
    while (performance.now() < deadline) {
      state = (Math.imul(state, 1_103_515_245) + 12_345) >>> 0;
      const user = state % r.userIds.length;
      try {
        const handle = await timed(() => session.start(user));
        if (handle === null) {
          refused++;
          continue;
        }
        started++;
        for (let h = 0; h < r.heartbeats; h++) await timed(() => session.heartbeat(handle));
        await timed(() => session.end(handle));
      } catch (err) {
        errors++;
        firstError ??= (err as Error).message;
      }
    }
  };
  await Promise.all(sessions.map((session, n) => proxy(session, n)));
  const seconds = (performance.now() - begin) / 1000;
  const cpu = process.cpuUsage(cpuBefore);
  await Promise.all(sessions.map((s) => s.close()));
  const sorted = Float64Array.from(latencies).sort();
  return {
    seconds,
    operations: latencies.length,
    started,
    refused,
    errors,
    firstError,
    latencyMs: { p50: percentileOfSorted(sorted, 50), p99: percentileOfSorted(sorted, 99), max: sorted.at(-1) ?? 0 },
    cpuSeconds: (cpu.user + cpu.system) / 1e6,
  };
}

process.once('message', (request: PoolRunnerRequest) => {
  run(request).then(
    (result) => {
      process.send!(result);
      process.disconnect();
    },
    (err: unknown) => {
      process.send!({ failed: (err as Error).stack ?? String(err) });
      process.disconnect();
    },
  );
});
