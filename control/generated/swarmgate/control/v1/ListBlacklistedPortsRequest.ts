// Original file: proto/swarmgate/control/v1/moderation.proto


export interface ListBlacklistedPortsRequest {
}

export interface ListBlacklistedPortsRequest__Output {
}
