// Original file: proto/swarmgate/control/v1/moderation.proto

export const BanSource = {
  BAN_SOURCE_UNSPECIFIED: 'BAN_SOURCE_UNSPECIFIED',
  BAN_SOURCE_STAFF: 'BAN_SOURCE_STAFF',
  BAN_SOURCE_WARNINGS: 'BAN_SOURCE_WARNINGS',
  BAN_SOURCE_HIT_AND_RUN: 'BAN_SOURCE_HIT_AND_RUN',
  BAN_SOURCE_RATIO_WATCH: 'BAN_SOURCE_RATIO_WATCH',
} as const;

export type BanSource =
  | 'BAN_SOURCE_UNSPECIFIED'
  | 0
  | 'BAN_SOURCE_STAFF'
  | 1
  | 'BAN_SOURCE_WARNINGS'
  | 2
  | 'BAN_SOURCE_HIT_AND_RUN'
  | 3
  | 'BAN_SOURCE_RATIO_WATCH'
  | 4

export type BanSource__Output = typeof BanSource[keyof typeof BanSource]
