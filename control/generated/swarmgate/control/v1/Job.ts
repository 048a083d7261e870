// Original file: proto/swarmgate/control/v1/jobs.proto

import type { JobRun as _swarmgate_control_v1_JobRun, JobRun__Output as _swarmgate_control_v1_JobRun__Output } from '../../../swarmgate/control/v1/JobRun.js';
import type { Timestamp as _google_protobuf_Timestamp, Timestamp__Output as _google_protobuf_Timestamp__Output } from '../../../google/protobuf/Timestamp.js';

export interface Job {
  'name'?: (string);
  'description'?: (string);
  'schedule'?: (string);
  'defaultSchedule'?: (string);
  'enabled'?: (boolean);
  'heavy'?: (boolean);
  'lastRun'?: (_swarmgate_control_v1_JobRun | null);
  'nextRunTime'?: (_google_protobuf_Timestamp | null);
}

export interface Job__Output {
  'name': (string);
  'description': (string);
  'schedule': (string);
  'defaultSchedule': (string);
  'enabled': (boolean);
  'heavy': (boolean);
  'lastRun': (_swarmgate_control_v1_JobRun__Output | null);
  'nextRunTime': (_google_protobuf_Timestamp__Output | null);
}
