/**
 * The IPC messages between the control-plane run and its load process (grpc-runner.ts). Kept apart
 * from the runner: importing the runner itself would install its message handler in the importer.
 */
export const GRPC_RUNNER_READY = 'ready';
export const GRPC_RUNNER_GO = 'go';

export interface GrpcRunnerRequest {
  address: string;
  method: 'login' | 'getUser';
  seconds: number;
  concurrency: number;
  token: string;
  /**
   * Accounts for Login, one per slot in flight (slot i uses logins[i % length]): concurrent logins to
   * one account are checked one at a time by design, and the others refused with RESOURCE_EXHAUSTED.
   */
  logins: { username: string; password: string }[];
  /** Resource names GetUser picks from at random. */
  userNames: string[];
}

export interface GrpcRunnerResult {
  calls: number;
  errors: number;
  firstError: string | null;
  seconds: number;
  latenciesMs: { p50: number; p99: number; max: number };
  cpuSeconds: number;
}
