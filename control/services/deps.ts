/** What every service implementation is built from. */
import type { Config } from '../../core/config.js';
import type { Pool } from '../../core/db.js';
import type { EventBus } from '../../core/events.js';
import type { Logger } from '../../core/log.js';

export interface ServiceDeps {
  pool: Pool;
  bus: EventBus;
  config: Config['control'];
  /** The debrid pool settings (master key, health thresholds, slot idle days). */
  poolSettings: Config['pool'];
  log: Logger;
  /** Base URL clients reach the engine at (core/public-url.ts): announce URLs in downloaded .torrent files. */
  announceBaseUrl: string;
}
