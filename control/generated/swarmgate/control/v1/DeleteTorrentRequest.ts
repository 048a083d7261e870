// Original file: proto/swarmgate/control/v1/torrents.proto


export interface DeleteTorrentRequest {
  'name'?: (string);
  'reason'?: (string);
  'etag'?: (string);
}

export interface DeleteTorrentRequest__Output {
  'name': (string);
  'reason': (string);
  'etag': (string);
}
