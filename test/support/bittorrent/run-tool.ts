/** Runs a short command-line tool to completion within a time limit and returns its stdout. */
import { execFile } from 'node:child_process';

export function runTool(command: string, args: string[], timeoutMs = 30_000): Promise<string> {
  return new Promise((resolve, reject) => {
    execFile(command, args, { timeout: timeoutMs, killSignal: 'SIGKILL', maxBuffer: 16 << 20 }, (error, stdout, stderr) => {
      if (error) {
        reject(new Error(`${command} ${args.join(' ')} failed: ${error.message}\nstdout: ${stdout}\nstderr: ${stderr}`));
      } else {
        resolve(stdout);
      }
    });
  });
}
