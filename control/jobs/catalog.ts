/**
 * Every background job of Swarmgate, in one list. A domain adds its jobs here (one import and one
 * spread per domain), so this file is the index of all periodic work.
 */
import { bonusJobs } from '../services/bonus/jobs.js';
import { indexerJobs } from '../services/indexers/jobs.js';
import { moderationJobs } from '../services/moderation/jobs.js';
import { poolJobs } from '../services/pool/jobs.js';
import { housekeepingJobs } from './housekeeping/index.js';
import type { JobDefinition } from './job.js';

export function allJobs(): JobDefinition[] {
  return [...housekeepingJobs(), ...poolJobs, ...indexerJobs, ...bonusJobs(), ...moderationJobs()];
}
