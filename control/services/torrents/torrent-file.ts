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

function bad(description: string): never {
  throw invalidField(FIELD, description);
}

/** A path component must be a non-empty string that cannot climb out of the torrent's directory. */
function component(v: unknown, where: string): string {
  const part = text(v);
  if (part === undefined || part === '' || part === '.' || part === '..' || part.includes('/')) bad(`${where}: bad path component`);
  return part;
}

function fileList(info: Dict, name: string): TorrentFileEntry[] {
  const single = count(info.length);
  if (info.files === undefined) {
    if (single === undefined) bad('info has neither "files" nor a "length" (v2-only torrents are not supported)');
    return [{ path: name, size: single, padding: false }];
  }
  if (!Array.isArray(info.files) || info.files.length === 0) bad('info.files must be a non-empty list');
  return info.files.map((entry: unknown, i: number) => {
    if (!isDict(entry)) bad(`info.files[${i}] is not a dictionary`);
    const size = count(entry.length);
    if (size === undefined) bad(`info.files[${i}].length is missing or negative`);
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
  return {
    info: Buffer.from(infoBytes),
    infoHash: createHash('sha1').update(infoBytes).digest(),
    infoHashV2: info['meta version'] === 2 ? createHash('sha256').update(infoBytes).digest() : null,
    name,
    pieceLength,
    private: info.private === 1,
    size: files.reduce((sum, f) => (f.padding ? sum : sum + f.size), 0),
    files,
  };
}
