/**
 * The event bus: how changes made by the control plane reach the engine. Events name what changed,
 * not the new values; the engine reloads the record from PostgreSQL off the request path, so an event
 * can never carry a stale or partial copy. In-process on one node; Redis pub/sub across nodes.
 */
import { EventEmitter } from 'node:events';
import { Redis } from 'ioredis';

export type DomainEvent =
  | { type: 'user.changed'; userId: string }
  | { type: 'group.changed'; groupId: number }
  | { type: 'torrent.changed'; torrentId: string }
  /** Freeleech tokens of this torrent were activated, used up or expired. */
  | { type: 'freeleech_tokens.changed'; torrentId: string }
  | { type: 'bans.changed' }
  | { type: 'client_blacklist.changed' }
  | { type: 'settings.changed' }
  /** A debrid pool key was created, edited, disabled, enabled, deleted or given a new secret. */
  | { type: 'pool_key.changed'; poolKeyId: string }
  /** Slot or device assignments of this pool key were changed by the control plane (assign, release, reclaim). */
  | { type: 'pool_slots.changed'; poolKeyId: string }
  /** An operator ended a live stream lease; the engine frees its stream. */
  | { type: 'pool_stream.end_requested'; leaseId: string }
  /** A Prowlarr indexer was created by the registry sync, disabled, enabled or edited. */
  | { type: 'indexer.changed'; indexerId: string };

export type EventHandler = (event: DomainEvent) => void;

export interface EventBus {
  publish(event: DomainEvent): Promise<void>;
  /** Returns the function that unsubscribes. */
  subscribe(handler: EventHandler): () => void;
  close(): Promise<void>;
}

export class InProcessEventBus implements EventBus {
  private readonly emitter = new EventEmitter();

  async publish(event: DomainEvent): Promise<void> {
    this.emitter.emit('event', event);
  }

  subscribe(handler: EventHandler): () => void {
    this.emitter.on('event', handler);
    return () => this.emitter.off('event', handler);
  }

  async close(): Promise<void> {
    this.emitter.removeAllListeners();
  }
}

const CHANNEL = 'swarmgate:events';

/** Redis pub/sub: every node's subscribers see every node's events (the publisher's included). */
export class RedisEventBus implements EventBus {
  private readonly publisher: Redis;
  private readonly subscriber: Redis;
  private readonly emitter = new EventEmitter();
  private readonly ready: Promise<unknown>;

  constructor(redisUrl: string) {
    this.publisher = new Redis(redisUrl, { lazyConnect: false, maxRetriesPerRequest: 3 });
    this.subscriber = new Redis(redisUrl, { lazyConnect: false });
    this.subscriber.on('message', (_channel: string, message: string) => {
      this.emitter.emit('event', JSON.parse(message) as DomainEvent);
    });
    this.ready = this.subscriber.subscribe(CHANNEL);
  }

  async publish(event: DomainEvent): Promise<void> {
    await this.publisher.publish(CHANNEL, JSON.stringify(event));
  }

  subscribe(handler: EventHandler): () => void {
    this.emitter.on('event', handler);
    return () => this.emitter.off('event', handler);
  }

  /** Resolves once the subscription is active (events published before that are not seen). */
  whenReady(): Promise<unknown> {
    return this.ready;
  }

  async close(): Promise<void> {
    this.emitter.removeAllListeners();
    await Promise.all([this.publisher.quit(), this.subscriber.quit()]);
  }
}

export async function createEventBus(redisUrl: string | undefined): Promise<EventBus> {
  if (!redisUrl) return new InProcessEventBus();
  const bus = new RedisEventBus(redisUrl);
  await bus.whenReady();
  return bus;
}
