// Original file: proto/swarmgate/control/v1/indexers.proto

export const IndexerStatus = {
  INDEXER_STATUS_UNSPECIFIED: 'INDEXER_STATUS_UNSPECIFIED',
  INDEXER_STATUS_OPERATIONAL: 'INDEXER_STATUS_OPERATIONAL',
  INDEXER_STATUS_DEGRADED: 'INDEXER_STATUS_DEGRADED',
  INDEXER_STATUS_DOWN: 'INDEXER_STATUS_DOWN',
} as const;

export type IndexerStatus =
  | 'INDEXER_STATUS_UNSPECIFIED'
  | 0
  | 'INDEXER_STATUS_OPERATIONAL'
  | 1
  | 'INDEXER_STATUS_DEGRADED'
  | 2
  | 'INDEXER_STATUS_DOWN'
  | 3

export type IndexerStatus__Output = typeof IndexerStatus[keyof typeof IndexerStatus]
