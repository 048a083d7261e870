// Original file: proto/swarmgate/control/v1/moderation.proto

import type { Report as _swarmgate_control_v1_Report, Report__Output as _swarmgate_control_v1_Report__Output } from '../../../swarmgate/control/v1/Report.js';

export interface CreateReportRequest {
  'report'?: (_swarmgate_control_v1_Report | null);
}

export interface CreateReportRequest__Output {
  'report': (_swarmgate_control_v1_Report__Output | null);
}
