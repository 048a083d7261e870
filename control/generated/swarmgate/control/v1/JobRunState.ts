// Original file: proto/swarmgate/control/v1/jobs.proto

export const JobRunState = {
  JOB_RUN_STATE_UNSPECIFIED: 'JOB_RUN_STATE_UNSPECIFIED',
  JOB_RUN_STATE_RUNNING: 'JOB_RUN_STATE_RUNNING',
  JOB_RUN_STATE_SUCCEEDED: 'JOB_RUN_STATE_SUCCEEDED',
  JOB_RUN_STATE_FAILED: 'JOB_RUN_STATE_FAILED',
  JOB_RUN_STATE_ABORTED: 'JOB_RUN_STATE_ABORTED',
} as const;

export type JobRunState =
  | 'JOB_RUN_STATE_UNSPECIFIED'
  | 0
  | 'JOB_RUN_STATE_RUNNING'
  | 1
  | 'JOB_RUN_STATE_SUCCEEDED'
  | 2
  | 'JOB_RUN_STATE_FAILED'
  | 3
  | 'JOB_RUN_STATE_ABORTED'
  | 4

export type JobRunState__Output = typeof JobRunState[keyof typeof JobRunState]
