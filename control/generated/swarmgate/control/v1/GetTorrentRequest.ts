// Original file: proto/swarmgate/control/v1/torrents.proto


export interface GetTorrentRequest {
  'name'?: (string);
}

export interface GetTorrentRequest__Output {
  'name': (string);
}
