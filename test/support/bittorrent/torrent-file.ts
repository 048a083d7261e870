/**
 * .torrent files for tests: one private torrent made by transmission-create, then per-user copies
 * that differ only in the top-level `announce` URL (which carries the passkey) and so share one info_hash.
 */
import { createHash } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { bencodeDecode, bencodeEncode } from './bencode-codec.js';
import { topLevelValueSpan } from './bencode-span.js';
import { runTool } from './run-tool.js';
import { makeTempDir } from './temp-dir.js';

export interface TorrentFile {
  torrentPath: string;
  infoHashHex: string;
  infoHash: Buffer;
}

export interface CreateTorrentOptions {
  file: string;
  announceUrl: string;
  /** Bytes, a power of two of at least 16 KiB; transmission-create picks one when absent. */
  pieceSize?: number;
  outPath?: string;
}

export interface TorrentSummary extends TorrentFile {
  announce: string | undefined;
  hasAnnounceList: boolean;
  isPrivate: boolean;
}

export async function createTorrent({ file, announceUrl, pieceSize, outPath }: CreateTorrentOptions): Promise<TorrentFile> {
  const torrentPath = outPath ?? join(makeTempDir('torrent'), `${basename(file)}.torrent`);
  const args = ['--private', '--tracker', announceUrl, '--outfile', torrentPath];
  if (pieceSize !== undefined) args.push('--piecesize', String(pieceSizeKiB(pieceSize)));
  await runTool('transmission-create', [...args, file]);
  const summary = readTorrent(torrentPath);
  if (!summary.isPrivate) throw new Error(`${torrentPath}: info.private is not 1`);
  if (summary.announce !== announceUrl) throw new Error(`${torrentPath}: announce is ${summary.announce}, not ${announceUrl}`);
  await assertTransmissionAgrees(summary, announceUrl);
  return pick(summary);
}

/** Writes a copy of `torrentPath` to `outPath` with only `announce` changed (and any announce-list dropped). */
export async function withAnnounceUrl(torrentPath: string, announceUrl: string, outPath: string): Promise<TorrentFile> {
  const original = readFileSync(torrentPath);
  const info = topLevelValueSpan(original, 'info');
  if (!info) throw new Error(`${torrentPath}: no info dictionary`);
  const top = bencodeDecode(original) as Record<string, unknown>;
  top.announce = announceUrl;
  delete top['announce-list']; // clients prefer announce-list over announce
  const keys = Object.keys(top).sort((a, b) => Buffer.compare(Buffer.from(a), Buffer.from(b)));
  const parts: Uint8Array[] = [Buffer.from('d')];
  for (const key of keys) {
    parts.push(bencodeEncode(key));
    // The info dictionary is copied byte for byte: that is what keeps the info_hash.
    parts.push(key === 'info' ? original.subarray(info.start, info.end) : bencodeEncode(top[key]));
  }
  parts.push(Buffer.from('e'));
  writeFileSync(outPath, Buffer.concat(parts));

  const before = infoHashOf(original);
  const after = readTorrent(outPath);
  if (!after.infoHash.equals(before)) throw new Error(`${outPath}: info_hash changed while rewriting announce`);
  if (after.announce !== announceUrl || after.hasAnnounceList) throw new Error(`${outPath}: announce was not rewritten`);
  await assertTransmissionAgrees(after, announceUrl);
  return pick(after);
}

export function readTorrent(torrentPath: string): TorrentSummary {
  const data = readFileSync(torrentPath);
  const top = bencodeDecode(data) as Record<string, unknown>;
  const info = top.info as Record<string, unknown> | undefined;
  const infoHash = infoHashOf(data);
  return {
    torrentPath,
    infoHash,
    infoHashHex: infoHash.toString('hex'),
    announce: top.announce instanceof Uint8Array ? Buffer.from(top.announce).toString('utf8') : undefined,
    hasAnnounceList: top['announce-list'] !== undefined,
    isPrivate: info?.private === 1,
  };
}

/** SHA-1 of the exact bytes of the info dictionary. */
export function infoHashOf(torrent: Uint8Array): Buffer {
  const span = topLevelValueSpan(torrent, 'info');
  if (!span) throw new Error('torrent has no info dictionary');
  return createHash('sha1').update(torrent.subarray(span.start, span.end)).digest();
}

/** transmission-show must report the same hash, a private torrent, and the announce URL. */
async function assertTransmissionAgrees(summary: TorrentSummary, announceUrl: string): Promise<void> {
  const shown = await runTool('transmission-show', [summary.torrentPath]);
  const hash = /^\s*Hash:\s*([0-9a-f]{40})\s*$/m.exec(shown)?.[1];
  if (hash !== summary.infoHashHex) {
    throw new Error(`transmission-show says info_hash ${hash}, we computed ${summary.infoHashHex}:\n${shown}`);
  }
  if (!/Privacy:\s*Private torrent/.test(shown)) throw new Error(`transmission-show: not private:\n${shown}`);
  if (!shown.split('\n').some((line) => line.trim() === announceUrl)) {
    throw new Error(`transmission-show does not list ${announceUrl}:\n${shown}`);
  }
}

function pieceSizeKiB(bytes: number): number {
  if (bytes < 16 * 1024 || (bytes & (bytes - 1)) !== 0) throw new Error(`piece size ${bytes} is not a power of two >= 16 KiB`);
  return bytes / 1024;
}

function pick({ torrentPath, infoHashHex, infoHash }: TorrentFile): TorrentFile {
  return { torrentPath, infoHashHex, infoHash };
}
