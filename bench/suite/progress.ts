/**
 * One status line on stderr while a step runs (rewritten in place on a terminal), and a plain line
 * when it ends. Off a terminal only the end lines are written, so logs stay readable.
 */
const live = process.stderr.isTTY === true;
let shown = false;

export function progress(text: string): void {
  if (!live) return;
  process.stderr.write(`\r\x1b[2K${text}`);
  shown = true;
}

export function note(text: string): void {
  if (shown) process.stderr.write('\r\x1b[2K');
  shown = false;
  process.stderr.write(`${text}\n`);
}

export function formatCount(n: number): string {
  return Math.round(n).toLocaleString('en-US');
}
