/**
 * Loading uWebSockets.js. The package silently falls back to a slow pure-JS server when no native
 * binary matches this Node.js ABI (or UWS_USE_FALLBACK is set); a tracker on the fallback is an
 * order of magnitude slower, so the engine refuses to start on it unless explicitly allowed.
 */
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

const require = createRequire(import.meta.url);

export type Uws = typeof import('uWebSockets.js');

/** Why the native binary cannot be used here, or null when it can. */
export function uwsFallbackReason(): string | null {
  const flag = process.env.UWS_USE_FALLBACK;
  if (flag && ['true', 'True', 'TRUE', '1'].includes(flag)) return 'UWS_USE_FALLBACK is set';
  const packageDir = dirname(dirname(require.resolve('uWebSockets.js')));
  const binary = join(packageDir, 'binaries', `uws_${process.platform}_${process.arch}_${process.versions.modules}.node`);
  if (!existsSync(binary)) {
    return `no native uWebSockets.js binary for ${process.platform}-${process.arch} Node ABI ${process.versions.modules} (Node ${process.versions.node}); use Node.js 20`;
  }
  return null;
}

export function loadUws(allowSlow: boolean): Uws {
  const reason = uwsFallbackReason();
  if (reason && !allowSlow) {
    throw new Error(`uWebSockets.js would run on its slow JS fallback: ${reason}. Set SWARMGATE_ALLOW_SLOW_UWS=true to start anyway.`);
  }
  return require('uWebSockets.js') as Uws;
}
