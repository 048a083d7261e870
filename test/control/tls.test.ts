/** With a certificate and key configured, the control plane speaks TLS only. */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { status, type ServiceError } from '@grpc/grpc-js';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { createControlClients } from '../../control/client.js';
import { call, startTestControl, type TestControl } from './harness.js';

let dir: string;
let t: TestControl;

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'swarmgate-tls-'));
  execFileSync('openssl', [
    'req', '-x509', '-newkey', 'rsa:2048', '-nodes', '-days', '1', '-subj', '/CN=localhost',
    '-addext', 'subjectAltName=IP:127.0.0.1,DNS:localhost',
    '-keyout', join(dir, 'key.pem'), '-out', join(dir, 'cert.pem'),
  ], { stdio: 'ignore' });
  t = await startTestControl({ control: { tlsCertFile: join(dir, 'cert.pem'), tlsKeyFile: join(dir, 'key.pem') } });
});
afterAll(async () => {
  await t.stop();
  rmSync(dir, { recursive: true, force: true });
});

it('answers a client that trusts its certificate and no plaintext client', async () => {
  const secure = createControlClients(t.address, { token: t.admin.token, tlsCa: readFileSync(join(dir, 'cert.pem')) });
  const caller = await call(secure.auth.getCaller.bind(secure.auth), {});
  expect(caller.username).toBe('admin');
  secure.close();
  const plain = createControlClients(t.address, { token: t.admin.token });
  const refused = await call(plain.auth.getCaller.bind(plain.auth), {}).catch((e: ServiceError) => e);
  expect((refused as ServiceError).code).toBe(status.UNAVAILABLE);
  plain.close();
});
