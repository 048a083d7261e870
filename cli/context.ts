/** What every command starts from: the validated configuration and the root logger. */
import { ConfigError, loadConfig, type Config } from '../core/config.js';
import { createLogger, type Logger } from '../core/log.js';

export interface CommandContext {
  config: Config;
  log: Logger;
}

/** Load the configuration; a bad value ends the process with the validation message (exit 2). */
export function commandContext(options: { config?: string }): CommandContext {
  try {
    const config = loadConfig(options.config ? { file: options.config } : {});
    return { config, log: createLogger(config.logLevel, config.logFormat) };
  } catch (err) {
    if (err instanceof ConfigError) {
      process.stderr.write(`swarmgate: ${err.message}\n`);
      process.exit(2);
    }
    throw err;
  }
}

/**
 * A wrapper such as `npm start` passes the terminal's Ctrl-C on to us while the terminal sends it
 * too, so one keypress arrives as two SIGINTs a few milliseconds apart: a repeat this soon is the
 * same interrupt, not a second one.
 */
const SAME_INTERRUPT_MS = 1000;

/**
 * Run until SIGINT or SIGTERM, then call `shutdown` once and exit 0 (1 if shutdown fails, or has not
 * finished after `deadlineMs`: a hung shutdown must not keep a supervisor waiting for ever). A second
 * SIGINT (Ctrl-C pressed again) exits at once; a repeated SIGTERM (supervisors and wrappers often send
 * more than one) is ignored so the clean shutdown and its final flush can finish.
 */
export function runUntilSignal(log: Logger, shutdown: () => Promise<void>, deadlineMs?: number): void {
  let stoppingSince = 0;
  const onSignal = (signal: NodeJS.Signals) => {
    if (stoppingSince) {
      if (signal === 'SIGTERM' || Date.now() - stoppingSince < SAME_INTERRUPT_MS) return void log.info({ signal }, 'already shutting down');
      log.warn({ signal }, 'second interrupt: exiting without a clean shutdown');
      process.exit(1);
    }
    stoppingSince = Date.now();
    log.info({ signal, deadlineMs }, 'shutting down');
    if (deadlineMs !== undefined) {
      setTimeout(() => {
        log.error({ deadlineMs }, 'shutdown did not finish in time: exiting');
        process.exit(1);
      }, deadlineMs).unref();
    }
    shutdown().then(
      () => {
        log.info('stopped');
        process.exit(0);
      },
      (err: unknown) => {
        log.error({ err }, 'shutdown failed');
        process.exit(1);
      },
    );
  };
  process.on('SIGINT', onSignal);
  process.on('SIGTERM', onSignal);
}
