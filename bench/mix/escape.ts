/**
 * Percent-encoding of binary query values the way libtorrent sends them: unreserved bytes
 * literal, everything else %XX. Trackers must accept both forms; this one is what they mostly see.
 */
const UNRESERVED = new Uint8Array(256);
for (const c of 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-._~') UNRESERVED[c.charCodeAt(0)] = 1;

export function escapeBinary(bytes: Uint8Array): string {
  let out = '';
  for (const b of bytes) out += UNRESERVED[b] ? String.fromCharCode(b) : `%${b.toString(16).padStart(2, '0')}`;
  return out;
}
