/**
 * An engine worker thread: its own uWS.App on the shared port (SO_REUSEPORT spreads connections),
 * the swarms it owns, the hand-off of announces for swarms another worker owns, and scrapes of any
 * swarm (from the shared counts).
 */
import { isMainThread, parentPort, workerData } from 'node:worker_threads';
import { formatAddress, isOneOf, parseAddress, RemoteAddressReader } from './address.js';
import { handleUserAnnounce, unknownPasskey } from './announce.js';
import { noteReleased } from './collect-garbage.js';
import { drainedBuffers } from './flush/peer-journal.js';
import { healthAnswer, STATUS_LINES } from './health.js';
import { BRIDGE_TOKEN_HEADER } from './http10-bridge.js';
import { AnnounceReplies, ForwardedAnnounceReader, ForwardedAnnounces, forEachReply } from './handoff.js';
import { WorkerMetrics } from './metrics.js';
import type {
  PeerSnapshot,
  SupervisorToWorker,
  SwarmSnapshot,
  WorkerData,
  WorkerSnapshot,
  WorkerToSupervisor,
  WorkerToWorker,
} from './messages.js';
import { Outcome } from './outcomes.js';
import { AnnounceQuery, parseAnnounceQuery } from './protocol/announce-query.js';
import { BencodeWriter } from './protocol/bencode-writer.js';
import { writeFailure, writeScrape, type ScrapeEntry } from './protocol/responses.js';
import { parseScrapeQuery } from './protocol/scrape-query.js';
import { loadUws } from './uws.js';
import { PoolWorker } from './pool/pool-worker.js';
import { ServiceListener } from './service/service-listener.js';
import { applyCatalogChange, createWorkerState, ownerOf, ownerOfBytes, reapSilentPeers } from './worker-state.js';
import { PasskeyGuesses } from './state/passkey-guesses.js';
import { FLAG_PAUSED, FLAG_SEEDER } from './state/peer-store.js';
import { swarmTotals } from './state/swarm.js';
import type { HttpRequest, HttpResponse, us_listen_socket } from 'uWebSockets.js';

if (isMainThread) throw new Error('engine/worker is a worker_threads entry point');

const data = workerData as WorkerData;
const self = data.workerIndex;
const workers = data.workerCount;
const config = data.config;
const uws = loadUws(config.allowSlowUws);
const state = createWorkerState(data);
const metrics = new WorkerMetrics(data.metricsBuffer, self);
state.creditRefused = (kind, up, down) => metrics.creditRefused(kind === 'started_with_transfer', up, down);
const pool = data.pool ? new PoolWorker(data.pool, data.catalog.users, self, workers) : null;
const supervisor = parentPort!;
const service = data.service ? new ServiceListener(uws, data.service, pool, supervisor, self) : null;
const guesses = new PasskeyGuesses(config.unknownPasskeyLimit);
/** Trusted proxy addresses as bytes, compared with the connection's address bytes. */
const trustedProxies = config.trustedProxies.map((text) => {
  const bytes = parseAddress(text.trim());
  if (!bytes) throw new Error(`engine.trustedProxies: "${text}" is not an IP address`);
  return bytes;
});
const remoteAddress = new RemoteAddressReader();
const MAX_SCRAPE_HASHES = 64;
/** The HTTP/1.0 bridge runs: its requests carry the client's address under its token. */
const bridgeEnabled = config.http10Port !== undefined;

const query = new AnnounceQuery();
const writer = new BencodeWriter(16 * 1024);
/** Constant answers for unknown passkeys: built once, sent without encoding anything. */
const UNKNOWN_PASSKEY_BODY = Buffer.from(unknownPasskey(writer).body);
const TOO_MANY_GUESSES_BODY = Buffer.from(writeFailure(writer, 'Too many unknown passkeys from your address. Try again later.'));
const scrapeHashes: string[] = [];

const nowSeconds = () => Math.floor(Date.now() / 1000);

// --- responses ---------------------------------------------------------------------------------

function send(res: HttpResponse, body: Uint8Array): void {
  res.writeHeader('Content-Type', 'text/plain').end(body);
}

function sendFailure(res: HttpResponse, reason: string): void {
  send(res, writeFailure(writer, reason));
}

/**
 * The client's address: the connection's, or a trusted proxy's forwarded header. Null if unusable.
 * The connection's address is the reader's reused array: valid until the next request.
 */
