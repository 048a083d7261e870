// Original file: proto/swarmgate/control/v1/pool.proto

export const PoolKeyHealth = {
  POOL_KEY_HEALTH_UNSPECIFIED: 'POOL_KEY_HEALTH_UNSPECIFIED',
  POOL_KEY_HEALTH_HEALTHY: 'POOL_KEY_HEALTH_HEALTHY',
  POOL_KEY_HEALTH_DEGRADED: 'POOL_KEY_HEALTH_DEGRADED',
  POOL_KEY_HEALTH_FAILING: 'POOL_KEY_HEALTH_FAILING',
  POOL_KEY_HEALTH_DISABLED: 'POOL_KEY_HEALTH_DISABLED',
} as const;

export type PoolKeyHealth =
  | 'POOL_KEY_HEALTH_UNSPECIFIED'
  | 0
  | 'POOL_KEY_HEALTH_HEALTHY'
  | 1
  | 'POOL_KEY_HEALTH_DEGRADED'
  | 2
  | 'POOL_KEY_HEALTH_FAILING'
  | 3
  | 'POOL_KEY_HEALTH_DISABLED'
  | 4

export type PoolKeyHealth__Output = typeof PoolKeyHealth[keyof typeof PoolKeyHealth]
