// Original file: proto/swarmgate/control/v1/indexers.proto


export interface ReportSearchesResponse {
  'written'?: (number);
  'received'?: (number);
}

export interface ReportSearchesResponse__Output {
  'written': (number);
  'received': (number);
}
