/**
 * gRPC server reflection (grpc.reflection.v1 and v1alpha) serving the real file descriptors: each
 * .proto file as protoc-compatible tooling compiled it (`buf build` in `npm run proto:gen`, into
 * control/generated/*.binpb), with its dependencies, proto field names, options as options and the
 * well-known types as published. So `grpcurl describe`, JSON requests in proto field names and any
 * protobuf runtime read them. Which files are served comes from CONTROL_PROTO_FILES (plus the
 * health service), so a new service shows up once its .proto is listed there and regenerated.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import * as grpc from '@grpc/grpc-js';
import * as protoLoader from '@grpc/proto-loader';
import protobuf from 'protobufjs';
import { projectRoot } from '../../core/paths.js';
import { CONTROL_PROTO_FILES } from '../proto.js';

const DESCRIPTOR_SETS = ['control/generated/control.binpb', 'control/generated/health.binpb'];
/** The health service's file in health.binpb (grpc-health-check's proto/health/v1/health.proto). */
const HEALTH_FILE = 'health/v1/health.proto';
/** The google.rpc messages of grpc-status-details-bin, so clients can decode error details too. */
const ERROR_DETAIL_FILES = ['google/rpc/status.proto', 'google/rpc/error_details.proto'];

interface FileDescriptorProto {
  name: string;
  package?: string;
  dependency?: string[];
  message_type?: DescriptorProto[];
  enum_type?: { name: string; value?: { name: string }[] }[];
  service?: { name: string; method?: { name: string }[] }[];
  extension?: FieldDescriptorProto[];
}
interface DescriptorProto {
  name: string;
  field?: FieldDescriptorProto[];
  nested_type?: DescriptorProto[];
  enum_type?: { name: string; value?: { name: string }[] }[];
  extension?: FieldDescriptorProto[];
}
interface FieldDescriptorProto {
  name: string;
  number: number;
  extendee?: string;
}

const descriptorRoot = new protobuf.Root().loadSync('google/protobuf/descriptor.proto', { keepCase: true });
const FileDescriptorProtoType = descriptorRoot.lookupType('google.protobuf.FileDescriptorProto');

/** The encoded FileDescriptorProtos of a FileDescriptorSet, exactly as the compiler wrote them. */
function splitDescriptorSet(bytes: Uint8Array): Uint8Array[] {
  const reader = protobuf.Reader.create(bytes);
  const files: Uint8Array[] = [];
  while (reader.pos < reader.len) {
    const tag = reader.uint32();
    if (tag >>> 3 === 1 && (tag & 7) === 2) files.push(reader.bytes());
    else reader.skipType(tag & 7);
  }
  return files;
}

class DescriptorIndex {
  readonly files = new Map<string, { bytes: Uint8Array; proto: FileDescriptorProto }>();
  readonly symbols = new Map<string, string>();
  /** extendee (no leading dot) -> field number -> file. */
  readonly extensions = new Map<string, Map<number, string>>();
  readonly services: string[] = [];

  constructor(sets: Uint8Array[], roots: string[]) {
    const all = new Map<string, { bytes: Uint8Array; proto: FileDescriptorProto }>();
    for (const set of sets) {
      for (const bytes of splitDescriptorSet(set)) {
        const proto = FileDescriptorProtoType.toObject(FileDescriptorProtoType.decode(bytes), { defaults: false }) as FileDescriptorProto;
        if (!all.has(proto.name)) all.set(proto.name, { bytes, proto });
      }
    }
    const add = (name: string): void => {
      if (this.files.has(name)) return;
      const file = all.get(name);
      if (!file) throw new Error(`reflection: ${name} is not in ${DESCRIPTOR_SETS.join(' or ')}; run npm run proto:gen`);
      this.files.set(name, file);
      for (const dependency of file.proto.dependency ?? []) add(dependency);
    };
    for (const root of roots) add(root);
    for (const [name, { proto }] of this.files) this.indexFile(name, proto, roots.includes(name));
  }

  private indexFile(file: string, proto: FileDescriptorProto, listServices: boolean): void {
    const scope = proto.package ? `${proto.package}.` : '';
    const symbol = (name: string) => this.symbols.set(name, file);
    const extension = (ext: FieldDescriptorProto, prefix: string) => {
      symbol(`${prefix}${ext.name}`);
      const extendee = (ext.extendee ?? '').replace(/^\./, '');
      if (!this.extensions.has(extendee)) this.extensions.set(extendee, new Map());
      this.extensions.get(extendee)!.set(ext.number, file);
    };
    const enumeration = (e: { name: string; value?: { name: string }[] }, prefix: string) => {
      symbol(`${prefix}${e.name}`);
      // Enum values are scoped beside their enum, as in protoc.
      for (const value of e.value ?? []) symbol(`${prefix}${value.name}`);
    };
    const message = (m: DescriptorProto, prefix: string) => {
      const name = `${prefix}${m.name}`;
      symbol(name);
      for (const field of m.field ?? []) symbol(`${name}.${field.name}`);
      for (const nested of m.nested_type ?? []) message(nested, `${name}.`);
      for (const e of m.enum_type ?? []) enumeration(e, `${name}.`);
      for (const ext of m.extension ?? []) extension(ext, `${name}.`);
    };
    for (const m of proto.message_type ?? []) message(m, scope);
    for (const e of proto.enum_type ?? []) enumeration(e, scope);
    for (const ext of proto.extension ?? []) extension(ext, scope);
    for (const service of proto.service ?? []) {
      const name = `${scope}${service.name}`;
      symbol(name);
      for (const method of service.method ?? []) symbol(`${name}.${method.name}`);
      if (listServices) this.services.push(name);
    }
  }

