// Original file: proto/swarmgate/control/v1/auth.proto


export interface LogoutRequest {
}

export interface LogoutRequest__Output {
}
