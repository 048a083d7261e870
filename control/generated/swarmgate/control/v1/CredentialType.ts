// Original file: proto/swarmgate/control/v1/auth.proto

export const CredentialType = {
  CREDENTIAL_TYPE_UNSPECIFIED: 'CREDENTIAL_TYPE_UNSPECIFIED',
  CREDENTIAL_TYPE_SESSION: 'CREDENTIAL_TYPE_SESSION',
  CREDENTIAL_TYPE_API_TOKEN: 'CREDENTIAL_TYPE_API_TOKEN',
} as const;

export type CredentialType =
  | 'CREDENTIAL_TYPE_UNSPECIFIED'
  | 0
  | 'CREDENTIAL_TYPE_SESSION'
  | 1
  | 'CREDENTIAL_TYPE_API_TOKEN'
  | 2

export type CredentialType__Output = typeof CredentialType[keyof typeof CredentialType]
