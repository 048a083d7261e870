/**
 * Typed clients of the control API for swarmgatectl and tests: one channel per address, the bearer
 * token added to every call by a client interceptor, promise-returning calls, and the rich error
 * details decoded back from `grpc-status-details-bin`.
 */
import * as grpc from '@grpc/grpc-js';
import { decodeStatusDetails, STATUS_DETAILS_KEY, type DecodedStatus } from './errors/status-details.js';
import type { AuthServiceClient } from './generated/swarmgate/control/v1/AuthService.js';
import type { PoolServiceClient } from './generated/swarmgate/control/v1/PoolService.js';
import type { JobServiceClient } from './generated/swarmgate/control/v1/JobService.js';
import type { IndexerServiceClient } from './generated/swarmgate/control/v1/IndexerService.js';
import type { BonusServiceClient } from './generated/swarmgate/control/v1/BonusService.js';
import type { ModerationServiceClient } from './generated/swarmgate/control/v1/ModerationService.js';
import type { TorrentServiceClient } from './generated/swarmgate/control/v1/TorrentService.js';
import type { UserServiceClient } from './generated/swarmgate/control/v1/UserService.js';
import { loadControlProto } from './proto.js';

export interface ControlClients {
  auth: AuthServiceClient;
  users: UserServiceClient;
  torrents: TorrentServiceClient;
  pool: PoolServiceClient;
  jobs: JobServiceClient;
  indexers: IndexerServiceClient;
  bonus: BonusServiceClient;
  moderation: ModerationServiceClient;
  close(): void;
}

export interface ClientOptions {
  token?: string;
  /** PEM CA bundle for a TLS control plane; without it the channel is plaintext. */
  tlsCa?: Buffer;
}

function bearerInterceptor(token: string): grpc.Interceptor {
  return (options, nextCall) =>
    new grpc.InterceptingCall(nextCall(options), {
      start(metadata, listener, next) {
        metadata.set('authorization', `Bearer ${token}`);
        next(metadata, listener);
      },
    });
}

export function createControlClients(address: string, options: ClientOptions = {}): ControlClients {
  const v1 = loadControlProto().grpcObject.swarmgate.control.v1;
  const credentials = options.tlsCa ? grpc.credentials.createSsl(options.tlsCa) : grpc.credentials.createInsecure();
  const clientOptions: grpc.ClientOptions = options.token ? { interceptors: [bearerInterceptor(options.token)] } : {};
  const auth = new v1.AuthService(address, credentials, clientOptions);
  // The other clients share the first one's channel.
  const channelOverride = { ...clientOptions, channelOverride: grpc.getClientChannel(auth) };
  const users = new v1.UserService(address, credentials, channelOverride);
  const torrents = new v1.TorrentService(address, credentials, channelOverride);
  const pool = new v1.PoolService(address, credentials, channelOverride);
  const jobs = new v1.JobService(address, credentials, channelOverride);
  const indexers = new v1.IndexerService(address, credentials, channelOverride);
  const bonus = new v1.BonusService(address, credentials, channelOverride);
  const moderation = new v1.ModerationService(address, credentials, channelOverride);
  return { auth, users, torrents, pool, jobs, indexers, bonus, moderation, close: () => auth.close() };
}

type Callback<Response> = (error: grpc.ServiceError | null, response?: Response) => void;

/** Promise form of a unary call: `call(clients.users.getUser.bind(clients.users), { name })`. */
export function call<Request, Response>(method: (request: Request, callback: Callback<Response>) => unknown, request: Request): Promise<Response> {
  return new Promise((resolve, reject) => {
    method(request, (error, response) => (error ? reject(error) : resolve(response as Response)));
  });
}

/** The decoded google.rpc.Status of a failed call, when the server sent one. */
export function statusDetailsOf(error: unknown): DecodedStatus | null {
  const metadata = (error as grpc.ServiceError | undefined)?.metadata;
  const value = metadata?.get(STATUS_DETAILS_KEY)[0];
  return value instanceof Buffer ? decodeStatusDetails(value) : null;
}
