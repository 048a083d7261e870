/**
 * The permission each RPC declares with `option (permission) = ...` in its .proto, read from the
 * loaded package definition. A control RPC without one is a startup error, and the authentication
 * interceptor refuses any method it does not find here (fail closed).
 */
import type { PackageDefinition } from '@grpc/proto-loader';
import type { Permission__Output as Permission } from '../generated/swarmgate/control/v1/Permission.js';
import { controlServiceNames } from '../proto.js';

/** proto-loader reports custom options under the name used in the source, in parentheses. */
const OPTION_KEY = /^\((swarmgate\.control\.v1\.)?permission\)$/;

export interface DeclaredMethod {
  service: string;
  method: string;
  /** "/package.Service/Method", as grpc-js names calls. */
  path: string;
  permission: Permission | undefined;
}

export function declaredMethods(definition: PackageDefinition): DeclaredMethod[] {
  return controlServiceNames(definition).flatMap((service) =>
    Object.entries(definition[service] as Record<string, { path: string; options?: Record<string, unknown> }>).map(([method, def]) => {
      const entry = Object.entries(def.options ?? {}).find(([key]) => OPTION_KEY.test(key));
      const value = entry?.[1] as Permission | undefined;
      return { service, method, path: def.path, permission: value === 'PERMISSION_UNSPECIFIED' ? undefined : value };
    }),
  );
}

/** path -> permission; throws naming every RPC that declares none. */
export function methodPermissions(definition: PackageDefinition): Map<string, Permission> {
  const methods = declaredMethods(definition);
  const missing = methods.filter((m) => m.permission === undefined).map((m) => m.path);
  if (missing.length > 0) throw new Error(`RPCs without a declared permission: ${missing.join(', ')}`);
  return new Map(methods.map((m) => [m.path, m.permission!]));
}

/** Standard services that answer without credentials by design: health checking and reflection. */
export const OPEN_STANDARD_SERVICES = ['/grpc.health.v1.Health/', '/grpc.reflection.v1.ServerReflection/', '/grpc.reflection.v1alpha.ServerReflection/'];
