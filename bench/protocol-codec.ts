/**
 * Micro benchmark for the protocol codecs: parse a realistic announce query, and encode a 50-peer compact
 * answer. Run with `node --import tsx bench/protocol-codec.ts`. Each case runs ~2 s after a short warm-up
 * so the JIT has optimised the code before timing starts.
 */
import { AnnounceQuery, parseAnnounceQuery } from '../engine/protocol/announce-query.js';
import { BencodeWriter } from '../engine/protocol/bencode-writer.js';
import { writeIPv4Compact } from '../engine/protocol/compact-peer.js';
import { beginAnnounce, compactPeers4, endAnnounce } from '../engine/protocol/responses.js';

// What qBittorrent (libtorrent) sends: escaped binary hash, literal unreserved bytes, the usual extras.
const QUERY =
  'info_hash=%b2%0d%1a%8f%c4V%e1%9bZ%9c%12%d0%a3%ef%7f0~%2c%1b%94&peer_id=-qB4630-k8hj0wgej6ch' +
  '&port=51413&uploaded=1073741824&downloaded=5368709120&left=0&corrupt=0&key=8C3A4F10&event=completed' +
  '&numwant=200&compact=1&no_peer_id=1&supportcrypto=1&redundant=0&ipv6=2001%3adb8%3a%3a1';

const PEERS = 50;
// Peers as the engine would hold them: packed 4-byte addresses plus a port table.
const addresses = new Uint8Array(PEERS * 4);
const ports = new Uint16Array(PEERS);
for (let k = 0; k < PEERS; k++) {
  addresses.set([10, (k >> 8) & 0xff, k & 0xff, 1 + (k % 250)], k * 4);
  ports[k] = 6881 + k;
}
const summary = { interval: 1800, minInterval: 900, complete: 1234, incomplete: 56, downloaded: 7890 };

function run(name: string, body: () => number): void {
  let sink = 0;
  for (let k = 0; k < 200_000; k++) sink += body(); // warm-up
  const budget = 2_000_000_000n;
  const start = process.hrtime.bigint();
  let ops = 0;
  let elapsed = 0n;
  while (elapsed < budget) {
    for (let k = 0; k < 10_000; k++) sink += body();
    ops += 10_000;
    elapsed = process.hrtime.bigint() - start;
  }
  const perSecond = (ops * 1e9) / Number(elapsed);
  const nsPerOp = Number(elapsed) / ops;
  console.log(`${name.padEnd(34)} ${Math.round(perSecond).toLocaleString('en-US').padStart(12)} ops/s  ${nsPerOp.toFixed(0).padStart(5)} ns/op  (sink ${sink % 10})`);
}

const query = new AnnounceQuery();
if (parseAnnounceQuery(QUERY, query) !== null) throw new Error(`benchmark query does not parse: ${parseAnnounceQuery(QUERY, query)}`);
run('parseAnnounceQuery', () => (parseAnnounceQuery(QUERY, query) === null ? query.port : -1));

const writer = new BencodeWriter();
run(`encode compact answer (${PEERS} peers)`, () => {
  beginAnnounce(writer, summary);
  let at = compactPeers4(writer, PEERS);
  const buf = writer.buffer;
  for (let k = 0; k < PEERS; k++) at = writeIPv4Compact(buf, at, addresses, k * 4, ports[k] as number);
  return endAnnounce(writer).length;
});

console.log(`node ${process.version}, ${process.arch}`);
