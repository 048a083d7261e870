// Original file: proto/swarmgate/control/v1/users.proto


export interface GetUserStatisticsRequest {
  'name'?: (string);
}

export interface GetUserStatisticsRequest__Output {
  'name': (string);
}
