/** Counts calls by method and status code and times them (Prometheus, served by the metrics endpoint). */
import { ServerInterceptingCall, status, type ServerInterceptor } from '@grpc/grpc-js';
import { Counter, Histogram, type Registry } from 'prom-client';

export function metricsInterceptor(registry: Registry): ServerInterceptor {
  const handled = new Counter({
    name: 'swarmgate_grpc_server_handled_total',
    help: 'Control-plane RPCs completed, by method and gRPC status code',
    labelNames: ['grpc_service', 'grpc_method', 'grpc_code'],
    registers: [registry],
  });
  const seconds = new Histogram({
    name: 'swarmgate_grpc_server_handling_seconds',
    help: 'Control-plane RPC handling time',
    labelNames: ['grpc_service', 'grpc_method'],
    buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10],
    registers: [registry],
  });
  return (method, call) => {
    const [, service = '', name = ''] = method.path.split('/');
    const stop = seconds.startTimer({ grpc_service: service, grpc_method: name });
    return new ServerInterceptingCall(call, {
      sendStatus(outcome, next) {
        stop();
        handled.inc({ grpc_service: service, grpc_method: name, grpc_code: status[outcome.code ?? status.OK] ?? String(outcome.code) });
        next(outcome);
      },
    });
  };
}
