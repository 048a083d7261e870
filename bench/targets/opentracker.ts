/**
 * opentracker (the Debian package) as the C reference. Debian's build serves only whitelisted info
 * hashes and only at /announce and /scrape, so the bench writes the run's hashes to a whitelist.
 * It closes the connection after every answer: there is no keep-alive figure for it.
 */
import { execFileSync } from 'node:child_process';
import { chmodSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startChild } from '../support/child-process.js';
import { freePort } from '../support/free-port.js';
import { httpGet, waitFor } from '../support/wait.js';
import { TargetUnavailable, type Target } from './target.js';

export const OPENTRACKER_INSTALL = 'sudo apt-get install -y opentracker';

function opentrackerBinary(): string {
  try {
    return execFileSync('sh', ['-c', 'command -v opentracker'], { encoding: 'utf8' }).trim();
  } catch {
    throw new TargetUnavailable(`opentracker is not installed (${OPENTRACKER_INSTALL})`);
  }
}

export async function startOpentracker(options: { infoHashes: Buffer[]; logDir: string }): Promise<Target> {
  const binary = opentrackerBinary();
  const dir = mkdtempSync(join(tmpdir(), 'swarmgate-bench-opentracker-'));
  // Started as root it chroots into this directory and drops to nobody, who must still read it.
  chmodSync(dir, 0o755);
  writeFileSync(join(dir, 'whitelist.txt'), options.infoHashes.map((h) => `${h.toString('hex')}\n`).join(''));
  writeFileSync(join(dir, 'opentracker.conf'), 'access.whitelist ./whitelist.txt\naccess.stats 127.0.0.1\n');
  const port = await freePort();
  const baseUrl = `http://127.0.0.1:${port}`;
  const logPath = join(options.logDir, `opentracker-${port}.log`);
  // Only -p: with a TCP port given it binds no UDP port.
  const child = startChild(binary, ['-i', '127.0.0.1', '-p', String(port), '-d', dir, '-f', './opentracker.conf'], { logPath, cwd: dir });
  const probeHash = [...options.infoHashes[0]!].map((b) => `%${b.toString(16).padStart(2, '0')}`).join('');
  const probe = `${baseUrl}/announce?info_hash=${probeHash}&peer_id=-PROBE-0000000000000&port=1&uploaded=0&downloaded=0&left=0&compact=1&event=`;
  try {
    // Ready once a whitelisted hash is served (it loads the whitelist after it starts listening).
    // The probe peer leaves again with `stopped`.
    await waitFor('opentracker to serve a whitelisted hash', async () => {
      const { body } = await httpGet(`${probe}started`, 1000);
      if (body.includes('failure reason')) return undefined;
      await httpGet(`${probe}stopped`, 1000);
      return true;
    }, { timeoutMs: 20_000, intervalMs: 100, abort: () => (child.exited() ? 'exited' : null) });
  } catch (err) {
    await child.stop();
    throw err;
  }
  return {
    name: 'opentracker',
    baseUrl,
    pid: child.pid,
    pathStyle: 'plain',
    keepAlive: false,
    scrapes: true,
    async peerCount() {
      // mode=peer answers "<peers>\n<seeds>\n...".
      const { body } = await httpGet(`${baseUrl}/stats?mode=peer`, 5000);
      const peers = Number(body.split('\n')[0]);
      return Number.isFinite(peers) ? peers : null;
    },
    describe: () => `opentracker log ${logPath}:\n${readFileSync(logPath, 'utf8').slice(-500)}`,
    async stop() {
      await child.stop();
    },
  };
}
