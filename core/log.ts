/**
 * Structured logging: one pino root logger; modules take children named after themselves. JSON lines
 * for collectors; readable lines for a person at a terminal (format `auto` picks by whether stdout
 * is a terminal).
 */
import { pino, type Logger } from 'pino';
import PinoPretty from 'pino-pretty';

export type { Logger };

export type LogFormat = 'auto' | 'json' | 'pretty';

export function createLogger(level: string, format: LogFormat = 'json', name = 'swarmgate'): Logger {
  const pretty = format === 'pretty' || (format === 'auto' && Boolean(process.stdout.isTTY));
  if (!pretty) return pino({ name, level });
  // Synchronous, so the last lines before an exit are not lost.
  return pino({ name, level }, PinoPretty({ sync: true, colorize: Boolean(process.stdout.isTTY), ignore: 'pid,hostname,name', translateTime: 'SYS:HH:MM:ss.l' }));
}