function clientAddress(res: HttpResponse, req: HttpRequest): Uint8Array | null {
  const remote = remoteAddress.read(res.getRemoteAddress());
  const trusted =
    (trustedProxies.length > 0 && isOneOf(trustedProxies, remote)) ||
    (bridgeEnabled && req.getHeader(BRIDGE_TOKEN_HEADER) === data.bridgeToken);
  if (!trusted) return remote;
  const forwarded = req.getHeader('x-forwarded-for');
  const candidate = forwarded ? forwarded.slice(forwarded.lastIndexOf(',') + 1).trim() : req.getHeader('x-real-ip').trim();
  return candidate ? parseAddress(candidate) : remote;
}

// --- unknown passkeys (guessing) -----------------------------------------------------------------

/**
 * Answer a request whose passkey no user holds, counting it against the client's address: past the
 * limit the address gets a short refusal and its connection is closed (a guesser pays a new TCP
 * handshake per guess; the tracker parses nothing).
 */
function onUnknownPasskey(res: HttpResponse, ip: Uint8Array): void {
  const count = guesses.note(ip, nowSeconds());
  const refused = guesses.isPastLimit(count);
  metrics.unknownPasskey(refused);
  if (count === config.unknownPasskeyLimit + 1) {
    supervisor.postMessage({ type: 'passkey-guessing', workerIndex: self, address: formatAddress(ip), count } satisfies WorkerToSupervisor);
  }
  if (refused) return void res.writeHeader('Content-Type', 'text/plain').end(TOO_MANY_GUESSES_BODY, true);
  send(res, UNKNOWN_PASSKEY_BODY);
}

// --- announce ----------------------------------------------------------------------------------

function onAnnounce(res: HttpResponse, req: HttpRequest): void {
  metrics.request();
  const ip = clientAddress(res, req);
  if (!ip) return void (metrics.announce(Outcome.BadRequest), sendFailure(res, 'Invalid forwarded client address.'));
  // Every worker holds every user: an unknown passkey is answered here before anything is parsed.
  const user = state.users.byPasskeyOf(req.getParameter(0));
  if (!user) {
    metrics.announce(Outcome.UnknownPasskey);
    return onUnknownPasskey(res, ip);
  }
  const problem = parseAnnounceQuery(req.getQuery() ?? '', query);
  if (problem !== null) {
    metrics.announce(Outcome.BadRequest);
    return sendFailure(res, problem);
  }
  // Read before anything can yield: the request object is valid only during this call.
  query.setAgent(req.getHeader('user-agent'));
  const owner = ownerOfBytes(query.infoHash, 0, workers);
  if (owner === self) {
    const result = handleUserAnnounce(state, user, query, ip, nowSeconds(), writer);
    metrics.announce(result.outcome);
    send(res, result.body);
    return checkJournalSize();
  }
  // A known user travels to the swarm's owner as its index.
  metrics.forwarded();
  forwardAnnounce(owner, res, user.index, ip);
}

// --- hand-off to the owning worker, batched per event-loop turn ---------------------------------

interface Pending {
  res: HttpResponse;
  aborted: boolean;
}

let nextId = 1;
const pendingAnnounces = new Map<number, Pending>();
const outgoing = Array.from({ length: workers }, () => new ForwardedAnnounces());
const forwardedReader = new ForwardedAnnounceReader();
const replies = new AnnounceReplies();
let flushScheduled = false;

/** Hand the announce just parsed into `query` to its owner; the answer comes back as 'announce-replies'. */
function forwardAnnounce(owner: number, res: HttpResponse, userIndex: number, ip: Uint8Array): void {
  const pending: Pending = { res, aborted: false };
  res.onAborted(() => {
    pending.aborted = true;
  });
  const id = nextId++;
  pendingAnnounces.set(id, pending);
  outgoing[owner]!.append(id, userIndex, query, ip);
  if (!flushScheduled) {
    flushScheduled = true;
    setImmediate(flushOutgoing);
  }
}

function flushOutgoing(): void {
  flushScheduled = false;
  for (let w = 0; w < workers; w++) {
    if (outgoing[w]!.isEmpty) continue;
    const records = outgoing[w]!.take();
    post(w, { type: 'announce', records }, [records.buffer as ArrayBuffer]);
  }
}

function post(worker: number, message: WorkerToWorker, transfer?: ArrayBuffer[]): void {
  data.peerPorts[worker]!.postMessage(message, transfer ?? []);
}

function answerForwarded(id: number, body: Uint8Array): void {
  const pending = pendingAnnounces.get(id);
  pendingAnnounces.delete(id);
  if (pending && !pending.aborted) pending.res.cork(() => send(pending.res, body));
}

