// Original file: proto/swarmgate/control/v1/indexers.proto


export interface SyncIndexersResponse {
  'created'?: (number);
  'updated'?: (number);
  'snapshots'?: (number);
}

export interface SyncIndexersResponse__Output {
  'created': (number);
  'updated': (number);
  'snapshots': (number);
}
