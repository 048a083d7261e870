// Original file: proto/swarmgate/control/v1/indexers.proto

import type { SearchType as _swarmgate_control_v1_SearchType, SearchType__Output as _swarmgate_control_v1_SearchType__Output } from '../../../swarmgate/control/v1/SearchType.js';
import type { Timestamp as _google_protobuf_Timestamp, Timestamp__Output as _google_protobuf_Timestamp__Output } from '../../../google/protobuf/Timestamp.js';

export interface SearchLog {
  'id'?: (string);
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
  '_responseMs'?: "responseMs";
  '_httpStatus'?: "httpStatus";
  '_results'?: "results";
}

export interface SearchLog__Output {
  'id': (string);
  'indexer': (string);
  'query': (string);
  'type': (_swarmgate_control_v1_SearchType__Output);
  'imdbId': (string);
  'tmdbId': (string);
  'responseMs'?: (number);
  'httpStatus'?: (number);
  'results'?: (number);
  'success': (boolean);
  'errorType': (string);
  'errorMessage': (string);
  'user': (string);
  'searchTime': (_google_protobuf_Timestamp__Output | null);
  '_responseMs'?: "responseMs";
  '_httpStatus'?: "httpStatus";
  '_results'?: "results";
}
