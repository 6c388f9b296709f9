// Issue 14/16 "no entity twice": one COW code that runs through several curated states (345: Yugoslavia,
// Serbia and Montenegro, Serbia) gives each state the part of each membership spell it existed for,
// and the import makes no state of its own for the code.
import Database from "better-sqlite3";
import { mkdtempSync, mkdirSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { beforeEach, describe, expect, it } from "vitest";
import { FIXTURE_SHARED, GOOD } from "../../../test/helpers.js";
import { buildDatabase } from "../../kb/build.js";
import { rowWriter } from "../../kb/rows.js";
import { isTimeError, parseTime } from "../../model/time.js";
import { CowConcordance, type StateLine } from "../concordance.js";
import { importInto } from "../run.js";
import { cowStates } from "./cow-states.js";

/** Three states that succeed each other under one code; only the last carries it (when `cow` is given). */
const line = (cow?: string): Map<string, StateLine> =>
  new Map<string, StateLine>([
    ["yugoslavia", { exists: [["1918-12-01", "1992-04-27"]], predecessors: [] }],
    ["serbia-and-montenegro", { exists: [["1992-04-27", "2006-06-05"]], predecessors: ["yugoslavia"] }],
    ["serbia", { ...(cow ? { cow } : {}), exists: [["2006-06-05", "9999-12-31"]], predecessors: ["serbia-and-montenegro"] }],
    // A predecessor with a code of its own keeps its own rows: it joins no other code's line.
    ["east-germany", { cow: "265", exists: [["1949-10-07", "1990-10-03"]], predecessors: [] }],
    ["germany", { cow: "255", exists: [["1949-05-24", "9999-12-31"]], predecessors: ["east-germany"] }],
  ]);

describe("a COW code read over a line of curated successions", () => {
  const c = new CowConcordance(line("345"), () => true);

  it.each([
    ["1950", "yugoslavia"],
    ["1992-04-26", "yugoslavia"],
    ["1992-04-27", "serbia-and-montenegro"],
    ["2000", "serbia-and-montenegro"],
    ["2006-06-05", "serbia"],
    // The Kingdom of Serbia has no entity of its own: COW's continuity gives its days to the holder.
    ["1900", "serbia"],
    [undefined, "serbia"],
  ])("reads COW 345 on %s as %s", (when, id) => {
    expect(c.stateOn("345", when)).toBe(id);
  });

  it.each([
    ["1878-07-13", "1941-04-20", [["serbia", "1878-07-13", "1918-12-01"], ["yugoslavia", "1918-12-01", "1941-04-20"]]],
    ["1944-10-20", "..", [["yugoslavia", "1944-10-20", "1992-04-27"], ["serbia-and-montenegro", "1992-04-27", "2006-06-05"], ["serbia", "2006-06-05", ".."]]],
    ["2007-01-01", "..", [["serbia", "2007-01-01", ".."]]],
  ])("splits the spell %s/%s at each succession", (start, end, pieces) => {
    expect(c.split("345", start, end)).toEqual(pieces);
  });

  it("leaves a code whose holder's predecessor has its own code whole", () => {
    expect(c.split("255", "1955-05-05", "..")).toEqual([["germany", "1955-05-05", ".."]]);
    expect(c.eras("255")).toEqual([]);
  });

  // The line is read from the data alone: Serbia's file carries cow: 345 (there is no table of holders).
  it("finds no holder and no line for a code that no curated state carries", () => {
    const none = new CowConcordance(line(), () => true);
    expect(none.holder("345")).toBeUndefined();
    expect(none.eras("345")).toEqual([]);
  });
});

const COW_STATES = [
  "stateabb,ccode,statenme,styear,stmonth,stday,endyear,endmonth,endday,version",
  "USA,2,United States of America,1816,1,1,2016,12,31,2016",
  "YUG,345,Yugoslavia,1878,7,13,1941,4,20,2016",
  "YUG,345,Yugoslavia,1944,10,20,2016,12,31,2016",
  "JPN,740,Japan,1952,4,28,2016,12,31,2016",
].join("\n");

describe("the COW state import over a code that three curated states share", () => {
  let db: Database.Database;
  let dir: string;

  beforeEach(() => {
    const tmp = mkdtempSync(join(tmpdir(), "gaiko-cow-line-"));
    const file = join(tmp, "kb.db");
    buildDatabase(GOOD, file, { sharedDir: FIXTURE_SHARED });
    db = new Database(file);
    dir = join(tmp, "cow");
    mkdirSync(dir);
    writeFileSync(join(dir, "cow_states.csv"), COW_STATES + "\n");
    writeFileSync(join(dir, "cow_contdir.csv"), "ccode1,ccode2,conttype,stdate,enddate\n740,2,5,1946-01-01,2016-12-01\n");
    writeFileSync(join(dir, "cow_capitals.csv"), "ccode,capital,stdate,enddate\n740,Tokyo,1869-04-05,2024-12-31\n");
  });

  /** Writes the three curated states with their existence and succession, as a build of data/ would. */
  function curate(serbiaCow: number | undefined) {
    const w = rowWriter(db);
    for (const [id, name, cow] of [["yugoslavia", "Yugoslavia"], ["serbia-and-montenegro", "Serbia and Montenegro"], ["serbia", "Serbia", serbiaCow]] as const) {
      const body = { names: { en: name }, statehood: "historical", ...(cow ? { cow } : {}) };
      w.entity({ id, kind: "state", type: "historical", names: { en: name }, aliases: [], origin: `data/states/${id}.yaml`, body });
    }
    const statements: [string, string, string | undefined, string][] = [
      ["yugoslavia", "exists", undefined, "1918-12-01/1992-04-27"],
      ["serbia-and-montenegro", "exists", undefined, "1992-04-27/2006-06-05"],
      ["serbia-and-montenegro", "successor-of", "yugoslavia", "1992-04-27"],
      ["serbia", "exists", undefined, "2006-06-05/.."],
      ["serbia", "successor-of", "serbia-and-montenegro", "2006-06-05"],
    ];
    for (const [subject, p, object, time] of statements) {
      const bounds = parseTime(time);
      if (isTimeError(bounds)) throw new Error(bounds.error);
      w.statement({ id: `st-${subject}-${p}`, subject, p, object, time, bounds, status: "accepted", origin: `data/states/${subject}.yaml` });
    }
  }

  it("gives each of the three states its periods, cited to the COW row, and makes no state, with Serbia carrying cow: 345", async () => {
    curate(345);
    const r = await importInto(db, cowStates, dir);
    expect(r.issues).toEqual([]);
    const members = db
      .prepare(`SELECT s.subject, s.time, ss.source_id AS source, ss.locator FROM statements s JOIN statement_sources ss ON ss.statement_id = s.id
        WHERE s.p = 'system-member' AND s.subject IN ('yugoslavia', 'serbia-and-montenegro', 'serbia') ORDER BY s.time`)
      .all();
    const cite = (line: number) => ({ source: "import-cow-state-system", locator: `cow_states.csv line ${line}` });
    expect(members).toEqual([
      { subject: "serbia", time: "1878-07-13/1918-12-01", ...cite(3) },
      { subject: "yugoslavia", time: "1918-12-01/1941-04-20", ...cite(3) },
      { subject: "yugoslavia", time: "1944-10-20/1992-04-27", ...cite(4) },
      { subject: "serbia-and-montenegro", time: "1992-04-27/2006-06-05", ...cite(4) },
      { subject: "serbia", time: "2006-06-05/..", ...cite(4) },
    ]);
    expect(db.prepare("SELECT id FROM entities WHERE kind = 'state' AND origin LIKE 'dataset:%'").all()).toEqual([]);
  });
});
