/**
 * Two-factor backup codes: ten single-use codes generated at enrolment (EnrollTwoFactor returns them
 * once), stored only as SHA-256 digests in user_2fa.backup_codes, accepted by Login in place of a
 * TOTP code, and removed the moment one is used (the removal is the check, so two logins cannot both
 * spend the same code).
 */
import { createHash, randomInt } from 'node:crypto';
import type { PoolClient } from '../../core/db.js';

export const BACKUP_CODE_COUNT = 10;
const ALPHABET = 'abcdefghjkmnpqrstuvwxyz23456789';
const SHAPE = /^[a-z0-9]{5}-?[a-z0-9]{5}$/;

/** Two groups of five characters joined by a dash, from an unambiguous alphabet (~49 bits each). */
export function generateBackupCodes(): string[] {
  return Array.from({ length: BACKUP_CODE_COUNT }, () => {
    const chars = Array.from({ length: 10 }, () => ALPHABET[randomInt(ALPHABET.length)]).join('');
    return `${chars.slice(0, 5)}-${chars.slice(5)}`;
  });
}

/** The stored form: the digest of the code without its dash, lower case. */
export function backupCodeDigest(code: string): string {
  return createHash('sha256').update(code.trim().toLowerCase().replace('-', '')).digest('hex');
}

/** Spends `code` if it is one of the account's unused backup codes; true when it was. */
export async function useBackupCode(tx: PoolClient, userId: string, code: string): Promise<boolean> {
  if (!SHAPE.test(code.trim().toLowerCase())) return false;
  const digest = backupCodeDigest(code);
  const { rowCount } = await tx.query(
    `UPDATE user_2fa SET backup_codes = array_remove(backup_codes, $2), last_used_at = now()
     WHERE user_id = $1 AND is_enabled AND $2 = ANY (backup_codes)`,
    [userId, digest],
  );
  return rowCount === 1;
}
