// Original file: proto/swarmgate/control/v1/indexers.proto

import type { SearchType as _swarmgate_control_v1_SearchType, SearchType__Output as _swarmgate_control_v1_SearchType__Output } from '../../../swarmgate/control/v1/SearchType.js';
import type { Timestamp as _google_protobuf_Timestamp, Timestamp__Output as _google_protobuf_Timestamp__Output } from '../../../google/protobuf/Timestamp.js';

export interface ReportedSearch {
  'indexer'?: (string);
  'query'?: (string);
  'type'?: (_swarmgate_control_v1_SearchType);
  'imdbId'?: (string);
  'tmdbId'?: (string);
  'responseMs'?: (number);
  'httpStatus'?: (number);
  'results'?: (number);
  'success'?: (boolean);
  'errorType'?: (string);
  'errorMessage'?: (string);
  'user'?: (string);
  'searchTime'?: (_google_protobuf_Timestamp | null);
  '_httpStatus'?: "httpStatus";
  '_results'?: "results";
}

export interface ReportedSearch__Output {
  'indexer': (string);
  'query': (string);
  'type': (_swarmgate_control_v1_SearchType__Output);
  'imdbId': (string);
  'tmdbId': (string);
  'responseMs': (number);
  'httpStatus'?: (number);
  'results'?: (number);
  'success': (boolean);
  'errorType': (string);
  'errorMessage': (string);
  'user': (string);
  'searchTime': (_google_protobuf_Timestamp__Output | null);
  '_httpStatus'?: "httpStatus";
  '_results'?: "results";
}
