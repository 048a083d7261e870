// Original file: proto/swarmgate/control/v1/bonus.proto


export interface ConfirmRequestFillRequest {
  'request'?: (string);
}

export interface ConfirmRequestFillRequest__Output {
  'request': (string);
}
