/**
 * Job schedules: an interval ("every 30s", "every 5m", "every 1h", "every 1d", "every 100ms") or a
 * five-field cron expression in UTC ("0 3 * * *"), parsed once. Cron expressions are read by croner
 * (a maintained library) rather than by hand.
 */
import { Cron } from 'croner';

export interface Schedule {
  /** The text it was parsed from, as configured. */
  readonly text: string;
  /**
   * When the next run is due, given the cluster's last run start (null: never ran). An interval runs
   * at once when it never ran; a cron expression waits for its next time.
   */
  dueAt(lastStart: Date | null, now: Date): Date;
}

const INTERVAL = /^every\s+(\d+)\s*(ms|s|m|h|d)$/;
const UNIT_MS = { ms: 1, s: 1000, m: 60_000, h: 3_600_000, d: 86_400_000 } as const;
/** Shorter intervals would only spin the lock table. */
const MIN_INTERVAL_MS = 50;

export class ScheduleError extends Error {
  override name = 'ScheduleError';
}

/** Parse a schedule; throws ScheduleError saying what is accepted. */
export function parseSchedule(text: string): Schedule {
  const trimmed = text.trim();
  const interval = INTERVAL.exec(trimmed);
  if (interval) {
    const ms = Number(interval[1]) * UNIT_MS[interval[2] as keyof typeof UNIT_MS];
    if (!Number.isSafeInteger(ms) || ms < MIN_INTERVAL_MS) throw new ScheduleError(`"${text}": an interval must be at least ${MIN_INTERVAL_MS}ms`);
    return {
      text: trimmed,
      dueAt: (lastStart, now) => (lastStart ? new Date(lastStart.getTime() + ms) : now),
    };
  }
  if (trimmed.split(/\s+/).length !== 5) {
    throw new ScheduleError(`"${text}" is neither an interval ("every 30s", "every 5m", "every 1h", "every 1d") nor a five-field cron expression ("0 3 * * *")`);
  }
  let cron: Cron;
  try {
    // paused and without a callback: croner only computes times here, it never schedules.
    cron = new Cron(trimmed, { timezone: 'Etc/UTC', paused: true });
  } catch (err) {
    throw new ScheduleError(`"${text}" is not a valid cron expression: ${(err as Error).message}`);
  }
  return {
    text: trimmed,
    dueAt: (lastStart, now) => cron.nextRun(lastStart ?? now) ?? new Date(8.64e15),
  };
}
