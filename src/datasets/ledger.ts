import type Database from "better-sqlite3";
import { createHash } from "node:crypto";
import { dayNumber } from "../kb/asof/facts.js";
import { PREDICATES, type Predicate } from "../model/predicates.js";
import { bareDate, type ImportNote } from "./importers/common.js";

interface Row {
  id: string; subject: string; object: string | null; p: string; role: string | null; time: string | null;
  s_min: string | null; s_max: string | null; e_min: string | null; e_max: string | null; e_open: number | null; e_unknown: number | null; origin: string;
}

/** Predicates whose datasets and curated statements can disagree about the same fact, and how they pair. */
const COMPARABLE: Record<string, { p: string; role?: string }> = {
  exists: { p: "exists" },
  "holds-office": { p: "holds-office" },
  "at-war": { p: "at-war" },
  "diplomatic-relations": { p: "diplomatic-relations" },
  alliance: { p: "alliance" },
  // DESTA and GPTAD date Japan's trade agreements: their signature and entry into force can disagree with the curated dates.
  signed: { p: "signed" },
  "party-to": { p: "party-to" },
};

const year = (d: string | null) => (d ? d.slice(0, 4) : "?");

/**
 * Two date bounds agree at the coarser of their precisions: "1978" matches "1978-12-07".
 *
 * @example sameBound("1978", "1978-12-07") // true
 */
export function sameBound(a: string, b: string): boolean {
  const [x, y] = [bareDate(a), bareDate(b)];
  const cut = Math.min(x.length, y.length);
  return x.slice(0, cut) === y.slice(0, cut);
}

/** Start and end agree (an open or unknown end agrees with any end). */
function sameSpan(a: Row, b: Row): boolean {
  const [aStart = "", aEnd] = (a.time ?? "").split("/");
  const [bStart = "", bEnd] = (b.time ?? "").split("/");
  if (!sameBound(aStart, bStart)) return false;
  const closed = (e: string | undefined): e is string => e !== undefined && e !== "" && e !== "..";
  return closed(aEnd) && closed(bEnd) ? sameBound(aEnd, bEnd) : true;
}

/**
 * How vaguely a statement is dated, in days of uncertainty at its start and its end (an unknown end
 * counts as very vague, an open one as exact): "1951" is vaguer than "1951-09-08".
 */
export function spread(r: Pick<Row, "s_min" | "s_max" | "e_min" | "e_max" | "e_open" | "e_unknown">): number {
  if (!r.s_min || !r.s_max || !r.e_min || !r.e_max) return Number.POSITIVE_INFINITY;
  const end = r.e_open ? 0 : r.e_unknown ? 100_000 : dayNumber(r.e_max) - dayNumber(r.e_min);
  return dayNumber(r.s_max) - dayNumber(r.s_min) + end;
}

/** A time written as one date or year rather than a span. */
const instant = (r: Row) => !(r.time ?? "").includes("/");

/** A predicate for one act (a signing): two dates of it for the same parties are one act dated twice. */
const oneAct = (p: string) => PREDICATES[p as Predicate]?.time === "point";

/** "curated data" or a dataset's name, in Japanese. */
const whoJa = (who: string) => (who === "curated data" ? "個別の出典によるデータ" : who);

/**
 * The ledger's notes, English and Japanese side by side: `ds` is the dataset's name, `other` the other
 * side ("curated data" or a dataset's name), the times are the statements' EDTF times.
 * @example ledgerNotes.differs("atop", "1902/1923", "curated data", "1902-01-30/1923-08-17").note_ja
 */
export const ledgerNotes = {
  openEndSetAside: (ds: string, time: string, curated: string): ImportNote => ({
    note: `${ds} leaves it open (${time}); curated data has it end (${curated}): the dataset's open end is set aside`,
    note_ja: `${ds}は終わりを記録しない（${time}）が、個別の出典によるデータでは終わっている（${curated}）。データセットが終期を開いたままにしている点は採らない`,
  }),
  dateSetAside: (ds: string, time: string, curated: string): ImportNote => ({
    note: `${ds} has ${time}, curated data has ${curated}, dated at least as precisely: the dataset's date is set aside`,
    note_ja: `${ds}は${time}、個別の出典によるデータは同等以上の精度で${curated}とする。データセットの日付は採らない`,
  }),
  differs: (ds: string, time: string, other: string, otherTime: string): ImportNote => ({
    note: `${ds} has ${time}, ${other} has ${otherTime}`,
    note_ja: `${ds}は${time}、${whoJa(other)}は${otherTime}とする`,
  }),
  apart: (ds: string, time: string, other: string, otherTime: string): ImportNote => ({
    note: `${ds} has ${time}, which does not overlap ${other} ${otherTime}`,
    note_ja: `${ds}は${time}とし、${whoJa(other)}の${otherTime}と重ならない`,
  }),
  vaguer: (who: string, time: string, curated: string): ImportNote => ({
    note: `${who} also has ${time}, the same as curated ${curated} known less precisely: set aside`,
    note_ja: `${whoJa(who)}にも${time}とあるが、個別の出典による${curated}と同じ事実をより粗い精度で示すもので、採らない`,
  }),
};

