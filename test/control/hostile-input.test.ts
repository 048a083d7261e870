/**
 * Every RPC of every service in the loaded protos (so services added later are covered without
 * touching this file), called through the real server with hostile values in each string, number,
 * bytes, timestamp and page-token field, one field at a time: whatever the answer, it is never
 * INTERNAL or UNKNOWN. Calls are encoded from the descriptors by proto field name, as a client in
 * another language would send them, with an administrator's token so they reach the handlers.
 */
import * as grpc from '@grpc/grpc-js';
import protobuf from 'protobufjs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadControlRoot } from '../../control/proto.js';
import { startTestControl, type TestAccount, type TestControl } from './harness.js';

const forgedTokens = [
  Buffer.from(JSON.stringify({ c: '99999999999999999999999', i: 'not-a-uuid', s: 'x' })).toString('base64url'),
  `${Buffer.from(JSON.stringify({ c: '1', i: '00000000-0000-0000-0000-000000000000', s: 'x' })).toString('base64url')}.AAAAAAAAAAAAAAAAAAAAAA`,
  'a.b.c',
  '.',
  '__proto__',
];

const hostileStrings = [
  '\0',
  'users/\0',
  'a'.repeat(5000),
  '\u{1F600}'.repeat(2000),
  '-1',
  '99999999999999999999999999',
  'constructor',
  '__proto__',
  'toString',
  'users/constructor',
  'users/__proto__/sessions/constructor',
  'torrents/__proto__',
  'torrents/0000000000000000000000000000000000000000',
  'users/00000000-0000-0000-0000-000000000000',
  'constructor = "x"',
  '__proto__ = x AND toString = y',
  'status = toString',
  'create_time > "2025-02-30T00:00:00Z"',
  'create_time > "99999-01-01T00:00:00Z"',
  '"unterminated',
  "'; DROP TABLE users; --",
  '%_\\',
  'javascript:alert(1)',
];

const hostileNumbers = [-1, -2147483648, 2147483647, 0];
const hostileInt64 = [-1, -9007199254740991, 9007199254740991];

const hostileBytes = [
  Buffer.alloc(0),
  Buffer.from('\0'),
  Buffer.from('d4:infod4:name1:\0e'),
  Buffer.from('l'.repeat(10000)),
  Buffer.from('d4:infod6:lengthi-1e4:name1:x12:piece lengthi16384e6:pieces20:aaaaaaaaaaaaaaaaaaaa7:privatei1eee'),
  Buffer.from('d4:infod6:lengthi9223372036854775808e4:name1:x12:piece lengthi16384e6:pieces20:aaaaaaaaaaaaaaaaaaaa7:privatei1eee'),
  Buffer.from('i99999999999999999999999999e'),
];

const hostileTimestamps = [
  { seconds: 1e15, nanos: 0 },
  { seconds: -1e15, nanos: 0 },
  { seconds: 0, nanos: -1 },
  { seconds: 253402300800, nanos: 0 },
];

type Value = unknown;

/** Hostile values for one field, by its type. */
function valuesFor(field: protobuf.Field): Value[] {
  const repeated = (values: Value[]) => (field.repeated ? values.map((v) => [v, v]) : values);
  if (field.name === 'page_token') return forgedTokens;
  if (field.resolvedType instanceof protobuf.Type) {
    if (field.resolvedType.fullName === '.google.protobuf.Timestamp') return repeated(hostileTimestamps);
    return [];
  }
  switch (field.type) {
    case 'string':
      return repeated(hostileStrings);
    case 'bytes':
      return repeated(hostileBytes);
    case 'int32':
    case 'uint32':
    case 'sint32':
      return repeated(field.type === 'uint32' ? [0, 4294967295] : hostileNumbers);
    case 'int64':
    case 'uint64':
    case 'sint64':
      return repeated(field.type === 'uint64' ? [0, 9007199254740991] : hostileInt64);
    case 'double':
    case 'float':
      return repeated([-1, 1e308, Number.NaN]);
    case 'bool':
      return repeated([true]);
    default:
      return [];
  }
}

/** Every (path, value) pair to try: top-level fields and fields of nested messages, one at a time. */
function variants(type: protobuf.Type, depth = 0): { path: string; request: Record<string, Value> }[] {
  const out: { path: string; request: Record<string, Value> }[] = [];
  for (const field of type.fieldsArray) {
    for (const value of valuesFor(field)) out.push({ path: field.name, request: { [field.name]: value } });
    const nested = field.resolvedType;
    if (depth === 0 && nested instanceof protobuf.Type && !nested.fullName.startsWith('.google.protobuf.') && !field.repeated) {
      for (const inner of variants(nested, depth + 1)) out.push({ path: `${field.name}.${inner.path}`, request: { [field.name]: inner.request } });
    }
    if (field.name === 'update_mask') {
      for (const path of ['constructor', '__proto__', '\0', 'x'.repeat(2000)]) out.push({ path: 'update_mask.paths', request: { update_mask: { paths: [path] } } });
    }
  }
  return out;
}

function allMethods(): { path: string; service: string; method: protobuf.Method }[] {
  const methods: { path: string; service: string; method: protobuf.Method }[] = [];
  const visit = (namespace: protobuf.NamespaceBase) => {
    for (const nested of namespace.nestedArray) {
      if (nested instanceof protobuf.Service) {
        for (const method of nested.methodsArray) methods.push({ path: `/${nested.fullName.slice(1)}/${method.name}`, service: nested.fullName.slice(1), method });
      } else if (nested instanceof protobuf.Namespace) {
        visit(nested);
      }
    }
  };
  visit(loadControlRoot());
  return methods;
}

describe('hostile input on every RPC', () => {
  let t: TestControl;
  let target: TestAccount;
  let client: grpc.Client;
  beforeAll(async () => {
    t = await startTestControl();
    target = await t.account('member');
    client = new grpc.Client(t.address, grpc.credentials.createInsecure());
  });
  afterAll(async () => {
    client.close();
    await t.stop();
  });

  function send(path: string, type: protobuf.Type, request: Record<string, Value>): Promise<grpc.status> {
    const metadata = new grpc.Metadata();
    metadata.set('authorization', `Bearer ${t.admin.token}`);
    return new Promise((resolve) => {
      client.makeUnaryRequest(
        path,
        (value: Record<string, Value>) => Buffer.from(type.encode(type.fromObject(value)).finish()),
        (bytes: Buffer) => bytes,
        request,
        metadata,
        { deadline: Date.now() + 20_000 },
        (error) => resolve(error ? error.code : grpc.status.OK),
      );
    });
  }

  it('walks every RPC with hostile values in every field and never answers INTERNAL or UNKNOWN', { timeout: 300_000 }, async () => {
    const methods = allMethods();
    expect(methods.length).toBeGreaterThanOrEqual(29);
    const bad: string[] = [];
    let calls = 0;
    for (const { path, method } of methods) {
      const type = method.resolvedRequestType!;
      // Each variant alone, and again beside a real account's name so handlers get past the lookup.
      const names: Record<string, Value> = {};
      for (const field of type.fieldsArray) if (field.name === 'name' || field.name === 'parent') names[field.name] = `users/${target.id}`;
      for (const { path: field, request } of variants(type)) {
        for (const base of Object.keys(names).length ? [{}, names] : [{}]) {
          const code = await send(path, type, { ...base, ...request });
          calls++;
          if (code === grpc.status.INTERNAL || code === grpc.status.UNKNOWN) bad.push(`${path} ${field} -> ${grpc.status[code]}`);
        }
      }
    }
    expect(calls).toBeGreaterThan(1000);
    expect(bad).toEqual([]);
  });
});
