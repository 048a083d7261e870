/** Splits an announce request target (`/path?query`) into fields, keeping binary info_hash and peer_id as bytes. */

export interface AnnounceRequest {
  /** The request target as sent, e.g. `/<passkey>/announce?info_hash=...`. */
  target: string;
  path: string;
  /** Raw, still percent-encoded values in the order sent. */
  params: Array<[string, string]>;
  infoHash: Buffer | undefined;
  peerId: Buffer | undefined;
  /** `started`, `completed`, `stopped`, or undefined for a regular announce. */
  event: string | undefined;
  /** A decoded text parameter (port, left, numwant, ...). */
  get(name: string): string | undefined;
}

export function parseAnnounceTarget(target: string): AnnounceRequest {
  const question = target.indexOf('?');
  const path = question < 0 ? target : target.slice(0, question);
  const query = question < 0 ? '' : target.slice(question + 1);
  const params = query
    .split('&')
    .filter((pair) => pair !== '')
    .map((pair): [string, string] => {
      const equals = pair.indexOf('=');
      return equals < 0 ? [pair, ''] : [pair.slice(0, equals), pair.slice(equals + 1)];
    });
  const raw = (name: string) => params.find(([key]) => key === name)?.[1];
  const bytes = (name: string) => {
    const value = raw(name);
    return value === undefined ? undefined : percentDecodeBytes(value);
  };
  return {
    target,
    path,
    params,
    infoHash: bytes('info_hash'),
    peerId: bytes('peer_id'),
    event: bytes('event')?.toString('latin1'),
    get: (name) => bytes(name)?.toString('utf8'),
  };
}

/** Percent-decoding to bytes (URLSearchParams would decode to UTF-8 text and mangle binary values). */
export function percentDecodeBytes(value: string): Buffer {
  const out: number[] = [];
  for (let i = 0; i < value.length; i++) {
    const c = value[i]!;
    if (c === '%' && /^[0-9a-fA-F]{2}$/.test(value.slice(i + 1, i + 3))) {
      out.push(parseInt(value.slice(i + 1, i + 3), 16));
      i += 2;
    } else if (c === '+') {
      out.push(0x20);
    } else {
      out.push(...Buffer.from(c, 'utf8'));
    }
  }
  return Buffer.from(out);
}
