/**
 * Adapts an async handler `(request, context) => response` to grpc-js: the context comes from the
 * interceptors, a ControlError becomes its status with details, anything else INTERNAL (logged).
 */
import type { sendUnaryData, ServerUnaryCall } from '@grpc/grpc-js';
import { ControlError, INTERNAL_ERROR, toStatus } from '../errors/control-error.js';
import { contextOf, type CallContext } from './call-context.js';

export function unary<Request, Response>(
  handler: (request: Request, context: CallContext) => Promise<Response>,
): (call: ServerUnaryCall<Request, Response>, callback: sendUnaryData<Response>) => void {
  return (call, callback) => {
    const context = contextOf(call.metadata);
    if (!context) return void callback(toStatus(INTERNAL_ERROR));
    handler(call.request, context).then(
      (response) => callback(null, response),
      (err: unknown) => {
        if (err instanceof ControlError) return callback(toStatus(err));
        context.log.error({ err }, 'handler failed');
        callback(toStatus(INTERNAL_ERROR));
      },
    );
  };
}
