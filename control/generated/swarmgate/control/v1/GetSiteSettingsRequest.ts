// Original file: proto/swarmgate/control/v1/moderation.proto


export interface GetSiteSettingsRequest {
}

export interface GetSiteSettingsRequest__Output {
}
