// Original file: proto/swarmgate/control/v1/pool.proto

import type { PoolUsageLog as _swarmgate_control_v1_PoolUsageLog, PoolUsageLog__Output as _swarmgate_control_v1_PoolUsageLog__Output } from '../../../swarmgate/control/v1/PoolUsageLog.js';

export interface ListUsageLogsResponse {
  'usageLogs'?: (_swarmgate_control_v1_PoolUsageLog)[];
  'nextPageToken'?: (string);
}

export interface ListUsageLogsResponse__Output {
  'usageLogs': (_swarmgate_control_v1_PoolUsageLog__Output)[];
  'nextPageToken': (string);
}
