// Original file: proto/swarmgate/control/v1/moderation.proto

export const BanType = {
  BAN_TYPE_UNSPECIFIED: 'BAN_TYPE_UNSPECIFIED',
  BAN_TYPE_ACCOUNT: 'BAN_TYPE_ACCOUNT',
  BAN_TYPE_IP: 'BAN_TYPE_IP',
  BAN_TYPE_EMAIL: 'BAN_TYPE_EMAIL',
  BAN_TYPE_UPLOAD: 'BAN_TYPE_UPLOAD',
  BAN_TYPE_DOWNLOAD: 'BAN_TYPE_DOWNLOAD',
  BAN_TYPE_CHAT: 'BAN_TYPE_CHAT',
  BAN_TYPE_FORUM: 'BAN_TYPE_FORUM',
} as const;

export type BanType =
  | 'BAN_TYPE_UNSPECIFIED'
  | 0
  | 'BAN_TYPE_ACCOUNT'
  | 1
  | 'BAN_TYPE_IP'
  | 2
  | 'BAN_TYPE_EMAIL'
  | 3
  | 'BAN_TYPE_UPLOAD'
  | 4
  | 'BAN_TYPE_DOWNLOAD'
  | 5
  | 'BAN_TYPE_CHAT'
  | 6
  | 'BAN_TYPE_FORUM'
  | 7

export type BanType__Output = typeof BanType[keyof typeof BanType]
