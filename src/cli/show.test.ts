// `gaiko show --lang ja` (issue 15 item 5): the text output in Japanese, over the run's shared full build
// (the real data) and over the good fixtures (whose treaty has an English summary and note only). The
// command runs in this process, as in list.test.ts.
import { Command } from "commander";
import { describe, expect, it, vi } from "vitest";
import { fixtureStore, sharedBuild } from "../../test/helpers.js";
import { EntityView } from "../model/results.js";
import { UsageError, width } from "./output.js";
import { registerShowCommand } from "./show.js";

const full = sharedBuild().path;
const fixture = fixtureStore();
fixture.store.close();

/** Runs `gaiko show` in this process; returns what it wrote and the error it threw (main maps it to an exit code). */
async function show(db: string, args: string[]): Promise<{ out: string; error?: Error }> {
  const program = new Command().exitOverride().configureOutput({ writeErr: () => undefined, writeOut: () => undefined });
  registerShowCommand(program);
  let out = "";
  const o = vi.spyOn(process.stdout, "write").mockImplementation((s) => ((out += String(s)), true));
  try {
    await program.parseAsync(["node", "gaiko", "show", ...args, "--db", db]);
    return { out };
  } catch (error) {
    return { out, error: error as Error };
  } finally {
    o.mockRestore();
  }
}

describe("gaiko show --lang ja on the real data", () => {
  it("heads Japan's page with its Japanese name, its Japanese summary and the as-of day the Japanese way", async () => {
    const { out } = await show(full, ["japan", "--lang", "ja", "--as-of", "1972-09-29"]);
    const [heading, , summary] = out.split("\n");
    expect(heading).toMatch(/^日本 \(Japan\) {2}\[国家: sovereign\] {2}id: japan$/);
    expect(summary).toMatch(/^日本は/);
    expect(out).toContain("\n1972年9月29日時点:\n");
    expect(out).toMatch(/\n {2}役職: [^\n]*田中角栄（prime-minister）（1972年7月7日から）/);
  });

  it("dates China's diplomatic relations 1972年9月29日から, with the predicate and China's name in Japanese", async () => {
    const { out } = await show(full, ["japan", "--lang", "ja", "--as-of", "1980"]);
    expect(out).toMatch(/\n {2}1972年9月29日から +中華人民共和国 外交関係 → 日本（根拠: 日本国政府と中華人民共和国政府の共同声明）（有効）\n/);
    // The predicate's English label is gone (roles and source locators are written in English in the data).
    expect(out).not.toMatch(/diplomatic relations →/);
  });

  it("prints each statement's Japanese note after 注記:, and the English note only in English", async () => {
    const view = EntityView.parse(JSON.parse((await show(full, ["japan", "--json"])).out));
    const noted = view.statements.filter((s) => s.note_ja);
    expect(noted.length).toBeGreaterThan(100);
    const ja = (await show(full, ["japan", "--lang", "ja"])).out;
    const en = (await show(full, ["japan"])).out;
    for (const s of noted.slice(0, 20)) {
      expect(ja).toContain(`注記: ${s.note_ja}`);
      expect(en).toContain(`note: ${s.note}`);
    }
    expect(en).not.toContain("注記:");
  });

  it("keeps --json the same whatever the language", async () => {
    const ja = await show(full, ["taiwan", "--lang", "ja", "--json"]);
    const en = await show(full, ["taiwan", "--json"]);
    expect(ja.out).toBe(en.out);
  });
});

describe("gaiko show --lang ja where no Japanese is written", () => {
  const treaty = "japan-china-peace-and-friendship-treaty";

  it.each([
    ["the Japanese name first, the English after it", /^日中平和友好条約 \(Treaty of Peace and Friendship between Japan and the People's Republic of China\) {2}\[条約・協定: peace\]/m],
    ["the English summary marked as English only", /^A fixture treaty\. \(英語のみ\)$/m],
    ["the English note marked as English only", /^ +注記: signed 1978-08-12 \(英語のみ\)$/m],
    ["a rejected claim as 不採用, dated to the year", /^ {2}1972年 +署名 \[不採用\]$/m],
    ["a day and an interval still running", /^ {2}1978年10月23日から +発効（有効）$/m],
    ["a place by its Japanese name", /^ {2}1978年8月12日 +署名（場所: 北京）/m],
    ["the count of statements", /^記述（5件）:$/m],
  ])("shows %s", async (_, line) => {
    const { out } = await show(fixture.path, [treaty, "--lang", "ja", "--as-of", "1990"]);
    expect(out).toMatch(line);
  });

  it("pads the date column by terminal width, so that every statement starts in the same column", async () => {
    const { out } = await show(fixture.path, [treaty, "--lang", "ja"]);
    const rows = out.split("\n").filter((l) => /^ {2}\d/.test(l));
    const starts = rows.map((l) => width(l.slice(0, l.search(/(?<=^ {2}\S+ +)\S/))));
    expect(starts).toEqual([33, 33, 33, 33, 33]);
  });
});

describe("gaiko show --lang", () => {
  it.each([["xx"], ["JA"], [""]])("refuses %j, naming --lang and what it takes", async (lang) => {
    const r = await show(fixture.path, ["japan", "--lang", lang]);
    expect(r.error).toBeInstanceOf(UsageError);
    expect(r.error?.message).toBe(`--lang: one of en, ja (got "${lang}")`);
  });

  it("writes English when no language is given, as before", async () => {
    const { out } = await show(fixture.path, ["japan-china-peace-and-friendship-treaty"]);
    expect(out).toMatch(/^ {2}1972 {20} signed \[rejected\]$/m);
    expect(out).toMatch(/^ +note: signed 1978-08-12$/m);
    expect(out).not.toMatch(/[年注]/);
  });
});
