#!/usr/bin/env node
/**
 * `npm start`: run `swarmgate start` from build/, building first only when the sources are newer than
 * the build (`npm ci` builds once, through the `prepare` script). The CLI runs in this same process,
 * and package.json starts this script with `exec`, so a signal sent to `npm start` (a process
 * manager's SIGTERM, a terminal's Ctrl-C) reaches the tracker itself and its ordered shutdown.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const cli = join(root, 'build', 'cli', 'swarmgate.js');
const SOURCES = ['cli', 'control', 'core', 'engine', 'bench', 'proto', 'tsconfig.json', 'package.json'];

/** Newest modification time under `path` (files ending .ts or .proto, and the named files). */
function newest(path) {
  const stat = statSync(path, { throwIfNoEntry: false });
  if (!stat) return 0;
  if (!stat.isDirectory()) return stat.mtimeMs;
  let latest = 0;
  for (const entry of readdirSync(path, { withFileTypes: true })) {
    const child = join(path, entry.name);
    if (entry.isDirectory()) latest = Math.max(latest, newest(child));
    else if (/\.(ts|proto|mjs)$/.test(entry.name)) latest = Math.max(latest, statSync(child).mtimeMs);
  }
  return latest;
}

const builtAt = existsSync(cli) ? statSync(cli).mtimeMs : 0;
const changedAt = Math.max(...SOURCES.map((s) => newest(join(root, s))));
if (changedAt > builtAt) {
  process.stderr.write(builtAt ? 'swarmgate: sources changed since the last build; building\n' : 'swarmgate: no build yet; building\n');
  const build = spawnSync('npm', ['run', 'build', '--silent'], { cwd: root, stdio: 'inherit' });
  if (build.status !== 0) process.exit(build.status ?? 1);
}

process.argv = [process.argv[0], cli, 'start', ...process.argv.slice(2)];
await import(pathToFileURL(cli).href);
