/**
 * The address clients reach the engine at: what the ready line prints and what downloaded .torrent
 * files carry. An operator behind a proxy or a DNS name sets `publicUrl`; otherwise it is the engine's
 * own address, with a wildcard bind (0.0.0.0, ::) replaced by an address a client could actually use.
 */
import { networkInterfaces } from 'node:os';
import type { Config } from './config.js';

/** This machine's first non-internal IPv4 address, or loopback. */
function reachableAddress(): string {
  for (const addresses of Object.values(networkInterfaces())) {
    for (const a of addresses ?? []) if (a.family === 'IPv4' && !a.internal) return a.address;
  }
  return '127.0.0.1';
}

/** Base URL without a trailing slash, e.g. "http://192.0.2.10:6969" or "https://tracker.example.org". */
export function publicBaseUrl(config: Pick<Config, 'publicUrl' | 'engine'>): string {
  if (config.publicUrl) return config.publicUrl.replace(/\/+$/, '');
  const host = config.engine.host === '0.0.0.0' || config.engine.host === '::' ? reachableAddress() : config.engine.host;
  return `http://${host.includes(':') ? `[${host}]` : host}:${config.engine.port}`;
}

export function announceUrl(baseUrl: string, passkey: string): string {
  return `${baseUrl}/${passkey}/announce`;
}