  /** The file and everything it imports, transitively (the file first). */
  withDependencies(name: string): Uint8Array[] {
    const order: string[] = [];
    const visit = (file: string) => {
      if (order.includes(file)) return;
      order.push(file);
      for (const dependency of this.files.get(file)!.proto.dependency ?? []) visit(dependency);
    };
    visit(name);
    return order.map((file) => this.files.get(file)!.bytes);
  }
}

class NotFound extends Error {}

interface ReflectionRequest {
  host?: string;
  messageRequest?: string;
  fileByFilename?: string;
  fileContainingSymbol?: string;
  fileContainingExtension?: { containingType?: string; extensionNumber?: number };
  allExtensionNumbersOfType?: string;
  listServices?: string;
}

function answer(index: DescriptorIndex, request: ReflectionRequest): Record<string, unknown> {
  const base = { validHost: request.host ?? '', originalRequest: request };
  const files = (name: string | undefined) => {
    if (!name || !index.files.has(name)) throw new NotFound(`no file ${JSON.stringify(name ?? '')}`);
    return { fileDescriptorResponse: { fileDescriptorProto: index.withDependencies(name) } };
  };
  try {
    switch (request.messageRequest) {
      case 'listServices':
        return { ...base, listServicesResponse: { service: index.services.map((name) => ({ name })) } };
      case 'fileByFilename':
        return { ...base, ...files(request.fileByFilename) };
      case 'fileContainingSymbol': {
        const symbol = (request.fileContainingSymbol ?? '').replace(/^\./, '');
        if (!index.symbols.has(symbol)) throw new NotFound(`no symbol ${JSON.stringify(symbol)}`);
        return { ...base, ...files(index.symbols.get(symbol)) };
      }
      case 'fileContainingExtension': {
        const type = (request.fileContainingExtension?.containingType ?? '').replace(/^\./, '');
        const file = index.extensions.get(type)?.get(Number(request.fileContainingExtension?.extensionNumber));
        if (!file) throw new NotFound(`no extension ${request.fileContainingExtension?.extensionNumber} of ${type}`);
        return { ...base, ...files(file) };
      }
      case 'allExtensionNumbersOfType': {
        const type = (request.allExtensionNumbersOfType ?? '').replace(/^\./, '');
        if (!index.symbols.has(type)) throw new NotFound(`no type ${JSON.stringify(type)}`);
        return { ...base, allExtensionNumbersResponse: { baseTypeName: type, extensionNumber: [...(index.extensions.get(type)?.keys() ?? [])] } };
      }
      default:
        return { ...base, errorResponse: { errorCode: grpc.status.UNIMPLEMENTED, errorMessage: `unsupported request ${request.messageRequest}` } };
    }
  } catch (err) {
    if (!(err instanceof NotFound)) throw err;
    return { ...base, errorResponse: { errorCode: grpc.status.NOT_FOUND, errorMessage: err.message } };
  }
}

/** Adds grpc.reflection.v1 and v1alpha (same messages) to `server`. */
export function addReflection(server: grpc.Server): void {
  const sets = DESCRIPTOR_SETS.map((file) => readFileSync(join(projectRoot, file)));
  const index = new DescriptorIndex(sets, [...CONTROL_PROTO_FILES, HEALTH_FILE, ...ERROR_DETAIL_FILES]);
  const protoDir = join(dirname(createRequire(import.meta.url).resolve('@grpc/reflection')), '../proto');
  for (const version of ['v1', 'v1alpha'] as const) {
    const definition = protoLoader.loadSync(`grpc/reflection/${version}/reflection.proto`, { includeDirs: [protoDir], oneofs: true, longs: Number });
    const pkg = grpc.loadPackageDefinition(definition) as unknown as { grpc: { reflection: Record<string, { ServerReflection: grpc.ServiceClientConstructor }> } };
    server.addService(pkg.grpc.reflection[version]!.ServerReflection.service, {
      ServerReflectionInfo: (stream: grpc.ServerDuplexStream<ReflectionRequest, Record<string, unknown>>) => {
        stream.on('data', (request: ReflectionRequest) => stream.write(answer(index, request)));
        stream.on('end', () => stream.end());
        stream.on('error', () => undefined);
      },
    });
  }
}
