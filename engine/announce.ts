/**
 * One announce, in the worker that owns the swarm: the private-tracker rules (UNIT3D-Announce and
 * Ocelot are the references), the peer update, the accounting, and the bencoded answer. Memory only;
 * nothing here waits on I/O.
 */
import { formatAddress } from './address.js';
import { endToken, holdsToken } from './bonus/freeleech-tokens.js';
import type { Config } from '../core/config.js';
import type { AnnounceLog } from './flush/announce-log.js';
import type { CreditRefusalKind } from './flush/credit-refusals.js';
import type { PeerJournal } from './flush/peer-journal.js';
import { Outcome } from './outcomes.js';
import { AnnounceEvent, type AnnounceQuery } from './protocol/announce-query.js';
import type { BencodeWriter } from './protocol/bencode-writer.js';
import {
  beginAnnounce,
  beginDictionaryPeers,
  compactPeers4,
  compactPeers6,
  dictionaryPeer,
  endDictionaryPeers,
  endAnnounce,
  writeFailure,
  type AnnounceSummary,
} from './protocol/responses.js';
import { switchOn, type GroupRecord, type SiteSettings, type UserRecord } from './records.js';
import type { LeechingCounters } from './shared-counters.js';
import type { ClientBlacklist } from './state/client-blacklist.js';
import type { CreditClock } from './state/credit-clock.js';
import type { IpBanList } from './state/ip-bans.js';
import { FLAG_COMPLETED, FLAG_FRESH, FLAG_PAUSED, FLAG_SEEDER, type PeerStore } from './state/peer-store.js';
import type { Swarm } from './state/swarm.js';
import type { SwarmTable } from './state/swarm-table.js';
import type { UserDirectory } from './state/user-directory.js';

/** Everything an announce reads or changes, owned by one worker. */
export interface AnnounceState {
  config: Config['engine'];
  users: UserDirectory;
  swarms: SwarmTable;
  peers: PeerStore;
  ipBans: IpBanList;
  clientBlacklist: ClientBlacklist;
  blacklistedPorts: Uint8Array;
  leeching: LeechingCounters;
  journal: PeerJournal;
  /** Last counted announce of users whose peers left a swarm (bounds first announces). */
  creditClock: CreditClock;
  /** Told of every refusal (the worker's metrics); null: not counted. */
  creditRefused: ((kind: CreditRefusalKind, upBytes: number, downBytes: number) => void) | null;
  /** Counted announces for the `announces` table; null when that log is off. */
  announceLog: AnnounceLog | null;
  settings: SiteSettings;
}

export interface AnnounceResult {
  outcome: Outcome;
  body: Buffer;
}

/** A peer cannot plausibly move more than this many bytes per second (100 Gbit/s). */
export const MAX_BYTES_PER_SECOND = 12.5e9;

/** No bound: an existing peer's announce, judged by the implausibility check alone. */
const UNBOUNDED = -1;

const result: AnnounceResult = { outcome: Outcome.Ok, body: Buffer.alloc(0) };
/** What the last `account` call credited, for the announce log (reused, never reallocated). */
const counted = { up: 0, down: 0, creditedUp: 0, creditedDown: 0 };
let sampled = new Int32Array(256);
/** The counts every answer starts with (reused: an object literal per answer was garbage per announce). */
const summary: AnnounceSummary = { interval: 0, minInterval: 0, complete: 0, incomplete: 0, downloaded: 0 };

function fail(w: BencodeWriter, outcome: Outcome, reason: string, retryIn?: number): AnnounceResult {
  result.outcome = outcome;
  result.body = writeFailure(w, reason, retryIn);
  return result;
}

/** The answer to a passkey no user holds (also given by a worker before it would hand the announce over). */
export function unknownPasskey(w: BencodeWriter): AnnounceResult {
  return fail(w, Outcome.UnknownPasskey, 'Unknown passkey. Download the .torrent again from the site.');
}

function isLeeching(flags: number): boolean {
  return (flags & (FLAG_SEEDER | FLAG_PAUSED)) === 0;
}

/**
 * Handle a parsed announce for `passkey` from address `ip` (4 or 16 bytes) at `now` (epoch seconds).
 * The returned object and its body are reused by the next call: send or copy them first.
 */
export function handleAnnounce(
  s: AnnounceState,
  passkey: string,
  q: AnnounceQuery,
  ip: Uint8Array,
  now: number,
  w: BencodeWriter,
): AnnounceResult {
  return handleUserAnnounce(s, s.users.byPasskeyOf(passkey), q, ip, now, w);
}

