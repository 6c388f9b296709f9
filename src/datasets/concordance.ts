/**
 * How a Correlates of War country code maps onto gaiko's states over time. COW keeps one code for a
 * line of states that gaiko keeps apart (345: the Kingdom of Serbia, Yugoslavia, Serbia and
 * Montenegro, Serbia; 255: Prussia, the German Empire, Germany). The line is read from the curated
 * data: the state that carries the code (its "holder") and its predecessors by `successor-of`, each
 * for the days of its `exists` spans. A day no state of the line covers falls to the tables below,
 * then to the holder, so that COW's continuity is kept where gaiko records no other state.
 */
const OPEN_END = "9999-12-31";

/**
 * Boundaries the curated data do not express as `successor-of`: COW treats China, Russia and Korea as
 * continuous, gaiko keeps the Qing empire, the Republic of China (id `taiwan`), the Russian Empire,
 * Joseon and the Korean Empire apart. Each entry lists the entity for dates before each boundary
 * (exclusive); a date on or after the last boundary falls through to the code's holder.
 */
export const COW_SUCCESSIONS: Record<string, [before: string, id: string][]> = {
  "710": [["1912-01-01", "qing"], ["1949-10-01", "taiwan"]],
  "365": [["1917-11-07", "russian-empire"], ["1922-12-30", "russia"], ["1991-12-26", "ussr"]],
  "255": [["1918-11-09", "german-empire"]],
  "730": [["1897-10-13", "joseon"], ["1910-08-29", "korean-empire"]],
};

/**
 * Codes whose curated entity has no `cow` field: always this entity. COW's German Federal Republic
 * (260, 1955–1990) is gaiko's `germany`, whose own code is COW's Germany (255): one state, not two.
 */
export const COW_ALWAYS: Record<string, string> = { "300": "austria-hungary", "260": "germany" };

/** A state as the concordance reads it: its own COW code, its `exists` spans as days, and what it succeeded. */
export interface StateLine {
  cow?: string;
  /** `[first day, day after the last]`; an open end is 9999-12-31. */
  exists: [from: string, to: string][];
  predecessors: string[];
}

/** One state's days in a code's line: `[from, to)`. */
export interface Era {
  id: string;
  from: string;
  to: string;
}

const norm = (code: string) => String(Number(code));
/** A year is read as its middle, so that a yearly row falls on the state of most of that year. */
const dayOf = (when: string) => (when.length === 4 ? `${when}-07-01` : when);

/**
 * The COW concordance over time, built once per import from the states already stored.
 *
 * @example
 * const c = new CowConcordance(lines, (id) => lines.has(id), () => undefined);
 * c.stateOn("345", "1950") // "yugoslavia"
 * c.split("345", "1878-07-13", "1941-04-20") // [["serbia","1878-07-13","1918-12-01"],["yugoslavia","1918-12-01","1941-04-20"]]
 */
export class CowConcordance {
  private readonly byCode = new Map<string, string>();
  private readonly eraCache = new Map<string, Era[]>();

  /**
   * @param states every state, by id
   * @param exists whether an entity exists (a table's state may be missing from a small fixture)
   * @param mapped the importer's own code map (states stored with a `cow` field, and those it created)
   */
  constructor(
    private readonly states: ReadonlyMap<string, StateLine>,
    private readonly exists: (id: string) => boolean,
    private readonly mapped: (code: string) => string | undefined = () => undefined,
  ) {
    for (const [id, s] of states) if (s.cow !== undefined && !this.byCode.has(norm(s.cow))) this.byCode.set(norm(s.cow), id);
  }

  /** The state that carries the code today (or, for a historical code, the only one). */
  holder(code: string): string | undefined {
    const c = norm(code);
    for (const id of [COW_ALWAYS[c], this.mapped(c), this.byCode.get(c)]) if (id && this.exists(id)) return id;
    return undefined;
  }

  private ownCode(id: string): string | undefined {
    const cow = this.states.get(id)?.cow;
    if (cow !== undefined) return norm(cow);
    return Object.entries(COW_ALWAYS).find(([, holder]) => holder === id)?.[0];
  }

  /** The days of each state in the code's line, latest start first; empty when the line is one state. */
  eras(code: string): Era[] {
    const c = norm(code);
    const cached = this.eraCache.get(c);
    if (cached) return cached;
    const holder = COW_ALWAYS[c] ? undefined : this.holder(c);
    const line: string[] = [];
    const queue = holder ? [holder] : [];
    while (queue.length) {
      const id = queue.shift()!;
      if (line.includes(id)) continue;
      line.push(id);
      // A predecessor with a code of its own (East Germany's 265, Austria-Hungary's 300) has its own
      // rows in COW's files. One split among several successors (Yugoslavia) joins each of their lines,
      // harmlessly: COW dates the successors' rows after the split.
      for (const p of this.states.get(id)?.predecessors ?? []) {
        const own = this.ownCode(p);
        if (this.states.has(p) && (own === undefined || own === c)) queue.push(p);
      }
    }
    const eras = line.length < 2 ? [] : line.flatMap((id) => this.states.get(id)!.exists.map(([from, to]) => ({ id, from, to })));
    eras.sort((a, b) => (a.from < b.from ? 1 : a.from > b.from ? -1 : 0));
    this.eraCache.set(c, eras);
    return eras;
  }

