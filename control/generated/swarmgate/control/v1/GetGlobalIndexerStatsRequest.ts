// Original file: proto/swarmgate/control/v1/indexers.proto


export interface GetGlobalIndexerStatsRequest {
}

export interface GetGlobalIndexerStatsRequest__Output {
}
