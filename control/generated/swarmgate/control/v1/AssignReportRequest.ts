// Original file: proto/swarmgate/control/v1/moderation.proto


export interface AssignReportRequest {
  'name'?: (string);
  'assignee'?: (string);
  'etag'?: (string);
}

export interface AssignReportRequest__Output {
  'name': (string);
  'assignee': (string);
  'etag': (string);
}
