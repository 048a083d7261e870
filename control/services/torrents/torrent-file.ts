/**
 * Reads what registration needs from a .torrent file: the v1 info_hash (SHA-1 of the info
 * dictionary's bytes as they appear in the file), the v2 one (SHA-256 of the same bytes) when the
 * info dictionary has `meta version` 2, name, piece length, privacy and the file list (from
 * `files`, or the single `length`). Every problem is a field violation on `torrent_file`.
 */
import { createHash } from 'node:crypto';
import bencode from 'bencode';
import { invalidField } from '../../errors/control-error.js';
import { topLevelValueSpan } from './bencode-spans.js';

export const MAX_TORRENT_FILE_BYTES = 10 * 1024 * 1024;
const FIELD = 'torrent_file';

export interface TorrentFileEntry {
  path: string;
  size: number;
  padding: boolean;
}

export interface ParsedTorrentFile {
  /** The info dictionary's bytes as they appear in the file (kept, so users can download their own copy). */
  info: Buffer;
  infoHash: Buffer;
  infoHashV2: Buffer | null;
  name: string;
  pieceLength: number;
  private: boolean;
  /** Sum of the non-padding files. */
  size: number;
  files: TorrentFileEntry[];
}

type Dict = Record<string, unknown>;

const isDict = (v: unknown): v is Dict => v !== null && typeof v === 'object' && !Array.isArray(v) && !(v instanceof Uint8Array);
const text = (v: unknown): string | undefined => (v instanceof Uint8Array ? Buffer.from(v).toString('utf8') : undefined);
const count = (v: unknown): number | undefined => (typeof v === 'number' && Number.isSafeInteger(v) && v >= 0 ? v : undefined);
/** Largest total a torrent may declare: PostgreSQL's bigint (torrents.size). */
const MAX_TOTAL_BYTES = 2n ** 63n - 1n;

/**
 * A file length: a non-negative integer that fits a bigint, and that this parser holds exactly
 * (bencode integers past 2^53 lose precision when decoded, so they are refused as too large).
 */
function fileLength(v: unknown, where: string): number {
  if (typeof v !== 'number' || !Number.isInteger(v)) bad(`${where} is missing or not an integer`);
  if (v < 0) bad(`${where} is negative (${v}); a file length must be 0 or more`);
  if (!Number.isSafeInteger(v)) bad(`${where} is too large (${v >= 2 ** 63 ? 'at least 2^63, past a signed 64-bit integer' : 'past 2^53 - 1'}); a file length must be below 2^53`);
  return v;
}

function bad(description: string): never {
  throw invalidField(FIELD, description);
}

/** A path component must be a non-empty string that cannot climb out of the torrent's directory. */
function component(v: unknown, where: string): string {
  const part = text(v);
  if (part === undefined || part === '' || part === '.' || part === '..' || part.includes('/')) bad(`${where}: bad path component`);
  if (part.includes('\0')) bad(`${where}: a name must not contain NUL characters`);
  if (part.length > 1024) bad(`${where}: a name must be at most 1024 characters`);
  return part;
}

function fileList(info: Dict, name: string): TorrentFileEntry[] {
  if (info.files === undefined) {
    if (info.length === undefined) bad('info has neither "files" nor a "length" (v2-only torrents are not supported)');
    return [{ path: name, size: fileLength(info.length, 'info.length'), padding: false }];
  }
  if (!Array.isArray(info.files) || info.files.length === 0) bad('info.files must be a non-empty list');
  return info.files.map((entry: unknown, i: number) => {
    if (!isDict(entry)) bad(`info.files[${i}] is not a dictionary`);
    const size = fileLength(entry.length, `info.files[${i}].length`);
    const rawPath = entry['path.utf-8'] ?? entry.path;
    if (!Array.isArray(rawPath) || rawPath.length === 0) bad(`info.files[${i}].path must be a non-empty list`);
    const parts = rawPath.map((p: unknown) => component(p, `info.files[${i}].path`));
    const attr = text(entry.attr) ?? '';
    return { path: [name, ...parts].join('/'), size, padding: attr.includes('p') || parts[0] === '.pad' };
  });
}

export function parseTorrentFile(bytes: Uint8Array): ParsedTorrentFile {
  if (bytes.length === 0) bad('is empty');
  if (bytes.length > MAX_TORRENT_FILE_BYTES) bad(`is larger than ${MAX_TORRENT_FILE_BYTES} bytes`);
  let span: { start: number; end: number } | undefined;
  let top: unknown;
  try {
    span = topLevelValueSpan(bytes, 'info');
    top = bencode.decode(bytes);
  } catch (err) {
    if (err instanceof Error) bad(`is not valid bencode: ${err.message}`);
    throw err;
  }
  if (!span || !isDict(top) || !isDict(top.info)) bad('has no info dictionary');
  const info = top.info as Dict;
  const name = component(info['name.utf-8'] ?? info.name, 'info.name');
  const pieceLength = count(info['piece length']);
  if (!pieceLength || pieceLength > 2 ** 31 - 1) bad('info["piece length"] must be a positive integer');
  const infoBytes = bytes.subarray(span.start, span.end);
  const files = fileList(info, name);
  // Summed exactly: a double would round, and the sum of many large files can pass int64.
  const total = files.reduce((sum, f) => (f.padding ? sum : sum + BigInt(f.size)), 0n);
  if (total > MAX_TOTAL_BYTES) bad(`the files add up to ${total} bytes, more than a signed 64-bit integer holds (2^63 - 1)`);
  if (total > BigInt(Number.MAX_SAFE_INTEGER)) bad(`the files add up to ${total} bytes, more than this server handles exactly (2^53 - 1)`);
  return {
    info: Buffer.from(infoBytes),
    infoHash: createHash('sha1').update(infoBytes).digest(),
    infoHashV2: info['meta version'] === 2 ? createHash('sha256').update(infoBytes).digest() : null,
    name,
    pieceLength,
    private: info.private === 1,
    size: Number(total),
    files,
  };
}
