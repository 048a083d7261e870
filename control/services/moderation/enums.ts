/** Proto enum names <-> the values stored in the moderation tables (CHECK constraints). */
import type { AppealStatus__Output as AppealStatus } from '../../generated/swarmgate/control/v1/AppealStatus.js';
import type { BanSource__Output as BanSource } from '../../generated/swarmgate/control/v1/BanSource.js';
import type { BanType__Output as BanType } from '../../generated/swarmgate/control/v1/BanType.js';
import type { EntityType__Output as EntityType } from '../../generated/swarmgate/control/v1/EntityType.js';
import type { Priority__Output as Priority } from '../../generated/swarmgate/control/v1/Priority.js';
import type { QueueStatus__Output as QueueStatus } from '../../generated/swarmgate/control/v1/QueueStatus.js';
import type { ReportStatus__Output as ReportStatus } from '../../generated/swarmgate/control/v1/ReportStatus.js';
import type { WarningKind__Output as WarningKind } from '../../generated/swarmgate/control/v1/WarningKind.js';
import type { WarningSeverity__Output as WarningSeverity } from '../../generated/swarmgate/control/v1/WarningSeverity.js';

/** A stored value -> proto name table and its inverse (for requests and filters). */
function mapping<Stored extends string, Proto extends string>(toProto: Record<Stored, Proto>) {
  const fromProto = Object.fromEntries(Object.entries(toProto).map(([stored, proto]) => [proto, stored])) as Record<Proto, Stored>;
  return {
    toProto: (stored: Stored): Proto => toProto[stored],
    /** The stored value, or undefined for UNSPECIFIED and unknown names. */
    fromProto: (proto: string): Stored | undefined => fromProto[proto as Proto],
    /** proto name -> stored value, for compileFilter's enumeration(). */
    filter: fromProto as Record<string, string>,
  };
}

export type StoredBanType = 'account' | 'ip' | 'email' | 'upload' | 'download' | 'chat' | 'forum';
export const BAN_TYPES = mapping<StoredBanType, BanType>({
  account: 'BAN_TYPE_ACCOUNT',
  ip: 'BAN_TYPE_IP',
  email: 'BAN_TYPE_EMAIL',
  upload: 'BAN_TYPE_UPLOAD',
  download: 'BAN_TYPE_DOWNLOAD',
  chat: 'BAN_TYPE_CHAT',
  forum: 'BAN_TYPE_FORUM',
});

export type StoredBanSource = 'staff' | 'warnings' | 'hit_and_run' | 'ratio_watch';
export const BAN_SOURCES = mapping<StoredBanSource, BanSource>({
  staff: 'BAN_SOURCE_STAFF',
  warnings: 'BAN_SOURCE_WARNINGS',
  hit_and_run: 'BAN_SOURCE_HIT_AND_RUN',
  ratio_watch: 'BAN_SOURCE_RATIO_WATCH',
});

export type StoredAppealStatus = 'pending' | 'accepted' | 'rejected';
export const APPEAL_STATUSES = mapping<StoredAppealStatus, AppealStatus>({
  pending: 'APPEAL_STATUS_PENDING',
  accepted: 'APPEAL_STATUS_ACCEPTED',
  rejected: 'APPEAL_STATUS_REJECTED',
});

export type StoredSeverity = 'minor' | 'moderate' | 'major' | 'severe';
export const SEVERITIES = mapping<StoredSeverity, WarningSeverity>({
  minor: 'WARNING_SEVERITY_MINOR',
  moderate: 'WARNING_SEVERITY_MODERATE',
  major: 'WARNING_SEVERITY_MAJOR',
  severe: 'WARNING_SEVERITY_SEVERE',
});

export type StoredWarningKind = 'manual' | 'hit_and_run';
export const WARNING_KINDS = mapping<StoredWarningKind, WarningKind>({ manual: 'WARNING_KIND_MANUAL', hit_and_run: 'WARNING_KIND_HIT_AND_RUN' });

/** Report targets are the entity types without "report"; queue items take every one. */
export type StoredEntityType =
  | 'torrent' | 'user' | 'comment' | 'forum_topic' | 'forum_post' | 'private_message' | 'chat_message' | 'request' | 'collection' | 'report';
export const ENTITY_TYPES = mapping<StoredEntityType, EntityType>({
  torrent: 'ENTITY_TYPE_TORRENT',
  user: 'ENTITY_TYPE_USER',
  comment: 'ENTITY_TYPE_COMMENT',
  forum_topic: 'ENTITY_TYPE_FORUM_TOPIC',
  forum_post: 'ENTITY_TYPE_FORUM_POST',
  private_message: 'ENTITY_TYPE_PRIVATE_MESSAGE',
  chat_message: 'ENTITY_TYPE_CHAT_MESSAGE',
  request: 'ENTITY_TYPE_REQUEST',
  collection: 'ENTITY_TYPE_COLLECTION',
  report: 'ENTITY_TYPE_REPORT',
});

export type StoredPriority = 'low' | 'normal' | 'high' | 'urgent';
export const PRIORITIES = mapping<StoredPriority, Priority>({
  low: 'PRIORITY_LOW',
  normal: 'PRIORITY_NORMAL',
  high: 'PRIORITY_HIGH',
  urgent: 'PRIORITY_URGENT',
});

export type StoredReportStatus = 'open' | 'investigating' | 'escalated' | 'resolved' | 'dismissed';
export const REPORT_STATUSES = mapping<StoredReportStatus, ReportStatus>({
  open: 'REPORT_STATUS_OPEN',
  investigating: 'REPORT_STATUS_INVESTIGATING',
  escalated: 'REPORT_STATUS_ESCALATED',
  resolved: 'REPORT_STATUS_RESOLVED',
  dismissed: 'REPORT_STATUS_DISMISSED',
});

export type StoredQueueStatus = 'pending' | 'in_review' | 'approved' | 'rejected' | 'escalated' | 'dismissed';
export const QUEUE_STATUSES = mapping<StoredQueueStatus, QueueStatus>({
  pending: 'QUEUE_STATUS_PENDING',
  in_review: 'QUEUE_STATUS_IN_REVIEW',
  approved: 'QUEUE_STATUS_APPROVED',
  rejected: 'QUEUE_STATUS_REJECTED',
  escalated: 'QUEUE_STATUS_ESCALATED',
  dismissed: 'QUEUE_STATUS_DISMISSED',
});
