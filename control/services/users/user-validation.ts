/** Field rules for accounts, shared by CreateUser and UpdateUser. */
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

export function checkNewPassword(v: Violations, field: string, password: string): void {
  v.check(password.length >= MIN_PASSWORD_LENGTH && password.length <= 1024, field, `must be ${MIN_PASSWORD_LENGTH} to 1024 characters`);
}

export function checkOptionalText(v: Violations, field: string, value: string, max: number): void {
  v.check(value.length <= max, field, `at most ${max} characters`);
}
