// Original file: proto/swarmgate/control/v1/moderation.proto

export const WarningKind = {
  WARNING_KIND_UNSPECIFIED: 'WARNING_KIND_UNSPECIFIED',
  WARNING_KIND_MANUAL: 'WARNING_KIND_MANUAL',
  WARNING_KIND_HIT_AND_RUN: 'WARNING_KIND_HIT_AND_RUN',
} as const;

export type WarningKind =
  | 'WARNING_KIND_UNSPECIFIED'
  | 0
  | 'WARNING_KIND_MANUAL'
  | 1
  | 'WARNING_KIND_HIT_AND_RUN'
  | 2

export type WarningKind__Output = typeof WarningKind[keyof typeof WarningKind]
