// Original file: proto/swarmgate/control/v1/jobs.proto

export const JobRunTrigger = {
  JOB_RUN_TRIGGER_UNSPECIFIED: 'JOB_RUN_TRIGGER_UNSPECIFIED',
  JOB_RUN_TRIGGER_SCHEDULE: 'JOB_RUN_TRIGGER_SCHEDULE',
  JOB_RUN_TRIGGER_MANUAL: 'JOB_RUN_TRIGGER_MANUAL',
} as const;

export type JobRunTrigger =
  | 'JOB_RUN_TRIGGER_UNSPECIFIED'
  | 0
  | 'JOB_RUN_TRIGGER_SCHEDULE'
  | 1
  | 'JOB_RUN_TRIGGER_MANUAL'
  | 2

export type JobRunTrigger__Output = typeof JobRunTrigger[keyof typeof JobRunTrigger]
