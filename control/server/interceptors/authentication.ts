/**
 * Authentication and authorisation for every call: looks up the permission the RPC declares,
 * authenticates the bearer token unless the RPC is public, and checks the caller's group against the
 * permission table. Refusals end the call here with UNAUTHENTICATED or PERMISSION_DENIED and rich
 * details; methods that declare nothing are refused.
 */
import { ServerInterceptingCall, type ServerInterceptor } from '@grpc/grpc-js';
import type { Pool } from '../../../core/db.js';
import { authenticate, bearerToken } from '../../auth/authenticate.js';
import { OPEN_STANDARD_SERVICES } from '../../auth/method-permissions.js';
import { holds } from '../../auth/permission-table.js';
import { ControlError, INTERNAL_ERROR, permissionDenied, toStatus } from '../../errors/control-error.js';
import type { Permission__Output as Permission } from '../../generated/swarmgate/control/v1/Permission.js';
import { contextOf } from '../call-context.js';

export function authenticationInterceptor(pool: Pool, permissions: Map<string, Permission>): ServerInterceptor {
  return (method, call) =>
    new ServerInterceptingCall(call, {
      start(next) {
        next({
          onReceiveMetadata(metadata, nextMetadata) {
            const refuse = (error: ControlError) => call.sendStatus(toStatus(error));
            if (OPEN_STANDARD_SERVICES.some((prefix) => method.path.startsWith(prefix))) return nextMetadata(metadata);
            const permission = permissions.get(method.path);
            const context = contextOf(metadata);
            if (!permission || !context) {
              return refuse(permissionDenied('PERMISSION_UNDECLARED', `${method.path} declares no permission and cannot be called`));
            }
            if (permission === 'PERMISSION_PUBLIC') return nextMetadata(metadata);
            authenticate(pool, bearerToken(metadata)).then(
              (caller) => {
                context.caller = caller;
                if (!holds(caller, permission)) {
                  return refuse(
                    permissionDenied('MISSING_PERMISSION', `${method.path} needs ${permission}, which group "${caller.groupName}" does not grant`, {
                      permission,
                      group: caller.groupName,
                    }),
                  );
                }
                nextMetadata(metadata);
              },
              (err: unknown) => {
                if (err instanceof ControlError) return refuse(err);
                context.log.error({ err }, 'authentication failed unexpectedly');
                refuse(INTERNAL_ERROR);
              },
            );
          },
        });
      },
    });
}