/**
 * The same for a user already looked up (undefined: unknown passkey): the owning worker gets
 * announces handed over from other workers with the user's index, not the passkey.
 */
export function handleUserAnnounce(
  s: AnnounceState,
  user: UserRecord | undefined,
  q: AnnounceQuery,
  ip: Uint8Array,
  now: number,
  w: BencodeWriter,
): AnnounceResult {
  if (!user) return unknownPasskey(w);
  const nowMs = now * 1000;
  if (!user.enabled) return fail(w, Outcome.UserDisabled, 'Your account is disabled.');
  if (user.accountBanUntil > nowMs) return fail(w, Outcome.UserDisabled, 'Your account is banned.');
  const group = s.users.group(user.groupId);
  if (!group) return fail(w, Outcome.UserDisabled, 'Your account has no valid group.');
  if (s.ipBans.isBanned(ip, nowMs)) return fail(w, Outcome.IpBanned, 'Your IP address is banned from this tracker.');
  if (s.clientBlacklist.matches(q.peerId)) {
    return fail(w, Outcome.ClientBlacklisted, 'Your client is blacklisted on this tracker. Please use an approved client.');
  }
  const stopping = q.event === AnnounceEvent.Stopped;
  if (!stopping && (q.port === 0 || s.blacklistedPorts[q.port])) {
    return fail(w, Outcome.PortBlacklisted, `Port ${q.port} is blacklisted. Configure your client to listen on another port.`);
  }

  const swarm = s.swarms.getByBytes(q.infoHash, 0);
  if (!swarm) return fail(w, Outcome.UnregisteredTorrent, 'Torrent not registered with this tracker.');
  const torrent = swarm.torrent;
  if (torrent.deleted) return fail(w, Outcome.TorrentDeleted, 'Torrent has been deleted.');
  if (torrent.status === 'pending' || torrent.status === 'postponed') {
    return fail(w, Outcome.TorrentPending, 'Torrent is pending moderation. Try again later.', s.config.pendingRetryMinutes);
  }
  if (torrent.status !== 'approved') return fail(w, Outcome.TorrentRejected, 'Torrent was rejected by moderation.');

  let slot = s.peers.find(swarm.id, q.peerId);
  if (slot >= 0 && s.peers.users[slot] !== user.index) {
    return fail(w, Outcome.PeerIdInUse, 'This peer_id is in use by another user. Restart your client.');
  }

  if (stopping) {
    if (slot >= 0) {
      const wasLeft = s.peers.left[slot]!;
      const verdict = account(s, swarm, slot, user, group, q, now, UNBOUNDED);
      if (verdict !== null) return fail(w, Outcome.ImplausibleStats, verdict);
      // A leecher that finished and stops at once carries its completion on the stop.
      if (finishes(s, slot, wasLeft, q)) completed(s, swarm, slot, now);
      logAnnounce(s, swarm, user, q, ip, now);
      s.peers.lastAnnounce[slot] = now; // counted now: the credit clock starts from here
      removePeer(s, swarm, slot, now);
    }
    return answer(s, swarm, -1, false, q, w, Outcome.Ok);
  }

  const paused = q.event === AnnounceEvent.Paused;
  const newFlags = q.left === 0 ? FLAG_SEEDER : paused ? FLAG_PAUSED : 0;
  const oldFlags = slot >= 0 ? s.peers.flags[slot]! & (FLAG_SEEDER | FLAG_PAUSED) : FLAG_SEEDER;

  // Inside min interval a routine announce is answered from state and counts nothing.
  if (slot >= 0 && q.event === AnnounceEvent.None && oldFlags === newFlags && now - s.peers.lastAnnounce[slot]! < s.config.minInterval) {
    return answer(s, swarm, slot, newFlags !== 0, q, w, Outcome.Throttled);
  }

  const startsLeeching = isLeeching(newFlags) && (slot < 0 || !isLeeching(oldFlags));
  if (startsLeeching) {
    if (!group.canDownload || !user.canDownload || user.downloadBanUntil > nowMs) {
      return fail(w, Outcome.NoDownloadRights, 'You may not download on this tracker (seeding is still allowed).');
    }
    if (group.downloadSlots === null) s.leeching.acquire(user.index);
    else if (!s.leeching.tryAcquire(user.index, group.downloadSlots)) {
      return fail(w, Outcome.DownloadSlotsExhausted,
        `Download slots exhausted: your group may leech ${group.downloadSlots} torrent(s) at once.`);
    }
  }

  if (slot < 0) {
    if (swarm.countUserPeers(s.peers, user.index, s.config.maxPeersPerUserPerTorrent) >= s.config.maxPeersPerUserPerTorrent) {
      if (startsLeeching) s.leeching.release(user.index);
      return fail(w, Outcome.TooManyPeers,
        `Too many clients on this torrent: at most ${s.config.maxPeersPerUserPerTorrent} per user.`);
    }
    const bound = firstAnnounceBound(s, swarm, user.index, q, now);
    slot = s.peers.insert(swarm.id, q.peerId, 0, now);
    s.peers.users[slot] = user.index;
    // A new peer (or a restarted client) counts from zero.
    s.peers.uploaded[slot] = 0;
    s.peers.downloaded[slot] = 0;
    s.peers.flags[slot] = newFlags | FLAG_FRESH;
    s.peers.left[slot] = q.left;
    s.peers.setAddress(slot, ip, q.port);
    const verdict = account(s, swarm, slot, user, group, q, now, bound);
    if (verdict !== null) {
      s.peers.remove(slot);
      if (startsLeeching) s.leeching.release(user.index);
      return fail(w, Outcome.ImplausibleStats, verdict);
    }
    swarm.add(s.peers, slot);
    if (q.event === AnnounceEvent.Completed) completed(s, swarm, slot, now);
  } else {
    const wasLeft = s.peers.left[slot]!;
    const verdict = account(s, swarm, slot, user, group, q, now, UNBOUNDED);
    if (verdict !== null) {
      if (startsLeeching) s.leeching.release(user.index);
      return fail(w, Outcome.ImplausibleStats, verdict);
    }
    if (oldFlags !== (newFlags & (FLAG_SEEDER | FLAG_PAUSED))) {
      swarm.remove(s.peers, slot);
      if (isLeeching(oldFlags)) s.leeching.release(user.index);
      s.peers.flags[slot] = (s.peers.flags[slot]! & ~(FLAG_SEEDER | FLAG_PAUSED)) | newFlags;
      swarm.add(s.peers, slot);
    }
    s.peers.setAddress(slot, ip, q.port);
    s.peers.left[slot] = q.left;
    s.peers.lastAnnounce[slot] = now;
    if (finishes(s, slot, wasLeft, q)) completed(s, swarm, slot, now);
  }
  logAnnounce(s, swarm, user, q, ip, now);
  return answer(s, swarm, slot, newFlags !== 0, q, w, Outcome.Ok);
}

