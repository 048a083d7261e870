// Original file: proto/swarmgate/control/v1/moderation.proto

export const AppealStatus = {
  APPEAL_STATUS_UNSPECIFIED: 'APPEAL_STATUS_UNSPECIFIED',
  APPEAL_STATUS_PENDING: 'APPEAL_STATUS_PENDING',
  APPEAL_STATUS_ACCEPTED: 'APPEAL_STATUS_ACCEPTED',
  APPEAL_STATUS_REJECTED: 'APPEAL_STATUS_REJECTED',
} as const;

export type AppealStatus =
  | 'APPEAL_STATUS_UNSPECIFIED'
  | 0
  | 'APPEAL_STATUS_PENDING'
  | 1
  | 'APPEAL_STATUS_ACCEPTED'
  | 2
  | 'APPEAL_STATUS_REJECTED'
  | 3

export type AppealStatus__Output = typeof AppealStatus[keyof typeof AppealStatus]
