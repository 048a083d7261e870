// Original file: proto/swarmgate/control/v1/bonus.proto


export interface ListExchangeItemsRequest {
}

export interface ListExchangeItemsRequest__Output {
}
