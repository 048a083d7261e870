/** Typed access to the `bencode` package (v4 ships no type declarations). */
import bencode from 'bencode';

export function bencodeEncode(value: unknown): Uint8Array {
  return bencode.encode(value) as Uint8Array;
}

/** Dictionaries become objects, byte strings Uint8Array, integers numbers. */
export function bencodeDecode(data: Uint8Array): unknown {
  return bencode.decode(data) as unknown;
}
