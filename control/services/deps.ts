/** What every service implementation is built from. */
import type { Config } from '../../core/config.js';
import type { Pool } from '../../core/db.js';
import type { EventBus } from '../../core/events.js';
import type { Logger } from '../../core/log.js';

export interface ServiceDeps {
  pool: Pool;
  bus: EventBus;
  /** The node's one configuration (core/config.ts); each service reads its own section. */
  settings: Config;
  log: Logger;
  /** Base URL clients reach the engine at (core/public-url.ts): announce URLs in downloaded .torrent files. */
  announceBaseUrl: string;
}
