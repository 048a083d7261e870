/** Every way an announce can end, each with the reason the client shows its user. */

export const enum Outcome {
  Ok = 0,
  Throttled, // answered inside min interval: peers given, nothing counted
  BadRequest,
  UnknownPasskey,
  UserDisabled,
  NoDownloadRights,
  UnregisteredTorrent,
  TorrentPending,
  TorrentRejected,
  TorrentDeleted,
  ClientBlacklisted,
  PortBlacklisted,
  IpBanned,
  DownloadSlotsExhausted,
  TooManyPeers,
  PeerIdInUse,
  ImplausibleStats,
}

/** Label per outcome, as it appears in /metrics. */
export const OUTCOME_LABELS = [
  'ok',
  'throttled',
  'bad_request',
  'unknown_passkey',
  'user_disabled',
  'no_download_rights',
  'unregistered_torrent',
  'torrent_pending',
  'torrent_rejected',
  'torrent_deleted',
  'client_blacklisted',
  'port_blacklisted',
  'ip_banned',
  'download_slots_exhausted',
  'too_many_peers',
  'peer_id_in_use',
  'implausible_stats',
] as const;

export const OUTCOME_COUNT = OUTCOME_LABELS.length;
