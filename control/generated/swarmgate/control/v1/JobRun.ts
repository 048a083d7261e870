// Original file: proto/swarmgate/control/v1/jobs.proto

import type { JobRunState as _swarmgate_control_v1_JobRunState, JobRunState__Output as _swarmgate_control_v1_JobRunState__Output } from '../../../swarmgate/control/v1/JobRunState.js';
import type { JobRunTrigger as _swarmgate_control_v1_JobRunTrigger, JobRunTrigger__Output as _swarmgate_control_v1_JobRunTrigger__Output } from '../../../swarmgate/control/v1/JobRunTrigger.js';
import type { Timestamp as _google_protobuf_Timestamp, Timestamp__Output as _google_protobuf_Timestamp__Output } from '../../../google/protobuf/Timestamp.js';
import type { Long } from '@grpc/proto-loader';

export interface JobRun {
  'name'?: (string);
  'job'?: (string);
  'state'?: (_swarmgate_control_v1_JobRunState);
  'trigger'?: (_swarmgate_control_v1_JobRunTrigger);
  'startTime'?: (_google_protobuf_Timestamp | null);
  'endTime'?: (_google_protobuf_Timestamp | null);
  'rowsAffected'?: (number | string | Long);
  'error'?: (string);
  'detailsJson'?: (string);
  'owner'?: (string);
}

export interface JobRun__Output {
  'name': (string);
  'job': (string);
  'state': (_swarmgate_control_v1_JobRunState__Output);
  'trigger': (_swarmgate_control_v1_JobRunTrigger__Output);
  'startTime': (_google_protobuf_Timestamp__Output | null);
  'endTime': (_google_protobuf_Timestamp__Output | null);
  'rowsAffected': (number);
  'error': (string);
  'detailsJson': (string);
  'owner': (string);
}
