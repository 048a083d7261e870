/** sessions: deletes control-plane login sessions (user_sessions) whose time is over. */
import type { JobDefinition } from '../job.js';

export const sessionsJob: JobDefinition = {
  name: 'sessions',
  description: 'delete expired login sessions',
  defaultSchedule: '15 4 * * *',
  async run({ pool, now }) {
    const { rowCount } = await pool.query(`DELETE FROM user_sessions WHERE expires_at <= $1`, [now()]);
    return { rowsTouched: rowCount ?? 0, details: { sessionsDeleted: rowCount ?? 0 } };
  },
};
