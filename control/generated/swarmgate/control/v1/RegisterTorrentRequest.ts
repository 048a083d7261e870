// Original file: proto/swarmgate/control/v1/torrents.proto


export interface RegisterTorrentRequest {
  'torrentFile'?: (Buffer | Uint8Array | string);
  'category'?: (string);
  'displayName'?: (string);
  'description'?: (string);
  'anonymous'?: (boolean);
}

export interface RegisterTorrentRequest__Output {
  'torrentFile': (Buffer);
  'category': (string);
  'displayName': (string);
  'description': (string);
  'anonymous': (boolean);
}
