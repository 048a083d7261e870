/**
 * The control API as loaded at run time: the .proto files under proto/ (the single source of
 * truth), read with the same options the TypeScript types in control/generated were generated with
 * (`npm run proto:gen`), so a message on the wire has exactly the generated shape.
 */
import * as grpc from '@grpc/grpc-js';
import * as protoLoader from '@grpc/proto-loader';
import { join } from 'node:path';
import protobuf from 'protobufjs';
import { protoDir } from '../core/paths.js';
import type { ProtoGrpcType as AuthProto } from './generated/auth.js';
import type { ProtoGrpcType as PoolProto } from './generated/pool.js';
import type { ProtoGrpcType as JobsProto } from './generated/jobs.js';
import type { ProtoGrpcType as IndexersProto } from './generated/indexers.js';
import type { ProtoGrpcType as BonusProto } from './generated/bonus.js';
import type { ProtoGrpcType as ModerationProto } from './generated/moderation.js';
import type { ProtoGrpcType as TorrentsProto } from './generated/torrents.js';
import type { ProtoGrpcType as UsersProto } from './generated/users.js';

/** Must match the flags of the proto:gen script in package.json. */
export const LOADER_OPTIONS: protoLoader.Options = {
  keepCase: false,
  longs: Number,
  enums: String,
  defaults: true,
  oneofs: true,
  includeDirs: [protoDir],
};

export const CONTROL_PROTO_FILES = [
  'swarmgate/control/v1/auth.proto',
  'swarmgate/control/v1/users.proto',
  'swarmgate/control/v1/torrents.proto',
  'swarmgate/control/v1/pool.proto',
  'swarmgate/control/v1/jobs.proto',
  'swarmgate/control/v1/indexers.proto',
  'swarmgate/control/v1/bonus.proto',
  'swarmgate/control/v1/moderation.proto',
];

export const CONTROL_PACKAGE = 'swarmgate.control.v1';

export type ControlProto = AuthProto & UsersProto & TorrentsProto & PoolProto & JobsProto & IndexersProto & BonusProto & ModerationProto;

let cached: { definition: protoLoader.PackageDefinition; grpcObject: ControlProto } | undefined;

/** The package definition (for reflection and permission lookup) and the grpc object (services, clients). */
export function loadControlProto(): { definition: protoLoader.PackageDefinition; grpcObject: ControlProto } {
  if (!cached) {
    const definition = protoLoader.loadSync(CONTROL_PROTO_FILES, LOADER_OPTIONS);
    cached = { definition, grpcObject: grpc.loadPackageDefinition(definition) as unknown as ControlProto };
  }
  return cached;
}

let reflected: protobuf.Root | undefined;

/**
 * The same .proto files as protobufjs reflection objects with their proto field names (keepCase),
 * options included: what code that walks requests by descriptor (control/server/request-limits.ts)
 * reads. The generated handlers still see camelCase objects (LOADER_OPTIONS).
 */
export function loadControlRoot(): protobuf.Root {
  if (!reflected) {
    const root = new protobuf.Root();
    // google/protobuf/* come with protobufjs; everything else lives under proto/.
    root.resolvePath = (_origin, target) => (target.startsWith('google/protobuf/') ? target : join(protoDir, target));
    root.loadSync(CONTROL_PROTO_FILES, { keepCase: true });
    root.resolveAll();
    reflected = root;
  }
  return reflected;
}

/** Fully qualified names of the control services, e.g. "swarmgate.control.v1.UserService". */
export function controlServiceNames(definition: protoLoader.PackageDefinition): string[] {
  return Object.entries(definition)
    .filter(([name, value]) => name.startsWith(`${CONTROL_PACKAGE}.`) && !('format' in value) && !('type' in value))
    .map(([name]) => name);
}
