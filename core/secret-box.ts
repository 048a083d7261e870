/**
 * Secrets at rest (debrid API keys, ...): AES-256-GCM under a 32-byte master key from configuration.
 * A sealed secret is its ciphertext, a fresh 12-byte IV and the 16-byte tag, stored in three columns
 * (see torbox_pool.api_key_*). The record's id is bound as additional authenticated data, so a
 * ciphertext copied onto another row does not decrypt. The fingerprint is an HMAC-SHA-256 of the
 * plaintext under the master key: it finds duplicates without decrypting, and its first 12 hex
 * characters are what logs, metrics and RPC answers show instead of the secret.
 */
import { createCipheriv, createDecipheriv, createHmac, randomBytes } from 'node:crypto';

export interface SealedSecret {
  ciphertext: Buffer;
  iv: Buffer;
  tag: Buffer;
}

export class SecretBox {
  private readonly key: Buffer;

  /** `masterKey`: 32 bytes as base64 or 64 hex characters (make one: `openssl rand -base64 32`). */
  constructor(masterKey: string) {
    const key = /^[0-9a-fA-F]{64}$/.test(masterKey) ? Buffer.from(masterKey, 'hex') : Buffer.from(masterKey, 'base64');
    if (key.length !== 32) throw new Error('the master key must be 32 bytes, as base64 or 64 hex characters (make one with `openssl rand -base64 32`)');
    this.key = key;
  }

  seal(plaintext: string, recordId: string): SealedSecret {
    const iv = randomBytes(12);
    const cipher = createCipheriv('aes-256-gcm', this.key, iv);
    cipher.setAAD(Buffer.from(recordId));
    const ciphertext = Buffer.concat([cipher.update(plaintext, 'utf8'), cipher.final()]);
    return { ciphertext, iv, tag: cipher.getAuthTag() };
  }

  /** Throws when the sealed secret was not made by this master key for this record. */
  open(sealed: SealedSecret, recordId: string): string {
    const decipher = createDecipheriv('aes-256-gcm', this.key, sealed.iv);
    decipher.setAAD(Buffer.from(recordId));
    decipher.setAuthTag(sealed.tag);
    return Buffer.concat([decipher.update(sealed.ciphertext), decipher.final()]).toString('utf8');
  }

  /** 32-byte HMAC-SHA-256 of the plaintext (stored for duplicate detection). */
  fingerprint(plaintext: string): Buffer {
    return createHmac('sha256', this.key).update(plaintext).digest();
  }
}

/** What may be shown of a secret: enough to tell two apart, nothing to use. */
export function shownFingerprint(fingerprint: Buffer): string {
  return fingerprint.subarray(0, 6).toString('hex');
}
