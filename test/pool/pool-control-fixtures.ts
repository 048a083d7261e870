/**
 * Fixtures for the pool's control-plane tests: a master key, a pino logger whose every line is kept
 * (to prove no secret is logged), accounts inserted directly, and stream / log rows written the way
 * the engine's flush writes them.
 */
import { randomBytes } from 'node:crypto';
import { Writable } from 'node:stream';
import { pino } from 'pino';
import type { Logger } from '../../core/log.js';
import { generatePasskey } from '../../control/credentials.js';
import type { TestDatabase } from '../support/database.js';

export const MASTER_KEY = randomBytes(32).toString('base64');

/** A logger at trace level that keeps every line it writes. */
export function capturingLogger(): { log: Logger; lines: string[] } {
  const lines: string[] = [];
  const sink = new Writable({
    write(chunk: Buffer, _encoding, done) {
      lines.push(chunk.toString());
      done();
    },
  });
  return { log: pino({ level: 'trace' }, sink), lines };
}

let users = 0;

/** An account in `group` (enabled unless told), inserted as the control plane stores it. */
export async function insertUser(db: TestDatabase, options: { group?: string; status?: string } = {}): Promise<string> {
  const username = `slot_user_${process.pid}_${++users}`;
  const { rows: [row] } = await db.pool.query<{ id: string }>(
    `INSERT INTO users (username, email, passkey, group_id, status) VALUES ($1, $2, $3, (SELECT id FROM user_groups WHERE name = $4), $5) RETURNING id`,
    [username, `${username}@example.test`, generatePasskey(), options.group ?? 'member', options.status ?? 'enabled'],
  );
  return row!.id;
}

/** A live (or ended) stream lease row, as the engine's flush writes it; returns the lease id. */
export async function insertStream(
  db: TestDatabase,
  stream: { poolKeyId: string; userId: string | null; slotId?: string | null; startedAt?: Date; endedAt?: Date | null; deviceId?: string },
): Promise<string> {
  const { rows: [row] } = await db.pool.query<{ id: string }>(
    `INSERT INTO torbox_concurrency_log (pool_key_id, user_id, slot_id, device_id, stream_started_at, stream_ended_at, last_heartbeat_at, end_reason, stream_type, imdb_id, torrent_hash)
     VALUES ($1, $2, $3, $4, $5, $6, $5, CASE WHEN $6::timestamptz IS NULL THEN NULL ELSE 'stopped' END, 'movie', 'tt0133093', $7) RETURNING id`,
    [stream.poolKeyId, stream.userId, stream.slotId ?? null, stream.deviceId ?? 'device-1', stream.startedAt ?? new Date(), stream.endedAt ?? null, randomBytes(20)],
  );
  return row!.id;
}

/** A usage-log row as the engine records a proxy's report. */
export async function insertUsageLog(
  db: TestDatabase,
  log: { poolKeyId: string; userId?: string | null; at: Date; ok: boolean; status?: number; ms?: number | null; endpoint?: string },
): Promise<void> {
  await db.pool.query(
    `INSERT INTO torbox_usage_logs (occurred_at, pool_key_id, user_id, endpoint, status_code, response_time_ms, was_successful, error_type)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8)`,
    [log.at, log.poolKeyId, log.userId ?? null, log.endpoint ?? '/v1/api/torrents/requestdl', log.status ?? (log.ok ? 200 : 500), log.ms === undefined ? 100 : log.ms, log.ok, log.ok ? null : 'http_error'],
  );
}
