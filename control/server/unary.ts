/**
 * Adapts an async handler `(request, context) => response` to grpc-js, the same way for every RPC
 * of every service: the context comes from the interceptors; the request is checked at the edge
 * against the limits its descriptor declares (request-limits.ts) before the handler sees it; a
 * ControlError becomes its status with details; a PostgreSQL error a request can provoke gets its
 * canonical code (errors/database-errors.ts: unique violations are ALREADY_EXISTS everywhere);
 * anything else INTERNAL (logged).
 */
import type { sendUnaryData, ServerUnaryCall } from '@grpc/grpc-js';
import { fromDatabaseError } from '../errors/database-errors.js';
import { ControlError, INTERNAL_ERROR, toStatus } from '../errors/control-error.js';
import { contextOf, type CallContext } from './call-context.js';
import { checkRequestLimits } from './request-limits.js';

export function unary<Request, Response>(
  handler: (request: Request, context: CallContext) => Promise<Response>,
): (call: ServerUnaryCall<Request, Response>, callback: sendUnaryData<Response>) => void {
  return (call, callback) => {
    const context = contextOf(call.metadata);
    if (!context) return void callback(toStatus(INTERNAL_ERROR));
    Promise.resolve()
      .then(() => {
        checkRequestLimits(call.getPath(), call.request);
        return handler(call.request, context);
      })
      .then(
        (response) => callback(null, response),
        (err: unknown) => {
          if (err instanceof ControlError) return callback(toStatus(err));
          const mapped = fromDatabaseError(err);
          if (mapped) {
            context.log.warn({ err, code: mapped.code }, 'database refused a request');
            return callback(toStatus(mapped));
          }
          context.log.error({ err }, 'handler failed');
          callback(toStatus(INTERNAL_ERROR));
        },
      );
  };
}
