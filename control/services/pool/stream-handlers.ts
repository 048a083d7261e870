/**
 * Live streams as PostgreSQL knows them (torbox_concurrency_log rows not yet ended; the engine writes
 * lease starts and ends with its flush, so the list can trail the engine by one flush interval), and
 * EndStream, which asks the engine to end one: the audit row in a transaction, then the
 * pool_stream.end_requested event. The engine frees the stream and flushes its end.
 */
import { failedPrecondition, notFound } from '../../errors/control-error.js';
import { compileFilter, filterValues, type FilterField } from '../../filter.js';
import type { PoolServiceHandlers } from '../../generated/swarmgate/control/v1/PoolService.js';
import type { PoolStream } from '../../generated/swarmgate/control/v1/PoolStream.js';
import { mutate } from '../../mutation.js';
import { fetchPage } from '../../pagination.js';
import { userName } from '../../resource-names.js';
import { unary } from '../../server/unary.js';
import { toTimestamp } from '../../timestamps.js';
import type { ServiceDeps } from '../deps.js';
import { poolFilterValues } from './pool-filters.js';
import { parsePoolKeyParent, parseStreamName, poolKeyName, slotName, streamName } from './pool-names.js';

interface StreamRow {
  id: string;
  pool_key_id: string;
  user_id: string | null;
  slot_id: string | null;
  slot_number: number | null;
  device_id: string | null;
  stream_started_at: Date;
  stream_ended_at: Date | null;
  last_heartbeat_at: Date | null;
  stream_type: string | null;
  imdb_id: string | null;
  torrent_hash: Buffer | null;
  created_us: string;
}

const STREAM_SELECT = `
  SELECT c.id, c.pool_key_id, c.user_id, c.slot_id, s.slot_number, c.device_id, c.stream_started_at, c.stream_ended_at,
         c.last_heartbeat_at, c.stream_type, c.imdb_id, c.torrent_hash,
         (extract(epoch FROM c.stream_started_at) * 1000000)::bigint::text AS created_us
  FROM torbox_concurrency_log c
  LEFT JOIN torbox_slots s ON s.id = c.slot_id`;

const STREAM_FILTER: Record<string, FilterField> = {
  user: { column: 'c.user_id', operators: ['='], convert: poolFilterValues.user },
  start_time: { column: 'c.stream_started_at', operators: ['<', '<=', '>', '>='], convert: filterValues.timestamp },
};

function toPoolStreamMessage(row: StreamRow): PoolStream {
  return {
    name: streamName(row.id),
    leaseId: row.id,
    poolKey: poolKeyName(row.pool_key_id),
    user: row.user_id ? userName(row.user_id) : '',
    slot: row.slot_number !== null ? slotName(row.pool_key_id, row.slot_number) : '',
    deviceId: row.device_id ?? '',
    startTime: toTimestamp(row.stream_started_at),
    lastHeartbeatTime: toTimestamp(row.last_heartbeat_at),
    streamType: row.stream_type ?? '',
    imdbId: row.imdb_id ?? '',
    torrentHash: row.torrent_hash?.toString('hex') ?? '',
  };
}

export function streamHandlers(deps: ServiceDeps): Pick<PoolServiceHandlers, 'ListLiveStreams' | 'EndStream'> {
  const { pool, bus } = deps;
  return {
    ListLiveStreams: unary(async (request) => {
      const poolKeyId = parsePoolKeyParent(request.parent, 'parent');
      const params: unknown[] = [];
      const conditions = ['c.stream_ended_at IS NULL', ...compileFilter(request.filter, STREAM_FILTER, params)];
      if (poolKeyId) {
        params.push(poolKeyId);
        conditions.push(`c.pool_key_id = $${params.length}`);
      }
      const result = await fetchPage<StreamRow>(pool, {
        select: STREAM_SELECT,
        alias: 'c',
        keyset: { time: 'c.stream_started_at', id: 'c.id', idType: 'uuid' },
        conditions,
        params,
        pageSize: request.pageSize,
        pageToken: request.pageToken,
        scope: { parent: poolKeyId, filter: request.filter },
      });
      return { streams: result.rows.map(toPoolStreamMessage), nextPageToken: result.nextPageToken };
    }),

    EndStream: unary(async (request, context) => {
      const leaseId = parseStreamName(request.name, 'name');
      const stream = await mutate(pool, bus, context, async ({ tx, audit, publish }) => {
        const { rows: [row] } = await tx.query<StreamRow>(`${STREAM_SELECT} WHERE c.id = $1`, [leaseId]);
        if (!row) throw notFound(streamName(leaseId));
        if (row.stream_ended_at) throw failedPrecondition('STREAM_ENDED', `${streamName(leaseId)} ended at ${row.stream_ended_at.toISOString()}`);
        const message = toPoolStreamMessage(row);
        await audit({
          action: 'pool_stream.end',
          entityType: 'pool_stream',
          entityId: leaseId,
          before: { pool_key: message.poolKey, user: message.user || null, slot: message.slot || null, device_id: row.device_id, started_at: row.stream_started_at.toISOString() },
        });
        publish({ type: 'pool_stream.end_requested', leaseId });
        return message;
      });
      return stream;
    }),
  };
}
