/** The last lines of a log file, for error messages; never throws. */
import { readFileSync } from 'node:fs';

export function logTail(path: string, lines = 40): string {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (error) {
    return `(no log at ${path}: ${(error as Error).message})`;
  }
  const all = text.replace(/\r/g, '\n').split('\n').filter((line) => line.trim() !== '');
  return all.slice(-lines).join('\n');
}

/** A titled block per log, ready to append to an Error message. */
export function describeLogs(logs: Record<string, string>, lines = 40): string {
  return Object.entries(logs)
    .map(([title, path]) => `--- ${title} (${path}), last ${lines} lines ---\n${logTail(path, lines)}`)
    .join('\n');
}
