// Original file: proto/swarmgate/control/v1/moderation.proto

import type { ReportStatus as _swarmgate_control_v1_ReportStatus, ReportStatus__Output as _swarmgate_control_v1_ReportStatus__Output } from '../../../swarmgate/control/v1/ReportStatus.js';

export interface ResolveReportRequest {
  'name'?: (string);
  'status'?: (_swarmgate_control_v1_ReportStatus);
  'resolution'?: (string);
  'etag'?: (string);
}

export interface ResolveReportRequest__Output {
  'name': (string);
  'status': (_swarmgate_control_v1_ReportStatus__Output);
  'resolution': (string);
  'etag': (string);
}
