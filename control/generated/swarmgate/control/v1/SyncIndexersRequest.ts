// Original file: proto/swarmgate/control/v1/indexers.proto


export interface SyncIndexersRequest {
}

export interface SyncIndexersRequest__Output {
}
