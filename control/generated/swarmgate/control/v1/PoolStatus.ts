// Original file: proto/swarmgate/control/v1/pool.proto

import type { PoolKeyHealth as _swarmgate_control_v1_PoolKeyHealth, PoolKeyHealth__Output as _swarmgate_control_v1_PoolKeyHealth__Output } from '../../../swarmgate/control/v1/PoolKeyHealth.js';
import type { CapacityLevel as _swarmgate_control_v1_CapacityLevel, CapacityLevel__Output as _swarmgate_control_v1_CapacityLevel__Output } from '../../../swarmgate/control/v1/CapacityLevel.js';

export interface PoolStatus {
  'name'?: (string);
  'poolKey'?: (string);
  'displayName'?: (string);
  'priority'?: (number);
  'health'?: (_swarmgate_control_v1_PoolKeyHealth);
  'active'?: (boolean);
  'currentUserSlots'?: (number);
  'maxUserSlots'?: (number);
  'currentConcurrentStreams'?: (number);
  'maxConcurrentStreams'?: (number);
  'slotUtilizationPct'?: (number | string);
  'concurrencyUtilizationPct'?: (number | string);
  'slotStatus'?: (_swarmgate_control_v1_CapacityLevel);
  'concurrencyStatus'?: (_swarmgate_control_v1_CapacityLevel);
}

export interface PoolStatus__Output {
  'name': (string);
  'poolKey': (string);
  'displayName': (string);
  'priority': (number);
  'health': (_swarmgate_control_v1_PoolKeyHealth__Output);
  'active': (boolean);
  'currentUserSlots': (number);
  'maxUserSlots': (number);
  'currentConcurrentStreams': (number);
  'maxConcurrentStreams': (number);
  'slotUtilizationPct': (number);
  'concurrencyUtilizationPct': (number);
  'slotStatus': (_swarmgate_control_v1_CapacityLevel__Output);
  'concurrencyStatus': (_swarmgate_control_v1_CapacityLevel__Output);
}
