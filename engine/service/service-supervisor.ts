/**
 * The service listener's supervisor side: loads the service tokens before the workers start, keeps
 * every worker's copy current (user.changed reloads that user's tokens, group.changed all of them,
 * and a periodic reload catches tokens created or expired without an event), and sends the workers'
 * service listeners their messages one at a time.
 */
import type { Pool } from '../../core/db.js';
import type { DomainEvent } from '../../core/events.js';
import type { Logger } from '../../core/log.js';
import type { ServiceToWorker } from './service-messages.js';
import { loadServiceTokens } from './service-token-loader.js';
import { ServiceTokens } from './service-tokens.js';

/** Tokens created or revoked without an event are seen within this long. */
const TOKEN_RELOAD_MS = 30_000;

/** Posts a message to every worker's service listener and resolves once each has applied it. */
export type TellWorkers = (message: ServiceToWorker) => Promise<void>;

export class ServiceSupervisor {
  readonly tokens = new ServiceTokens();
  private tellAll: TellWorkers | null = null;
  private timer: NodeJS.Timeout | null = null;
  /** Messages to the workers, one at a time (their replies carry no request id). */
  private chain: Promise<void> = Promise.resolve();

  private constructor(
    private readonly pool: Pool,
    private readonly log: Logger,
  ) {}

  static async load(pool: Pool, log: Logger): Promise<ServiceSupervisor> {
    const service = new ServiceSupervisor(pool, log);
    service.tokens.set(await loadServiceTokens(pool));
    return service;
  }

  /** The workers are up: messages reach them from now on, and tokens are reloaded periodically. */
  start(tellAll: TellWorkers): void {
    this.tellAll = tellAll;
    this.timer = setInterval(() => {
      this.reload().catch((err: unknown) => this.log.warn({ err }, 'reloading service tokens failed'));
    }, TOKEN_RELOAD_MS);
    this.timer.unref();
  }

  stop(): void {
    if (this.timer) clearInterval(this.timer);
    this.timer = null;
  }

  /** Send `message` to every worker after the messages before it. */
  tell(message: ServiceToWorker): Promise<void> {
    return this.inTurn(async () => message);
  }

  async onEvent(event: DomainEvent): Promise<void> {
    if (event.type === 'user.changed') {
      await this.inTurn(async () => {
        const tokens = await loadServiceTokens(this.pool, event.userId);
        this.tokens.set(tokens, event.userId);
        return { kind: 'tokens', tokens, userId: event.userId };
      });
    } else if (event.type === 'group.changed') {
      await this.reload();
    }
  }

  private reload(): Promise<void> {
    return this.inTurn(async () => {
      const tokens = await loadServiceTokens(this.pool);
      this.tokens.set(tokens);
      return { kind: 'tokens', tokens };
    });
  }

  /**
   * Read and send in turn: a reload read before a revocation cannot reach the workers after it.
   * Before start() the message only updates the supervisor's copy (the workers get it at spawn).
   */
  private inTurn(step: () => Promise<ServiceToWorker>): Promise<void> {
    const done = this.chain.then(async () => {
      const message = await step();
      await this.tellAll?.(message);
    });
    this.chain = done.catch(() => undefined);
    return done;
  }
}
