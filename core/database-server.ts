/** Which PostgreSQL Swarmgate talks to: the configured DATABASE_URL, or the embedded one. */
import type { Config } from './config.js';
import { startEmbeddedPostgres } from './embedded-postgres.js';
import type { Logger } from './log.js';

export interface DatabaseServer {
  url: string;
  embedded: boolean;
  /** Stops the embedded server; a no-op for an external one. */
  stop(): Promise<void>;
}

export async function openDatabaseServer(config: Config, log: Logger): Promise<DatabaseServer> {
  if (config.databaseUrl) return { url: config.databaseUrl, embedded: false, stop: async () => {} };
  const embedded = await startEmbeddedPostgres(config.dataDir, config.embeddedPostgres.port, log.child({ module: 'embedded-postgres' }));
  return { url: embedded.url, embedded: true, stop: embedded.stop };
}
