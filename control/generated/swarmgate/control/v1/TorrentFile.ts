// Original file: proto/swarmgate/control/v1/torrents.proto

import type { Long } from '@grpc/proto-loader';

export interface TorrentFile {
  'path'?: (string);
  'size'?: (number | string | Long);
  'padding'?: (boolean);
}

export interface TorrentFile__Output {
  'path': (string);
  'size': (number);
  'padding': (boolean);
}
