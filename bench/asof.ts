// The as-of engine: the whole world on one date, and the 177-year sweep that lint runs, each beside a
// baseline measured in the same run.
import { loadData } from "../src/kb/load.js";
import { flattenStatements } from "../src/kb/statements.js";
import { worldOfEntities } from "../src/kb/asof/entities.js";
import { agreementsInForce } from "../src/kb/asof/agreements.js";
import { decideStatus } from "../src/kb/asof/status.js";
import { worldOf } from "../src/kb/asof/store.js";
import { sweep } from "../src/kb/asof/sweep.js";
import { territoryHolder } from "../src/kb/asof/territory.js";
import type { Store } from "../src/kb/store.js";
import { median, percentile, report, timeMany } from "./stats.js";

/** Whole-world as-of (engine only, every state) and the lint sweep, in-process. */
export async function benchAsOf(store: Store, data: string): Promise<void> {
  const world = worldOf(store);
  const states = [...world.states.keys()];
  const all = store.prepared("SELECT * FROM statements WHERE p IN ('exists', 'diplomatic-relations', 'at-war', 'alliance', 'in-force')");
  const read = timeMany(20, () => all.all());
  const whole = timeMany(200, (i) => {
    const day = `${1850 + (i % 177)}-07-01`;
    for (const s of states) {
      decideStatus(world, s, day);
      territoryHolder(world, s, day);
    }
    agreementsInForce(world, day);
  });
  report(`as-of engine, whole world (${states.length} states) p99`, percentile(whole, 99), "read its statements from SQLite p99", percentile(read, 99));

  const loaded = loadData(data);
  const statements = flattenStatements(loaded.entities);
  const yaml = timeMany(3, () => loadData(data, { validate: false }));
  let checked = 0;
  const swept = timeMany(5, () => {
    checked = sweep(worldOfEntities(loaded.entities, statements), { today: "2026-12-05" }).checked;
  });
  report(`lint sweep 1850–2026 (${checked} state-days)`, median(swept), "read YAML, no validation", median(yaml), "< 2000 ms");
}
