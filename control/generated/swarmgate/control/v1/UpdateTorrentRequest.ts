// Original file: proto/swarmgate/control/v1/torrents.proto

import type { Torrent as _swarmgate_control_v1_Torrent, Torrent__Output as _swarmgate_control_v1_Torrent__Output } from '../../../swarmgate/control/v1/Torrent.js';
import type { FieldMask as _google_protobuf_FieldMask, FieldMask__Output as _google_protobuf_FieldMask__Output } from '../../../google/protobuf/FieldMask.js';

export interface UpdateTorrentRequest {
  'torrent'?: (_swarmgate_control_v1_Torrent | null);
  'updateMask'?: (_google_protobuf_FieldMask | null);
}

export interface UpdateTorrentRequest__Output {
  'torrent': (_swarmgate_control_v1_Torrent__Output | null);
  'updateMask': (_google_protobuf_FieldMask__Output | null);
}
