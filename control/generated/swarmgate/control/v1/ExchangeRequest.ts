// Original file: proto/swarmgate/control/v1/bonus.proto


export interface ExchangeRequest {
  'item'?: (string);
}

export interface ExchangeRequest__Output {
  'item': (string);
}
