// Original file: proto/swarmgate/control/v1/auth.proto

import type { CredentialType as _swarmgate_control_v1_CredentialType, CredentialType__Output as _swarmgate_control_v1_CredentialType__Output } from '../../../swarmgate/control/v1/CredentialType.js';
import type { Permission as _swarmgate_control_v1_Permission, Permission__Output as _swarmgate_control_v1_Permission__Output } from '../../../swarmgate/control/v1/Permission.js';

export interface Caller {
  'user'?: (string);
  'username'?: (string);
  'group'?: (string);
  'groupLevel'?: (number);
  'credentialType'?: (_swarmgate_control_v1_CredentialType);
  'permissions'?: (_swarmgate_control_v1_Permission)[];
  'passkey'?: (string);
  'twoFactorEnabled'?: (boolean);
}

export interface Caller__Output {
  'user': (string);
  'username': (string);
  'group': (string);
  'groupLevel': (number);
  'credentialType': (_swarmgate_control_v1_CredentialType__Output);
  'permissions': (_swarmgate_control_v1_Permission__Output)[];
  'passkey': (string);
  'twoFactorEnabled': (boolean);
}
