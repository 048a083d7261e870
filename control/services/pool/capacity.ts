/**
 * Pool capacity: the v_pool_status rows (user slots and live streams against each key's maxima, with
 * the pool document's OK / WARNING / CRITICAL computed by the view), one key or all.
 */
import { notFound } from '../../errors/control-error.js';
import { compileFilter, filterValues, type FilterField } from '../../filter.js';
import type { CapacityLevel } from '../../generated/swarmgate/control/v1/CapacityLevel.js';
import type { PoolServiceHandlers } from '../../generated/swarmgate/control/v1/PoolService.js';
import type { PoolStatus } from '../../generated/swarmgate/control/v1/PoolStatus.js';
import { fetchPage } from '../../pagination.js';
import { unary } from '../../server/unary.js';
import type { ServiceDeps } from '../deps.js';
import { HEALTH_FROM_PROTO, HEALTH_TO_PROTO, type PoolKeyRow } from './key-records.js';
import { parsePoolStatusName, poolKeyName, poolStatusName } from './pool-names.js';

type Level = 'OK' | 'WARNING' | 'CRITICAL';

interface PoolStatusRow {
  id: string;
  name: string;
  priority: number;
  status: PoolKeyRow['status'];
  is_active: boolean;
  current_user_slots: number;
  max_user_slots: number;
  current_concurrent_streams: number;
  max_concurrent_streams: number;
  /** numeric: pg sends it as text. */
  slot_utilization_pct: string;
  concurrency_utilization_pct: string;
  slot_status: Level;
  concurrency_status: Level;
  created_us: string;
}

const STATUS_SELECT = `
  SELECT v.pool_key_id AS id, v.name, v.priority, v.status, v.is_active, v.current_user_slots, v.max_user_slots,
         v.current_concurrent_streams, v.max_concurrent_streams, v.slot_utilization_pct, v.concurrency_utilization_pct,
         v.slot_status, v.concurrency_status,
         (extract(epoch FROM p.created_at) * 1000000)::bigint::text AS created_us
  FROM v_pool_status v JOIN torbox_pool p ON p.id = v.pool_key_id`;

const LEVEL_TO_PROTO: Record<Level, CapacityLevel> = { OK: 'CAPACITY_LEVEL_OK', WARNING: 'CAPACITY_LEVEL_WARNING', CRITICAL: 'CAPACITY_LEVEL_CRITICAL' };
const LEVEL_FROM_PROTO = Object.fromEntries(Object.entries(LEVEL_TO_PROTO).map(([level, proto]) => [proto, level]));

const STATUS_FILTER: Record<string, FilterField> = {
  slot_status: { column: 'v.slot_status', operators: ['=', '!='], convert: filterValues.enumeration(LEVEL_FROM_PROTO) },
  concurrency_status: { column: 'v.concurrency_status', operators: ['=', '!='], convert: filterValues.enumeration(LEVEL_FROM_PROTO) },
  health: { column: 'v.status', operators: ['=', '!='], convert: filterValues.enumeration(HEALTH_FROM_PROTO) },
};

function toPoolStatusMessage(row: PoolStatusRow): PoolStatus {
  return {
    name: poolStatusName(row.id),
    poolKey: poolKeyName(row.id),
    displayName: row.name,
    priority: row.priority,
    health: HEALTH_TO_PROTO[row.status],
    active: row.is_active,
    currentUserSlots: row.current_user_slots,
    maxUserSlots: row.max_user_slots,
    currentConcurrentStreams: row.current_concurrent_streams,
    maxConcurrentStreams: row.max_concurrent_streams,
    slotUtilizationPct: Number(row.slot_utilization_pct),
    concurrencyUtilizationPct: Number(row.concurrency_utilization_pct),
    slotStatus: LEVEL_TO_PROTO[row.slot_status],
    concurrencyStatus: LEVEL_TO_PROTO[row.concurrency_status],
  };
}

export function capacityHandlers(deps: ServiceDeps): Pick<PoolServiceHandlers, 'GetPoolStatus' | 'ListPoolStatus'> {
  const { pool } = deps;
  return {
    GetPoolStatus: unary(async (request) => {
      const id = parsePoolStatusName(request.name, 'name');
      const { rows } = await pool.query<PoolStatusRow>(`${STATUS_SELECT} WHERE v.pool_key_id = $1`, [id]);
      if (!rows[0]) throw notFound(poolKeyName(id));
      return toPoolStatusMessage(rows[0]);
    }),

    ListPoolStatus: unary(async (request) => {
      const params: unknown[] = [];
      const conditions = compileFilter(request.filter, STATUS_FILTER, params);
      const result = await fetchPage<PoolStatusRow>(pool, {
        select: STATUS_SELECT,
        alias: 'p',
        conditions,
        params,
        pageSize: request.pageSize,
        pageToken: request.pageToken,
        scope: { filter: request.filter },
      });
      return { statuses: result.rows.map(toPoolStatusMessage), nextPageToken: result.nextPageToken };
    }),
  };
}
