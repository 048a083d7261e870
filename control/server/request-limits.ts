/**
 * Checks every request at the edge, before its handler runs, by walking the decoded message with
 * its descriptor (proto/swarmgate/control/v1/field_limits.proto says what and why): no NUL in any
 * string, strings and bytes within their declared `max_length` (or the default), timestamps inside
 * the range google.protobuf.Timestamp allows. Driven by the loaded protos, so a new service is
 * covered the moment its .proto is in CONTROL_PROTO_FILES. All problems of a request are reported
 * together as one INVALID_ARGUMENT, named by proto field path.
 */
import protobuf from 'protobufjs';
import { Violations } from '../errors/violations.js';
import { loadControlRoot } from '../proto.js';

export const DEFAULT_MAX_STRING_CHARACTERS = 1024;
export const DEFAULT_MAX_BYTES = 1024 * 1024;
// 0001-01-01T00:00:00Z and 9999-12-31T23:59:59Z, the range google.protobuf.Timestamp documents.
const MIN_TIMESTAMP_SECONDS = -62135596800;
const MAX_TIMESTAMP_SECONDS = 253402300799;

const OPTION_KEYS = ['(max_length)', '(swarmgate.control.v1.max_length)'];

function declaredMaxLength(field: protobuf.Field): number | undefined {
  for (const key of OPTION_KEYS) {
    const value = field.options?.[key] as unknown;
    if (typeof value === 'number') return value;
  }
  return undefined;
}

/** Code points in `text`, counting no further than `limit + 1`. */
function codePointsUpTo(text: string, limit: number): number {
  if (text.length <= limit) return text.length;
  let count = 0;
  for (const _ of text) if (++count > limit) break;
  return count;
}

function checkString(v: Violations, path: string, text: string, max: number): void {
  if (text.includes('\0')) v.add(path, 'must not contain NUL characters');
  if (codePointsUpTo(text, max) > max) v.add(path, `at most ${max} characters (this one has ${[...text].length})`);
}

function checkTimestamp(v: Violations, path: string, value: { seconds?: unknown; nanos?: unknown }): void {
  const seconds = Number(value.seconds ?? 0);
  const nanos = Number(value.nanos ?? 0);
  if (!Number.isFinite(seconds) || seconds < MIN_TIMESTAMP_SECONDS || seconds > MAX_TIMESTAMP_SECONDS) {
    v.add(path, 'must lie between 0001-01-01T00:00:00Z and 9999-12-31T23:59:59Z');
  } else if (!Number.isInteger(nanos) || nanos < 0 || nanos > 999_999_999) {
    v.add(path, 'nanos must be from 0 to 999999999');
  }
}

function checkValue(v: Violations, field: protobuf.Field, path: string, value: unknown): void {
  if (value === null || value === undefined) return;
  if (field.resolvedType instanceof protobuf.Type) return checkMessage(v, field.resolvedType, path, value as Record<string, unknown>);
  if (field.type === 'string' && typeof value === 'string') return checkString(v, path, value, declaredMaxLength(field) ?? DEFAULT_MAX_STRING_CHARACTERS);
  if (field.type === 'bytes' && value instanceof Uint8Array) {
    const max = declaredMaxLength(field) ?? DEFAULT_MAX_BYTES;
    if (value.length > max) v.add(path, `at most ${max} bytes (this one has ${value.length})`);
  }
}

function checkMessage(v: Violations, type: protobuf.Type, prefix: string, message: Record<string, unknown>): void {
  if (type.fullName === '.google.protobuf.Timestamp') return checkTimestamp(v, prefix, message);
  for (const field of type.fieldsArray) {
    // The handlers' objects use camelCase names (proto-loader keepCase: false); violations name proto fields.
    const value = message[protobuf.util.camelCase(field.name)] ?? message[field.name];
    if (value === null || value === undefined) continue;
    const path = prefix ? `${prefix}.${field.name}` : field.name;
    if (field.map) {
      for (const [key, item] of Object.entries(value as Record<string, unknown>)) {
        if (key.includes('\0')) v.add(`${path}`, 'map keys must not contain NUL characters');
        checkValue(v, field, `${path}[${JSON.stringify(key.slice(0, 64))}]`, item);
      }
    } else if (field.repeated && Array.isArray(value)) {
      value.forEach((item, i) => checkValue(v, field, `${path}[${i}]`, item));
    } else {
      checkValue(v, field, path, value);
    }
  }
}

let requestTypes: Map<string, protobuf.Type> | undefined;

/** "/package.Service/Method" -> request type, for every service in the control protos. */
function requestTypeByPath(): Map<string, protobuf.Type> {
  if (!requestTypes) {
    requestTypes = new Map();
    const visit = (namespace: protobuf.NamespaceBase): void => {
      for (const nested of namespace.nestedArray) {
        if (nested instanceof protobuf.Service) {
          for (const method of nested.methodsArray) requestTypes!.set(`/${nested.fullName.slice(1)}/${method.name}`, method.resolvedRequestType!);
        } else if (nested instanceof protobuf.Namespace) {
          visit(nested);
        }
      }
    };
    visit(loadControlRoot());
  }
  return requestTypes;
}

/** Throws INVALID_ARGUMENT naming every field of `request` that breaks a limit. */
export function checkRequestLimits(methodPath: string, request: unknown): void {
  const type = requestTypeByPath().get(methodPath);
  if (!type || request === null || typeof request !== 'object') return;
  const v = new Violations();
  checkMessage(v, type, '', request as Record<string, unknown>);
  v.throwIfAny();
}
