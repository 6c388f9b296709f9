import type Database from "better-sqlite3";
import { createHash } from "node:crypto";

interface Row {
  id: string; subject: string; object: string | null; p: string; role: string | null; time: string | null;
  s_min: string | null; e_max: string | null; e_open: number | null; origin: string;
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
  const [x, y] = [a.replace(/[?~%]/g, ""), b.replace(/[?~%]/g, "")];
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
 * Rebuilds the disagreement ledger: where a dataset and a curated statement (or two datasets) speak of
 * the same relation between the same parties and their years disagree, both statements stay and the
 * ledger names them. An ATOP defence obligation is compared with the curated alliance between the two
 * states, in each direction separately (ATOP is directed: it records who owes what to whom).
 */
export function computeLedger(db: Database.Database): number {
  db.exec("DELETE FROM ledger");
  const rows = db
    .prepare(`SELECT id, subject, object, p, role, time, s_min, e_max, e_open, origin FROM statements WHERE status = 'accepted' AND time IS NOT NULL
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
  const ins = db.prepare("INSERT OR IGNORE INTO ledger VALUES (?,?,?,?,?,?,?,?,?)");
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
      if (overlaps && others.some((o) => sameSpan(d, o))) continue;
      const o = others.reduce((best, x) => (Math.abs(Number(year(x.s_min)) - Number(year(d.s_min))) < Math.abs(Number(year(best.s_min)) - Number(year(d.s_min))) ? x : best));
      const topic = k.split("|")[0]!;
      const id = "lg-" + createHash("sha1").update(`${d.id}|${o.id}`).digest("hex").slice(0, 12);
      const other = o.origin.startsWith("dataset:") ? o.origin.slice(8) : "curated data";
      const note = overlaps
        ? `${d.origin.slice(8)} has ${d.time}, ${other} has ${o.time}`
        : `${d.origin.slice(8)} has ${d.time}, which does not overlap ${other} ${o.time}`;
      ins.run(id, topic, d.subject, d.object, d.id, o.id, d.time, o.time, note);
      n++;
    }
  }
  return n;
}
