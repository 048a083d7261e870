/** Run the `swarmgate` CLI as an operator does: the compiled one in build/ (global setup compiles it). */
import { spawn, type ChildProcess } from 'node:child_process';
import { projectRoot } from '../../core/paths.js';

const CLI = ['build/cli/swarmgate.js'];

/** Environment for a child: the parent's, minus settings that would leak in, plus `env`. */
export function childEnv(env: Record<string, string | undefined>): NodeJS.ProcessEnv {
  const base = { ...process.env };
  for (const key of Object.keys(base)) if (key.startsWith('SWARMGATE_') || key === 'DATABASE_URL' || key === 'REDIS_URL') delete base[key];
  // Any free port for /metrics: tests run side by side, and a fixed default port would collide.
  return { ...base, SWARMGATE_LOG_LEVEL: 'info', SWARMGATE_OPS_PORT: '0', ...env };
}

export async function runCli(args: string[], env: Record<string, string | undefined> = {}): Promise<{ code: number; stdout: string; stderr: string }> {
  const child = spawn(process.execPath, [...CLI, ...args], { cwd: projectRoot, env: childEnv(env) });
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (d: Buffer) => (stdout += d.toString()));
  child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
  const code = await new Promise<number>((resolve) => child.on('close', (c) => resolve(c ?? -1)));
  return { code, stdout, stderr };
}

export interface RunningCli {
  child: ChildProcess;
  output(): string;
  /** Resolves when the output matches `pattern`; kills the process and rejects after `timeoutMs`, rejects if it exits first. */
  waitFor(pattern: RegExp, timeoutMs?: number): Promise<RegExpMatchArray>;
  /** SIGTERM, then the exit code. */
  stop(signal?: NodeJS.Signals): Promise<number>;
}

/**
 * Start `swarmgate ARGS` (or, with `command`, another command line such as `npm start`). `detached`
 * gives it a process group of its own, as a shell gives a foreground job: signal the group with
 * process.kill(-child.pid, signal), as a terminal's Ctrl-C does.
 */
export function startCli(
  args: string[],
  env: Record<string, string | undefined> = {},
  options: { detached?: boolean; command?: string[] } = {},
): RunningCli {
  const [file, ...fileArgs] = options.command ?? [process.execPath, ...CLI];
  const child = spawn(file!, [...fileArgs, ...(options.command ? [] : args)], { cwd: projectRoot, env: childEnv(env), detached: options.detached ?? false });
  let output = '';
  const listeners = new Set<() => void>();
  const onData = (d: Buffer) => {
    output += d.toString();
    for (const l of listeners) l();
  };
  child.stdout!.on('data', onData);
  child.stderr!.on('data', onData);
  const exited = new Promise<number>((resolve) => child.on('close', (c) => resolve(c ?? -1)));
  return {
    child,
    output: () => output,
    waitFor(pattern, timeoutMs = 60_000) {
      return new Promise((resolve, reject) => {
        const check = () => {
          const match = output.match(pattern);
          if (!match) return;
          cleanup();
          resolve(match);
        };
        const timer = setTimeout(() => {
          cleanup();
          // A process that never got there must not outlive the test (and keep spinning a core).
          child.kill('SIGKILL');
          reject(new Error(`timed out waiting for ${pattern}; output:\n${output.slice(-4000)}`));
        }, timeoutMs);
        const cleanup = () => {
          clearTimeout(timer);
          listeners.delete(check);
        };
        void exited.then((code) => {
          if (!listeners.has(check)) return;
          cleanup();
          reject(new Error(`exited with ${code} before ${pattern}; output:\n${output.slice(-4000)}`));
        });
        listeners.add(check);
        check();
      });
    },
    async stop(signal = 'SIGTERM') {
      if (child.exitCode === null) child.kill(signal);
      return exited;
    },
  };
}
