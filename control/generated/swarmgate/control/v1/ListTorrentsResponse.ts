// Original file: proto/swarmgate/control/v1/torrents.proto

import type { Torrent as _swarmgate_control_v1_Torrent, Torrent__Output as _swarmgate_control_v1_Torrent__Output } from '../../../swarmgate/control/v1/Torrent.js';

export interface ListTorrentsResponse {
  'torrents'?: (_swarmgate_control_v1_Torrent)[];
  'nextPageToken'?: (string);
}

export interface ListTorrentsResponse__Output {
  'torrents': (_swarmgate_control_v1_Torrent__Output)[];
  'nextPageToken': (string);
}
