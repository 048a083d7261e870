// Original file: proto/swarmgate/control/v1/users.proto

export const UserStatus = {
  USER_STATUS_UNSPECIFIED: 'USER_STATUS_UNSPECIFIED',
  USER_STATUS_PENDING: 'USER_STATUS_PENDING',
  USER_STATUS_ENABLED: 'USER_STATUS_ENABLED',
  USER_STATUS_DISABLED: 'USER_STATUS_DISABLED',
} as const;

export type UserStatus =
  | 'USER_STATUS_UNSPECIFIED'
  | 0
  | 'USER_STATUS_PENDING'
  | 1
  | 'USER_STATUS_ENABLED'
  | 2
  | 'USER_STATUS_DISABLED'
  | 3

export type UserStatus__Output = typeof UserStatus[keyof typeof UserStatus]
