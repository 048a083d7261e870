// Original file: proto/swarmgate/control/v1/pool.proto

import type { PoolHealthCheck as _swarmgate_control_v1_PoolHealthCheck, PoolHealthCheck__Output as _swarmgate_control_v1_PoolHealthCheck__Output } from '../../../swarmgate/control/v1/PoolHealthCheck.js';

export interface ListHealthChecksResponse {
  'healthChecks'?: (_swarmgate_control_v1_PoolHealthCheck)[];
  'nextPageToken'?: (string);
}

export interface ListHealthChecksResponse__Output {
  'healthChecks': (_swarmgate_control_v1_PoolHealthCheck__Output)[];
  'nextPageToken': (string);
}
