// Original file: proto/swarmgate/control/v1/bonus.proto


export interface GiftRequest {
  'recipient'?: (string);
  'points'?: (string);
  'message'?: (string);
}

export interface GiftRequest__Output {
  'recipient': (string);
  'points': (string);
  'message': (string);
}
