/** Polling helpers for things that become ready (a tracker listening, a swarm filled). */
import { setTimeout as sleep } from 'node:timers/promises';

/** Poll `check` until it returns a value other than undefined, or fail after `timeoutMs`. */
export async function waitFor<T>(what: string, check: () => Promise<T | undefined>, options: { timeoutMs: number; intervalMs?: number; abort?: () => string | null }): Promise<T> {
  const deadline = Date.now() + options.timeoutMs;
  let last = '';
  while (Date.now() < deadline) {
    const aborted = options.abort?.();
    if (aborted) throw new Error(`${what}: ${aborted}`);
    try {
      const value = await check();
      if (value !== undefined) return value;
    } catch (err) {
      last = (err as Error).message;
    }
    await sleep(options.intervalMs ?? 50);
  }
  throw new Error(`${what}: not within ${options.timeoutMs} ms${last ? ` (${last})` : ''}`);
}

/** GET `url` with a short timeout; the body as text. */
export async function httpGet(url: string, timeoutMs = 2000): Promise<{ status: number; body: string }> {
  const response = await fetch(url, { signal: AbortSignal.timeout(timeoutMs) });
  return { status: response.status, body: await response.text() };
}
