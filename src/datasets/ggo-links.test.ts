// Issue 15 "same agreement twice" and issue 14 item 1: a curated agreement that names its GGO treaty id
// takes the place of the import's ggo-… copy, and dataset agreements get their Japanese names.
import Database from "better-sqlite3";
import { cpSync, mkdirSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { FIXTURE_SHARED, GOOD, ROOT } from "../../test/helpers.js";
import { buildAll, type FullBuildResult } from "./run.js";
import { linkedTo, treaties } from "./importers/treaties.js";
import { Store } from "../kb/store.js";
import { search } from "../kb/search.js";
import { showEntity } from "../kb/entity-query.js";

const CONVENTION = `names: {en: "Convention on Testing"}
type: convention
scope: multilateral
ggo: ["CONV_1990A"]
sources: [{source: web-mofa-fixture, locator: "§ 1"}]
statements:
  - {p: signed, time: "1990-01-01", sources: [{source: web-mofa-fixture, locator: "§ 1"}]}
  - {p: party-to, subject: japan, object: convention-on-testing, time: "1992-01-01/..", sources: [{source: web-mofa-fixture, locator: "§ 1"}]}
`;
const PART_XI = `names: {en: "Agreement relating to Part XI"}
type: convention
scope: multilateral
ggo: ["UNC_1982A@1994-07-28"]
sources: [{source: web-mofa-fixture, locator: "§ 2"}]
`;
const NAMES = `- id: ggo-othr-2000a
  ja: 魚に関するその他の条約
  translated: true
- id: ggo-srcd-2001a
  ja: 鳥に関する条約
  source: web-mofa-fixture
  locator: "title"
- id: ggo-conv-1990a
  ja: 試験に関する条約
  source: web-mofa-fixture
`;

let db: Database.Database;
let dbFile: string;
let built: FullBuildResult;

beforeAll(async () => {
  const dir = mkdtempSync(join(tmpdir(), "gaiko-ggo-links-"));
  const data = join(dir, "data");
  cpSync(GOOD, data, { recursive: true });
  writeFileSync(join(data, "agreements", "convention-on-testing.yaml"), CONVENTION);
  writeFileSync(join(data, "agreements", "agreement-relating-to-part-xi.yaml"), PART_XI);
  mkdirSync(join(data, "agreement-names"));
  writeFileSync(join(data, "agreement-names", "ggo-a.yaml"), NAMES);
  cpSync(join(ROOT, "test", "datasets", "ggo-links"), join(data, "vendor", "treaties-globalgov"), { recursive: true });
  dbFile = join(dir, "kb.db");
  built = await buildAll(data, dbFile, [treaties], { sharedDir: FIXTURE_SHARED });
  db = new Database(dbFile, { readonly: true });
});

const ids = () => (db.prepare("SELECT id FROM entities WHERE kind = 'agreement' ORDER BY id").all() as { id: string }[]).map((r) => r.id);
const sourcedBy = (id: string) =>
  db
    .prepare("SELECT s.subject, s.p, s.object, s.time FROM statements s JOIN statement_sources x ON x.statement_id = s.id WHERE x.source_id = 'import-treaties' AND (s.subject = ? OR s.object = ?) ORDER BY s.p, s.time")
    .all(id, id);

describe("a curated agreement that names its GGO treaty id in ggo:", () => {
  it("is the only agreement for that treaty: the import makes no ggo-… copy of it", () => {
    expect(ids()).not.toContain("ggo-conv-1990a");
    expect(ids()).toContain("convention-on-testing");
  });

  it("carries the GGO dates as further sources, and no 9999-12-31 entry into force where GGO codes none", () => {
    expect(sourcedBy("convention-on-testing")).toEqual([
      { subject: "japan", p: "signatory-of", object: "convention-on-testing", time: "1990-02-02" },
      { subject: "convention-on-testing", p: "signed", object: null, time: "1990-01-01" },
    ]);
  });

  it("takes only the instruments signed on the day its link names, where GGO gives several one id", () => {
    expect(ids().filter((id) => id.startsWith("ggo-unc-"))).toEqual(["ggo-unc-1982a-2"]);
    expect(sourcedBy("agreement-relating-to-part-xi")).toContainEqual({ subject: "japan", p: "signatory-of", object: "agreement-relating-to-part-xi", time: "1994-07-29" });
  });

  it.each([
    ["a bare id takes every instrument under it", { treaty: "CONV_1990A", treatySig: "1990-01-01" }, "convention-on-testing"],
    ["an id with a day takes the instrument signed that day", { treaty: "UNC_1982A", treatySig: "1994-07-28" }, "agreement-relating-to-part-xi"],
    ["an uncertain day (?) still matches", { treaty: "UNC_1982A", treatySig: "1994-07-28?" }, "agreement-relating-to-part-xi"],
    ["another day under the same id is not linked", { treaty: "UNC_1982A", treatySig: "1995-08-04" }, undefined],
    ["an unlinked id is not linked", { treaty: "OTHR_2000A", treatySig: "2000-05-05" }, undefined],
  ])("%s", (_, row, want) => {
    const links = new Map([
      ["CONV_1990A", [{ curated: "convention-on-testing" }]],
      ["UNC_1982A", [{ curated: "agreement-relating-to-part-xi", sig: "1994-07-28" }]],
    ]);
    expect(linkedTo(links, row)).toBe(want);
  });
});

describe("Japanese names from data/agreement-names", () => {
  const entity = (id: string) => db.prepare("SELECT name_ja, json_extract(body, '$.names.ja') AS bodyJa, json_extract(body, '$.nameJaTranslated') AS translated FROM entities WHERE id = ?").get(id);

  it("reach names.ja, with nameJaTranslated only for gaiko's own translations", () => {
    expect(entity("ggo-othr-2000a")).toEqual({ name_ja: "魚に関するその他の条約", bodyJa: "魚に関するその他の条約", translated: 1 });
    expect(entity("ggo-srcd-2001a")).toEqual({ name_ja: "鳥に関する条約", bodyJa: "鳥に関する条約", translated: null });
  });

  it("cite the source the name was found in among the agreement's sources", () => {
    expect(db.prepare("SELECT source_id, locator FROM entity_sources WHERE entity_id = 'ggo-srcd-2001a' ORDER BY source_id").all()).toEqual([
      { source_id: "import-treaties", locator: expect.stringMatching(/^parties_GGO\.csv(\.gz)? line \d+$/) },
      { source_id: "web-mofa-fixture", locator: "title" },
    ]);
  });

  it("show that source on the agreement's page, as a curated entity's names show theirs", () => {
    const store = Store.open(dbFile);
    try {
      expect(showEntity(store, "ggo-srcd-2001a")?.entity.sources.map((c) => [c.source, c.locator])).toEqual([["web-mofa-fixture", "title"]]);
      expect(showEntity(store, "ggo-othr-2000a")?.entity.fields).toMatchObject({ nameJaTranslated: true });
    } finally {
      store.close();
    }
  });

  it.each([
    ["鳥に関する条約", "ggo-srcd-2001a"],
    ["魚に関するその他", "ggo-othr-2000a"],
  ])("are found by search: %s", (query, id) => {
    const store = Store.open(dbFile);
    try {
      expect(search(store, query).results[0]?.id).toBe(id);
    } finally {
      store.close();
    }
  });

  it("warn, naming the file, entry and fix, about an id that is no dataset agreement after the build (here merged into a curated one)", () => {
    expect(built.lint.warnings.filter((w) => w.file.endsWith("ggo-a.yaml")).map((w) => `${w.path}: ${w.message}`)).toEqual([
      "[2].id: no agreement with this id was built — check the id against `gaiko list agreements` (a treaty a curated agreement names in ggo: has no ggo-… entity), or remove the entry",
    ]);
  });
});
