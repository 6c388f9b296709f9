// For tests: every attribute statement in data/, read from the YAML (not the built database), as the explorer's
// statement views, and the state names the pages look up. Read by the tests of entity pages' sentences
// (attribute-data.test.ts) and of the timeline's lines (line-attributes.test.ts).
import { readdirSync, readFileSync } from "node:fs";
import { basename, join } from "node:path";
import { parse } from "yaml";
import type { EntityRef, StatementView } from "../api/types.js";
import { nameLookup } from "../i18n/roles.js";

const DATA = join(import.meta.dirname, "../../../data");
const KINDS: Record<string, EntityRef["kind"]> = {
  states: "state", organizations: "organization", agreements: "agreement", disputes: "dispute", events: "event", people: "person", policies: "policy", places: "place",
};
const yamlFiles = (dir: string): string[] =>
  readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? yamlFiles(join(dir, e.name)) : e.name.endsWith(".yaml") ? [join(dir, e.name)] : []));
type Raw = { p: string; subject?: string; role?: string; value?: string | number; value_ja?: string; time?: string; at?: string };
type Doc = { names?: { en?: string; ja?: string | null }; statements?: Raw[] };
const docs = Object.entries(KINDS).flatMap(([dir, kind]) =>
  yamlFiles(join(DATA, dir)).map((file) => ({ id: basename(file, ".yaml"), kind, doc: (parse(readFileSync(file, "utf8")) ?? {}) as Doc })),
);
const refs = new Map(docs.map(({ id, kind, doc }): [string, EntityRef] => [id, { id, kind, name: { en: doc.names?.en ?? id, ja: doc.names?.ja ?? null } }]));

/** The states' names, as the pages look them up. */
export const names = nameLookup(docs.filter((d) => d.kind === "state" && d.doc.names?.en).map((d) => ({ id: d.id, name: { en: d.doc.names!.en!, ja: d.doc.names!.ja ?? null } })));

/** Every attribute statement with a role, as a statement view. */
export const attributes: StatementView[] = docs.flatMap(({ id, doc }) =>
  (doc.statements ?? [])
    .filter((s) => s.p === "attribute" && typeof s.role === "string")
    .map((s) => ({
      id: "x", p: "attribute", label: { en: "attribute", ja: "属性" }, subject: refs.get(s.subject ?? id)!, object: null,
      value: s.value === undefined ? null : String(s.value), value_ja: s.value_ja ?? null, time: s.time ?? null, start: null, end: null,
      at: (s.at && refs.get(s.at)) || null, via: null, role: s.role!, status: "accepted", assertedBy: [], note: null, note_ja: null, sources: [],
    }) as StatementView),
);
