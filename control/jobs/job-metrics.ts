/**
 * Prometheus metrics of the job runtime. They are created unregistered; the control plane adds them
 * to its registry (served on control.metricsPort) with registerIn().
 */
import { Counter, Gauge, Histogram, type Registry } from 'prom-client';

export type RunOutcome = 'succeeded' | 'failed' | 'aborted';

export class JobMetrics {
  readonly runs = new Counter({
    name: 'swarmgate_job_runs_total',
    help: 'Background job runs, by job and outcome (succeeded, failed, aborted)',
    labelNames: ['job', 'outcome'],
    registers: [],
  });
  readonly duration = new Histogram({
    name: 'swarmgate_job_run_duration_seconds',
    help: 'Background job run time, by job',
    labelNames: ['job'],
    buckets: [0.01, 0.05, 0.1, 0.5, 1, 5, 15, 60, 300, 1800],
    registers: [],
  });
  readonly lastSuccess = new Gauge({
    name: 'swarmgate_job_last_success_timestamp_seconds',
    help: 'Unix time this node last finished a run of the job successfully',
    labelNames: ['job'],
    registers: [],
  });
  readonly running = new Gauge({
    name: 'swarmgate_job_running',
    help: '1 while this node runs the job',
    labelNames: ['job'],
    registers: [],
  });

  registerIn(registry: Registry): void {
    for (const metric of [this.runs, this.duration, this.lastSuccess, this.running]) registry.registerMetric(metric);
  }

  record(job: string, outcome: RunOutcome, seconds: number, finishedAt: Date): void {
    this.runs.inc({ job, outcome });
    this.duration.observe({ job }, seconds);
    if (outcome === 'succeeded') this.lastSuccess.set({ job }, finishedAt.getTime() / 1000);
  }

  /** Runs of `job` that ended with `outcome` so far (for tests and ListJobs). */
  async count(job: string, outcome: RunOutcome): Promise<number> {
    const { values } = await this.runs.get();
    return values.find((v) => v.labels.job === job && v.labels.outcome === outcome)?.value ?? 0;
  }
}
