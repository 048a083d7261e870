/** The gRPC control plane as the operator runs it (`swarmgate control`), in a child process. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { startChild } from '../support/child-process.js';
import { freePort } from '../support/free-port.js';
import { nodeScript, scriptUrl } from '../support/node-script.js';
import { waitFor } from '../support/wait.js';

export interface ControlPlane {
  address: string;
  pid: number;
  stop(): Promise<void>;
}

const cli = scriptUrl('../../cli/swarmgate', import.meta.url);

export async function startControlPlane(options: { databaseUrl: string; logDir: string }): Promise<ControlPlane> {
  const port = await freePort();
  const logPath = join(options.logDir, `control-${port}.log`);
  const env: NodeJS.ProcessEnv = {
    PATH: process.env.PATH,
    HOME: process.env.HOME,
    DATABASE_URL: options.databaseUrl,
    SWARMGATE_CONTROL_HOST: '127.0.0.1',
    SWARMGATE_CONTROL_PORT: String(port),
    SWARMGATE_LOG_LEVEL: 'info',
  };
  const child = startChild(process.execPath, [...nodeScript(cli), 'control'], { logPath, env });
  const log = () => readFileSync(logPath, 'utf8');
  try {
    await waitFor('control plane to listen', async () => (log().includes('control plane ready') ? true : undefined), {
      timeoutMs: 60_000,
      intervalMs: 50,
      abort: () => (child.exited() ? `exited:\n${log().slice(-800)}` : null),
    });
  } catch (err) {
    await child.stop();
    throw err;
  }
  return {
    address: `127.0.0.1:${port}`,
    pid: child.pid,
    async stop() {
      await child.stop();
    },
  };
}
