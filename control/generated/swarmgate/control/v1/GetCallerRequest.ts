// Original file: proto/swarmgate/control/v1/auth.proto


export interface GetCallerRequest {
}

export interface GetCallerRequest__Output {
}
