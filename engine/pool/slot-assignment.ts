/**
 * Which slot a user streams on. A user keeps their slot while its key serves streams; a user without
 * one (or whose key went failing, disabled or away) takes a free slot on the highest-priority active,
 * healthy key with a slot to spare. Every step is a compare-exchange on shared cells, so two devices
 * of one user starting on two workers at once share one slot, and a key never passes max_user_slots.
 */
import type { PoolState } from './pool-state.js';

/** Attempts before giving up under extreme contention on one user (each lost race means progress elsewhere). */
const ATTEMPTS = 16;

/** The slot cell the user streams on, or -1 when no key can take them. */
export function slotFor(s: PoolState, user: number): number {
  for (let attempt = 0; attempt < ATTEMPTS; attempt++) {
    const held = s.userSlots.slotOf(user);
    if (held >= 0) {
      const key = s.slotCells.keyOf(held);
      // The key's record (its API key) reaches each worker by message just after its cells are set:
      // a worker that has not had it yet treats the key as not serving rather than answer without it.
      if (s.slotCells.owner(held) === user && s.keyCells.servesStreams(key) && s.key(key) !== undefined) return held;
      if (s.key(key) === undefined && s.keyCells.isPresent(key)) return -1;
      // The key stopped serving, or an operator gave the slot away: let go of it and take a new one.
      if (!s.userSlots.swap(user, held, -1)) continue;
      if (s.slotCells.release(held, user)) s.keyCells.releaseSlot(key);
    }
    const claimed = claimSlot(s, user);
    if (claimed < 0) return -1;
    if (s.userSlots.swap(user, -1, claimed)) return claimed;
    // Another worker gave this user a slot meanwhile: hand ours back and use theirs.
    if (s.slotCells.release(claimed, user)) s.keyCells.releaseSlot(s.slotCells.keyOf(claimed));
  }
  return -1;
}

function claimSlot(s: PoolState, user: number): number {
  const { keyCells, slotCells } = s;
  for (const key of s.order) {
    if (!keyCells.takesNewUsers(key) || !keyCells.tryReserveSlot(key)) continue;
    const base = keyCells.slotBase(key);
    const count = keyCells.maxSlots(key);
    for (let i = 0; i < count; i++) if (slotCells.tryClaim(base + i, user)) return base + i;
    // The count said a slot was free but none was (an operator lowered max_user_slots): try the next key.
    keyCells.releaseSlot(key);
  }
  return -1;
}
