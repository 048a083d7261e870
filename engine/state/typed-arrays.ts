/** Growing the typed arrays the engine keeps its state in (a copy into a larger array of the same type). */
export type GrowableArray = Uint8Array | Uint16Array | Uint32Array | Int32Array | Float64Array;

export function growTyped<T extends GrowableArray>(old: T, length: number): T {
  const grown = new (old.constructor as new (n: number) => T)(length);
  grown.set(old);
  return grown;
}
