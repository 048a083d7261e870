// Original file: proto/swarmgate/control/v1/torrents.proto


export interface RejectTorrentRequest {
  'name'?: (string);
  'reason'?: (string);
  'etag'?: (string);
}

export interface RejectTorrentRequest__Output {
  'name': (string);
  'reason': (string);
  'etag': (string);
}
