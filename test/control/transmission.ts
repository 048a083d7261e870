/** .torrent files made by transmission-create, and the info_hash transmission-show reports for them. */
import { execFile } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { promisify } from 'node:util';

const run = promisify(execFile);

export interface MadeTorrent {
  bytes: Buffer;
  path: string;
}

/** Writes `files` (relative path -> size in bytes) under a new directory named `name` and makes a .torrent of it. */
export async function makeTorrent(name: string, files: Record<string, number>, options: { private?: boolean; pieceKiB?: number } = {}): Promise<MadeTorrent> {
  const root = mkdtempSync(join(tmpdir(), 'swarmgate-torrent-'));
  const entries = Object.entries(files);
  const single = entries.length === 1 && entries[0]![0] === name;
  for (const [path, size] of entries) {
    const full = single ? join(root, name) : join(root, name, path);
    mkdirSync(dirname(full), { recursive: true });
    writeFileSync(full, Buffer.alloc(size, path.length % 251));
  }
  const out = join(root, `${name}.torrent`);
  const args = ['--tracker', 'http://tracker.example/announce', '--outfile', out];
  if (options.private !== false) args.push('--private');
  if (options.pieceKiB) args.push('--piecesize', String(options.pieceKiB));
  await run('transmission-create', [...args, join(root, name)]);
  return { bytes: readFileSync(out), path: out };
}

/** The "Hash:" line of transmission-show. */
export async function transmissionHash(path: string): Promise<string> {
  const { stdout } = await run('transmission-show', [path]);
  const hash = /^\s*Hash:\s*([0-9a-f]{40})\s*$/m.exec(stdout)?.[1];
  if (!hash) throw new Error(`transmission-show printed no hash:\n${stdout}`);
  return hash;
}
