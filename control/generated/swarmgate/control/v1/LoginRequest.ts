// Original file: proto/swarmgate/control/v1/auth.proto


export interface LoginRequest {
  'login'?: (string);
  'password'?: (string);
  'totpCode'?: (string);
  'deviceName'?: (string);
}

export interface LoginRequest__Output {
  'login': (string);
  'password': (string);
  'totpCode': (string);
  'deviceName': (string);
}
