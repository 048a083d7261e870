// Original file: proto/swarmgate/control/v1/moderation.proto


export interface RequiredRatio {
  'fromGib'?: (number | string);
  'ratio'?: (number | string);
}

export interface RequiredRatio__Output {
  'fromGib': (number);
  'ratio': (number);
}
