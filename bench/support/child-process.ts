/**
 * Child processes the bench starts (trackers, load generators), with their output in a log file,
 * stopped with SIGINT (then SIGKILL after a grace period), and all stopped if the bench itself is
 * interrupted, so no tracker is left listening after a run.
 */
import { spawn, type ChildProcess, type SpawnOptions } from 'node:child_process';
import { openSync, closeSync } from 'node:fs';

export interface Child {
  readonly process: ChildProcess;
  readonly pid: number;
  readonly logPath: string;
  exited(): boolean;
  /** Resolves with the exit code (null when killed by a signal). */
  readonly exit: Promise<number | null>;
  stop(graceMs?: number): Promise<number | null>;
}

const running = new Set<Child>();

function stopAllNow(): void {
  for (const child of running) child.process.kill('SIGKILL');
}
process.once('exit', stopAllNow);

export function startChild(command: string, args: string[], options: { logPath: string; env?: NodeJS.ProcessEnv; cwd?: string; ipc?: boolean }): Child {
  const log = openSync(options.logPath, 'a');
  const stdio: SpawnOptions['stdio'] = options.ipc ? ['ignore', log, log, 'ipc'] : ['ignore', log, log];
  const proc = spawn(command, args, { stdio, env: options.env ?? process.env, cwd: options.cwd });
  closeSync(log);
  if (proc.pid === undefined) throw new Error(`could not start ${command}`);
  let done = false;
  const exit = new Promise<number | null>((resolve) => {
    proc.once('exit', (code) => {
      done = true;
      running.delete(child);
      resolve(code);
    });
    proc.once('error', () => {
      done = true;
      running.delete(child);
      resolve(-1);
    });
  });
  const child: Child = {
    process: proc,
    pid: proc.pid,
    logPath: options.logPath,
    exited: () => done,
    exit,
    async stop(graceMs = 15_000) {
      if (done) return exit;
      proc.kill('SIGINT');
      const timer = setTimeout(() => proc.kill('SIGKILL'), graceMs);
      const code = await exit;
      clearTimeout(timer);
      return code;
    },
  };
  running.add(child);
  return child;
}

/** The child's first IPC message; fails if it exits (or `timeoutMs` passes) before sending one. */
export function firstMessage(child: Child, what: string, timeoutMs = 30_000): Promise<unknown> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => finish(new Error(`${what}: no answer within ${timeoutMs} ms (${child.logPath})`)), timeoutMs);
    const onMessage = (message: unknown) => finish(null, message);
    const onExit = (code: number | null) => finish(new Error(`${what}: exited with ${code} (${child.logPath})`));
    function finish(err: Error | null, message?: unknown) {
      clearTimeout(timer);
      child.process.off('message', onMessage);
      child.process.off('exit', onExit);
      if (err) reject(err);
      else resolve(message);
    }
    child.process.on('message', onMessage);
    child.process.on('exit', onExit);
  });
}
