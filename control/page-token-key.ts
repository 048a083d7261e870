/**
 * The key list page tokens are signed with (control/pagination.ts). Derived from
 * control.pageTokenSecret when it is set (HKDF-SHA256, so the secret itself never signs anything and
 * every node given the same secret accepts the others' tokens); otherwise generated once and kept
 * in <dataDir>/control-page-token.key (mode 0600), so tokens survive a restart. Nodes sharing a
 * database but not a data directory must be given the secret.
 */
import { hkdfSync, randomBytes } from 'node:crypto';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

export const PAGE_TOKEN_KEY_FILE = 'control-page-token.key';

export function pageTokenKey(options: { secret?: string; dataDir: string }): Buffer {
  if (options.secret) return Buffer.from(hkdfSync('sha256', options.secret, 'swarmgate', 'control page tokens', 32));
  const file = join(options.dataDir, PAGE_TOKEN_KEY_FILE);
  mkdirSync(options.dataDir, { recursive: true });
  try {
    // "wx": of two processes starting at once, one creates the file and the other reads it.
    writeFileSync(file, randomBytes(32).toString('base64'), { flag: 'wx', mode: 0o600 });
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code !== 'EEXIST') throw err;
  }
  const key = Buffer.from(readFileSync(file, 'utf8').trim(), 'base64');
  if (key.length < 32) throw new Error(`${file} does not hold a 32-byte base64 key; delete it to generate a new one`);
  return key;
}
