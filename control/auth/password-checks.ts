/**
 * Bounded concurrency of argon2 password checks (Login, ChangePassword, DisableTwoFactor): each check
 * costs tens of milliseconds of CPU and memory, so an unauthenticated burst must not become a free
 * CPU sink. At most MAX_RUNNING run at once and MAX_WAITING wait; past that the check is refused at
 * once with RESOURCE_EXHAUSTED (retry shortly) instead of queueing without bound.
 */
import { status } from '@grpc/grpc-js';
import { verifyPassword } from '../credentials.js';
import { ControlError } from '../errors/control-error.js';

const MAX_RUNNING = 2;
const MAX_WAITING = 32;

let running = 0;
let peak = 0;
const waiting: (() => void)[] = [];

/** The most checks that ran at once since the process started (for tests and diagnostics). */
export function peakConcurrentPasswordChecks(): number {
  return peak;
}

export async function checkPassword(hash: string, password: string): Promise<boolean> {
  if (running >= MAX_RUNNING) {
    if (waiting.length >= MAX_WAITING) {
      throw new ControlError(status.RESOURCE_EXHAUSTED, 'the server is busy checking passwords; try again in 1 s', {
        reason: 'PASSWORD_CHECKS_BUSY',
        retryDelaySeconds: 1,
      });
    }
    await new Promise<void>((resolve) => waiting.push(resolve));
  } else {
    running++;
  }
  peak = Math.max(peak, running);
  try {
    return await verifyPassword(hash, password);
  } finally {
    // Hand the slot straight to the next waiter (running stays the same), or free it.
    const next = waiting.shift();
    if (next) next();
    else running--;
  }
}
