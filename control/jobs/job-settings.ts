/**
 * Each job's effective schedule on this node: its default, or the override in `jobs.schedules`
 * (SWARMGATE_JOB_SCHEDULES), where "off" turns it off. A name that is not a job or a schedule that
 * does not parse is a ConfigError naming the setting, so a typo stops the program at start instead
 * of silently leaving a job on its default.
 */
import { ConfigError, type Config } from '../../core/config.js';
import type { JobDefinition } from './job.js';
import { parseSchedule, ScheduleError, type Schedule } from './schedule.js';

export interface JobSettings {
  definition: JobDefinition;
  schedule: Schedule;
  /** False when configured "off": not scheduled (RunJob still runs it). */
  enabled: boolean;
}

const SETTING = 'jobs.schedules (SWARMGATE_JOB_SCHEDULES)';

export function resolveJobSettings(definitions: JobDefinition[], config: Config['jobs']): Map<string, JobSettings> {
  const problems: string[] = [];
  const byName = new Map<string, JobDefinition>();
  for (const definition of definitions) {
    if (byName.has(definition.name)) problems.push(`two jobs are named "${definition.name}"`);
    byName.set(definition.name, definition);
  }
  const known = [...byName.keys()].sort().join(', ');
  for (const name of Object.keys(config.schedules)) {
    if (!byName.has(name)) problems.push(`${SETTING}: unknown job "${name}"; jobs are: ${known}`);
  }
  const settings = new Map<string, JobSettings>();
  for (const [name, definition] of byName) {
    const override = config.schedules[name]?.trim();
    const enabled = override !== 'off';
    const text = override && enabled ? override : definition.defaultSchedule;
    try {
      settings.set(name, { definition, schedule: parseSchedule(text), enabled });
    } catch (err) {
      if (!(err instanceof ScheduleError)) throw err;
      problems.push(override && enabled ? `${SETTING}: job "${name}": ${err.message}` : `job "${name}" has a bad default schedule: ${err.message}`);
    }
  }
  if (problems.length > 0) throw new ConfigError(`Invalid configuration:\n  ${problems.join('\n  ')}`);
  return settings;
}