function onPeerMessage(from: number, message: WorkerToWorker): void {
  switch (message.type) {
    case 'announce': {
      const now = nowSeconds();
      const reader = forwardedReader;
      reader.reset(message.records);
      for (let i = 0; i < reader.count; i++) {
        reader.read(i, query);
        const result = handleUserAnnounce(state, state.users.byIndexOf(reader.userIndex), query, reader.ip, now, writer);
        metrics.announce(result.outcome);
        replies.append(reader.id, result.body);
      }
      checkJournalSize();
      const bodies = replies.take();
      post(from, { type: 'announce-replies', bodies }, [bodies.buffer as ArrayBuffer]);
      break;
    }
    case 'announce-replies':
      forEachReply(message.bodies, answerForwarded);
      break;
  }
}

data.peerPorts.forEach((port, index) => port?.on('message', (m: WorkerToWorker) => onPeerMessage(index, m)));

// --- scrape (BEP 48): answered here from the shared counts, whoever owns the swarms ---------------

const scrapeEntries: ScrapeEntry[] = [];

function onScrape(res: HttpResponse, req: HttpRequest): void {
  metrics.request();
  metrics.scrape();
  const user = state.users.byPasskeyOf(req.getParameter(0));
  if (!user) {
    const ip = clientAddress(res, req);
    return ip ? onUnknownPasskey(res, ip) : sendFailure(res, 'Invalid forwarded client address.');
  }
  const problem = parseScrapeQuery(req.getQuery() ?? '', scrapeHashes, MAX_SCRAPE_HASHES);
  if (!user.enabled) return sendFailure(res, 'Your account is disabled.');
  if (problem !== null) return sendFailure(res, problem);
  if (scrapeHashes.length === 0) return sendFailure(res, 'Full scrape is not allowed: name at least one info_hash.');

  const counts = state.swarms.counts;
  scrapeEntries.length = 0;
  for (const infoHash of scrapeHashes) {
    const swarm = state.swarms.get(infoHash);
    if (!swarm || swarm.torrent.deleted || swarm.torrent.status !== 'approved') continue;
    const leechers = counts.leechers(swarm.id);
    scrapeEntries.push({
      infoHash,
      complete: counts.seeders(swarm.id),
      downloaded: counts.downloaded(swarm.id),
      incomplete: leechers,
      downloaders: leechers - counts.paused(swarm.id),
    });
  }
  send(res, writeScrape(writer, scrapeEntries));
}

// --- inspection (tests and the flusher) ---------------------------------------------------------

function snapshot(): WorkerSnapshot {
  const peers = state.peers;
  const swarms: SwarmSnapshot[] = [];
  for (const swarm of state.swarms.values()) {
    const list: PeerSnapshot[] = [];
    const collect = (slots: Int32Array, count: number) => {
      for (let i = 0; i < count; i++) {
        const slot = slots[i]!;
        list.push({
          peerId: Buffer.from(peers.peerIdView(slot)).toString('hex'),
          userIndex: peers.users[slot]!,
          ip: formatAddress(peers.address(slot)),
          port: peers.port(slot),
          uploaded: peers.uploaded[slot]!,
          downloaded: peers.downloaded[slot]!,
          left: peers.left[slot]!,
          seeder: (peers.flags[slot]! & FLAG_SEEDER) !== 0,
          paused: (peers.flags[slot]! & FLAG_PAUSED) !== 0,
          lastAnnounce: peers.lastAnnounce[slot]!,
        });
      }
    };
    collect(swarm.seeders, swarm.seederCount);
    collect(swarm.leechers, swarm.leecherCount);
    if (list.length > 0 || swarm.completedDelta > 0) {
      swarms.push({
        infoHash: Buffer.from(swarm.torrent.infoHash, 'latin1').toString('hex'),
        torrentId: swarm.torrent.id,
        seeders: swarm.seederCount,
        leechers: swarm.leecherCount,
        completedDelta: swarm.completedDelta,
        peers: list,
      });
    }
  }
  return { journal: drainJournal(false), swarms };
}

let flushRequested = false;

/** Ask for an early flush once the journal passes the batch size (once per drain). */
function checkJournalSize(): void {
  if (flushRequested || data.flushBatchPeers === 0 || state.journal.pendingPeers < data.flushBatchPeers) return;
  flushRequested = true;
  supervisor.postMessage({ type: 'journal-full', workerIndex: self } satisfies WorkerToSupervisor);
}

function drainJournal(reset: boolean) {
  if (reset) flushRequested = false;
  // The records and the announce and refusal logs' buffers leave with the drain (the flusher gives
  // them back: 'spare-buffers'); garbage here are the journal's own buffers, shrunk after a burst,
  // and the spares this drain did not reuse.
  const held = state.journal.bufferBytes;
  const drain = state.journal.drain(state.peers, (id) => state.swarms.byIdOf(id), state.announceLog, reset);
  // A burst's buffers are dropped only after a quiet window, so a worker rarely collects for this.
  noteReleased(held - state.journal.bufferBytes + (reset ? state.journal.dropSpares() : 0));
  return drain;
}

