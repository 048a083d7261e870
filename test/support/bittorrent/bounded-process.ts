/**
 * Starts a long-running tool that cannot outlive its time limit or the test process:
 * it runs under coreutils `timeout` in its own process group, with its output in a file,
 * and a Node-side timer plus an exit hook kill the whole group as a backstop.
 */
import { spawn } from 'node:child_process';
import { closeSync, openSync } from 'node:fs';

export interface ExitInfo {
  code: number | null;
  signal: NodeJS.Signals | null;
}

export interface BoundedProcess {
  /** Pid of the `timeout` wrapper, which is also the process group id. */
  readonly pid: number;
  /** stdout and stderr of the tool. */
  readonly outputPath: string;
  readonly exited: Promise<ExitInfo>;
  hasExited(): boolean;
  /** `stopSignal` to the tool (forwarded once by `timeout`), then SIGKILL to the group after `graceMs`. */
  stop(graceMs?: number): Promise<ExitInfo>;
}

export interface BoundedProcessOptions {
  lifetimeMs: number;
  outputPath: string;
  cwd?: string;
  /** What asks the tool to shut down cleanly, on stop() and at the time limit (default SIGTERM). */
  stopSignal?: NodeJS.Signals;
}

const GRACE_MS = 5_000;
const liveGroups = new Set<number>();
process.once('exit', () => {
  for (const group of liveGroups) killGroup(group, 'SIGKILL');
});

export function startBounded(command: string, args: string[], options: BoundedProcessOptions): BoundedProcess {
  const seconds = Math.max(1, Math.ceil(options.lifetimeMs / 1000));
  const stopSignal = options.stopSignal ?? 'SIGTERM';
  const out = openSync(options.outputPath, 'a');
  const child = (() => {
    try {
      return spawn('timeout', ['--foreground', `--signal=${stopSignal}`, `--kill-after=${GRACE_MS / 1000}`, String(seconds), command, ...args], {
        cwd: options.cwd,
        detached: true,
        stdio: ['ignore', out, out],
      });
    } finally {
      closeSync(out);
    }
  })();
  child.on('error', () => {}); // a spawn failure shows as a missing pid, reported below
  const pid = child.pid;
  if (pid === undefined) throw new Error(`could not start ${command} under timeout (is coreutils installed?)`);
  liveGroups.add(pid);

  let done = false;
  const backstop = setTimeout(() => killGroup(pid, 'SIGKILL'), options.lifetimeMs + 2 * GRACE_MS);
  backstop.unref();
  const exited = new Promise<ExitInfo>((resolve) => {
    child.once('exit', (code, signal) => {
      done = true;
      clearTimeout(backstop);
      killGroup(pid, 'SIGKILL'); // anything left behind in the group
      liveGroups.delete(pid);
      resolve({ code, signal });
    });
  });

  return {
    pid,
    outputPath: options.outputPath,
    exited,
    hasExited: () => done,
    async stop(graceMs = GRACE_MS) {
      if (done) return exited;
      signal(pid, stopSignal);
      const timer = setTimeout(() => killGroup(pid, 'SIGKILL'), graceMs);
      try {
        return await exited;
      } finally {
        clearTimeout(timer);
      }
    },
  };
}

function killGroup(group: number, sig: NodeJS.Signals): void {
  signal(-group, sig);
}

function signal(target: number, sig: NodeJS.Signals): void {
  try {
    process.kill(target, sig);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ESRCH') throw error;
  }
}
