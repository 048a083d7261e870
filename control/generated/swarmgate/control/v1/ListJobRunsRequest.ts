// Original file: proto/swarmgate/control/v1/jobs.proto


export interface ListJobRunsRequest {
  'parent'?: (string);
  'pageSize'?: (number);
  'pageToken'?: (string);
  'filter'?: (string);
}

export interface ListJobRunsRequest__Output {
  'parent': (string);
  'pageSize': (number);
  'pageToken': (string);
  'filter': (string);
}
