// Original file: proto/swarmgate/control/v1/moderation.proto

export const WarningSeverity = {
  WARNING_SEVERITY_UNSPECIFIED: 'WARNING_SEVERITY_UNSPECIFIED',
  WARNING_SEVERITY_MINOR: 'WARNING_SEVERITY_MINOR',
  WARNING_SEVERITY_MODERATE: 'WARNING_SEVERITY_MODERATE',
  WARNING_SEVERITY_MAJOR: 'WARNING_SEVERITY_MAJOR',
  WARNING_SEVERITY_SEVERE: 'WARNING_SEVERITY_SEVERE',
} as const;

export type WarningSeverity =
  | 'WARNING_SEVERITY_UNSPECIFIED'
  | 0
  | 'WARNING_SEVERITY_MINOR'
  | 1
  | 'WARNING_SEVERITY_MODERATE'
  | 2
  | 'WARNING_SEVERITY_MAJOR'
  | 3
  | 'WARNING_SEVERITY_SEVERE'
  | 4

export type WarningSeverity__Output = typeof WarningSeverity[keyof typeof WarningSeverity]
