/**
 * Open-loop load at a fixed rate on keep-alive connections, as a child process (its CPU is not the
 * server's). Request k is due at start + k / rate whatever the server does; it goes out on the first
 * idle connection, and its latency counts from when it was due, not from when it was sent, so a
 * server that stalls for 30 ms shows 30 ms on every request that came due meanwhile (no coordinated
 * omission).
 *
 * Why not autocannon's `overallRate`: each of its connections sends as fast as it can until its
 * quota for the current second is used, then waits for the next second. Its "fixed rate" is
 * saturation for the first part of every second and idle for the rest, so its p99 is the p99 at
 * saturation. wrk cannot pace either (its `delay()` hook is think time after each answer: closed loop).
 *
 * Same IPC protocol as autocannon-runner.ts: the request, "loaded", "go", a "tick" every second, then
 * the result. HTTP/1.1 answers are framed by Content-Length (what the trackers measured send).
 */
import { readFileSync } from 'node:fs';
import { connect, type Socket } from 'node:net';
import { percentileOfSorted } from '../support/percentile.js';
import type { LoadSpec } from './load-spec.js';
import type { RunnerMessage } from './runner-child.js';

export type PacedRequest = Pick<LoadSpec, 'baseUrl' | 'poolFile' | 'pathStyle' | 'connections' | 'durationSeconds'> & { rate: number };

export interface PacedSummary {
  requests: number;
  durationSeconds: number;
  latencyMs: { p50: number; p99: number; max: number; mean: number };
  errors: number;
  errorDetail: Record<string, number>;
  /** Requests that came due but were never sent before the end (the server fell behind). */
  unsent: number;
  cpuSeconds: number;
}

const send = (message: RunnerMessage<{ summary: PacedSummary }>) => process.send!(message);

function requestBuffers(request: PacedRequest, host: string): Buffer[] {
  const out: Buffer[] = [];
  for (const line of readFileSync(request.poolFile, 'utf8').split('\n')) {
    if (!line) continue;
    const [passkey, endpoint, query] = line.split(' ');
    const path = request.pathStyle === 'passkey' ? `/${passkey}/${endpoint}?${query}` : `/${endpoint}?${query}`;
    out.push(Buffer.from(`GET ${path} HTTP/1.1\r\nHost: ${host}\r\n\r\n`, 'latin1'));
  }
  return out;
}

/** One keep-alive connection carrying one request at a time. */
class Connection {
  private pending: Buffer = Buffer.alloc(0);
  /** When the request in flight was due (ms, performance.now()), or -1 when idle. */
  dueAt = -1;
  readonly socket: Socket;

  constructor(port: number, host: string, private readonly onAnswer: (c: Connection, status: number) => void, onError: (c: Connection, reason: string) => void) {
    this.socket = connect({ port, host, noDelay: true });
    this.socket.on('data', (chunk: Buffer) => this.read(chunk));
    this.socket.on('error', (err) => onError(this, err.message));
    this.socket.on('close', () => onError(this, 'closed'));
  }

  send(buffer: Buffer, dueAt: number): void {
    this.dueAt = dueAt;
    this.socket.write(buffer);
  }

  private read(chunk: Buffer): void {
    this.pending = this.pending.length === 0 ? chunk : Buffer.concat([this.pending, chunk]);
    for (;;) {
      const end = this.pending.indexOf('\r\n\r\n');
      if (end < 0) return;
      const head = this.pending.toString('latin1', 0, end);
      const length = /\r\ncontent-length:\s*(\d+)/i.exec(head);
      const total = end + 4 + (length ? Number(length[1]) : 0);
      if (this.pending.length < total) return;
      const status = Number(head.slice(9, 12));
      this.pending = this.pending.subarray(total);
      this.onAnswer(this, status);
    }
  }
}

