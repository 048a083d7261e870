// Original file: proto/swarmgate/control/v1/bonus.proto


export interface ActivateFreeleechTokenRequest {
  'name'?: (string);
  'torrent'?: (string);
}

export interface ActivateFreeleechTokenRequest__Output {
  'name': (string);
  'torrent': (string);
}
