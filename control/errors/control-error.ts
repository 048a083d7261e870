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

/** Longest a client-sent value is quoted back in an error (the rest is cut, saying how much). */
export const MAX_ECHOED_CHARACTERS = 64;
/** Caps on what an answer carries, so a status always fits a client's 8 KiB metadata limit. */
const MAX_MESSAGE_CHARACTERS = 512;
const MAX_VIOLATIONS = 10;

/**
 * A value the client sent, shortened for quoting in an error: NUL and other control characters
 * shown as escapes, at most MAX_ECHOED_CHARACTERS characters.
 */
export function echo(value: string): string {
  const shown = value.length > MAX_ECHOED_CHARACTERS ? `${value.slice(0, MAX_ECHOED_CHARACTERS)}… (${value.length - MAX_ECHOED_CHARACTERS} more characters)` : value;
  // eslint-disable-next-line no-control-regex
  return shown.replace(/[\u0000-\u001f\u007f]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}

/** `text` cut to `max` characters (the safety net under echo() for every message and detail). */
export function clip(text: string, max = MAX_MESSAGE_CHARACTERS): string {
  return text.length > max ? `${text.slice(0, max)}…` : text;
}

export function invalidArgument(violations: FieldViolation[]): ControlError {
  const shown = violations.slice(0, MAX_VIOLATIONS).map((v) => ({ field: clip(v.field, 100), description: clip(v.description, 160) }));
  const more = violations.length - shown.length;
  const message = shown.map((v) => `${v.field}: ${v.description}`).join('; ') + (more > 0 ? `; and ${more} more` : '');
  return new ControlError(status.INVALID_ARGUMENT, message, { reason: 'INVALID_ARGUMENT', fieldViolations: shown });
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
  const message = clip(error.message);
  const details: ErrorDetails = {
    ...error.details,
    ...(error.details.metadata
      ? { metadata: Object.fromEntries(Object.entries(error.details.metadata).map(([key, value]) => [key, clip(value, 200)])) }
      : {}),
  };
  metadata.set(STATUS_DETAILS_KEY, encodeStatusDetails(error.code, message, details));
  return { code: error.code, details: message, metadata };
}

export const INTERNAL_ERROR = new ControlError(status.INTERNAL, 'internal error; the server log has the details (see x-request-id)', {
  reason: 'INTERNAL',
});
