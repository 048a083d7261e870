/**
 * The one error type handlers throw. It carries a canonical gRPC code, a message for people and the
 * machine-readable details; toStatus turns it into what grpc-js sends, details in
 * `grpc-status-details-bin`. Anything else thrown becomes INTERNAL without leaking its text.
 */
import { Metadata, status, type StatusObject } from '@grpc/grpc-js';
import { encodeStatusDetails, STATUS_DETAILS_KEY, type ErrorDetails, type FieldViolation } from './status-details.js';

export class ControlError extends Error {
  override name = 'ControlError';

  constructor(
    readonly code: status,
    message: string,
    readonly details: ErrorDetails = {},
  ) {
    super(message);
  }
}

export function invalidArgument(violations: FieldViolation[]): ControlError {
  const message = violations.map((v) => `${v.field}: ${v.description}`).join('; ');
  return new ControlError(status.INVALID_ARGUMENT, message, { reason: 'INVALID_ARGUMENT', fieldViolations: violations });
}

export function invalidField(field: string, description: string): ControlError {
  return invalidArgument([{ field, description }]);
}

export function unauthenticated(reason: string, message: string): ControlError {
  return new ControlError(status.UNAUTHENTICATED, message, { reason });
}

export function permissionDenied(reason: string, message: string, metadata?: Record<string, string>): ControlError {
  return new ControlError(status.PERMISSION_DENIED, message, { reason, metadata });
}

export function notFound(resource: string, message = `${resource} not found`): ControlError {
  return new ControlError(status.NOT_FOUND, message, { reason: 'RESOURCE_NOT_FOUND', metadata: { resource } });
}

export function alreadyExists(reason: string, message: string, metadata?: Record<string, string>): ControlError {
  return new ControlError(status.ALREADY_EXISTS, message, { reason, metadata });
}

export function failedPrecondition(reason: string, message: string, metadata?: Record<string, string>): ControlError {
  return new ControlError(status.FAILED_PRECONDITION, message, { reason, metadata });
}

/** The etag sent does not match the stored one: someone else changed the resource first. */
export function etagMismatch(resource: string, current: string): ControlError {
  return new ControlError(status.ABORTED, `${resource} was changed by someone else; read it again and retry`, {
    reason: 'ETAG_MISMATCH',
    metadata: { resource, current_etag: current },
  });
}

/** The status grpc-js sends for `error` (from a handler's callback or an interceptor's sendStatus). */
export function toStatus(error: ControlError): StatusObject {
  const metadata = new Metadata();
  metadata.set(STATUS_DETAILS_KEY, encodeStatusDetails(error.code, error.message, error.details));
  return { code: error.code, details: error.message, metadata };
}

export const INTERNAL_ERROR = new ControlError(status.INTERNAL, 'internal error; the server log has the details (see x-request-id)', {
  reason: 'INTERNAL',
});
