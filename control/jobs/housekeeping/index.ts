/** The housekeeping jobs: the periodic upkeep of the schema and its time limits (docs/jobs.md). */
import type { JobDefinition } from '../job.js';
import { expiryJob } from './expiry.js';
import { partitionsJob } from './partitions.js';
import { retentionJob } from './retention.js';
import { sessionsJob } from './sessions.js';

export function housekeepingJobs(): JobDefinition[] {
  return [partitionsJob, retentionJob, expiryJob, sessionsJob];
}