/**
 * Rebuilds the disagreement ledger: where a dataset and a curated statement (or two datasets) speak of
 * the same relation between the same parties and their years disagree, the ledger names both. An ATOP
 * defence obligation is compared with the curated alliance between the two states, in each direction
 * separately (ATOP is directed: it records who owes what to whom).
 *
 * Two kinds of statement are then set aside from answers (status `rejected`, shown by the ledger and
 * by `gaiko disagreements`, no longer by entity views, timelines or the as-of engine):
 * - a dataset date that disagrees with a curated date for the same fact dated at least as precisely
 *   (GPTAD's "2007-03-04" for the Japan–Thailand EPA signed on 2007-04-03: day and month swapped);
 * - a dated statement that only repeats, less precisely, a curated statement of the same fact
 *   (the San Francisco treaty "signed 1951" beside "signed 1951-09-08");
 * - a dataset span left open where curated data closes the same span (Archigos's Abe "2012-12-26/..").
 * Statements an earlier run set aside are restored first, so re-importing one dataset rebuilds it all.
 *
 * @example computeLedger(db) // number of ledger rows
 */
export function computeLedger(db: Database.Database): number {
  db.exec("UPDATE statements SET status = 'accepted' WHERE status = 'rejected' AND id IN (SELECT a_statement FROM ledger)");
  db.exec("DELETE FROM ledger");
  const rows = db
    .prepare(`SELECT id, subject, object, p, role, time, s_min, s_max, e_min, e_max, e_open, e_unknown, origin FROM statements WHERE status = 'accepted' AND time IS NOT NULL
      AND (p IN (${Object.keys(COMPARABLE).map((p) => `'${p}'`).join(",")}) OR (p = 'obligation' AND role = 'defense'))`)
    .all() as Row[];
  const key = (r: Row) => {
    const p = r.p === "obligation" ? "alliance" : r.p;
    const ends = r.p === "obligation" || p === "holds-office" || p === "exists" ? [r.subject, r.object ?? ""] : [r.subject, r.object ?? ""].sort();
    return `${p}|${ends.join("|")}${p === "holds-office" ? `|${r.role ?? ""}` : ""}`;
  };
  const groups = new Map<string, Row[]>();
  for (const r of rows) groups.set(key(r), [...(groups.get(key(r)) ?? []), r]);
  // A directed obligation is also compared with the undirected alliance key.
  for (const r of rows.filter((x) => x.p === "obligation")) {
    const k = `alliance|${[r.subject, r.object ?? ""].sort().join("|")}`;
    if (k !== key(r)) groups.set(k, [...(groups.get(k) ?? []), r]);
  }
  const insert = db.prepare("INSERT OR IGNORE INTO ledger(id, topic, subject, object, a_statement, b_statement, a_value, b_value, note, note_ja) VALUES (?,?,?,?,?,?,?,?,?,?)");
  // A row of the ledger: statement `a` (whose ends it names) set beside `b`, its id made from both.
  const record = (topic: string, a: Row, b: Row, n: ImportNote) =>
    insert.run("lg-" + createHash("sha1").update(`${a.id}|${b.id}`).digest("hex").slice(0, 12), topic, a.subject, a.object, a.id, b.id, a.time, b.time, n.note, n.note_ja);
  const aside: string[] = [];
  let n = 0;
  for (const [k, rs] of groups) {
    const curated = rs.filter((r) => !r.origin.startsWith("dataset:"));
    const data = rs.filter((r) => r.origin.startsWith("dataset:"));
    for (const d of data) {
      const others = [...curated, ...data.filter((x) => x.origin !== d.origin)];
      if (others.length === 0) continue;
      // Agreement when some statement of the other side overlaps this one and starts and ends alike,
      // compared at the coarser of the two precisions (a year-coded dataset is compared by year).
      const overlaps = others.some((o) => (o.s_min ?? "") <= (d.e_open ? "9999" : (d.e_max ?? "9999")) && (d.s_min ?? "") <= (o.e_open ? "9999" : (o.e_max ?? "9999")));
      const same = overlaps ? others.filter((o) => sameSpan(d, o)) : [];
      if (same.length) {
        // A dataset that leaves open what curated data closes (Archigos codes leaders still in office when it
        // ends, in 2015): the span is the same, but answered as of today it would keep Abe prime minister.
        const closes = curated.find((c) => same.includes(c) && d.e_open && !c.e_open && !c.e_unknown && c.e_max);
        if (closes) {
          record(k.split("|")[0]!, d, closes, ledgerNotes.openEndSetAside(d.origin.slice(8), d.time!, closes.time!));
          aside.push(d.id);
          n++;
        }
        continue;
      }
      const o = others.reduce((best, x) => (Math.abs(Number(year(x.s_min)) - Number(year(d.s_min))) < Math.abs(Number(year(best.s_min)) - Number(year(d.s_min))) ? x : best));
      // The same fact (same predicate; one act, or overlapping spans) dated at least as precisely in data/.
      // (A war of 1900 beside a curated war of 1894–95 is another war: spans must overlap to be one fact.)
      const truth = curated.find((c) => c.p === d.p && (oneAct(d.p) || overlapping(c, d)) && spread(c) <= spread(d));
      const b = truth ?? o;
      const topic = k.split("|")[0]!;
      const other = b.origin.startsWith("dataset:") ? b.origin.slice(8) : "curated data";
      const note = truth
        ? ledgerNotes.dateSetAside(d.origin.slice(8), d.time!, b.time!)
        : overlaps
          ? ledgerNotes.differs(d.origin.slice(8), d.time!, other, b.time!)
          : ledgerNotes.apart(d.origin.slice(8), d.time!, other, b.time!);
      record(topic, d, b, note);
      if (truth) aside.push(d.id);
      n++;
    }
  }
  n += vaguerDuplicates(db, (v, c) => {
    const who = v.origin.startsWith("dataset:") ? v.origin.slice(8) : "curated data";
    record(v.p, v, c, ledgerNotes.vaguer(who, v.time!, c.time!));
    aside.push(v.id);
  });
  const reject = db.prepare("UPDATE statements SET status = 'rejected' WHERE id = ?");
  for (const id of aside) reject.run(id);
  return n;
}

