// Original file: proto/swarmgate/control/v1/moderation.proto


export interface ListClientBlacklistRequest {
}

export interface ListClientBlacklistRequest__Output {
}
