/**
 * Rich error details in `grpc-status-details-bin`: a google.rpc.Status whose `details` hold
 * google.rpc.ErrorInfo, BadRequest and RetryInfo messages packed in google.protobuf.Any. Encoded
 * and decoded with protobufjs from proto/google/rpc, so servers and clients (swarmgatectl, tests)
 * share one definition.
 */
import { join } from 'node:path';
import protobuf from 'protobufjs';
import { protoDir } from '../../core/paths.js';

export const STATUS_DETAILS_KEY = 'grpc-status-details-bin';

export interface FieldViolation {
  field: string;
  description: string;
}

export interface ErrorDetails {
  /** ErrorInfo: a stable UPPER_SNAKE_CASE reason and string metadata. */
  reason?: string;
  metadata?: Record<string, string>;
  /** BadRequest field violations. */
  fieldViolations?: FieldViolation[];
  /** RetryInfo: seconds until a retry may succeed. */
  retryDelaySeconds?: number;
}

export const ERROR_DOMAIN = 'swarmgate.control';

const TYPE_PREFIX = 'type.googleapis.com/';

const root = new protobuf.Root();
root.resolvePath = (_origin, target) => (target.startsWith('google/protobuf/') ? target : join(protoDir, target));
root.loadSync(['google/rpc/status.proto', 'google/rpc/error_details.proto']);
const StatusType = root.lookupType('google.rpc.Status');
const ErrorInfoType = root.lookupType('google.rpc.ErrorInfo');
const BadRequestType = root.lookupType('google.rpc.BadRequest');
const RetryInfoType = root.lookupType('google.rpc.RetryInfo');

// protobufjs's bundled google.protobuf.Any keeps the proto field name type_url (no camelCase).
function pack(type: protobuf.Type, value: Record<string, unknown>): { type_url: string; value: Uint8Array } {
  return { type_url: `${TYPE_PREFIX}${type.fullName.slice(1)}`, value: type.encode(type.fromObject(value)).finish() };
}

export function encodeStatusDetails(code: number, message: string, details: ErrorDetails): Buffer {
  const any: { type_url: string; value: Uint8Array }[] = [];
  if (details.reason) any.push(pack(ErrorInfoType, { reason: details.reason, domain: ERROR_DOMAIN, metadata: details.metadata ?? {} }));
  if (details.fieldViolations?.length) any.push(pack(BadRequestType, { fieldViolations: details.fieldViolations }));
  if (details.retryDelaySeconds !== undefined) {
    const seconds = Math.floor(details.retryDelaySeconds);
    const nanos = Math.round((details.retryDelaySeconds - seconds) * 1e9);
    any.push(pack(RetryInfoType, { retryDelay: { seconds, nanos } }));
  }
  return Buffer.from(StatusType.encode(StatusType.fromObject({ code, message, details: any })).finish());
}

export interface DecodedStatus extends ErrorDetails {
  code: number;
  message: string;
}

/** Decode the trailer value; unknown detail types are skipped. */
export function decodeStatusDetails(bytes: Uint8Array): DecodedStatus {
  const status = StatusType.toObject(StatusType.decode(bytes), { longs: Number, defaults: true }) as {
    code: number;
    message: string;
    details: { type_url: string; value: Uint8Array }[];
  };
  const out: DecodedStatus = { code: status.code, message: status.message };
  for (const any of status.details) {
    const typeName = any.type_url.slice(any.type_url.lastIndexOf('/') + 1);
    if (typeName === 'google.rpc.ErrorInfo') {
      const info = ErrorInfoType.toObject(ErrorInfoType.decode(any.value), { defaults: true }) as { reason: string; metadata: Record<string, string> };
      out.reason = info.reason;
      out.metadata = info.metadata;
    } else if (typeName === 'google.rpc.BadRequest') {
      const bad = BadRequestType.toObject(BadRequestType.decode(any.value), { defaults: true }) as { fieldViolations: FieldViolation[] };
      out.fieldViolations = bad.fieldViolations.map(({ field, description }) => ({ field, description }));
    } else if (typeName === 'google.rpc.RetryInfo') {
      const retry = RetryInfoType.toObject(RetryInfoType.decode(any.value), { longs: Number, defaults: true }) as {
        retryDelay: { seconds: number; nanos: number };
      };
      out.retryDelaySeconds = retry.retryDelay.seconds + retry.retryDelay.nanos / 1e9;
    }
  }
  return out;
}