  /**
   * The state a code names on a day (or a year, or a month); without a date, the holder. Where that
   * state is missing (a small fixture without the Qing), the holder stands in, as COW's continuity says.
   *
   * @example new CowConcordance(lines, exists).stateOn("255", "1866") // "kingdom-of-prussia"
   */
  stateOn(code: string, when?: string): string | undefined {
    const c = norm(code);
    if (COW_ALWAYS[c] && this.exists(COW_ALWAYS[c])) return COW_ALWAYS[c];
    const named = when ? this.named(c, dayOf(when)) : undefined;
    return named && this.exists(named) ? named : this.holder(c);
  }

  /**
   * The state a code names on a day, strictly: a named state that is missing gives undefined (a span
   * is not given to a state that did not exist then).
   */
  strictlyOn(code: string, when: string): string | undefined {
    const c = norm(code);
    if (COW_ALWAYS[c]) return this.exists(COW_ALWAYS[c]) ? COW_ALWAYS[c] : undefined;
    const named = this.named(c, dayOf(when));
    return named ? (this.exists(named) ? named : undefined) : this.holder(c);
  }

  /** The state of the code's line, or of its table, on a day; undefined when the holder applies. */
  private named(c: string, day: string): string | undefined {
    // The successor wins from its first day where two spans overlap (Qing and the Republic, early 1912).
    const era = this.eras(c).find((e) => e.from <= day && day < e.to);
    if (era) return era.id;
    return (COW_SUCCESSIONS[c] ?? []).find(([before]) => day < before)?.[1];
  }

  /** The days where the state a code names may change. */
  boundaries(code: string): string[] {
    const c = norm(code);
    const days = [...this.eras(c).flatMap((e) => [e.from, e.to]), ...(COW_SUCCESSIONS[c] ?? []).map(([before]) => before)];
    return [...new Set(days)].filter((d) => d !== OPEN_END && d !== "0001-01-01").sort();
  }

  /** See {@link splitBySuccession}. */
  split(code: string, start: string, end: string): [string, string, string][] {
    return splitBySuccession(code, start, end, this);
  }
}

/**
 * Splits a span of a COW code at the days where gaiko changes state: Japan's contiguity with COW's
 * "China" from 1946 is with the Republic of China until 1949-10-01 and the PRC after; COW's Serbia from
 * 1944 is Yugoslavia, then Serbia and Montenegro, then Serbia. `end` may be ".." (still running).
 * Pieces whose state does not exist in gaiko are dropped; neighbouring pieces of one state are joined.
 *
 * @example splitBySuccession("710", "1946-01", "..", c) // [["taiwan","1946-01","1949-10-01"],["china","1949-10-01",".."]]
 */
export function splitBySuccession(code: string, start: string, end: string, c: Pick<CowConcordance, "strictlyOn" | "boundaries">): [string, string, string][] {
  const cuts = c.boundaries(code).filter((b) => b > start && (end === ".." || b < end));
  const points = [start, ...cuts];
  const out: [string, string, string][] = [];
  points.forEach((from, i) => {
    const to = points[i + 1] ?? end;
    const id = c.strictlyOn(code, from);
    if (!id) return;
    const last = out[out.length - 1];
    if (last && last[0] === id && last[2] === from) last[2] = to;
    else out.push([id, from, to]);
  });
  return out;
}

/**
 * Every state's line facts from a store (curated data and earlier imports): its code, its `exists`
 * spans as days and the states it succeeded (rejected statements aside).
 *
 * @example new CowConcordance(readStateLines((sql) => db.prepare(sql).all()), exists)
 */
export function readStateLines(lookup: <T>(sql: string) => T[]): Map<string, StateLine> {
  const lines = new Map<string, StateLine>();
  for (const r of lookup<{ id: string; cow: number | null }>("SELECT id, json_extract(body, '$.cow') AS cow FROM entities WHERE kind = 'state'")) {
    lines.set(r.id, { ...(r.cow === null ? {} : { cow: String(r.cow) }), exists: [], predecessors: [] });
  }
  for (const r of lookup<{ subject: string; p: string; object: string | null; s_min: string | null; e_max: string | null }>(
    "SELECT subject, p, object, s_min, e_max FROM statements WHERE p IN ('exists', 'successor-of') AND status <> 'rejected' ORDER BY subject, s_min",
  )) {
    const line = lines.get(r.subject);
    if (!line) continue;
    if (r.p === "exists" && r.s_min && r.e_max) line.exists.push([r.s_min, r.e_max]);
    if (r.p === "successor-of" && r.object) line.predecessors.push(r.object);
  }
  return lines;
}