function logAnnounce(s: AnnounceState, swarm: Swarm, user: UserRecord, q: AnnounceQuery, ip: Uint8Array, now: number): void {
  s.announceLog?.record(swarm.id, user.index, q, ip, now, counted);
}

/**
 * Whether this announce carries the news that a leecher finished: a peer that had data left reports
 * left=0 (whatever the event: clients such as rtorrent queue `completed` until a later announce, and a
 * leecher may finish and stop at once), or sends `completed` while it still had data left. A peer's
 * completion counts once, whichever of its announces carries it first.
 */
function finishes(s: AnnounceState, slot: number, wasLeft: number, q: AnnounceQuery): boolean {
  if ((s.peers.flags[slot]! & FLAG_COMPLETED) !== 0 || wasLeft === 0) return false;
  return q.left === 0 || q.event === AnnounceEvent.Completed;
}

function completed(s: AnnounceState, swarm: Swarm, slot: number, now: number): void {
  s.peers.flags[slot]! |= FLAG_COMPLETED;
  swarm.countCompletion();
  // A freeleech token ends with its holder's completed download (this announce was still free).
  if (swarm.torrent.tokenUserIndexes.length > 0) endToken(swarm.torrent, s.peers.users[slot]!);
  s.journal.completed(s.journal.touch(slot, swarm), now);
}

/**
 * What a new peer's first announce may be credited, in bytes each way. The tracker has no earlier
 * report from this peer, so its counters could claim anything: 200 fresh peer_ids at 740 GB each
 * would otherwise credit one user 148 TB in a second.
 *
 * - `started` opens a client session, whose counters start at 0 (BEP 3): nothing is credited.
 * - Without `started` the tracker lost the peer (reaped, or its memory lost): credit at most what
 *   the user could have moved since their last counted announce on this torrent (by a live peer, or
 *   one that left less than a peer timeout ago), at the plausibility rate. With no such announce,
 *   nothing can be justified.
 *
 * Call right after `swarm.countUserPeers` for this user (it notes their live peers' latest
 * announce), before inserting the new peer (whose own time would count as the user's last announce).
 */
