// Original file: proto/swarmgate/control/v1/jobs.proto


export interface RunJobRequest {
  'name'?: (string);
}

export interface RunJobRequest__Output {
  'name': (string);
}
