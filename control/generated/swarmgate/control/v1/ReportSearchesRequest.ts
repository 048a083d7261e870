// Original file: proto/swarmgate/control/v1/indexers.proto

import type { ReportedSearch as _swarmgate_control_v1_ReportedSearch, ReportedSearch__Output as _swarmgate_control_v1_ReportedSearch__Output } from '../../../swarmgate/control/v1/ReportedSearch.js';

export interface ReportSearchesRequest {
  'batchId'?: (string);
  'searches'?: (_swarmgate_control_v1_ReportedSearch)[];
}

export interface ReportSearchesRequest__Output {
  'batchId': (string);
  'searches': (_swarmgate_control_v1_ReportedSearch__Output)[];
}
