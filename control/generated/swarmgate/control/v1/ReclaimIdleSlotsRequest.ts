// Original file: proto/swarmgate/control/v1/pool.proto


export interface ReclaimIdleSlotsRequest {
  'idleDays'?: (number | string);
  'parent'?: (string);
  'dryRun'?: (boolean);
}

export interface ReclaimIdleSlotsRequest__Output {
  'idleDays': (number);
  'parent': (string);
  'dryRun': (boolean);
}
