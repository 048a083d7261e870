/**
 * Server reflection serves real file descriptors: decoded with protobufjs' own descriptor decoding
 * (protobufjs/ext/descriptor), they name proto fields, carry `permission` as a method option, list
 * their imports, include valid well-known types, and are enough to build and send a request by
 * proto field name, as grpcurl and clients in other languages do.
 */
import { join } from 'node:path';
import * as grpc from '@grpc/grpc-js';
import * as protoLoader from '@grpc/proto-loader';
import protobuf from 'protobufjs';
import * as descriptor from 'protobufjs/ext/descriptor/index.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { protoDir } from '../../core/paths.js';
import { methodPermissions } from '../../control/auth/method-permissions.js';
import { controlServiceNames, CONTROL_PROTO_FILES, loadControlProto } from '../../control/proto.js';
import { startTestControl, type TestControl } from './harness.js';

interface ReflectionResponse {
  listServicesResponse?: { service: { name: string }[] };
  fileDescriptorResponse?: { fileDescriptorProto: Buffer[] };
  errorResponse?: { errorCode: number; errorMessage: string };
}

type ReflectionClient = grpc.Client & { ServerReflectionInfo(): grpc.ClientDuplexStream<Record<string, unknown>, ReflectionResponse> };

function reflectionClient(address: string, version: 'v1' | 'v1alpha'): ReflectionClient {
  const definition = protoLoader.loadSync(`grpc/reflection/${version}/reflection.proto`, {
    includeDirs: [new URL('../../node_modules/@grpc/reflection/build/proto/', import.meta.url).pathname],
  });
  const pkg = grpc.loadPackageDefinition(definition) as unknown as { grpc: { reflection: Record<string, { ServerReflection: grpc.ServiceClientConstructor }> } };
  return new pkg.grpc.reflection[version]!.ServerReflection(address, grpc.credentials.createInsecure()) as unknown as ReflectionClient;
}

/** One request on a fresh reflection stream. */
function reflect(client: ReflectionClient, request: Record<string, unknown>): Promise<ReflectionResponse> {
  return new Promise((resolve, reject) => {
    const stream = client.ServerReflectionInfo();
    stream.on('data', (response: ReflectionResponse) => {
      resolve(response);
      stream.end();
    });
    stream.on('error', reject);
    stream.write(request);
  });
}

type FileDescriptor = descriptor.IFileDescriptorProto & { name: string };

function decodeFiles(response: ReflectionResponse): FileDescriptor[] {
  expect(response.errorResponse, JSON.stringify(response.errorResponse)).toBeUndefined();
  return response.fileDescriptorResponse!.fileDescriptorProto.map((bytes) => descriptor.FileDescriptorProto.decode(bytes) as unknown as FileDescriptor);
}

