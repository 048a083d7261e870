// Original file: proto/swarmgate/control/v1/torrents.proto


export interface PostponeTorrentRequest {
  'name'?: (string);
  'reason'?: (string);
  'etag'?: (string);
}

export interface PostponeTorrentRequest__Output {
  'name': (string);
  'reason': (string);
  'etag': (string);
}
