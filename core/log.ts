/** Structured logging: one pino root logger; modules take children named after themselves. */
import { pino, type Logger } from 'pino';

export type { Logger };

export function createLogger(level: string, name = 'swarmgate'): Logger {
  return pino({ name, level });
}
