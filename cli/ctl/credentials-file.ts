/**
 * Where `swarmgatectl login` keeps its session: a JSON file readable by its owner only
 * ($SWARMGATECTL_CONFIG, default ~/.config/swarmgate/ctl.json) holding the address and the token.
 */
import { chmodSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { homedir } from 'node:os';
import { dirname, join } from 'node:path';

export interface SavedSession {
  address: string;
  token: string;
  user: string;
}

export function credentialsPath(): string {
  return process.env.SWARMGATECTL_CONFIG ?? join(homedir(), '.config', 'swarmgate', 'ctl.json');
}

export function readSavedSession(): SavedSession | null {
  try {
    return JSON.parse(readFileSync(credentialsPath(), 'utf8')) as SavedSession;
  } catch {
    return null;
  }
}

export function saveSession(session: SavedSession): void {
  const path = credentialsPath();
  mkdirSync(dirname(path), { recursive: true, mode: 0o700 });
  writeFileSync(path, `${JSON.stringify(session, null, 2)}\n`, { mode: 0o600 });
  chmodSync(path, 0o600);
}

export function forgetSession(): void {
  rmSync(credentialsPath(), { force: true });
}
