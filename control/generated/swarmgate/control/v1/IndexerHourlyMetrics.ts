// Original file: proto/swarmgate/control/v1/indexers.proto

import type { Timestamp as _google_protobuf_Timestamp, Timestamp__Output as _google_protobuf_Timestamp__Output } from '../../../google/protobuf/Timestamp.js';
import type { Long } from '@grpc/proto-loader';

export interface IndexerHourlyMetrics {
  'hour'?: (_google_protobuf_Timestamp | null);
  'requests'?: (number);
  'successes'?: (number);
  'failures'?: (number);
  'timeouts'?: (number);
  'minResponseMs'?: (number);
  'avgResponseMs'?: (number);
  'maxResponseMs'?: (number);
  'p50ResponseMs'?: (number);
  'p95ResponseMs'?: (number);
  'results'?: (number | string | Long);
  '_minResponseMs'?: "minResponseMs";
  '_avgResponseMs'?: "avgResponseMs";
  '_maxResponseMs'?: "maxResponseMs";
  '_p50ResponseMs'?: "p50ResponseMs";
  '_p95ResponseMs'?: "p95ResponseMs";
}

export interface IndexerHourlyMetrics__Output {
  'hour': (_google_protobuf_Timestamp__Output | null);
  'requests': (number);
  'successes': (number);
  'failures': (number);
  'timeouts': (number);
  'minResponseMs'?: (number);
  'avgResponseMs'?: (number);
  'maxResponseMs'?: (number);
  'p50ResponseMs'?: (number);
  'p95ResponseMs'?: (number);
  'results': (number);
  '_minResponseMs'?: "minResponseMs";
  '_avgResponseMs'?: "avgResponseMs";
  '_maxResponseMs'?: "maxResponseMs";
  '_p50ResponseMs'?: "p50ResponseMs";
  '_p95ResponseMs'?: "p95ResponseMs";
}
