/** Real BitTorrent clients for end-to-end tests: payloads, .torrent files, aria2c seeders and downloaders. */
export { createPayload, sha256File, pseudoRandomBytes, type Payload, type PayloadOptions } from './payload.js';
export {
  createTorrent,
  withAnnounceUrl,
  readTorrent,
  infoHashOf,
  type TorrentFile,
  type TorrentSummary,
  type CreateTorrentOptions,
} from './torrent-file.js';
export {
  startSeeder,
  startDownloader,
  download,
  type Aria2Client,
  type Aria2Options,
  type SeederOptions,
  type DownloaderOptions,
} from './aria2.js';
export { parseAnnounceTarget, percentDecodeBytes, type AnnounceRequest } from './announce-query.js';
export { startBounded, type BoundedProcess, type ExitInfo } from './bounded-process.js';
export { freePort, freePorts } from './free-port.js';
export { makeTempDir, removeTempDirs } from './temp-dir.js';
export { logTail, describeLogs } from './log-tail.js';
export { startAnnounceRecorder, bencodedFailure, bencodedNoPeers, type AnnounceRecorder, type RecordedAnnounce } from './announce-recorder.js';
export { startOpentracker, type OpenTracker } from './opentracker.js';
export { startTransmissionCli, type TransmissionCliOptions } from './transmission-cli.js';
