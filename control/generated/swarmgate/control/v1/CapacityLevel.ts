// Original file: proto/swarmgate/control/v1/pool.proto

export const CapacityLevel = {
  CAPACITY_LEVEL_UNSPECIFIED: 'CAPACITY_LEVEL_UNSPECIFIED',
  CAPACITY_LEVEL_OK: 'CAPACITY_LEVEL_OK',
  CAPACITY_LEVEL_WARNING: 'CAPACITY_LEVEL_WARNING',
  CAPACITY_LEVEL_CRITICAL: 'CAPACITY_LEVEL_CRITICAL',
} as const;

export type CapacityLevel =
  | 'CAPACITY_LEVEL_UNSPECIFIED'
  | 0
  | 'CAPACITY_LEVEL_OK'
  | 1
  | 'CAPACITY_LEVEL_WARNING'
  | 2
  | 'CAPACITY_LEVEL_CRITICAL'
  | 3

export type CapacityLevel__Output = typeof CapacityLevel[keyof typeof CapacityLevel]
