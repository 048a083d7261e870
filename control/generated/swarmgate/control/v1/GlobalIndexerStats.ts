// Original file: proto/swarmgate/control/v1/indexers.proto

import type { Timestamp as _google_protobuf_Timestamp, Timestamp__Output as _google_protobuf_Timestamp__Output } from '../../../google/protobuf/Timestamp.js';

export interface GlobalIndexerStats {
  'searches_24h'?: (number);
  'successes_24h'?: (number);
  'failures_24h'?: (number);
  'timeouts_24h'?: (number);
  'avgResponseMs'?: (number);
  'p95ResponseMs'?: (number);
  'slowestIndexer'?: (string);
  'slowestAvgResponseMs'?: (number);
  'mostReliableIndexer'?: (string);
  'mostReliableSuccessRate'?: (number | string);
  'updateTime'?: (_google_protobuf_Timestamp | null);
  '_avgResponseMs'?: "avgResponseMs";
  '_p95ResponseMs'?: "p95ResponseMs";
  '_slowestAvgResponseMs'?: "slowestAvgResponseMs";
  '_mostReliableSuccessRate'?: "mostReliableSuccessRate";
}

export interface GlobalIndexerStats__Output {
  'searches_24h': (number);
  'successes_24h': (number);
  'failures_24h': (number);
  'timeouts_24h': (number);
  'avgResponseMs'?: (number);
  'p95ResponseMs'?: (number);
  'slowestIndexer': (string);
  'slowestAvgResponseMs'?: (number);
  'mostReliableIndexer': (string);
  'mostReliableSuccessRate'?: (number);
  'updateTime': (_google_protobuf_Timestamp__Output | null);
  '_avgResponseMs'?: "avgResponseMs";
  '_p95ResponseMs'?: "p95ResponseMs";
  '_slowestAvgResponseMs'?: "slowestAvgResponseMs";
  '_mostReliableSuccessRate'?: "mostReliableSuccessRate";
}
