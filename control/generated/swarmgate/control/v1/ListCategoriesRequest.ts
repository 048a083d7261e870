// Original file: proto/swarmgate/control/v1/torrents.proto


export interface ListCategoriesRequest {
}

export interface ListCategoriesRequest__Output {
}
