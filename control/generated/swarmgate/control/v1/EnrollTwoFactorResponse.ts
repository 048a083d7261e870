// Original file: proto/swarmgate/control/v1/users.proto


export interface EnrollTwoFactorResponse {
  'secret'?: (string);
  'otpauthUri'?: (string);
  'backupCodes'?: (string)[];
}

export interface EnrollTwoFactorResponse__Output {
  'secret': (string);
  'otpauthUri': (string);
  'backupCodes': (string)[];
}
