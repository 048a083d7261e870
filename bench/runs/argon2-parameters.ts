/**
 * The argon2 cost parameters of a stored password hash (PHC string "$argon2id$v=19$m=65536,p=4,t=3$…"):
 * Login's cost is set by them by design, so the control-plane figures say what they were.
 */
import type { Argon2Parameters } from './run-results.js';

export function argon2Parameters(phc: string | null | undefined): Argon2Parameters | null {
  const match = /^\$(argon2(?:id|i|d))\$v=\d+\$([^$]+)\$/.exec(phc ?? '');
  if (!match) return null;
  // The order of m, t and p differs between libraries (node-argon2 writes m,p,t).
  const params = new Map(match[2]!.split(',').map((kv) => kv.split('=') as [string, string]));
  const [m, t, p] = ['m', 't', 'p'].map((k) => Number(params.get(k)));
  if (!Number.isFinite(m) || !Number.isFinite(t) || !Number.isFinite(p)) return null;
  return { algorithm: match[1]!, memoryKiB: m!, iterations: t!, parallelism: p! };
}

export function describeArgon2(p: Argon2Parameters | null): string {
  return p ? `${p.algorithm}, ${p.memoryKiB / 1024} MiB, ${p.iterations} passes, parallelism ${p.parallelism}` : 'argon2 parameters not read';
}
