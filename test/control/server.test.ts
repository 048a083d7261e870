import * as grpc from '@grpc/grpc-js';
import * as protoLoader from '@grpc/proto-loader';
import { protoPath as healthProtoPath } from 'grpc-health-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { call, startTestControl, type TestControl } from './harness.js';

type HealthClient = grpc.Client & {
  Check(request: { service: string }, callback: (error: grpc.ServiceError | null, response?: { status: string }) => void): void;
  Watch(request: { service: string }): grpc.ClientReadableStream<{ status: string }>;
};

type ReflectionClient = grpc.Client & {
  ServerReflectionInfo(): grpc.ClientDuplexStream<unknown, { listServicesResponse?: { service: { name: string }[] } }>;
};

function healthClient(address: string): HealthClient {
  const health = grpc.loadPackageDefinition(protoLoader.loadSync(healthProtoPath, { enums: String })) as unknown as {
    grpc: { health: { v1: { Health: grpc.ServiceClientConstructor } } };
  };
  return new health.grpc.health.v1.Health(address, grpc.credentials.createInsecure()) as unknown as HealthClient;
}

/** Asks the reflection service (v1) to list services, without credentials. */
async function listServicesByReflection(address: string): Promise<string[]> {
  const reflectionProto = protoLoader.loadSync('grpc/reflection/v1/reflection.proto', {
    includeDirs: [new URL('../../node_modules/@grpc/reflection/build/proto/', import.meta.url).pathname],
  });
  const pkg = grpc.loadPackageDefinition(reflectionProto) as unknown as {
    grpc: { reflection: { v1: { ServerReflection: grpc.ServiceClientConstructor } } };
  };
  const client = new pkg.grpc.reflection.v1.ServerReflection(address, grpc.credentials.createInsecure()) as unknown as ReflectionClient;
  return new Promise((resolve, reject) => {
    const stream = client.ServerReflectionInfo();
    stream.on('data', (response: { listServicesResponse?: { service: { name: string }[] } }) => {
      resolve(response.listServicesResponse?.service.map((s) => s.name) ?? []);
      stream.end();
      client.close();
    });
    stream.on('error', reject);
    stream.write({ listServices: '*' });
  });
}

describe('control plane server', () => {
  let t: TestControl;
  beforeAll(async () => {
    t = await startTestControl({ control: { metricsPort: 0, maxCallSeconds: 1 } });
  });
  afterAll(() => t.stop());

  it('health Check answers SERVING overall and for each service', async () => {
    const client = healthClient(t.address);
    for (const service of ['', 'swarmgate.control.v1.UserService', 'swarmgate.control.v1.TorrentService', 'swarmgate.control.v1.AuthService']) {
      const response = await call(client.Check.bind(client), { service });
      expect(response.status).toBe('SERVING');
    }
    const unknown = await call(client.Check.bind(client), { service: 'no.such.Service' }).catch((e: grpc.ServiceError) => e);
    expect((unknown as grpc.ServiceError).code).toBe(grpc.status.NOT_FOUND);
    client.close();
  });

  it('reflection lists the control services and health', async () => {
    const services = await listServicesByReflection(t.address);
    expect(services).toEqual(
      expect.arrayContaining([
        'swarmgate.control.v1.AuthService',
        'swarmgate.control.v1.UserService',
        'swarmgate.control.v1.TorrentService',
        'grpc.health.v1.Health',
      ]),
    );
  });

  it('returns the request id the client sent, or a new one', async () => {
    const users = t.admin.clients.users;
    const sent = await new Promise<string | undefined>((resolve) => {
      const metadata = new grpc.Metadata();
      metadata.set('x-request-id', 'req-1234');
      const c = users.getUser({ name: `users/${t.admin.id}` }, metadata, () => undefined);
      c.on('metadata', (m) => resolve(m.get('x-request-id')[0] as string));
    });
    expect(sent).toBe('req-1234');
    const generated = await new Promise<string | undefined>((resolve) => {
      const c = users.getUser({ name: 'users/nobody-here' }, () => undefined);
      c.on('status', (s) => resolve(s.metadata.get('x-request-id')[0] as string));
    });
    expect(generated).toMatch(/^[0-9a-f-]{36}$/);
  });

  it('serves call counts and timings on the metrics port', async () => {
    await call(t.admin.clients.auth.getCaller.bind(t.admin.clients.auth), {});
    const text = await (await fetch(`http://127.0.0.1:${t.server.metricsPort}/metrics`)).text();
    expect(text).toMatch(/swarmgate_grpc_server_handled_total\{grpc_service="swarmgate.control.v1.AuthService",grpc_method="GetCaller",grpc_code="OK"\} [1-9]/);
    expect(text).toContain('swarmgate_grpc_server_handling_seconds_bucket');
  });

  it('cuts a call off at the server deadline and the transaction rolls back', async () => {
    const victim = await t.account('member');
    const lock = await t.db.pool.connect();
    try {
      await lock.query('BEGIN');
      await lock.query('SELECT 1 FROM users WHERE id = $1 FOR UPDATE', [victim.id]);
      const started = Date.now();
      const users = t.admin.clients.users;
      const error = await call(users.disableUser.bind(users), { name: `users/${victim.id}`, reason: 'slow' }).catch((e: grpc.ServiceError) => e);
      expect((error as grpc.ServiceError).code).toBe(grpc.status.DEADLINE_EXCEEDED);
      expect(Date.now() - started).toBeLessThan(3000);
    } finally {
      await lock.query('ROLLBACK');
      lock.release();
    }
    await new Promise((r) => setTimeout(r, 200));
    const { rows } = await t.db.pool.query(`SELECT status FROM users WHERE id = $1`, [victim.id]);
    expect(rows[0].status).toBe('enabled');
  });
});

describe('streaming calls and the server deadline', () => {
  let t: TestControl;
  beforeAll(async () => {
    t = await startTestControl({ control: { maxCallSeconds: 1 } });
  });
  afterAll(() => t.stop());

  it('a health Watch stays open past the unary cap and reports NOT_SERVING on shutdown', async () => {
    const client = healthClient(t.address);
    const seen: string[] = [];
    const stream = client.Watch({ service: '' });
    stream.on('data', (m) => seen.push(m.status));
    const ended = new Promise<grpc.StatusObject>((resolve) => stream.on('status', resolve));
    stream.on('error', () => undefined);
    await new Promise((r) => setTimeout(r, 1500));
    expect(seen).toEqual(['SERVING']);
    await t.server.stop(500);
    await ended;
    expect(seen).toContain('NOT_SERVING');
    client.close();
  });
});
