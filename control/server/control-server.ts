/**
 * The gRPC control plane: the Swarmgate services plus the standard health (grpc.health.v1) and
 * reflection (reflection.ts, real file descriptors) services, behind the interceptors (request context and logging, metrics, deadline,
 * authentication). Plaintext unless control.tlsCertFile/tlsKeyFile are set. stop() turns health to
 * NOT_SERVING, lets calls in flight finish (up to a grace period), then closes everything.
 */
import { readFileSync } from 'node:fs';
import { createServer, type Server as HttpServer } from 'node:http';
import * as grpc from '@grpc/grpc-js';
import { HealthImplementation } from 'grpc-health-check';
import { Registry } from 'prom-client';
import type { Config } from '../../core/config.js';
import type { Pool } from '../../core/db.js';
import type { EventBus } from '../../core/events.js';
import type { Logger } from '../../core/log.js';
import { publicBaseUrl } from '../../core/public-url.js';
import { methodPermissions } from '../auth/method-permissions.js';
import { pageTokenKey } from '../page-token-key.js';
import { setPageTokenKey } from '../pagination.js';
import { controlServiceNames, loadControlProto } from '../proto.js';
import type { JobRuntime } from '../jobs/runtime.js';
import { authServiceHandlers } from '../services/auth-service.js';
import { poolServiceHandlers } from '../services/pool-service.js';
import { jobServiceHandlers } from '../services/job-service.js';
import { indexerServiceHandlers } from '../services/indexer-service.js';
import { bonusServiceHandlers } from '../services/bonus-service.js';
import { moderationServiceHandlers } from '../services/moderation-service.js';
import { torrentServiceHandlers } from '../services/torrent-service.js';
import { userServiceHandlers } from '../services/user-service.js';
import type { ServiceDeps } from '../services/deps.js';
import { authenticationInterceptor } from './interceptors/authentication.js';
import { deadlineInterceptor } from './interceptors/deadline.js';
import { metricsInterceptor } from './interceptors/metrics.js';
import { addReflection } from './reflection.js';
import { requestContextInterceptor } from './interceptors/request-context.js';

export interface ControlServerOptions {
  /** The node's configuration: the control section, and what the services need of the others. */
  settings: Config;
  pool: Pool;
  bus: EventBus;
  log: Logger;
  /** The node's job runtime: JobService answers from it, and its metrics join this server's /metrics. */
  jobs?: JobRuntime;
}

/** 10 MiB of .torrent plus room for the other fields of the request. */
export const MAX_RECEIVE_MESSAGE_BYTES = 10 * 1024 * 1024 + 256 * 1024;

export class ControlServer {
  private constructor(
    private readonly server: grpc.Server,
    private readonly health: HealthImplementation,
    private readonly serviceNames: string[],
    private readonly metricsServer: HttpServer | null,
    private readonly log: Logger,
    readonly port: number,
    readonly metricsPort: number | null,
  ) {}

  static async start({ settings, pool, bus, log, jobs }: ControlServerOptions): Promise<ControlServer> {
    const config = settings.control;
    const { definition, grpcObject } = loadControlProto();
    const permissions = methodPermissions(definition);
    setPageTokenKey(pageTokenKey({ secret: config.pageTokenSecret, dataDir: settings.dataDir }));
    const registry = new Registry();
    jobs?.metrics.registerIn(registry);
    const server = new grpc.Server({
      // The protos document a .torrent of up to 10 MiB (RegisterTorrentRequest.torrent_file); the
      // rest of a request is small. grpc-js's default (4 MiB) would refuse documented uploads.
      'grpc.max_receive_message_length': MAX_RECEIVE_MESSAGE_BYTES,
      interceptors: [
        requestContextInterceptor(log, config.maxCallSeconds * 1000),
        metricsInterceptor(registry),
        deadlineInterceptor(),
        authenticationInterceptor(pool, permissions),
      ],
    });

    const deps: ServiceDeps = { pool, bus, settings, log, announceBaseUrl: publicBaseUrl(settings) };
    const v1 = grpcObject.swarmgate.control.v1;
    server.addService(v1.AuthService.service, authServiceHandlers(deps));
    server.addService(v1.UserService.service, userServiceHandlers(deps));
    server.addService(v1.TorrentService.service, torrentServiceHandlers(deps));
    server.addService(v1.PoolService.service, poolServiceHandlers(deps));
    server.addService(v1.JobService.service, jobServiceHandlers(deps, jobs));
    server.addService(v1.IndexerService.service, indexerServiceHandlers(deps));
    server.addService(v1.BonusService.service, bonusServiceHandlers(deps));
    server.addService(v1.ModerationService.service, moderationServiceHandlers(deps));

    const serviceNames = controlServiceNames(definition);
    const health = new HealthImplementation(Object.fromEntries([['', 'SERVING'], ...serviceNames.map((name) => [name, 'SERVING'])]));
    health.addToServer(server);
    // Reflection describes the health service as well as ours.
    addReflection(server);

    const credentials =
      config.tlsCertFile && config.tlsKeyFile
        ? grpc.ServerCredentials.createSsl(null, [{ cert_chain: readFileSync(config.tlsCertFile), private_key: readFileSync(config.tlsKeyFile) }], false)
        : grpc.ServerCredentials.createInsecure();
    const host = config.host.includes(':') ? `[${config.host}]` : config.host;
    const port = await new Promise<number>((resolve, reject) =>
      server.bindAsync(`${host}:${config.port}`, credentials, (err, bound) => (err ? reject(err) : resolve(bound))),
    );

    let metricsServer: HttpServer | null = null;
    let metricsPort: number | null = null;
    if (config.metricsPort !== undefined) {
      metricsServer = createServer((req, res) => {
        if (req.url !== '/metrics') return void res.writeHead(404).end();
        registry.metrics().then(
          (text) => res.writeHead(200, { 'content-type': registry.contentType }).end(text),
          () => res.writeHead(500).end(),
        );
      });
      metricsPort = await new Promise<number>((resolve, reject) => {
        metricsServer!.once('error', reject);
        metricsServer!.listen(config.metricsPort, config.host, () => resolve((metricsServer!.address() as { port: number }).port));
      });
    }
    log.info({ port, tls: Boolean(config.tlsCertFile), metricsPort }, 'control plane listening');
    return new ControlServer(server, health, serviceNames, metricsServer, log, port, metricsPort);
  }

  async stop(graceMs = 5000): Promise<void> {
    for (const name of ['', ...this.serviceNames]) this.health.setStatus(name, 'NOT_SERVING');
    await new Promise<void>((resolve) => {
      const force = setTimeout(() => {
        this.log.warn({ graceMs }, 'control plane calls still running after the grace period; cancelling them');
        this.server.forceShutdown();
        resolve();
      }, graceMs);
      this.server.tryShutdown(() => {
        clearTimeout(force);
        resolve();
      });
    });
    await new Promise<void>((resolve) => (this.metricsServer ? this.metricsServer.close(() => resolve()) : resolve()));
    this.log.info('control plane stopped');
  }
}
