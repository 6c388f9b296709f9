/**
 * Today's date as a day (UTC). The one place the CLI reads the clock: library code takes the day as a
 * parameter. `GAIKO_TODAY` pins it (tests, reproducible sweeps).
 *
 * @example today() // "2026-12-05"
 */
export function today(): string {
  const pinned = process.env.GAIKO_TODAY;
  if (pinned && /^\d{4}-\d{2}-\d{2}$/.test(pinned)) return pinned;
  return new Date().toISOString().slice(0, 10);
}
