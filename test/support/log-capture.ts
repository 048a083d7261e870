/** A logger whose JSON lines a test can read back (an engine's warnings are part of what it must show). */
import { Writable } from 'node:stream';
import { pino } from 'pino';
import type { Logger } from '../../core/log.js';

export function capturingLogger(): { log: Logger; lines: string[] } {
  const lines: string[] = [];
  const stream = new Writable({
    write(chunk: Buffer, _encoding, done) {
      lines.push(...chunk.toString().split('\n').filter(Boolean));
      done();
    },
  });
  return { log: pino({ level: 'info' }, stream) as unknown as Logger, lines };
}

/** The value of an unlabelled metric from an engine's operations listener. */
export async function metricValue(opsUrl: string, name: string): Promise<number> {
  const text = await (await fetch(`${opsUrl}/metrics`)).text();
  return Number(text.split('\n').find((l) => l.startsWith(`${name} `))?.split(' ')[1] ?? NaN);
}
