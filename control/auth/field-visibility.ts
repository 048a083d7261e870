/**
 * What an answer may reveal about an account beyond what the RPC's permission already allows: other
 * accounts' email addresses need PERMISSION_USERS_VIEW_EMAILS (group flag can_view_emails), the
 * client addresses of their sessions PERMISSION_USERS_VIEW_IPS (can_view_ips), and their passkeys
 * (a credential: whoever holds one announces as that user) PERMISSION_USERS_MANAGE over a lower
 * rank, which may rotate them anyway. One's own account is always shown in full. Hidden fields are sent empty (proto3's default), as the proto comments say.
 */
import type { Caller } from './caller.js';
import { holds } from './permission-table.js';

/**
 * Who reads the answer: the caller, or `{ self: userId }` when the answer goes to the account holder
 * before there is a caller (Login's new session).
 */
export type Reader = Caller | { self: string };

function isOwn(reader: Reader, userId: string): boolean {
  return 'self' in reader ? reader.self === userId : reader.userId === userId;
}

export function canViewEmailsOf(reader: Reader, userId: string): boolean {
  return isOwn(reader, userId) || ('group' in reader && holds(reader, 'PERMISSION_USERS_VIEW_EMAILS'));
}

export function canViewIpsOf(reader: Reader, userId: string): boolean {
  return isOwn(reader, userId) || ('group' in reader && holds(reader, 'PERMISSION_USERS_VIEW_IPS'));
}

/**
 * A passkey is a credential, so it follows the rank rule of managing accounts: only staff who may
 * manage the account (PERMISSION_USERS_MANAGE and a group level above the account's) see it.
 */
export function canViewPasskeyOf(reader: Reader, userId: string, accountLevel: number): boolean {
  return isOwn(reader, userId) || ('group' in reader && holds(reader, 'PERMISSION_USERS_MANAGE') && reader.group.level > accountLevel);
}

/**
 * Torrents hidden from ordinary members: who uploaded an anonymous torrent, and torrents not
 * approved (pending, postponed, rejected). Moderators (PERMISSION_TORRENTS_MODERATE) see both; an
 * uploader always sees their own.
 */
export function canViewHiddenTorrents(reader: Caller): boolean {
  return holds(reader, 'PERMISSION_TORRENTS_MODERATE');
}

/** Whether searches may match other accounts' emails (ListUsers.query). */
export function canSearchEmails(caller: Caller): boolean {
  return holds(caller, 'PERMISSION_USERS_VIEW_EMAILS');
}
