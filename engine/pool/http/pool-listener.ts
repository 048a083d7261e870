/**
 * The pool's own listener: a uWS app with only the pool routes, on pool.host:pool.port (loopback by
 * default: its answers carry debrid API keys). Every worker listens on it (SO_REUSEPORT), like the
 * announce port. Self-contained, so other listeners (metrics, ...) can sit beside it.
 */
import type { us_listen_socket } from 'uWebSockets.js';
import type { Uws } from '../../uws.js';
import type { PoolState } from '../pool-state.js';
import { openReply, sendError } from './json-reply.js';
import { POOL_PREFIX, registerPoolRoutes } from './pool-routes.js';

export class PoolListener {
  private socket: us_listen_socket | null = null;
  private readonly app;

  constructor(
    private readonly uws: Uws,
    state: PoolState,
  ) {
    this.app = registerPoolRoutes(uws.App(), state).any('/*', (res, req) => {
      sendError(openReply(res), 404, 'NOT_FOUND', `only the pool routes are served here (${POOL_PREFIX}/...); got ${req.getUrl()}`);
    });
  }

  /** Resolves with an error message when the address cannot be bound, else null. */
  listen(host: string, port: number): Promise<string | null> {
    return new Promise((resolve) => {
      this.app.listen(host, port, (socket) => {
        if (!socket) return resolve(`cannot listen for the pool routes on ${host}:${port}`);
        this.socket = socket;
        resolve(null);
      });
    });
  }

  /** Stop accepting, then close the open connections. */
  close(): void {
    if (this.socket) this.uws.us_listen_socket_close(this.socket);
    this.socket = null;
    (this.app as unknown as { close(): void }).close();
  }
}
