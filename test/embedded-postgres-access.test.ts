/**
 * The embedded PostgreSQL runs as the `postgres` user when Swarmgate runs as root; a checkout in a
 * 0700 directory (a fresh clone under /root) used to end in an unhandled "spawn ... initdb EACCES".
 * Now the closed directory is found before initdb runs and the error says what to do.
 */
import { chmodSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, expect, it } from 'vitest';
import { firstClosedDirectory, startEmbeddedPostgres, unreachableByPostgresMessage } from '../core/embedded-postgres.js';
import { createLogger } from '../core/log.js';

const base = mkdtempSync(join(tmpdir(), 'swarmgate-eacces-'));
afterAll(() => {
  chmodSync(base, 0o755);
  rmSync(base, { recursive: true, force: true });
});

it('finds the first directory others cannot enter, and the message says how to fix it', () => {
  chmodSync(base, 0o755);
  const closed = join(base, 'home');
  mkdirSync(join(closed, 'checkout', 'data'), { recursive: true });
  chmodSync(closed, 0o700);
  const found = firstClosedDirectory(join(closed, 'checkout', 'data', 'postgres'));
  expect(found).toEqual({ dir: closed, mode: 0o700 });
  const message = unreachableByPostgresMessage('its binaries', found!, 'move the checkout');
  expect(message).toContain(`chmod o+x ${closed}`);
  expect(message).toContain('DATABASE_URL');
  chmodSync(closed, 0o755);
  expect(firstClosedDirectory(join(closed, 'checkout', 'data', 'postgres'))).toBeNull();
});

it.runIf(process.getuid?.() === 0)('as root, starting under a 0700 directory fails with that message before initdb runs', async () => {
  const closed = join(base, 'private');
  mkdirSync(join(closed, 'data'), { recursive: true });
  chmodSync(closed, 0o700);
  await expect(startEmbeddedPostgres(join(closed, 'data'), 1, createLogger('silent'))).rejects.toThrow(/cannot enter .*private.*chmod o\+x/s);
  chmodSync(closed, 0o755);
});
