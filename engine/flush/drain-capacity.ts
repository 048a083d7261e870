/** How much of a burst's buffers a worker keeps once the flusher has taken them (journal, announce log). */

/**
 * The capacity to keep after a drain that used `used` of `capacity`: unchanged unless at most a
 * quarter was used, then twice the use (a power of two, at least `min`). A burst (a restart's
 * arrivals, a flush backlog) grows the journal to hundreds of thousands of rows, 186 bytes each,
 * that the next quiet windows would otherwise hold for ever; the factor-of-4 gap keeps a steady
 * load from growing and shrinking in turn.
 */
export function capacityAfterDrain(capacity: number, used: number, min: number): number {
  if (capacity <= min || used * 4 > capacity) return capacity;
  let fit = min;
  while (fit < used * 2) fit *= 2;
  return Math.min(fit, capacity);
}
