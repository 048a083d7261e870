// Original file: proto/swarmgate/control/v1/torrents.proto


export interface DownloadTorrentFileRequest {
  'name'?: (string);
  'user'?: (string);
}

export interface DownloadTorrentFileRequest__Output {
  'name': (string);
  'user': (string);
}
