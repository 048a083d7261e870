/** The bonus domain's background jobs. */
import type { JobDefinition } from '../../jobs/job.js';
import { accrue, lastCompletePeriod } from './accrual.js';

/**
 * Credits the last complete accrual period. Runs a few minutes after each hour by default so the
 * engine's last flushes of the period have landed; running it again, or on two nodes at once, credits
 * nothing more (the period key).
 */
export const bonusAccrualJob: JobDefinition = {
  name: 'bonus_accrual',
  description: 'Credit bonus points for the seeding of the last complete period (once per period)',
  defaultSchedule: '5 * * * *',
  async run(context) {
    const period = lastCompletePeriod(context.now(), context.config.bonus.accrualPeriodMinutes);
    const result = await accrue(context.pool, period);
    if (result.credited) {
      context.log.info({ period, ...result }, 'bonus accrual credited');
    }
    return {
      rowsTouched: result.usersCredited + result.marksWritten,
      details: { periodStart: period.start.toISOString(), periodEnd: period.end.toISOString(), ...result },
    };
  },
};

export function bonusJobs(): JobDefinition[] {
  return [bonusAccrualJob];
}
