// Original file: proto/swarmgate/control/v1/indexers.proto

import type { IndexerDisabledBy as _swarmgate_control_v1_IndexerDisabledBy, IndexerDisabledBy__Output as _swarmgate_control_v1_IndexerDisabledBy__Output } from '../../../swarmgate/control/v1/IndexerDisabledBy.js';
import type { Timestamp as _google_protobuf_Timestamp, Timestamp__Output as _google_protobuf_Timestamp__Output } from '../../../google/protobuf/Timestamp.js';
import type { IndexerStatus as _swarmgate_control_v1_IndexerStatus, IndexerStatus__Output as _swarmgate_control_v1_IndexerStatus__Output } from '../../../swarmgate/control/v1/IndexerStatus.js';
import type { Long } from '@grpc/proto-loader';

export interface Indexer {
  'name'?: (string);
  'id'?: (string);
  'displayName'?: (string);
  'prowlarrIndexerId'?: (number);
  'prowlarrInstance'?: (number);
  'protocol'?: (string);
  'privacy'?: (string);
  'priority'?: (number);
  'enabled'?: (boolean);
  'disabledBy'?: (_swarmgate_control_v1_IndexerDisabledBy);
  'disabledUntil'?: (_google_protobuf_Timestamp | null);
  'backoffLevel'?: (number);
  'status'?: (_swarmgate_control_v1_IndexerStatus);
  'requests_24h'?: (number);
  'successes_24h'?: (number);
  'failures_24h'?: (number);
  'timeouts_24h'?: (number);
  'successRate'?: (number | string);
  'avgResponseMs'?: (number);
  'medianResponseMs'?: (number);
  'p95ResponseMs'?: (number);
  'queries_24h'?: (number);
  'grabs_24h'?: (number);
  'queriesTotal'?: (number | string | Long);
  'grabsTotal'?: (number | string | Long);
  'failedQueriesTotal'?: (number | string | Long);
  'lastSuccessTime'?: (_google_protobuf_Timestamp | null);
  'lastFailureTime'?: (_google_protobuf_Timestamp | null);
  'lastSyncTime'?: (_google_protobuf_Timestamp | null);
  'createTime'?: (_google_protobuf_Timestamp | null);
  'updateTime'?: (_google_protobuf_Timestamp | null);
  'etag'?: (string);
  'language'?: (string);
  'description'?: (string);
  '_successRate'?: "successRate";
  '_avgResponseMs'?: "avgResponseMs";
  '_medianResponseMs'?: "medianResponseMs";
  '_p95ResponseMs'?: "p95ResponseMs";
}

export interface Indexer__Output {
  'name': (string);
  'id': (string);
  'displayName': (string);
  'prowlarrIndexerId': (number);
  'prowlarrInstance': (number);
  'protocol': (string);
  'privacy': (string);
  'priority': (number);
  'enabled': (boolean);
  'disabledBy': (_swarmgate_control_v1_IndexerDisabledBy__Output);
  'disabledUntil': (_google_protobuf_Timestamp__Output | null);
  'backoffLevel': (number);
  'status': (_swarmgate_control_v1_IndexerStatus__Output);
  'requests_24h': (number);
  'successes_24h': (number);
  'failures_24h': (number);
  'timeouts_24h': (number);
  'successRate'?: (number);
  'avgResponseMs'?: (number);
  'medianResponseMs'?: (number);
  'p95ResponseMs'?: (number);
  'queries_24h': (number);
  'grabs_24h': (number);
  'queriesTotal': (number);
  'grabsTotal': (number);
  'failedQueriesTotal': (number);
  'lastSuccessTime': (_google_protobuf_Timestamp__Output | null);
  'lastFailureTime': (_google_protobuf_Timestamp__Output | null);
  'lastSyncTime': (_google_protobuf_Timestamp__Output | null);
  'createTime': (_google_protobuf_Timestamp__Output | null);
  'updateTime': (_google_protobuf_Timestamp__Output | null);
  'etag': (string);
  'language': (string);
  'description': (string);
  '_successRate'?: "successRate";
  '_avgResponseMs'?: "avgResponseMs";
  '_medianResponseMs'?: "medianResponseMs";
  '_p95ResponseMs'?: "p95ResponseMs";
}
