// Original file: proto/swarmgate/control/v1/pool.proto

import type { PoolStream as _swarmgate_control_v1_PoolStream, PoolStream__Output as _swarmgate_control_v1_PoolStream__Output } from '../../../swarmgate/control/v1/PoolStream.js';

export interface ListLiveStreamsResponse {
  'streams'?: (_swarmgate_control_v1_PoolStream)[];
  'nextPageToken'?: (string);
}

export interface ListLiveStreamsResponse__Output {
  'streams': (_swarmgate_control_v1_PoolStream__Output)[];
  'nextPageToken': (string);
}
