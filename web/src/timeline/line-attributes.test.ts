import { describe, expect, it } from "vitest";
import type { StatementView } from "../api/types.js";
import type { Lang } from "../i18n/dict.js";
import { ROLE_TABLES } from "../i18n/role-table.js";
import { attributes, names } from "../entity/data-attributes.fixtures.js";
import { timelineLine, type LineToken } from "./line.js";

// Every attribute statement in data/, read from the YAML (not the built database), as the timeline's line
// says it in English and in Japanese. The line once wrote every attribute 「Xの<role>：<value>」 and
// "X attribute <value> (<role>)": 武器貿易条約の国連総会で採択：2013年4月, "The Treaty of Peace with Japan
// attribute Poland (refused to sign)", "… attribute yes (first visit …)". It now says them as entity pages do.

/** The line as a reader sees it, each entity by its name in the page's language (English where it has none). */
const text = (tokens: readonly LineToken[], lang: Lang) =>
  tokens.map((t) => ("entity" in t ? (lang === "ja" ? (t.entity.name.ja ?? t.entity.name.en) : t.entity.name.en) : t.text)).join("").replace(/\s+/g, " ").trim();
const line = (s: StatementView, lang: Lang) => text(timelineLine(s, lang, names, ROLE_TABLES), lang);
const escape = (x: string) => x.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

/** Words that are a verb's, not a noun's, after a possessive: "…'s refused to sign", "…'s adopted by", "…'s built". */
const VERB_WORD = /^(?:(?!(?:[a-z]{0,2}|sp|br|cr|gr|st)eed$)[a-z-]+ed|built|held|made|taken|given|laid|led|won|sent|kept|left|paid|brought|found|seen|known|absent|to)$/;

/** What is wrong with an English line, if anything. */
function englishFault(line: string, s: StatementView): string | null {
  if (/(?:^|[\s:,(])yes\b/.test(line)) return "says 'yes' rather than what holds";
  const subject = escape(s.subject.name.en);
  if (new RegExp(`^(?:The )?${subject} attribute\\b`).test(line)) return "the predicate's label 'attribute' where a sentence should be";
  if (/[:,]\s*$/.test(line)) return "ends on a colon or a comma";
  const owned = new RegExp(`^(?:The )?${subject}(?:'s|') ([^:]*)`).exec(line);
  if (!owned) return null;
  const [first = ""] = owned[1]!.split(" ");
  if (VERB_WORD.test(first)) return `a possessive before a verb ('${first}')`;
  if (/^\p{Lu}/u.test(first)) return `a possessive before a name ('${first}')`;
  return null;
}

/** What is wrong with a Japanese line, if anything: an English possessive calque with の, a はい, a bare 属性. */
function japaneseFault(line: string, s: StatementView): string | null {
  if (/(?:^|[：\s（])はい(?:$|[（\s])/.test(line)) return "says はい rather than what holds";
  const subject = escape(s.subject.name.ja ?? s.subject.name.en);
  if (new RegExp(`^${subject} 属性`).test(line)) return "the predicate's label 属性 where a sentence should be";
  if (/[：、]\s*$/.test(line)) return "ends on a colon";
  const owned = new RegExp(`^${subject}の([^：]*)：`).exec(line);
  if (!owned) return null;
  const role = owned[1]!;
  if (role.includes("が")) return "の before a clause with its own subject (…の日本が…)";
  if (/(?:で|に|を|として)[\p{Script=Han}]{1,4}(?:（[^（）]*）)?$|[^\p{Script=Han}]た$/u.test(role)) return "の before a clause (…の国連総会で採択)";
  if (role.includes(s.subject.name.ja ?? s.subject.name.en)) return "names its subject twice";
  if (/^[a-z]/.test(role)) return "の before English words";
  return null;
}

describe("every attribute in data/ as the timeline's line", () => {
  it("finds the attributes to check (data/ is read)", () => {
    expect(attributes.length).toBeGreaterThan(400);
    expect(attributes.filter((s) => s.value === "yes").length).toBeGreaterThan(10);
  });

  it("reads as English, with no possessive before a verb or a name and no 'yes'", () => {
    const faults = attributes.map((s) => ({ s, line: line(s, "en") })).flatMap(({ s, line }) => {
      const fault = englishFault(line, s);
      return fault ? [`${fault}: ${line}`] : [];
    });
    expect(faults).toEqual([]);
  });

  it("reads as Japanese, with no の before a clause and no はい", () => {
    const faults = attributes.map((s) => ({ s, line: line(s, "ja") })).flatMap(({ s, line }) => {
      const fault = japaneseFault(line, s);
      return fault ? [`${fault}: ${line}`] : [];
    });
    expect(faults).toEqual([]);
  });
});

describe("the test's notion of a bad line", () => {
  const treaty = { id: "t", kind: "agreement", name: { en: "Arms Trade Treaty", ja: "武器貿易条約" } } as const;
  const s = { subject: treaty } as StatementView;
  it.each([
    ["Arms Trade Treaty attribute 2013-04 (adopted by the UN General Assembly)", "the predicate's label 'attribute' where a sentence should be"],
    ["The Arms Trade Treaty's adopted by the UN General Assembly: April 2013", "a possessive before a verb ('adopted')"],
    ["The Arms Trade Treaty's Japan concludes the treaty: 9 May 2014", "a possessive before a name ('Japan')"],
    ["The Arms Trade Treaty — first treaty of its kind: yes", "says 'yes' rather than what holds"],
    ["The Arms Trade Treaty's seed wording: none", null],
    ["The Arms Trade Treaty was adopted by the UN General Assembly in April 2013", null],
    ["The Arms Trade Treaty: Japan concluded the treaty on 9 May 2014", null],
  ])("finds in %j: %j", (line, want) => {
    expect(englishFault(line, s)).toBe(want);
  });

  it.each([
    ["武器貿易条約の国連総会で採択：2013年4月", "の before a clause (…の国連総会で採択)"],
    ["武器貿易条約の日本が条約を締結：2014年5月9日", "の before a clause with its own subject (…の日本が…)"],
    ["武器貿易条約の初の条約：はい", "says はい rather than what holds"],
    ["武器貿易条約 属性 2013年4月（国連総会で採択）", "the predicate's label 属性 where a sentence should be"],
    ["武器貿易条約の日本の批准：2014年5月9日", null],
    ["武器貿易条約は2013年4月に国連総会で採択された", null],
  ])("finds in %j: %j", (line, want) => {
    expect(japaneseFault(line, s)).toBe(want);
  });
});
