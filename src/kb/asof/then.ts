// A statement read in its own time (THEN38): the tense it takes today, and the names its subject and object
// went by when it began. "South Vietnam has been a party to …" and 台湾 加盟 国連安保理 1945〜1971 were
// anachronisms: a state or an agreement that has ended reads in the past, and the China seat of 1945 was the
// Republic of China's. Both answers come from the as-of engine (existence, agreements' force, dated names).
import { PREDICATES } from "../../model/predicates.js";
import type { StatementView } from "../../model/results.js";
import type { Day } from "../../model/time.js";
import type { Store, StatementRow } from "../store.js";
import { agreementAsOf } from "./agreements.js";
import { hasDatedNames, nameOnDay } from "./names.js";
import { existence } from "./status.js";
import { lifeWorldOf } from "./store.js";

/**
 * Where a statement with no recorded end stands on the release's day: `holds` (its subject and object still
 * exist and, for an agreement, it is in force), `over` (one of them no longer exists, or the agreement's force
 * has ended), `unknown` (nothing says).
 */
export type Standing = "holds" | "over" | "unknown";

type Name = { en: string; ja: string | null };

const standings = new WeakMap<Store, Map<string, Standing>>();

/**
 * The release's own day (the day its data was built): "today" for a stored answer, so that an answer is the
 * same for the whole release and no library code reads the clock. Null when the store does not say.
 * @example releaseDay(store) // "2026-12-07"
 */
export function releaseDay(store: Store): Day | null {
  const d = /^\d{4}-\d{2}-\d{2}/.exec(store.builtAt)?.[0];
  return d ?? null;
}

/** Whether a row runs on with no recorded end: undated, or open ("1952-04-28/.."; a dataset's 9999-12-31). */
function runsOpen(row: StatementRow): boolean {
  return !row.time || row.e_open === 1 || /\/9999/.test(row.time);
}

/**
 * Where an interval statement with no recorded end stands on the release's day (see `Standing`); null for a
 * statement that has an end of its own, a point statement, or a store with no build day.
 *
 * @example standingOf(store, southVietnamPartyToReparations) // "over": South Vietnam ended on 30 April 1975
 * @example standingOf(store, japanPartyToNpt) // "holds": the NPT is in force and Japan exists
 * @example standingOf(store, usMemberOfAlliedCouncil) // "over": the council ceased to exist in April 1952
 * @example standingOf(store, japanPartyToRootTakahira) // "unknown": nothing records the agreement's end
 */
export function standingOf(store: Store, row: StatementRow): Standing | null {
  if (PREDICATES[row.p].time !== "interval" || !runsOpen(row)) return null;
  const day = releaseDay(store);
  if (!day) return null;
  let memo = standings.get(store);
  if (!memo) standings.set(store, (memo = new Map()));
  const key = `${row.time ? "dated" : "undated"} ${row.subject} ${row.object ?? ""}`;
  let s = memo.get(key);
  if (s === undefined) memo.set(key, (s = decide(store, row, day)));
  return s;
}

function decide(store: Store, row: StatementRow, day: Day): Standing {
  // Only existence and agreements' force are asked here: the world of those facts answers them as the whole does.
  const world = lifeWorldOf(store);
  const ids = row.object ? [row.subject, row.object] : [row.subject];
  const lives = ids.map((id) => existence(world, id, day));
  if (lives.some((e) => e.phase === "after")) return "over";
  const agreement = row.object && world.agreements.has(row.object) ? agreementAsOf(world, row.object, day) : null;
  if (agreement?.state === "ended") return "over";
  // A dated row that runs on ("1956-12-18/..") says itself that it still holds; an undated one needs the engine
  // to say that all it names still stands today.
  if (row.time) return "holds";
  // The subject need only not have ended (Japan's existence, "../..", is uncertain on no day but has no start); what
  // it belongs to must be recorded as standing: an agreement in force, an organisation whose existence runs on.
  const [subject, object] = lives;
  const objectStands = agreement ? agreement.state === "in-force" && agreement.certain : object === undefined || object.exists === "yes" || object.exists === "uncertain";
  return subject!.exists !== "no" && objectStands ? "holds" : "unknown";
}

/**
 * The day a statement is read from for its names: its own start, else (undated) the start of what it is about —
 * the agreement, body or event it names (signed or in force, founded, held), subject or object. Never a state's
 * own first day: an undated membership of a body with no dates says nothing of when it held, and Taiwan's first
 * day (1912) would name it the Republic of China in any undated row.
 */
function startDay(store: Store, row: StatementRow): Day | null {
  if (row.s_min) return row.s_min;
  const first = store.prepared(
    "SELECT s_min FROM statements WHERE subject = ? AND p IN ('signed', 'in-force', 'exists', 'founded', 'occurred') AND s_min IS NOT NULL AND status != 'rejected' ORDER BY s_min LIMIT 1",
  );
  for (const id of row.object ? [row.object, row.subject] : [row.subject]) {
    const kind = store.ref(id)?.kind;
    if (kind === undefined || kind === "state" || kind === "person") continue;
    const r = first.get(id) as { s_min: string } | undefined;
    // An entity that "always" existed in the data (Japan's "../..") gives no day to read a name from.
    if (r && /^\d{4}-/.test(r.s_min)) return r.s_min;
  }
  return null;
}

/**
 * The names a statement's subject and object went by when it began, where they differ from today's (from the
 * entity's dated names, as the map and a state's page "as of" a day show them): Taiwan as the Republic of China
 * (中華民国) for the China seat on the Security Council from 1945; Myanmar as Burma in 1960.
 *
 * @example namesThen(store, taiwanOnSecurityCouncil1945) // { subject: { en: "Republic of China", ja: "中華民国" } }
 * @example namesThen(store, japanChinaRelations1972) // {}
 */
export function namesThen(store: Store, row: StatementRow): { subject?: Name; object?: Name } {
  const subject = hasDatedNames(store, row.subject);
  const object = row.object !== null && hasDatedNames(store, row.object);
  if (!subject && !object) return {};
  const day = startDay(store, row);
  if (!day) return {};
  const then = (id: string): Name | undefined => {
    const n = nameOnDay(store, id, day);
    const ref = store.ref(id);
    return n && ref && (n.en !== ref.name.en || n.ja !== ref.name.ja) ? n : undefined;
  };
  const s = subject ? then(row.subject) : undefined;
  const o = object ? then(row.object!) : undefined;
  return { ...(s ? { subject: s } : {}), ...(o ? { object: o } : {}) };
}

/**
 * A statement's view with what reading it in its own time adds: `standing` (the tense it takes today) and
 * `subjectThen` / `objectThen` (the names of then), each only where it applies. Every route that returns
 * statements passes its views through here, so that every view reads a statement the same way.
 *
 * @example inItsTime(store, row, store.view(row)).subjectThen // { en: "Republic of China", ja: "中華民国" }
 */
export function inItsTime(store: Store, row: StatementRow, v: StatementView): StatementView {
  const standing = standingOf(store, row);
  if (standing) v.standing = standing;
  const then = namesThen(store, row);
  if (then.subject) v.subjectThen = then.subject;
  if (then.object) v.objectThen = then.object;
  return v;
}
