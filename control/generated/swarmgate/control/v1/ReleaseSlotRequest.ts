// Original file: proto/swarmgate/control/v1/pool.proto


export interface ReleaseSlotRequest {
  'name'?: (string);
}

export interface ReleaseSlotRequest__Output {
  'name': (string);
}
