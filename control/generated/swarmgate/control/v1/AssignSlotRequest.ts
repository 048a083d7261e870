// Original file: proto/swarmgate/control/v1/pool.proto


export interface AssignSlotRequest {
  'user'?: (string);
  'poolKey'?: (string);
  'deviceId'?: (string);
}

export interface AssignSlotRequest__Output {
  'user': (string);
  'poolKey': (string);
  'deviceId': (string);
}
