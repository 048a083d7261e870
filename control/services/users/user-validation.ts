/** Field rules for accounts, shared by CreateUser, UpdateUser and ChangePassword. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { projectRoot } from '../../../core/paths.js';
import { isUuid, USERNAME } from '../../resource-names.js';
import type { Violations } from '../../errors/violations.js';

const EMAIL = /^[^@\s]+@[^@\s]+\.[^@\s]+$/;
export const MIN_PASSWORD_LENGTH = 10;

export function checkUsername(v: Violations, field: string, username: string): void {
  v.check(USERNAME.test(username) && !isUuid(username), field, '2 to 64 letters, digits, "_", "." or "-", and not shaped like a UUID');
}

export function checkEmail(v: Violations, field: string, email: string): void {
  v.check(email.length <= 320 && EMAIL.test(email), field, 'must be an email address');
}

/** The shipped list of the most common passwords (control/auth/common-passwords.txt), lower case. */
const COMMON_PASSWORDS = new Set(
  readFileSync(join(projectRoot, 'control/auth/common-passwords.txt'), 'utf8')
    .split('\n')
    .map((line) => line.trim().toLowerCase())
    .filter((line) => line && !line.startsWith('#')),
);

export function checkNewPassword(v: Violations, field: string, password: string): void {
  if (!v.check(password.length >= MIN_PASSWORD_LENGTH && password.length <= 1024, field, `must be ${MIN_PASSWORD_LENGTH} to 1024 characters`)) return;
  if (!v.check(password.trim().length > 0, field, 'must not be only whitespace')) return;
  v.check(!COMMON_PASSWORDS.has(password.trim().toLowerCase()), field, 'is one of the most common passwords; choose another');
}

/** An avatar is shown as an image link: only http(s) URLs (never javascript:, data:, file:...). */
export function checkAvatarUrl(v: Violations, field: string, value: string): void {
  if (value === '') return;
  let url: URL | null = null;
  try {
    url = new URL(value);
  } catch {
    url = null;
  }
  v.check(url !== null && (url.protocol === 'https:' || url.protocol === 'http:') && value.length <= 2048, field, 'must be an http or https URL (at most 2048 characters)');
}

export function checkOptionalText(v: Violations, field: string, value: string, max: number): void {
  v.check(value.length <= max, field, `at most ${max} characters`);
}
