/**
 * The ceiling: uWebSockets.js answering every request with the same pre-encoded announce answer
 * (50 compact peers, the size of a real one), on as many threads as the engine has workers, each
 * with its own App on the shared port (SO_REUSEPORT) like the engine. Whatever the engine spends
 * above this is the tracker's own work.
 *
 * Run as a child process with IPC: bare-uws-server <port> <threads>; it sends "ready" when all
 * threads listen and stops on SIGINT.
 */
import { createRequire } from 'node:module';
import { Worker } from 'node:worker_threads';

const require = createRequire(import.meta.url);

function answer(): Buffer {
  const peers = Buffer.alloc(50 * 6);
  for (let i = 0; i < 50; i++) {
    peers.writeUInt32BE(0x7f000001, i * 6);
    peers.writeUInt16BE(1024 + i, i * 6 + 4);
  }
  return Buffer.concat([
    Buffer.from('d8:completei40e10:downloadedi7e10:incompletei10e8:intervali1800e12:min intervali300e5:peers300:'),
    peers,
    Buffer.from('e'),
  ]);
}

// The thread body is plain CommonJS evaluated in the worker, so it runs the same from build/ and
// from the TypeScript sources (loader hooks do not reach worker threads).
const THREAD = `
const { workerData, parentPort } = require('node:worker_threads');
const uws = require(workerData.uwsPath);
const body = Buffer.from(workerData.body);
const app = uws.App().any('/*', (res) => { res.writeHeader('Content-Type', 'text/plain').end(body); });
app.listen('127.0.0.1', workerData.port, (socket) => {
  if (!socket) { parentPort.postMessage('failed'); return; }
  parentPort.postMessage('listening');
});
// Close the app before the thread ends: a thread that still holds uWS sockets aborts the process.
parentPort.on('message', () => { app.close(); parentPort.close(); });
`;

const port = Number(process.argv[2]);
const threads = Number(process.argv[3] ?? 1);
const uwsPath = require.resolve('uWebSockets.js');
const body = answer();
const workers: Worker[] = [];
let listening = 0;
for (let i = 0; i < threads; i++) {
  const worker = new Worker(THREAD, { eval: true, workerData: { port, uwsPath, body } });
  worker.on('message', (m: string) => {
    if (m === 'failed') process.exit(1);
    if (++listening === threads) process.send?.('ready');
  });
  workers.push(worker);
}
process.on('SIGINT', () => {
  for (const worker of workers) worker.postMessage('close');
});