function firstAnnounceBound(s: AnnounceState, swarm: Swarm, userIndex: number, q: AnnounceQuery, now: number): number {
  if (q.event === AnnounceEvent.Started) return 0;
  const last = Math.max(s.creditClock.lastCountedAt(swarm.id, userIndex), swarm.countedUserLatest);
  if (last === 0) return 0;
  return Math.min(Math.max(now - last, 0), s.config.peerTimeout) * MAX_BYTES_PER_SECOND;
}

/**
 * Credit the transfer since the peer's last report and the time since its last announce; move the
 * peer's baseline to this report. Returns a failure reason when the numbers are implausible (then
 * nothing is counted and the baseline stays). A first announce (`bound` >= 0) is clamped to its
 * bound instead, the excess recorded as refused credit, and the baseline moves to the full report.
 */
function account(
  s: AnnounceState,
  swarm: Swarm,
  slot: number,
  user: UserRecord,
  group: GroupRecord,
  q: AnnounceQuery,
  now: number,
  bound: number,
): string | null {
  const p = s.peers;
  const last = p.lastAnnounce[slot]!;
  const elapsed = Math.min(Math.max(now - last, 0), s.config.peerTimeout);
  // A counter that went backwards means the client restarted its session: count zero, rebase.
  let up = q.uploaded >= p.uploaded[slot]! ? q.uploaded - p.uploaded[slot]! : 0;
  let down = q.downloaded >= p.downloaded[slot]! ? q.downloaded - p.downloaded[slot]! : 0;
  if (bound === UNBOUNDED) {
    // A minute of slack for clocks and early announces, but only a second (announce times are whole
    // seconds) for a peer seen once: fresh peer_ids started and stopped at once would otherwise be
    // worth a minute at full rate each.
    const fresh = (p.flags[slot]! & FLAG_FRESH) !== 0;
    const allowance = (elapsed + (fresh ? 1 : 60)) * MAX_BYTES_PER_SECOND;
    if (up > allowance || down > allowance) return 'Reported transfer is implausible for the time since your last announce.';
    if (fresh) p.flags[slot]! &= ~FLAG_FRESH;
  } else if (up > bound || down > bound) {
    refuse(s, swarm, slot, user, q, bound, up - Math.min(up, bound), down - Math.min(down, bound));
    up = Math.min(up, bound);
    down = Math.min(down, bound);
  }

  const torrent = swarm.torrent;
  const token = holdsToken(torrent, user.index, now);
  const site = s.settings;
  const nowMs = now * 1000;
  const freeleech =
    switchOn(site.globalFreeleech, site.globalFreeleechFrom, site.globalFreeleechUntil, nowMs) ||
    torrent.isFreeleech || group.isFreeleech || user.personalFreeleechUntil > nowMs || token;
  const doubleUpload =
    switchOn(site.globalDoubleUpload, site.globalDoubleUploadFrom, site.globalDoubleUploadUntil, nowMs) || torrent.isDoubleUpload || group.isDoubleUpload;
  const creditedUp = up * group.uploadMultiplier * (doubleUpload ? 2 : 1);
  const creditedDown = freeleech ? 0 : down * group.downloadMultiplier;
  const row = s.journal.touch(slot, swarm);
  s.journal.addTransfer(row, up, down, creditedUp, creditedDown, token ? down : 0);
  // Recorded, never used to refuse: a client that changes its address and keeps peer_id (and key) is the
  // same peer and its row follows it, as UNIT3D-Announce keys peers by (user, peer_id) and only logs the key.
  s.journal.setClient(row, q.client);
  counted.up = up;
  counted.down = down;
  counted.creditedUp = creditedUp;
  counted.creditedDown = creditedDown;
  if (elapsed > 0) s.journal.addTime(row, elapsed, (p.flags[slot]! & FLAG_SEEDER) !== 0);

  p.uploaded[slot] = q.uploaded;
  p.downloaded[slot] = q.downloaded;
  return null;
}

