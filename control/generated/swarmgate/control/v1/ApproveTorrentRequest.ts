// Original file: proto/swarmgate/control/v1/torrents.proto


export interface ApproveTorrentRequest {
  'name'?: (string);
  'reason'?: (string);
  'etag'?: (string);
}

export interface ApproveTorrentRequest__Output {
  'name': (string);
  'reason': (string);
  'etag': (string);
}
