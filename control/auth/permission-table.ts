/**
 * What each Permission of proto/swarmgate/control/v1/permissions.proto requires of the caller's
 * group: at most one flag and a minimum level. This table and the comments in the proto say the
 * same thing; change both together.
 */
import type { Permission__Output as Permission } from '../generated/swarmgate/control/v1/Permission.js';
import type { Caller, GroupPermissions } from './caller.js';

type GroupFlag = Exclude<keyof GroupPermissions, 'level'>;

interface Requirement {
  flag: GroupFlag | null;
  minLevel: number;
}

/** PERMISSION_PUBLIC needs no caller; PERMISSION_UNSPECIFIED is never granted. */
export type CallerPermission = Exclude<Permission, 'PERMISSION_PUBLIC' | 'PERMISSION_UNSPECIFIED'>;

export const PERMISSION_TABLE: Record<CallerPermission, Requirement> = {
  PERMISSION_OWN_ACCOUNT: { flag: null, minLevel: 0 },
  PERMISSION_USERS_READ: { flag: 'canModerate', minLevel: 0 },
  PERMISSION_USERS_MANAGE: { flag: 'canManageUsers', minLevel: 0 },
  // Level 0 is the banned class.
  PERMISSION_TORRENTS_READ: { flag: null, minLevel: 1 },
  PERMISSION_TORRENTS_UPLOAD: { flag: 'canUpload', minLevel: 0 },
  PERMISSION_TORRENTS_EDIT: { flag: 'canEditTorrents', minLevel: 0 },
  PERMISSION_TORRENTS_MODERATE: { flag: 'canModerate', minLevel: 0 },
  PERMISSION_TORRENTS_DELETE: { flag: 'canDeleteTorrents', minLevel: 0 },
  // Field permissions (no RPC declares them): what answers reveal about other accounts; see field-visibility.ts.
  PERMISSION_USERS_VIEW_EMAILS: { flag: 'canViewEmails', minLevel: 0 },
  PERMISSION_USERS_VIEW_IPS: { flag: 'canViewIps', minLevel: 0 },
  // Debrid key pool: staff read it; only administrators (level 20+) change it (the keys are paid accounts).
  PERMISSION_POOL_READ: { flag: 'canModerate', minLevel: 0 },
  PERMISSION_POOL_MANAGE: { flag: 'canManageUsers', minLevel: 20 },
  // Background jobs: reading them is for moderators and above (level 15), running one for administrators (level 20).
  PERMISSION_JOBS_READ: { flag: 'canModerate', minLevel: 15 },
  PERMISSION_JOBS_RUN: { flag: 'canManageUsers', minLevel: 20 },
  // Prowlarr indexers (70-79).
  PERMISSION_INDEXERS_READ: { flag: 'canModerate', minLevel: 0 },
  PERMISSION_INDEXERS_MANAGE: { flag: null, minLevel: 20 },
  // The engine's service listener computes a token's grants from this row and PERMISSION_POOL_STREAM's
  // (engine/service/service-token-loader.ts): POST /api/v1/search-logs needs it.
  PERMISSION_INDEXERS_REPORT: { flag: null, minLevel: 20 },
  // Bonus economy. Own points: any group of level 1 or more (not the banned class).
  PERMISSION_BONUS_USE: { flag: null, minLevel: 1 },
  // Other accounts' balances, ledgers and tokens.
  PERMISSION_BONUS_READ: { flag: 'canModerate', minLevel: 0 },
  // Balance adjustments (plus a level above the target account's, checked by the handler).
  PERMISSION_BONUS_ADJUST: { flag: 'canManageUsers', minLevel: 0 },
  // Rules and exchange prices: administrators and up.
  PERMISSION_BONUS_CONFIGURE: { flag: 'canManageUsers', minLevel: 20 },
  PERMISSION_REQUESTS_FILL: { flag: 'canUpload', minLevel: 0 },
  PERMISSION_FREELEECH_TOKENS_REVOKE: { flag: 'canModerate', minLevel: 0 },
  // ModerationService (40-59).
  PERMISSION_REPORTS_FILE: { flag: null, minLevel: 1 },
  PERMISSION_MODERATION: { flag: 'canModerate', minLevel: 0 },
  PERMISSION_BANS_MANAGE: { flag: 'canManageUsers', minLevel: 0 },
  // Level 20 is the administrator class.
  PERMISSION_TRACKER_ADMIN: { flag: 'canManageUsers', minLevel: 20 },
  // Declared by no RPC: the engine's pool routes (JSON over HTTP, on its service listener) require it
  // of an API token's owner (engine/service/service-token-loader.ts reads this row).
  PERMISSION_POOL_STREAM: { flag: 'canPoolStream', minLevel: 0 },
};

export function holds(caller: Caller, permission: Permission): boolean {
  if (permission === 'PERMISSION_PUBLIC') return true;
  if (permission === 'PERMISSION_UNSPECIFIED') return false;
  const rule = PERMISSION_TABLE[permission];
  return caller.group.level >= rule.minLevel && (rule.flag === null || caller.group[rule.flag]);
}

/** Every permission the caller holds (what GetCaller reports). */
export function permissionsOf(caller: Caller): CallerPermission[] {
  return (Object.keys(PERMISSION_TABLE) as CallerPermission[]).filter((p) => holds(caller, p));
}
