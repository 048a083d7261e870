/** Growing the typed arrays the engine keeps its state in (a copy into a larger array of the same type). */
export type GrowableArray = Uint8Array | Uint16Array | Uint32Array | Int32Array | Float64Array;

/** The smallest power of two at or above `n` (1 for n <= 1): the sizes tables and buffers grow by. */
export function nextPowerOfTwo(n: number): number {
  return 2 ** Math.ceil(Math.log2(Math.max(1, n)));
}

export function growTyped<T extends GrowableArray>(old: T, length: number): T {
  const grown = new (old.constructor as new (n: number) => T)(length);
  grown.set(old);
  return grown;
}
