/**
 * HTTP/1.0 in front of the announce port. The uWebSockets.js build the engine runs (and upstream
 * uWS to this day: its request-line parser accepts only " HTTP/1.1\r\n") never answers an HTTP/1.0
 * request; the connection just idles until uWS times it out. Old clients, health checkers and nginx
 * with its default `proxy_http_version 1.0` speak HTTP/1.0.
 *
 * This listener (node:http, in the supervisor, off unless engine.http10Port is set) takes any HTTP
 * version, passes GET requests to the workers over loopback HTTP/1.1 keep-alive, and answers with
 * their status and body, closing an HTTP/1.0 connection after the answer. The client's address
 * travels in X-Forwarded-For with a random per-process token the workers check, so it is believed
 * from this bridge only, never from anyone else. The announce port itself stays pure uWS.
 */
import { randomBytes } from 'node:crypto';
import { Agent, createServer, request, validateHeaderValue, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';

/** Header carrying the bridge's token (workers compare it with the one in their WorkerData). */
export const BRIDGE_TOKEN_HEADER = 'x-swarmgate-bridge';

export function newBridgeToken(): string {
  return randomBytes(16).toString('hex');
}

export interface Http10BridgeOptions {
  host: string;
  port: number;
  /** The announce listener to pass requests to. */
  engineHost: string;
  enginePort: number;
  token: string;
}

export class Http10Bridge {
  private constructor(
    private readonly server: Server,
    private readonly agent: Agent,
    readonly port: number,
  ) {}

  static async start(options: Http10BridgeOptions): Promise<Http10Bridge> {
    const agent = new Agent({ keepAlive: true, maxSockets: 64 });
    const server = createServer((req, res) => {
      if (req.method !== 'GET' && req.method !== 'HEAD') {
        res.writeHead(405, { 'Content-Type': 'text/plain', Allow: 'GET, HEAD' }).end('Method not allowed\n');
        return;
      }
      const upstream = request(
        {
          host: options.engineHost,
          port: options.enginePort,
          path: req.url,
          method: req.method,
          agent,
          timeout: 10_000,
          headers: {
            'x-forwarded-for': req.socket.remoteAddress ?? '',
            [BRIDGE_TOKEN_HEADER]: options.token,
            ...userAgentOf(req),
          },
        },
        (answer) => {
          const chunks: Buffer[] = [];
          answer.on('data', (c: Buffer) => chunks.push(c));
          answer.on('end', () => {
            const type = answer.headers['content-type'];
            res.writeHead(answer.statusCode ?? 502, type ? { 'Content-Type': type } : {}).end(Buffer.concat(chunks));
          });
        },
      );
      upstream.on('timeout', () => upstream.destroy(new Error('engine did not answer')));
      upstream.on('error', () => {
        if (!res.headersSent) res.writeHead(502, { 'Content-Type': 'text/plain' }).end('Tracker unavailable\n');
      });
      upstream.end();
    });
    server.requestTimeout = 10_000;
    server.headersTimeout = 10_000;
    await new Promise<void>((resolve, reject) => {
      server.once('error', reject);
      server.listen(options.port, options.host, () => {
        server.off('error', reject);
        resolve();
      });
    });
    return new Http10Bridge(server, agent, (server.address() as AddressInfo).port);
  }

  async close(): Promise<void> {
    const closed = new Promise<void>((resolve) => this.server.close(() => resolve()));
    this.server.closeAllConnections();
    this.agent.destroy();
    await closed;
  }
}

/** The client's User-Agent to pass on (the engine records it), unless Node would refuse to send it. */
function userAgentOf(req: IncomingMessage): { 'user-agent'?: string } {
  const agent = req.headers['user-agent'];
  if (!agent) return {};
  try {
    validateHeaderValue('user-agent', agent);
    return { 'user-agent': agent };
  } catch {
    return {};
  }
}