/** Record credit refused on a first announce: the metric, and a credit_refusals row via the flush. */
function refuse(s: AnnounceState, swarm: Swarm, slot: number, user: UserRecord, q: AnnounceQuery, bound: number, refusedUp: number, refusedDown: number): void {
  const kind: CreditRefusalKind = q.event === AnnounceEvent.Started ? 'started_with_transfer' : 'first_announce_over_bound';
  s.creditRefused?.(kind, refusedUp, refusedDown);
  s.journal.refuse({
    at: s.peers.lastAnnounce[slot]!,
    userIndex: user.index,
    swarmId: swarm.id,
    kind,
    peerId: s.peers.peerIdView(slot),
    ip: s.peers.address(slot),
    port: s.peers.port(slot),
    reportedUploaded: q.uploaded,
    reportedDownloaded: q.downloaded,
    allowed: bound,
    refusedUploaded: refusedUp,
    refusedDownloaded: refusedDown,
  });
}

/** Remove a peer from its swarm and the store, releasing its download slot; the journal keeps its final record. */
export function removePeer(s: AnnounceState, swarm: Swarm, slot: number, now: number): void {
  s.creditClock.departed(swarm.id, s.peers.users[slot]!, s.peers.lastAnnounce[slot]!);
  s.journal.remove(s.peers, slot, swarm, now);
  swarm.remove(s.peers, slot);
  if (isLeeching(s.peers.flags[slot]!)) s.leeching.release(s.peers.users[slot]!);
  s.peers.remove(slot);
}

function answer(
  s: AnnounceState,
  swarm: Swarm,
  self: number,
  seeding: boolean,
  q: AnnounceQuery,
  w: BencodeWriter,
  outcome: Outcome,
): AnnounceResult {
  const cfg = s.config;
  const wanted = q.event === AnnounceEvent.Stopped ? 0 : Math.min(q.numwant < 0 ? cfg.numwantDefault : q.numwant, cfg.numwantMax);
  if (sampled.length < wanted) sampled = new Int32Array(wanted * 2);

  // Seeders and partial seeds only want leechers; leechers get both, in proportion to the swarm.
  let n = 0;
  if (wanted > 0) {
    const selfIsLeecher = self >= 0 && (s.peers.flags[self]! & FLAG_SEEDER) === 0;
    const leechers = swarm.leecherCount - (selfIsLeecher ? 1 : 0);
    if (seeding) {
      n = swarm.sample(false, wanted, self, s.peers, sampled, 0);
    } else {
      const seeders = swarm.seederCount - (self >= 0 && !selfIsLeecher ? 1 : 0);
      let fromSeeders = seeders + leechers <= wanted ? seeders : Math.ceil((wanted * seeders) / (seeders + leechers));
      // Whatever one list cannot give, the other makes up.
      fromSeeders = Math.min(seeders, Math.max(fromSeeders, wanted - leechers));
      n = swarm.sample(true, fromSeeders, self, s.peers, sampled, 0);
      n += swarm.sample(false, wanted - n, self, s.peers, sampled, n);
    }
  }

  w.reset();
  summary.interval = cfg.announceInterval + Math.floor(Math.random() * (cfg.announceJitter + 1));
  summary.minInterval = cfg.minInterval;
  summary.complete = swarm.seederCount;
  summary.incomplete = swarm.leecherCount;
  summary.downloaded = swarm.downloaded;
  beginAnnounce(w, summary);
  const peers = s.peers;
  if (!q.compact && cfg.allowDictionaryPeers) {
    beginDictionaryPeers(w);
    for (let i = 0; i < n; i++) {
      const slot = sampled[i]!;
      dictionaryPeer(w, formatAddress(peers.address(slot)), peers.port(slot), q.noPeerId ? null : peers.peerIdView(slot));
    }
    endDictionaryPeers(w);
  } else {
    let v6 = 0;
    for (let i = 0; i < n; i++) if (peers.isIPv6(sampled[i]!)) v6++;
    const v4 = n - v6;
    let offset = compactPeers4(w, v4);
    for (let i = 0; i < n; i++) {
      const slot = sampled[i]!;
      if (!peers.isIPv6(slot)) {
        peers.writeCompact(slot, w.buffer, offset);
        offset += 6;
      }
    }
    if (v6 > 0) {
      offset = compactPeers6(w, v6);
      for (let i = 0; i < n; i++) {
        const slot = sampled[i]!;
        if (peers.isIPv6(slot)) {
          peers.writeCompact(slot, w.buffer, offset);
          offset += 18;
        }
      }
    }
  }
  result.outcome = outcome;
  result.body = endAnnounce(w);
  return result;
}
