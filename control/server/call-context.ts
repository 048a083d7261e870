/**
 * What the interceptors learn about a call (request id, client address, caller, deadline) and hand
 * to its handler. grpc-js passes the same Metadata object from the interceptors to the handler, so
 * the context is kept in a WeakMap keyed by it: nothing a client sends can set or forge it.
 */
import type { Metadata } from '@grpc/grpc-js';
import type { Logger } from '../../core/log.js';
import type { Caller } from '../auth/caller.js';

export interface CallContext {
  requestId: string;
  /** "/package.Service/Method". */
  method: string;
  ip: string | null;
  userAgent: string | null;
  /** Set by the authentication interceptor; null only on PERMISSION_PUBLIC methods. */
  caller: Caller | null;
  /** Epoch milliseconds after which the call is cut off. */
  deadline: number;
  log: Logger;
}

const contexts = new WeakMap<Metadata, CallContext>();

export function attachContext(metadata: Metadata, context: CallContext): void {
  contexts.set(metadata, context);
}

export function contextOf(metadata: Metadata): CallContext | undefined {
  return contexts.get(metadata);
}

/** The caller of an authenticated method (the interceptor guarantees one exists). */
export function callerOf(context: CallContext): Caller {
  if (!context.caller) throw new Error(`${context.method}: no caller on an authenticated method`);
  return context.caller;
}
