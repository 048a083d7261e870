/** Starts bare-uws-server in a child process: the uWS.js ceiling the engine is compared with. */
import { join } from 'node:path';
import { firstMessage, startChild } from '../support/child-process.js';
import { freePort } from '../support/free-port.js';
import { nodeScript, scriptUrl } from '../support/node-script.js';
import type { Target } from './target.js';

const script = scriptUrl('./bare-uws-server', import.meta.url);

export async function startBareUws(options: { threads: number; logDir: string }): Promise<Target> {
  const port = await freePort();
  const logPath = join(options.logDir, `bare-uws-${port}.log`);
  const child = startChild(process.execPath, [...nodeScript(script), String(port), String(options.threads)], { logPath, ipc: true });
  await firstMessage(child, 'bare uWS server to listen').catch(async (err: unknown) => {
    await child.stop();
    throw err;
  });
  return {
    name: 'bare-uws',
    baseUrl: `http://127.0.0.1:${port}`,
    pid: child.pid,
    pathStyle: 'passkey',
    keepAlive: true,
    scrapes: false,
    peerCount: async () => null,
    describe: () => `bare uWS log ${logPath}`,
    async stop() {
      await child.stop();
    },
  };
}
