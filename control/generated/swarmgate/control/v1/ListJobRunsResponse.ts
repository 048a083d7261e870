// Original file: proto/swarmgate/control/v1/jobs.proto

import type { JobRun as _swarmgate_control_v1_JobRun, JobRun__Output as _swarmgate_control_v1_JobRun__Output } from '../../../swarmgate/control/v1/JobRun.js';

export interface ListJobRunsResponse {
  'runs'?: (_swarmgate_control_v1_JobRun)[];
  'nextPageToken'?: (string);
}

export interface ListJobRunsResponse__Output {
  'runs': (_swarmgate_control_v1_JobRun__Output)[];
  'nextPageToken': (string);
}