function overlapping(a: Row, b: Row): boolean {
  const end = (r: Row) => (r.e_open ? "9999" : (r.e_max ?? "9999"));
  return (a.s_min ?? "") <= end(b) && (b.s_min ?? "") <= end(a);
}

/**
 * Whether `v` says what `c` says, at `v`'s precision: the same start, and the same end where `v`
 * names one (an unknown end agrees with any; a running span only with a running span).
 */
function sameFactLessPrecise(v: Row, c: Row): boolean {
  if (instant(v) !== instant(c)) return false;
  if (instant(v)) return sameBound(v.time!, c.time!);
  const [vs = "", ve = ""] = v.time!.split("/");
  const [cs = "", ce = ""] = c.time!.split("/");
  if (!sameBound(vs, cs)) return false;
  if (ve === "") return true;
  if (ve === ".." || ce === "..") return ve === ce;
  return ce !== "" && sameBound(ve, ce);
}

/**
 * Calls `found(v, c)` for each accepted, dated statement `v` that repeats a curated statement `c` of the
 * same fact (predicate, subject, object, value and role; place and grounding agreement where `v` names
 * them) less precisely. Undated statements are left alone: an undated relation may be another span.
 */
function vaguerDuplicates(db: Database.Database, found: (v: Row, c: Row) => void): number {
  const all = db
    .prepare("SELECT id, subject, object, p, role, time, s_min, s_max, e_min, e_max, e_open, e_unknown, origin, value, via, at FROM statements WHERE status = 'accepted' AND time IS NOT NULL")
    .all() as (Row & { value: string | null; via: string | null; at: string | null })[];
  const groups = new Map<string, typeof all>();
  for (const r of all) {
    const k = JSON.stringify([r.p, r.subject, r.object, r.value, r.role]);
    groups.set(k, [...(groups.get(k) ?? []), r]);
  }
  let n = 0;
  for (const rs of groups.values()) {
    if (rs.length < 2) continue;
    for (const v of rs) {
      const c = rs.find((c) => c !== v && !c.origin.startsWith("dataset:") && (!v.via || v.via === c.via) && (!v.at || v.at === c.at) && spread(c) < spread(v) && sameFactLessPrecise(v, c));
      if (!c) continue;
      found(v, c);
      n++;
    }
  }
  return n;
}
