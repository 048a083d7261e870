/**
 * Optimistic concurrency: a resource's etag is its last-modified time in microseconds (rows carry
 * it as `etag`). A request that sends one is applied only if it still matches, under the row lock.
 */
import { etagMismatch } from './errors/control-error.js';

export function checkEtag(sent: string, current: string, resource: string): void {
  if (sent && sent !== current) throw etagMismatch(resource, current);
}
