/** Starts bittorrent-tracker-server in a child process, if the npm package is installed. */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { projectRoot } from '../../core/paths.js';
import { firstMessage, startChild } from '../support/child-process.js';
import { freePort } from '../support/free-port.js';
import { nodeScript, scriptUrl } from '../support/node-script.js';
import { TargetUnavailable, type Target } from './target.js';

export const BITTORRENT_TRACKER_INSTALL = 'npm i -E -D --ignore-scripts bittorrent-tracker@11.2.3';

const script = scriptUrl('./bittorrent-tracker-server', import.meta.url);

export async function startBittorrentTracker(options: { logDir: string }): Promise<Target> {
  // Imported by file path: its package entry also loads the WebRTC client this bench has no use for.
  const modulePath = join(projectRoot, 'node_modules', 'bittorrent-tracker', 'server.js');
  if (!existsSync(modulePath)) throw new TargetUnavailable(`bittorrent-tracker is not installed (${BITTORRENT_TRACKER_INSTALL})`);
  const port = await freePort();
  const logPath = join(options.logDir, `bittorrent-tracker-${port}.log`);
  const child = startChild(process.execPath, [...nodeScript(script), String(port), modulePath], { logPath, ipc: true });
  await firstMessage(child, 'bittorrent-tracker to listen').catch(async (err: unknown) => {
    await child.stop();
    throw err;
  });
  return {
    name: 'bittorrent-tracker',
    baseUrl: `http://127.0.0.1:${port}`,
    pid: child.pid,
    pathStyle: 'plain',
    keepAlive: true,
    scrapes: true,
    async peerCount() {
      const reply = firstMessage(child, 'bittorrent-tracker peer count', 10_000);
      child.process.send('peers');
      return ((await reply) as { peers: number }).peers;
    },
    describe: () => `bittorrent-tracker log ${logPath}`,
    async stop() {
      await child.stop();
    },
  };
}
