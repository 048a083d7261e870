// Original file: proto/swarmgate/control/v1/torrents.proto


export interface DownloadTorrentFileResponse {
  'torrentFile'?: (Buffer | Uint8Array | string);
  'filename'?: (string);
  'announceUrl'?: (string);
}

export interface DownloadTorrentFileResponse__Output {
  'torrentFile': (Buffer);
  'filename': (string);
  'announceUrl': (string);
}