// --- periodic work -----------------------------------------------------------------------------

function updateGauges(): void {
  metrics.setGauges(state.swarms.ownedCount, state.peers.size, swarmTotals.seeders, swarmTotals.leechers, state.peers.byteSize);
  metrics.setMemory(process.memoryUsage());
}

const gaugeTimer = setInterval(updateGauges, 1000);
const reapTimer = setInterval(() => {
  reapSilentPeers(state, nowSeconds());
  updateGauges();
}, Math.min(60, Math.max(1, Math.floor(config.peerTimeout / 4))) * 1000);
const guessTimer = setInterval(() => metrics.setGuessingAddresses(guesses.sweep(nowSeconds())), 5000);

// --- HTTP app ----------------------------------------------------------------------------------

let listenSocket: us_listen_socket | null = null;

const app = uws
  .App()
  .get('/:passkey/announce', onAnnounce)
  .get('/:passkey/scrape', onScrape)
  // /metrics is served by the operations listener (engine/ops-listener.ts), off this public port.
  .get('/healthz', (res) => {
    const health = healthAnswer(data.metricsBuffer, workers, config.healthDegradedStatus);
    res.writeStatus(STATUS_LINES[health.status]).writeHeader('Content-Type', 'text/plain').end(health.body);
  })
  .any('/*', (res) => {
    res.writeStatus('404 Not Found').writeHeader('Content-Type', 'text/plain').end('Not found. Announce at /<passkey>/announce\n');
  });
if (pool && service) pool.attachTo(app, service.tokens);

/** Told by the supervisor once every worker has its swarms: no worker serves before all can answer. */
function listen(): void {
  app.listen(config.host, config.port, (socket) => {
    if (!socket) {
      supervisor.postMessage({ type: 'listen-failed', workerIndex: self, reason: `cannot listen on ${config.host}:${config.port}` } satisfies WorkerToSupervisor);
      return;
    }
    listenSocket = socket;
    updateGauges();
    void (service?.listen() ?? Promise.resolve(null)).then((failure) =>
      supervisor.postMessage(
        (failure ? { type: 'listen-failed', workerIndex: self, reason: failure } : { type: 'ready', workerIndex: self }) satisfies WorkerToSupervisor,
      ),
    );
  });
}

supervisor.postMessage({ type: 'restored', workerIndex: self } satisfies WorkerToSupervisor);

supervisor.on('message', (message: SupervisorToWorker) => {
  switch (message.type) {
    case 'listen':
      listen();
      break;
    case 'catalog':
      for (const change of message.changes) {
        applyCatalogChange(state, change);
        pool?.onCatalogChange(change);
      }
      supervisor.postMessage({ type: 'applied' } satisfies WorkerToSupervisor);
      break;
    case 'inspect':
      supervisor.postMessage({ type: 'inspect-result', requestId: message.requestId, snapshot: snapshot() } satisfies WorkerToSupervisor);
      break;
    case 'drain': {
      const drain = drainJournal(true);
      supervisor.postMessage({ type: 'drain-result', requestId: message.requestId, drain } satisfies WorkerToSupervisor, drainedBuffers(drain));
      break;
    }
    case 'spare-buffers':
      noteReleased(state.journal.reuse(message.buffers));
      break;
    case 'exit':
      exitThread();
      break;
    case 'pool':
      pool?.onMessage(message.message, supervisor);
      break;
    case 'service':
      service?.onMessage(message.message);
      break;
    case 'stop':
      if (listenSocket) uws.us_listen_socket_close(listenSocket);
      listenSocket = null;
      service?.close();
      clearInterval(gaugeTimer);
      clearInterval(reapTimer);
      clearInterval(guessTimer);
      void drainThenReport();
      break;
  }
});

/**
 * After the listen socket closes, wait (bounded) for hand-offs in flight, close every connection,
 * report stopped, and let the thread end on its own: terminating a thread that still holds uWS
 * sockets aborts the process.
 */
async function drainThenReport(): Promise<void> {
  const deadline = Date.now() + 2000;
  while (pendingAnnounces.size > 0 && Date.now() < deadline) {
    await new Promise((r) => setTimeout(r, 10));
  }
  // close() exists on the native App (closes listen and client sockets) but is missing from its types.
  (app as unknown as { close(): void }).close();
  supervisor.postMessage({ type: 'stopped', workerIndex: self } satisfies WorkerToSupervisor);
}

/** Sent by the supervisor once every worker has stopped, so no hand-off can still arrive. */
function exitThread(): void {
  for (const port of data.peerPorts) port?.close();
  supervisor.close();
}
