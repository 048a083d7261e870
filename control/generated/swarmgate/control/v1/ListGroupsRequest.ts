// Original file: proto/swarmgate/control/v1/moderation.proto


export interface ListGroupsRequest {
}

export interface ListGroupsRequest__Output {
}
