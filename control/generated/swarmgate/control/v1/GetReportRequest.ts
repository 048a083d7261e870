// Original file: proto/swarmgate/control/v1/moderation.proto


export interface GetReportRequest {
  'name'?: (string);
}

export interface GetReportRequest__Output {
  'name': (string);
}
