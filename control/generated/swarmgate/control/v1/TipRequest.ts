// Original file: proto/swarmgate/control/v1/bonus.proto


export interface TipRequest {
  'torrent'?: (string);
  'points'?: (string);
  'message'?: (string);
}

export interface TipRequest__Output {
  'torrent': (string);
  'points': (string);
  'message': (string);
}
