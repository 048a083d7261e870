// Original file: proto/swarmgate/control/v1/jobs.proto

import type { Job as _swarmgate_control_v1_Job, Job__Output as _swarmgate_control_v1_Job__Output } from '../../../swarmgate/control/v1/Job.js';

export interface ListJobsResponse {
  'jobs'?: (_swarmgate_control_v1_Job)[];
}

export interface ListJobsResponse__Output {
  'jobs': (_swarmgate_control_v1_Job__Output)[];
}
