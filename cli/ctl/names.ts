/** Resource names from what an operator types: "alice", a UUID or "users/alice"; a hash, a UUID or "torrents/...". */

export function userArg(value: string): string {
  return value.startsWith('users/') ? value : `users/${value}`;
}

export function torrentArg(value: string): string {
  return value.startsWith('torrents/') ? value : `torrents/${value}`;
}

/** "true"/"false" options. */
export function booleanArg(value: string): boolean {
  if (value === 'true' || value === 'false') return value === 'true';
  throw new Error(`expected true or false, got "${value}"`);
}

export function integerArg(value: string): number {
  const n = Number(value);
  if (!Number.isInteger(n)) throw new Error(`expected a whole number, got "${value}"`);
  return n;
}
