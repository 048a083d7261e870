/**
 * TOTP (RFC 6238: SHA-1, 6 digits, 30 s) for two-factor login. A code is accepted one step either
 * side of now, and never twice: the caller keeps the last accepted step and passes it back.
 */
import { Secret, TOTP } from 'otpauth';

const PERIOD = 30;

function totp(secret: string, label = ''): TOTP {
  return new TOTP({ issuer: 'Swarmgate', label, algorithm: 'SHA1', digits: 6, period: PERIOD, secret: Secret.fromBase32(secret) });
}

/** A new 160-bit secret in base32 (the user_2fa.totp_secret format). */
export function generateTotpSecret(): string {
  return new Secret({ size: 20 }).base32;
}

export function totpUri(secret: string, username: string): string {
  return totp(secret, username).toString();
}

/** The time step the code belongs to, or null when it is wrong or not newer than `lastUsedStep`. */
export function acceptTotp(secret: string, code: string, lastUsedStep: number | null, now = Date.now()): number | null {
  if (!/^\d{6}$/.test(code)) return null;
  const delta = totp(secret).validate({ token: code, timestamp: now, window: 1 });
  if (delta === null) return null;
  const step = Math.floor(now / 1000 / PERIOD) + delta;
  return lastUsedStep !== null && step <= lastUsedStep ? null : step;
}

/** The code for a moment (tests and tools that act as the authenticator). */
export function totpCode(secret: string, now = Date.now()): string {
  return totp(secret).generate({ timestamp: now });
}
