// The bencode package ships no types; this covers the two calls the protocol tests make.
declare module 'bencode' {
  const bencode: {
    decode(data: Uint8Array | string, encoding?: string): unknown;
    encode(value: unknown): Uint8Array;
  };
  export default bencode;
}
