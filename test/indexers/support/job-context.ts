/** A JobContext for calling an indexer job's run() directly: real database, in-process bus, injected clock. */
import { loadConfig, type Config } from '../../../core/config.js';
import type { Pool } from '../../../core/db.js';
import { InProcessEventBus, type DomainEvent } from '../../../core/events.js';
import { createLogger } from '../../../core/log.js';
import type { JobContext } from '../../../control/jobs/job.js';

export interface TestClock {
  now(): Date;
  set(at: Date | string): void;
  advance(ms: number): void;
}

export function testClock(start: Date | string): TestClock {
  let current = new Date(start).getTime();
  return {
    now: () => new Date(current),
    set: (at) => void (current = new Date(at).getTime()),
    advance: (ms) => void (current += ms),
  };
}

export interface TestJobContext extends JobContext {
  events: DomainEvent[];
}

export function jobContext(pool: Pool, clock: TestClock, indexers: Partial<Config['indexers']> = {}): TestJobContext {
  const base = loadConfig({ env: {} });
  const config: Config = { ...base, indexers: { ...base.indexers, ...indexers } };
  const bus = new InProcessEventBus();
  const events: DomainEvent[] = [];
  bus.subscribe((event) => events.push(event));
  return {
    pool,
    bus,
    log: createLogger(process.env.SWARMGATE_TEST_LOG_LEVEL ?? 'silent'),
    config,
    now: () => clock.now(),
    signal: new AbortController().signal,
    events,
  };
}
