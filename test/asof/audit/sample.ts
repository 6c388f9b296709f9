// Draws the random sample of as-of answers that audit.csv checks (brief TRUTH36, session 35). Run once,
// by hand: `npx tsx test/asof/audit/sample.ts /tmp/truth.db 20261207`. It prints the draws and what the
// engine answered; the expected values in audit.csv were then read in sources, not copied from here.
import { listOf } from "../../../src/kb/list.js";
import { onDay } from "../../../src/kb/on-day.js";
import { relationRow } from "../../../src/kb/relations.js";
import { Store } from "../../../src/kb/store.js";

const [dbPath = "var/gaiko.db", seedText = "20261207"] = process.argv.slice(2);
let seed = Number(seedText) >>> 0;
/** mulberry32: a small seeded generator, so that the same seed draws the same sample. */
function rand(): number {
  seed = (seed + 0x6d2b79f5) >>> 0;
  let t = seed;
  t = Math.imul(t ^ (t >>> 15), t | 1);
  t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
  return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
}
const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rand() * xs.length)]!;
const FIRST = Date.UTC(1850, 0, 1);
const LAST = Date.UTC(2026, 11, 7);
const day = () => new Date(FIRST + Math.floor(rand() * ((LAST - FIRST) / 86400000)) * 86400000).toISOString().slice(0, 10);

const store = Store.open(dbPath);
const q = (asOf: string, extra: Record<string, string>) => ({ asOf, asOfGiven: true, limit: 1000, offset: 0, ...extra });
const ORGS = ["united-nations", "league-of-nations", "g7", "oecd", "wto", "gatt", "asean-plus-three", "apec", "imf", "unesco", "international-whaling-commission", "ilo"];
const PLACES = ["senkaku-islands", "liancourt-rocks", "kunashiri", "etorofu", "shikotan", "habomai-islands", "northern-territories", "okinawa", "kuril-islands"];
const STATES = ["manchukuo", "ussr", "south-vietnam", "korean-empire", "qing", "taiwan", "joseon", "russian-empire", "german-empire", "ottoman-empire", "east-germany", "yugoslavia", "north-korea", "south-korea", "china", "ryukyu-kingdom", "austria-hungary", "czechoslovakia"];
const plan: [string, number][] = [["agreement", 11], ["office", 11], ["membership", 10], ["territory", 9], ["existence", 9]];

for (const [kind, n] of plan) {
  for (let i = 0; i < n; i++) {
    const d = day();
    if (kind === "agreement") {
      const list = listOf(store, "agreements", q(d, { with: "japan" }));
      const rows = list.kind === "agreements" ? list.rows : [];
      const r = rows.length ? pick(rows) : null;
      console.log(JSON.stringify({ kind, d, count: rows.length, pick: r && { id: r.agreement.id, standing: r.standing, inForce: r.inForce, ended: r.ended } }));
    } else if (kind === "office") {
      const role = pick(["prime-minister", "foreign-minister"]);
      const list = listOf(store, "offices", q(d, { with: "japan", type: role }));
      const rows = list.kind === "offices" ? list.rows : [];
      console.log(JSON.stringify({ kind, d, role, holders: rows.map((r) => `${r.holder.id} ${r.from}/${r.to}`) }));
    } else if (kind === "membership") {
      const org = pick(ORGS);
      const list = listOf(store, "memberships", q(d, { with: "japan" }));
      const rows = list.kind === "memberships" ? list.rows : [];
      console.log(JSON.stringify({ kind, d, org, rows: rows.filter((r) => r.organization.id === org).map((r) => `${r.role} ${r.from}/${r.to}`) }));
    } else if (kind === "territory") {
      const place = pick(PLACES);
      const a = onDay(store, place, "place", d).administration;
      console.log(JSON.stringify({ kind, d, place, administrator: a?.administrator?.entity.id ?? null, claimants: a?.claimants.map((c) => c.entity.id) ?? [] }));
    } else {
      const state = pick(STATES);
      const r = relationRow(store, state, d);
      console.log(JSON.stringify({ kind, d, state, status: r.status, since: r.since }));
    }
  }
}
store.close();
