// Original file: proto/swarmgate/control/v1/moderation.proto


export interface AcknowledgeWarningRequest {
  'name'?: (string);
}

export interface AcknowledgeWarningRequest__Output {
  'name': (string);
}