describe('server reflection', () => {
  let t: TestControl;
  let client: ReflectionClient;
  beforeAll(async () => {
    t = await startTestControl();
    client = reflectionClient(t.address, 'v1');
  });
  afterAll(async () => {
    client.close();
    await t.stop();
  });

  it('lists every service of the loaded protos and health, each resolvable to its file', async () => {
    const listed = (await reflect(client, { listServices: '*' })).listServicesResponse!.service.map((s) => s.name);
    const expected = [...controlServiceNames(loadControlProto().definition), 'grpc.health.v1.Health'];
    expect(listed.sort()).toEqual(expected.sort());
    for (const service of listed) {
      const [file] = decodeFiles(await reflect(client, { fileContainingSymbol: service }));
      expect(file!.service!.map((s) => `${file!.package}.${s.name}`)).toContain(service);
    }
  });

  it('answers file lookups by name with the file and its imports, proto field names and valid well-known types', async () => {
    for (const name of CONTROL_PROTO_FILES) {
      const files = decodeFiles(await reflect(client, { fileByFilename: name }));
      expect(files[0]!.name).toBe(name);
      const served = new Set(files.map((f) => f.name));
      for (const file of files) for (const dependency of file.dependency ?? []) expect(served, `${file.name} imports ${dependency}`).toContain(dependency);
    }
    const users = decodeFiles(await reflect(client, { fileByFilename: 'swarmgate/control/v1/users.proto' }));
    expect(users[0]!.dependency).toEqual(expect.arrayContaining(['google/protobuf/timestamp.proto', 'swarmgate/control/v1/permissions.proto']));
    const listUsers = users[0]!.messageType!.find((m) => m.name === 'ListUsersRequest')!;
    expect(listUsers.field!.map((f) => f.name)).toEqual(['page_size', 'page_token', 'filter', 'query', 'show_deleted']);
    expect(listUsers.field![0]!.jsonName).toBe('pageSize');
    // No synthetic fields: the permission is not injected into the service's messages.
    expect(users[0]!.messageType!.flatMap((m) => m.field!.map((f) => f.name))).not.toContain('permission');
    // Well-known types as published: extension ranges end (exclusively) at 2^29 at most.
    const wkt = decodeFiles(await reflect(client, { fileByFilename: 'google/protobuf/descriptor.proto' }))[0]!;
    for (const message of wkt.messageType!) {
      for (const range of message.extensionRange ?? []) expect(range.end! <= 536870912 && range.start! < range.end!, `${message.name}`).toBe(true);
    }
    // Error details: the ErrorInfo.metadata map entry is named as protoc names it.
    const details = decodeFiles(await reflect(client, { fileByFilename: 'google/rpc/error_details.proto' }))[0]!;
    const errorInfo = details.messageType!.find((m) => m.name === 'ErrorInfo')!;
    expect(errorInfo.nestedType!.map((n) => [n.name, n.options?.mapEntry])).toEqual([['MetadataEntry', true]]);
    expect((await reflect(client, { fileByFilename: 'no/such.proto' })).errorResponse!.errorCode).toBe(grpc.status.NOT_FOUND);
    expect((await reflect(client, { fileContainingSymbol: 'no.such.Symbol' })).errorResponse!.errorCode).toBe(grpc.status.NOT_FOUND);
  });

  it('carries `permission` as a method option (extension 51001 of MethodOptions), findable by extension', async () => {
    const [file] = (await reflect(client, { fileContainingSymbol: 'swarmgate.control.v1.UserService' })).fileDescriptorResponse!.fileDescriptorProto;
    // Decoding with descriptor.proto plus permissions.proto makes the extension a known field.
    const root = new protobuf.Root();
    root.resolvePath = (_origin, target) => (target.startsWith('google/protobuf/') ? target : join(protoDir, target));
    root.loadSync(['google/protobuf/descriptor.proto', 'swarmgate/control/v1/permissions.proto'], { keepCase: true });
    const decoded = root.lookupType('google.protobuf.FileDescriptorProto').toObject(root.lookupType('google.protobuf.FileDescriptorProto').decode(file!), { enums: String }) as {
      service: { name: string; method: { name: string; options: Record<string, unknown> }[] }[];
    };
    // Every method carries the permission the server enforces.
    const enforced = methodPermissions(loadControlProto().definition);
    for (const method of decoded.service[0]!.method) {
      expect(method.options['.swarmgate.control.v1.permission'], method.name).toBe(enforced.get(`/swarmgate.control.v1.UserService/${method.name}`));
    }
    expect(decoded.service[0]!.method.find((m) => m.name === 'ListUsers')!.options['.swarmgate.control.v1.permission']).toBe('PERMISSION_USERS_READ');
    const byExtension = decodeFiles(
      await reflect(client, { fileContainingExtension: { containingType: 'google.protobuf.MethodOptions', extensionNumber: 51001 } }),
    );
    expect(byExtension[0]!.name).toBe('swarmgate/control/v1/permissions.proto');
  });

  it('v1alpha answers the same', async () => {
    const alpha = reflectionClient(t.address, 'v1alpha');
    const files = decodeFiles(await reflect(alpha, { fileContainingSymbol: 'swarmgate.control.v1.TorrentService' }));
    expect(files[0]!.name).toBe('swarmgate/control/v1/torrents.proto');
    alpha.close();
  });

  it('a request built by proto field name from the reflected descriptors works against the server', async () => {
    const response = await reflect(client, { fileContainingSymbol: 'swarmgate.control.v1.UserService' });
    const root = (protobuf.Root as unknown as { fromDescriptor(set: descriptor.IFileDescriptorSet): protobuf.Root }).fromDescriptor({ file: decodeFiles(response) });
    const Request = root.lookupType('swarmgate.control.v1.ListUsersRequest');
    const Response = root.lookupType('swarmgate.control.v1.ListUsersResponse');
    expect(Object.keys(Request.fields)).toContain('page_size');
    const raw = new grpc.Client(t.address, grpc.credentials.createInsecure());
    const metadata = new grpc.Metadata();
    metadata.set('authorization', `Bearer ${t.admin.token}`);
    await t.account('member');
    const answer = await new Promise<Record<string, unknown>>((resolve, reject) =>
      raw.makeUnaryRequest(
        '/swarmgate.control.v1.UserService/ListUsers',
        (request: Record<string, unknown>) => Buffer.from(Request.encode(Request.fromObject(request)).finish()),
        (bytes: Buffer) => Response.toObject(Response.decode(bytes), { defaults: true }),
        { page_size: 1, show_deleted: false },
        metadata,
        (error, value) => (error ? reject(error) : resolve(value!)),
      ),
    );
    raw.close();
    expect((answer.users as unknown[]).length).toBe(1);
    expect(answer.next_page_token).not.toBe('');
  });
});
