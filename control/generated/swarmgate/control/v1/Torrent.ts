// Original file: proto/swarmgate/control/v1/torrents.proto

import type { ModerationStatus as _swarmgate_control_v1_ModerationStatus, ModerationStatus__Output as _swarmgate_control_v1_ModerationStatus__Output } from '../../../swarmgate/control/v1/ModerationStatus.js';
import type { Timestamp as _google_protobuf_Timestamp, Timestamp__Output as _google_protobuf_Timestamp__Output } from '../../../google/protobuf/Timestamp.js';
import type { TorrentFile as _swarmgate_control_v1_TorrentFile, TorrentFile__Output as _swarmgate_control_v1_TorrentFile__Output } from '../../../swarmgate/control/v1/TorrentFile.js';
import type { Long } from '@grpc/proto-loader';

export interface Torrent {
  'name'?: (string);
  'id'?: (string);
  'infoHash'?: (string);
  'infoHashV2'?: (string);
  'displayName'?: (string);
  'description'?: (string);
  'category'?: (string);
  'uploader'?: (string);
  'size'?: (number | string | Long);
  'fileCount'?: (number);
  'pieceLength'?: (number);
  'moderationStatus'?: (_swarmgate_control_v1_ModerationStatus);
  'moderationReason'?: (string);
  'moderatedBy'?: (string);
  'moderateTime'?: (_google_protobuf_Timestamp | null);
  'freeleech'?: (boolean);
  'doubleUpload'?: (boolean);
  'featured'?: (boolean);
  'sticky'?: (boolean);
  'anonymous'?: (boolean);
  'seeders'?: (number);
  'leechers'?: (number);
  'timesCompleted'?: (number);
  'files'?: (_swarmgate_control_v1_TorrentFile)[];
  'createTime'?: (_google_protobuf_Timestamp | null);
  'updateTime'?: (_google_protobuf_Timestamp | null);
  'deleteTime'?: (_google_protobuf_Timestamp | null);
  'etag'?: (string);
}

export interface Torrent__Output {
  'name': (string);
  'id': (string);
  'infoHash': (string);
  'infoHashV2': (string);
  'displayName': (string);
  'description': (string);
  'category': (string);
  'uploader': (string);
  'size': (number);
  'fileCount': (number);
  'pieceLength': (number);
  'moderationStatus': (_swarmgate_control_v1_ModerationStatus__Output);
  'moderationReason': (string);
  'moderatedBy': (string);
  'moderateTime': (_google_protobuf_Timestamp__Output | null);
  'freeleech': (boolean);
  'doubleUpload': (boolean);
  'featured': (boolean);
  'sticky': (boolean);
  'anonymous': (boolean);
  'seeders': (number);
  'leechers': (number);
  'timesCompleted': (number);
  'files': (_swarmgate_control_v1_TorrentFile__Output)[];
  'createTime': (_google_protobuf_Timestamp__Output | null);
  'updateTime': (_google_protobuf_Timestamp__Output | null);
  'deleteTime': (_google_protobuf_Timestamp__Output | null);
  'etag': (string);
}
