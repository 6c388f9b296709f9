/**
 * COW codes that stand for a succession of states in gaiko: COW treats China, Russia, Germany and
 * Korea as continuous, gaiko keeps the Qing empire, the Republic of China (id `taiwan`), the Russian
 * Empire, the USSR, the German Empire, Joseon and the Korean Empire apart. Each entry lists the
 * entity for dates before each boundary (exclusive); a date on or after the last boundary, or no
 * date, falls through to the code's ordinary state. Austria-Hungary has its own code but its
 * curated entity carries none.
 */
export const COW_SUCCESSIONS: Record<string, [before: string, id: string][]> = {
  "710": [["1912-01-01", "qing"], ["1949-10-01", "taiwan"]],
  "365": [["1917-11-07", "russian-empire"], ["1922-12-30", "russia"], ["1991-12-26", "ussr"]],
  "255": [["1918-11-09", "german-empire"]],
  "730": [["1897-10-12", "joseon"], ["1910-08-29", "korean-empire"]],
};

/**
 * Codes whose curated entity has no `cow` field: always this entity. COW's German Federal Republic
 * (260, 1955–1990) is gaiko's `germany`, whose own code is COW's Germany (255): one state, not two.
 */
export const COW_ALWAYS: Record<string, string> = { "300": "austria-hungary", "260": "germany" };

/**
 * The state a COW code names on a date (a year or a day), where gaiko splits what COW keeps whole.
 *
 * @example historicalState("710", "1900") // "qing"
 */
export function historicalState(code: string, when: string | undefined, exists: (id: string) => boolean): string | undefined {
  const c = String(Number(code));
  if (COW_ALWAYS[c] && exists(COW_ALWAYS[c])) return COW_ALWAYS[c];
  if (!when) return undefined;
  const day = when.length === 4 ? `${when}-07-01` : when;
  for (const [before, id] of COW_SUCCESSIONS[c] ?? []) if (day < before) return exists(id) ? id : undefined;
  return undefined;
}

/**
 * Splits a span of a COW code at the boundaries where gaiko changes state: Japan's contiguity with
 * COW's "China" from 1946 is with the Republic of China until 1949-10-01 and the PRC after.
 * `end` may be ".." (still running). Pieces whose state does not exist in gaiko are dropped.
 *
 * @example splitBySuccession("710", "1946-01", "..", id => id) // [["taiwan","1946-01","1949-10-01"],["china","1949-10-01",".."]]
 */
export function splitBySuccession(code: string, start: string, end: string, current: (code: string) => string | undefined, exists: (id: string) => boolean): [string, string, string][] {
  const c = String(Number(code));
  const out: [string, string, string][] = [];
  let from = start;
  for (const [before, id] of COW_SUCCESSIONS[c] ?? []) {
    if (from >= before) continue;
    if (end !== ".." && end <= before) {
      if (exists(id)) out.push([id, from, end]);
      return out;
    }
    if (exists(id)) out.push([id, from, before]);
    from = before;
  }
  const today = COW_ALWAYS[c] ?? current(c);
  if (today) out.push([today, from, end]);
  return out;
}
