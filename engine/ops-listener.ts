/**
 * The operations listener: /metrics (Prometheus) and /healthz on their own address, loopback by
 * default, apart from the public announce port. A /metrics render costs far more than an announce
 * and says a lot about the tracker; it has no business on the port every client reaches.
 *
 * It runs in the supervisor on node:http (any HTTP version, HTTP/1.0 included, closed after the
 * answer when the client asks), reading the same shared metrics rows the workers write.
 */
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Registry } from 'prom-client';
import { healthAnswer } from './health.js';

export interface OpsListenerOptions {
  host: string;
  /** 0 picks a free port. */
  port: number;
  registry: Registry;
  metricsBuffer: SharedArrayBuffer;
  workers: number;
  degradedStatus: 200 | 503;
}

export class OpsListener {
  private constructor(
    private readonly server: Server,
    readonly port: number,
  ) {}

  static async start(options: OpsListenerOptions): Promise<OpsListener> {
    const server = createServer((req, res) => {
      const path = (req.url ?? '/').split('?')[0];
      if (req.method !== 'GET' && req.method !== 'HEAD') {
        res.writeHead(405, { 'Content-Type': 'text/plain', Allow: 'GET, HEAD' }).end('Method not allowed\n');
      } else if (path === '/metrics') {
        options.registry.metrics().then(
          (text) => res.writeHead(200, { 'Content-Type': options.registry.contentType }).end(text),
          (err: Error) => res.writeHead(500, { 'Content-Type': 'text/plain' }).end(`metrics failed: ${err.message}\n`),
        );
      } else if (path === '/healthz') {
        const health = healthAnswer(options.metricsBuffer, options.workers, options.degradedStatus);
        res.writeHead(health.status, { 'Content-Type': 'text/plain' }).end(health.body);
      } else {
        res.writeHead(404, { 'Content-Type': 'text/plain' }).end('Not found. Try /metrics or /healthz\n');
      }
    });
    // A scraper that stops reading must not hold a socket for ever.
    server.requestTimeout = 10_000;
    server.headersTimeout = 10_000;
    await new Promise<void>((resolve, reject) => {
      server.once('error', reject);
      server.listen(options.port, options.host, () => {
        server.off('error', reject);
        resolve();
      });
    });
    return new OpsListener(server, (server.address() as AddressInfo).port);
  }

  async close(): Promise<void> {
    const closed = new Promise<void>((resolve) => this.server.close(() => resolve()));
    this.server.closeAllConnections();
    await closed;
  }
}
