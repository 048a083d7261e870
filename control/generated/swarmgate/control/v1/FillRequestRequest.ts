// Original file: proto/swarmgate/control/v1/bonus.proto


export interface FillRequestRequest {
  'request'?: (string);
  'torrent'?: (string);
}

export interface FillRequestRequest__Output {
  'request': (string);
  'torrent': (string);
}
