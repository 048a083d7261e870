/**
 * Outermost interceptor: gives every call a request id (the client's x-request-id when it is a
 * sane token, else a new UUID), returns it in the response metadata, creates the call context, and
 * logs each finished call with its code and duration.
 */
import { randomUUID } from 'node:crypto';
import { Metadata, ServerInterceptingCall, status, type ServerInterceptor } from '@grpc/grpc-js';
import type { Logger } from '../../../core/log.js';
import { attachContext, type CallContext } from '../call-context.js';

const REQUEST_ID = /^[A-Za-z0-9._:-]{1,128}$/;

function clientAddress(remote: string | undefined): string | null {
  if (!remote) return null;
  return remote.startsWith('::ffff:') ? remote.slice(7) : remote;
}

export function requestContextInterceptor(log: Logger, maxCallMs: number): ServerInterceptor {
  return (method, call) => {
    const started = performance.now();
    let context: CallContext | undefined;
    return new ServerInterceptingCall(call, {
      start(next) {
        next({
          onReceiveMetadata(metadata, nextMetadata) {
            const sent = metadata.get('x-request-id')[0];
            const requestId = typeof sent === 'string' && REQUEST_ID.test(sent) ? sent : randomUUID();
            const agent = metadata.get('user-agent')[0];
            const clientDeadline = call.getDeadline();
            const deadlineMs = clientDeadline instanceof Date ? clientDeadline.getTime() : clientDeadline;
            context = {
              requestId,
              method: method.path,
              ip: clientAddress(call.getConnectionInfo().remoteAddress),
              userAgent: typeof agent === 'string' ? agent : null,
              caller: null,
              deadline: Math.min(deadlineMs, Date.now() + maxCallMs),
              log: log.child({ requestId, method: method.path }),
            };
            attachContext(metadata, context);
            nextMetadata(metadata);
          },
        });
      },
      sendMetadata(metadata, next) {
        if (context) metadata.set('x-request-id', context.requestId);
        next(metadata);
      },
      sendStatus(outcome, next) {
        const trailers = outcome.metadata ?? new Metadata();
        if (context) trailers.set('x-request-id', context.requestId);
        const ms = Math.round((performance.now() - started) * 10) / 10;
        const entry = { method: method.path, code: status[outcome.code ?? status.OK], ms, user: context?.caller?.userId };
        if (outcome.code === status.INTERNAL || outcome.code === status.UNKNOWN) (context?.log ?? log).error(entry, 'call failed');
        else (context?.log ?? log).debug(entry, 'call');
        next({ ...outcome, metadata: trailers });
      },
    });
  };
}
