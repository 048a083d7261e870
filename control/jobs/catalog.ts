/**
 * Every background job of Swarmgate, in one list. A domain adds its jobs here (one import and one
 * spread per domain), so this file is the index of all periodic work.
 */
import { moderationJobs } from '../services/moderation/jobs.js';
import type { JobDefinition } from './job.js';

export function allJobs(): JobDefinition[] {
  return [...moderationJobs()];
}
