/**
 * A real control plane for tests: a migrated test database with the first-run administrator, the
 * gRPC server on a free loopback port, clients holding any token, and accounts of any group made
 * the way the control plane stores them (argon2id password, API token kept as SHA-256).
 */
import { tmpdir } from 'node:os';
import { status } from '@grpc/grpc-js';
import { expect } from 'vitest';
import { loadConfig, type Config } from '../../core/config.js';
import { InProcessEventBus, type EventBus } from '../../core/events.js';
import { createLogger, type Logger } from '../../core/log.js';
import { bootstrapAdministrator } from '../../control/bootstrap.js';
import { call, createControlClients, statusDetailsOf, type ControlClients } from '../../control/client.js';
import { generatePasskey, generateToken, hashPassword, hashToken } from '../../control/credentials.js';
import type { DecodedStatus } from '../../control/errors/status-details.js';
import type { JobRuntime } from '../../control/jobs/runtime.js';
import { ControlServer } from '../../control/server/control-server.js';
import { createTestDatabase, type TestDatabase } from '../support/database.js';
import { freePort } from '../support/engine.js';

export { call };

/** A message field the server always sets (generated output types allow null for every message field). */
export function present<T>(value: T | null | undefined, what = 'a message field'): T {
  if (value === null || value === undefined) throw new Error(`the response lacks ${what}`);
  return value;
}

export const PASSWORD = 'correct horse battery staple';
/** Where downloaded .torrent files announce in these tests. */
export const TEST_ANNOUNCE_BASE_URL = 'http://tracker.test:6969';

export interface TestAccount {
  id: string;
  username: string;
  email: string;
  passkey: string;
  token: string;
  clients: ControlClients;
}

export interface TestControl {
  db: TestDatabase;
  server: ControlServer;
  address: string;
  bus: EventBus;
  config: Config['control'];
  admin: { id: string; username: string; password: string; token: string; clients: ControlClients };
  /** Clients sending `token` (none: unauthenticated). */
  clients(token?: string): ControlClients;
  /** An enabled account in `group` with PASSWORD and an API token. */
  account(group: string): Promise<TestAccount>;
  stop(): Promise<void>;
}

let passwordHash: Promise<string> | undefined;
let counter = 0;

export async function startTestControl(
  options: {
    db?: TestDatabase;
    bus?: EventBus;
    control?: Partial<Config['control']>;
    pool?: Partial<Config['pool']>;
    log?: Logger;
    indexers?: Partial<Config['indexers']>;
    /** The node's job runtime for JobService (made on the harness's database and bus); stopped by the caller. */
    jobs?: (db: TestDatabase, bus: EventBus) => JobRuntime;
  } = {},
): Promise<TestControl> {
  const db = options.db ?? (await createTestDatabase());
  const bus = options.bus ?? new InProcessEventBus();
  const config: Config['control'] = {
    ...loadConfig({ env: {} }).control,
    host: '127.0.0.1',
    port: await freePort(),
    pageTokenSecret: 'test page token secret',
    ...options.control,
  };
  const defaults = loadConfig({ env: {} });
  const settings: Config = {
    ...defaults,
    dataDir: tmpdir(),
    publicUrl: TEST_ANNOUNCE_BASE_URL,
    control: config,
    pool: { ...defaults.pool, ...options.pool },
    indexers: { ...defaults.indexers, ...options.indexers },
  };
  const jobs = options.jobs?.(db, bus);
  const server = await ControlServer.start({ settings, pool: db.pool, bus, log: options.log ?? createLogger('silent'), jobs });
  const address = `127.0.0.1:${server.port}`;
  const open: ControlClients[] = [];
  const clients = (token?: string) => {
    const c = createControlClients(address, token ? { token } : {});
    open.push(c);
    return c;
  };
  const bootstrap = await bootstrapAdministrator(db.pool);
  if (!bootstrap) throw new Error('the test database already had an administrator');
  const { rows: [adminRow] } = await db.pool.query<{ id: string }>(`SELECT id FROM users WHERE username = $1`, [bootstrap.username]);

  const account = async (group: string): Promise<TestAccount> => {
    const username = `${group}_${process.pid}_${++counter}`;
    const email = `${username}@example.test`;
    const passkey = generatePasskey();
    const token = generateToken('sgt');
    const { rows: [row] } = await db.pool.query<{ id: string }>(
      `INSERT INTO users (username, email, passkey, group_id, password_hash, status)
       VALUES ($1, $2, $3, (SELECT id FROM user_groups WHERE name = $4), $5, 'enabled') RETURNING id`,
      [username, email, passkey, group, await (passwordHash ??= hashPassword(PASSWORD))],
    );
    await db.pool.query(`INSERT INTO api_tokens (user_id, name, token_hash) VALUES ($1, 'test', $2)`, [row!.id, hashToken(token)]);
    return { id: row!.id, username, email, passkey, token, clients: clients(token) };
  };

  return {
    db,
    server,
    address,
    bus,
    config,
    admin: { id: adminRow!.id, username: bootstrap.username, password: bootstrap.password, token: bootstrap.apiToken, clients: clients(bootstrap.apiToken) },
    clients,
    account,
    async stop() {
      for (const c of open) c.close();
      await server.stop(1000);
      if (!options.bus) await bus.close();
      if (!options.db) await db.drop();
    },
  };
}

/**
 * Awaits a call that must fail with `code`, checks the ErrorInfo reason and the fields named by
 * BadRequest violations (when given), and returns the decoded details.
 */
export async function expectFailure(
  promise: Promise<unknown>,
  code: status,
  expected: { reason?: string; fields?: string[] } = {},
): Promise<DecodedStatus> {
  const error = await promise.then(
    () => {
      throw new Error(`expected ${status[code]}, but the call succeeded`);
    },
    (err: unknown) => err,
  );
  expect(status[(error as { code: number }).code], (error as Error).message).toBe(status[code]);
  const details = statusDetailsOf(error);
  expect(details, 'grpc-status-details-bin is missing').not.toBeNull();
  expect(details!.code).toBe(code);
  if (expected.reason) expect(details!.reason).toBe(expected.reason);
  if (expected.fields) expect(details!.fieldViolations?.map((v) => v.field).sort()).toEqual([...expected.fields].sort());
  return details!;
}

/** The audit rows of an entity, oldest first. */
export async function auditRows(db: TestDatabase, entityId: string): Promise<{ action: string; actor_user_id: string | null; request_id: string | null; before: unknown; after: unknown; changes: unknown; success: boolean }[]> {
  const { rows } = await db.pool.query(
    `SELECT action, actor_user_id, request_id, before, after, changes, success FROM audit_logs WHERE entity_id = $1 ORDER BY id`,
    [entityId],
  );
  return rows;
}
