/** Secrets users and services hold: passwords (argon2id), API/session tokens (stored as SHA-256), passkeys. */
import { createHash, randomBytes } from 'node:crypto';
import argon2 from 'argon2';

export function hashPassword(password: string): Promise<string> {
  return argon2.hash(password, { type: argon2.argon2id });
}

export function verifyPassword(hash: string, password: string): Promise<boolean> {
  return argon2.verify(hash, password);
}

/** A bearer token: a recognisable prefix and 256 random bits. Only its SHA-256 is ever stored. */
export function generateToken(prefix: 'sgt' | 'sgs'): string {
  return `${prefix}_${randomBytes(32).toString('base64url')}`;
}

export function hashToken(token: string): Buffer {
  return createHash('sha256').update(token).digest();
}

/** The 32-character announce passkey (128 random bits, hex). */
export function generatePasskey(): string {
  return randomBytes(16).toString('hex');
}

/** A one-time password for humans: 20 characters from an unambiguous alphabet (~100 bits). */
export function generatePassword(): string {
  const alphabet = 'abcdefghjkmnpqrstuvwxyzABCDEFGHJKMNPQRSTUVWXYZ23456789';
  const bytes = randomBytes(20);
  let out = '';
  for (const b of bytes) out += alphabet[b % alphabet.length];
  return out;
}
