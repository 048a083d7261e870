/**
 * Ends a call with DEADLINE_EXCEEDED when the earlier of the client's deadline and the server's
 * cap (control.maxCallSeconds) passes, so a stuck query cannot hold a call open forever. Whatever the
 * handler sends afterwards is dropped. Streaming calls (health Watch, reflection) are meant to stay
 * open: only the client's own deadline, which grpc-js enforces, applies to them.
 */
import { ServerInterceptingCall, status, type ServerInterceptor } from '@grpc/grpc-js';
import { contextOf } from '../call-context.js';

export function deadlineInterceptor(): ServerInterceptor {
  return (method, call) => {
    if (method.requestStream || method.responseStream) return new ServerInterceptingCall(call);
    let timer: NodeJS.Timeout | undefined;
    let expired = false;
    return new ServerInterceptingCall(call, {
      start(next) {
        next({
          onReceiveMetadata(metadata, nextMetadata) {
            const context = contextOf(metadata);
            if (context && Number.isFinite(context.deadline)) {
              timer = setTimeout(() => {
                expired = true;
                call.sendStatus({ code: status.DEADLINE_EXCEEDED, details: 'the call took longer than its deadline' });
              }, Math.max(0, context.deadline - Date.now()));
            }
            nextMetadata(metadata);
          },
          onCancel() {
            clearTimeout(timer);
          },
        });
      },
      sendMessage(message, next) {
        if (!expired) next(message);
      },
      sendStatus(outcome, next) {
        clearTimeout(timer);
        if (!expired) next(outcome);
      },
    });
  };
}
