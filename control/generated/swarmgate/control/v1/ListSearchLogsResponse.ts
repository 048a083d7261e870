// Original file: proto/swarmgate/control/v1/indexers.proto

import type { SearchLog as _swarmgate_control_v1_SearchLog, SearchLog__Output as _swarmgate_control_v1_SearchLog__Output } from '../../../swarmgate/control/v1/SearchLog.js';

export interface ListSearchLogsResponse {
  'searches'?: (_swarmgate_control_v1_SearchLog)[];
  'nextPageToken'?: (string);
}

export interface ListSearchLogsResponse__Output {
  'searches': (_swarmgate_control_v1_SearchLog__Output)[];
  'nextPageToken': (string);
}
