import { readdirSync, readFileSync } from "node:fs";
import { basename, join } from "node:path";
import { parse } from "yaml";
import { describe, expect, it } from "vitest";
import { ROLE_TABLES } from "./role-table.js";
import { nameLookup, roleWords, type RoleContext } from "./roles.js";

// Every role in data/, read from the YAML directly (not the built database), with the context a page
// gives it: the event of a participant, the state of an office, the states' Japanese names.
const DATA = join(import.meta.dirname, "../../../data");
const yamlFiles = (dir: string): string[] =>
  readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? yamlFiles(join(dir, e.name)) : e.name.endsWith(".yaml") ? [join(dir, e.name)] : []));
type Doc = { names?: { en?: string; ja?: string | null }; statements?: { p: string; object?: string; role?: string }[] };
const docs = yamlFiles(DATA).map((file) => ({ id: basename(file, ".yaml"), dir: basename(join(file, "..")), doc: (parse(readFileSync(file, "utf8")) ?? {}) as Doc }));

const names = nameLookup(docs.filter((d) => d.dir === "states" && d.doc.names?.en).map((d) => ({ id: d.id, name: { en: d.doc.names!.en!, ja: d.doc.names!.ja ?? null } })));

/** Each distinct role with each context it appears in. */
const roles = [
  ...new Map(
    docs.flatMap(({ id, doc }) =>
      (doc.statements ?? [])
        .filter((s) => typeof s.role === "string")
        .map((s): [string, [string, RoleContext]] => {
          const ctx = { event: s.p === "participant" ? id : undefined, polity: s.p === "holds-office" ? s.object : undefined };
          return [`${s.role}|${ctx.event ?? ""}|${ctx.polity ?? ""}`, [s.role!, ctx]];
        }),
    ),
  ).values(),
];

/** Latin words with a lower-case letter inside Japanese text: English left in a Japanese role (an acronym such as ASEAN or TICAD VI is not). */
function englishInside(text: string): string[] {
  return (text.match(/\p{Script=Latin}[\p{Script=Latin}\d.'’-]*/gu) ?? []).filter((w) => /\p{Ll}/u.test(w));
}

describe("every role in data/ on a Japanese page", () => {
  it("finds the roles to check (data/ is read)", () => {
    expect(roles.length).toBeGreaterThan(1000);
  });

  it.each([
    ["with the role tables loaded", true],
    ["before the role tables load", false],
  ])("is wholly Japanese or wholly English, never Japanese with English inside, %s", (_, loaded) => {
    const mixed = roles
      .map(([role, ctx]) => ({ role, words: roleWords(role, "ja", { ...ctx, names, tables: loaded ? ROLE_TABLES : undefined }) }))
      .filter(({ words }) => words.lang === "ja" && englishInside(words.text).length > 0)
      .map(({ role, words }) => `${role} → ${words.text}`);
    expect(mixed).toEqual([]);
  });

  it("keeps an English role whole, as written (no Japanese inside an English-only role)", () => {
    const touched = roles
      .map(([role, ctx]) => ({ role, words: roleWords(role, "ja", { ...ctx, names, tables: ROLE_TABLES }) }))
      .filter(({ role, words }) => words.lang === "en" && words.text !== role && words.text !== role.replace(/-/g, " "))
      .map(({ role, words }) => `${role} → ${words.text}`);
    expect(touched).toEqual([]);
  });
});

describe("the test's notion of English inside Japanese", () => {
  it.each<[string, string[]]>([
    ["受入国（Warsaw）", ["Warsaw"]],
    ["第7回首脳会議（ASEM7、北京）", []],
    ["受入国（TICAD VI、ナイロビ）", []],
    ["大使館（ワシントンD.C.）", []],
    ["総領事館（Bình Thuận）", ["Bình", "Thuận"]],
    ["受入国（G7外相会合、Lübeck）", ["Lübeck"]],
  ])("finds in %s the English words %j", (text, want) => {
    expect(englishInside(text)).toEqual(want);
  });
});
