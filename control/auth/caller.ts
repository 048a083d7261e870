/** Who is making a call: the account, its group's permissions, and the credential used. */

export interface GroupPermissions {
  level: number;
  canUpload: boolean;
  canModerate: boolean;
  canEditTorrents: boolean;
  canDeleteTorrents: boolean;
  canManageUsers: boolean;
  canViewEmails: boolean;
  canViewIps: boolean;
  /** PERMISSION_POOL_STREAM: use the engine's debrid pool routes (group flag can_pool_stream). */
  canPoolStream: boolean;
}

export interface Caller {
  userId: string;
  username: string;
  groupName: string;
  group: GroupPermissions;
  credential: { type: 'session' | 'api_token'; id: string };
}
