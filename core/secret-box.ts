/**
 * Secrets at rest (debrid API keys, ...): AES-256-GCM under a 32-byte master key from configuration.
 * Stored form: "v1:" + base64url(iv 12 bytes | tag 16 bytes | ciphertext). The record's id is bound
 * as additional authenticated data, so a ciphertext copied onto another row does not decrypt.
 * A fingerprint (first 12 hex of SHA-256) is what logs, metrics and list calls show instead.
 */
import { createCipheriv, createDecipheriv, createHash, randomBytes } from 'node:crypto';

const VERSION = 'v1:';

export class SecretBox {
  private readonly key: Buffer;

  /** `masterKey`: 32 bytes as base64 or 64 hex characters (make one: `openssl rand -base64 32`). */
  constructor(masterKey: string) {
    const key = /^[0-9a-fA-F]{64}$/.test(masterKey) ? Buffer.from(masterKey, 'hex') : Buffer.from(masterKey, 'base64');
    if (key.length !== 32) throw new Error('the master key must be 32 bytes, as base64 or 64 hex characters (make one with `openssl rand -base64 32`)');
    this.key = key;
  }

  encrypt(plaintext: string, recordId: string): string {
    const iv = randomBytes(12);
    const cipher = createCipheriv('aes-256-gcm', this.key, iv);
    cipher.setAAD(Buffer.from(recordId));
    const body = Buffer.concat([cipher.update(plaintext, 'utf8'), cipher.final()]);
    return VERSION + Buffer.concat([iv, cipher.getAuthTag(), body]).toString('base64url');
  }

  /** Throws when the stored value was not made by this key for this record. */
  decrypt(stored: string, recordId: string): string {
    if (!stored.startsWith(VERSION)) throw new Error('not a stored secret');
    const raw = Buffer.from(stored.slice(VERSION.length), 'base64url');
    if (raw.length < 28) throw new Error('not a stored secret');
    const decipher = createDecipheriv('aes-256-gcm', this.key, raw.subarray(0, 12));
    decipher.setAAD(Buffer.from(recordId));
    decipher.setAuthTag(raw.subarray(12, 28));
    return Buffer.concat([decipher.update(raw.subarray(28)), decipher.final()]).toString('utf8');
  }
}

/** What may be shown of a secret: enough to tell two apart, nothing to use. */
export function fingerprint(secret: string): string {
  return createHash('sha256').update(secret).digest('hex').slice(0, 12);
}
