// Original file: proto/swarmgate/control/v1/moderation.proto

import type { Report as _swarmgate_control_v1_Report, Report__Output as _swarmgate_control_v1_Report__Output } from '../../../swarmgate/control/v1/Report.js';

export interface ListReportsResponse {
  'reports'?: (_swarmgate_control_v1_Report)[];
  'nextPageToken'?: (string);
}

export interface ListReportsResponse__Output {
  'reports': (_swarmgate_control_v1_Report__Output)[];
  'nextPageToken': (string);
}