async function run(request: PacedRequest): Promise<PacedSummary> {
  const url = new URL(request.baseUrl);
  const host = url.hostname.replace(/^\[|\]$/g, '');
  const port = Number(url.port);
  const buffers = requestBuffers(request, url.host);
  send({ type: 'loaded', lines: buffers.length });
  await new Promise<void>((resolve) => process.once('message', () => resolve()));

  const intervalMs = 1000 / request.rate;
  const latencies = new Float64Array(Math.ceil(request.rate * request.durationSeconds) + 16);
  let answered = 0;
  const errorDetail: Record<string, number> = {};
  const fail = (reason: string) => (errorDetail[reason] = (errorDetail[reason] ?? 0) + 1);
  const idle: Connection[] = [];
  /** Due times of requests waiting for an idle connection, oldest first from `head`. */
  let waiting: number[] = [];
  let head = 0;
  let issued = 0;

  const next = () => buffers[Math.floor(Math.random() * buffers.length)]!;
  const dispatch = () => {
    while (head < waiting.length && idle.length > 0) idle.pop()!.send(next(), waiting[head++]!);
    if (head === waiting.length && head > 0) {
      waiting = [];
      head = 0;
    }
  };
  const onAnswer = (c: Connection, status: number) => {
    const now = performance.now();
    if (status >= 200 && status < 300) {
      if (answered < latencies.length) latencies[answered] = now - c.dueAt;
      answered++;
    } else fail(`status ${status}`);
    c.dueAt = -1;
    idle.push(c);
    dispatch();
  };
  const connections: Connection[] = [];
  let stopped = false;
  const onError = (c: Connection, reason: string) => {
    const index = connections.indexOf(c);
    // 'error' is followed by 'close': the connection was replaced at the first.
    if (stopped || index < 0) return;
    if (c.dueAt >= 0) fail(reason);
    c.dueAt = -1;
    const at = idle.indexOf(c);
    if (at >= 0) idle.splice(at, 1);
    c.socket.destroy();
    // A lost connection is replaced, so the offered rate keeps its connections.
    const fresh = new Connection(port, host, onAnswer, onError);
    connections[index] = fresh;
    fresh.socket.once('connect', () => (idle.push(fresh), dispatch()));
  };
  await Promise.all(
    Array.from({ length: request.connections }, () => {
      const c = new Connection(port, host, onAnswer, onError);
      connections.push(c);
      return new Promise<void>((resolve, reject) => {
        c.socket.once('connect', () => (idle.push(c), resolve()));
        c.socket.once('error', reject);
      });
    }),
  );

  const cpuBefore = process.cpuUsage();
  const start = performance.now();
  const end = start + request.durationSeconds * 1000;
  let lastTick = start;
  await new Promise<void>((resolve) => {
    const pace = () => {
      const now = performance.now();
      const dueUntil = Math.min(now, end);
      for (; start + issued * intervalMs <= dueUntil; issued++) waiting.push(start + issued * intervalMs);
      dispatch();
      if (now - lastTick >= 1000) {
        lastTick = now;
        send({ type: 'tick', requests: answered });
      }
      // Past the end: wait for what is in flight (up to a second), then stop.
      const busy = idle.length < connections.length;
      if (now < end || (busy && now <= end + 1000)) setTimeout(pace, 1);
      else resolve();
    };
    pace();
  });
  stopped = true;
  const cpu = process.cpuUsage(cpuBefore);
  const inFlight = connections.length - idle.length;
  if (inFlight > 0) errorDetail.timeout = inFlight;
  for (const c of connections) c.socket.destroy();

  const sorted = latencies.subarray(0, Math.min(answered, latencies.length)).sort();
  let sum = 0;
  for (const value of sorted) sum += value;
  const errors = Object.values(errorDetail).reduce((a, b) => a + b, 0);
  return {
    requests: answered,
    durationSeconds: request.durationSeconds,
    latencyMs: { p50: percentileOfSorted(sorted, 50), p99: percentileOfSorted(sorted, 99), max: sorted.at(-1) ?? 0, mean: sorted.length ? sum / sorted.length : 0 },
    errors,
    errorDetail,
    unsent: waiting.length - head,
    cpuSeconds: (cpu.user + cpu.system) / 1e6,
  };
}

process.once('message', (request: PacedRequest) => {
  run(request).then(
    (summary) => {
      send({ type: 'result', summary });
      process.disconnect();
    },
    (err: unknown) => {
      send({ type: 'failed', message: (err as Error).stack ?? String(err) });
      process.disconnect();
    },
  );
});
