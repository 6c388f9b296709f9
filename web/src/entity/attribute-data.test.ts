import { describe, expect, it } from "vitest";
import type { StatementView } from "../api/types.js";
import { ROLE_TABLES } from "../i18n/role-table.js";
import { attributes, names } from "./data-attributes.fixtures.js";
import { sentence, sentenceText } from "./sentences.js";

// Every attribute statement in data/, read from the YAML (not the built database), said as its subject's
// page says it and as the page of its place says it, in English and Japanese. A new role whose sentence
// reads badly fails here: "The Korean Armistice Agreement's refused to sign: …", "Japan's year Japan
// joined …", "…: yes", "武器貿易条約の国連総会で採択：…", "クラスター弾に関する条約の日本が条約を締結：…".

const said = (s: StatementView, lang: "en" | "ja", self: string) => sentenceText(sentence(s, lang, names, ROLE_TABLES, self), (e) => (lang === "ja" ? (e.name.ja ?? e.name.en) : e.name.en));
const escape = (x: string) => x.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

/** Words that are a verb's, not a noun's, after a possessive: "…'s refused to sign", "…'s adopted by", "…'s built". */
const VERB_WORD = /^(?:(?!(?:[a-z]{0,2}|sp|br|cr|gr|st)eed$)[a-z-]+ed|built|held|made|taken|given|laid|led|won|sent|kept|left|paid|brought|found|seen|known|absent|to)$/;

/** What is wrong with an English sentence, if anything. */
function englishFault(text: string, s: StatementView): string | null {
  if (/[,:]\s*yes\b/.test(text)) return "says 'yes' rather than what holds";
  if (/[:,]\s*$/.test(text)) return "ends on a colon or a comma";
  if (/(?:['’]s|s['’])\s+\S+(?:['’]s|s['’])(?=\s|$)/.test(text)) return "two possessives in a row";
  const owned = new RegExp(`^(?:The )?${escape(s.subject.name.en)}(?:'s|') ([^:]*)`).exec(text);
  if (!owned) return null;
  const [first = ""] = owned[1]!.split(" ");
  if (VERB_WORD.test(first)) return `a possessive before a verb ('${first}')`;
  if (/^\p{Lu}/u.test(first)) return `a possessive before a name ('${first}')`;
  if (new RegExp(`(?:^|\\W)${escape(s.subject.name.en)}(?!\\w)`).test(owned[1]!)) return "names its subject twice";
  return null;
}

/** What is wrong with a Japanese sentence, if anything: an English possessive calque with の. */
function japaneseFault(text: string, s: StatementView): string | null {
  if (/：はい|^はい/.test(text)) return "says はい rather than what holds";
  if (/[：、]\s*$/.test(text)) return "ends on a colon";
  const subject = s.subject.name.ja ?? s.subject.name.en;
  const owned = new RegExp(`^${escape(subject)}の([^：]*)：`).exec(text);
  if (!owned) return null;
  const role = owned[1]!;
  if (role.includes("が")) return "の before a clause with its own subject (…の日本が…)";
  if (/(?:で|に|を|として)[\p{Script=Han}]{1,4}(?:（[^（）]*）)?$|[^\p{Script=Han}]た$/u.test(role)) return "の before a clause (…の国連総会で採択)";
  if (role.includes(subject)) return "names its subject twice";
  if (/^[a-z]/.test(role)) return "の before English words";
  return null;
}

describe("every attribute in data/ as a sentence", () => {
  it("finds the attributes to check (data/ is read)", () => {
    expect(attributes.length).toBeGreaterThan(400);
    expect(new Set(attributes.map((s) => s.role)).size).toBeGreaterThan(300);
  });

  it.each([
    ["on its subject's page", true],
    ["on the page of its place", false],
  ])("reads as English a journalist would accept, %s", (_, own) => {
    const faults = attributes
      .map((s) => ({ s, text: said(s, "en", own ? s.subject.id : "elsewhere") }))
      .map(({ s, text }) => ({ text, fault: englishFault(text, s) }))
      .filter((x) => x.fault)
      .map(({ text, fault }) => `${fault}: ${text}`);
    expect(faults).toEqual([]);
  });

  it.each([
    ["on its subject's page", true],
    ["on the page of its place", false],
  ])("reads as Japanese, with no possessive calque, %s", (_, own) => {
    const faults = attributes
      .map((s) => ({ s, text: said(s, "ja", own ? s.subject.id : "elsewhere") }))
      .map(({ s, text }) => ({ text, fault: japaneseFault(text, s) }))
      .filter((x) => x.fault)
      .map(({ text, fault }) => `${fault}: ${text}`);
    expect(faults).toEqual([]);
  });
});

describe("the test's notion of a bad sentence", () => {
  const treaty = { id: "t", kind: "agreement", name: { en: "Arms Trade Treaty", ja: "武器貿易条約" } } as const;
  const s = { subject: treaty } as StatementView;
  it.each([
    ["The Arms Trade Treaty's adopted by the UN General Assembly: April 2013", "a possessive before a verb ('adopted')"],
    ["The Arms Trade Treaty's Japan concludes the treaty: 9 May 2014", "a possessive before a name ('Japan')"],
    ["The Arms Trade Treaty's refused to sign: Poland", "a possessive before a verb ('refused')"],
    ["The Arms Trade Treaty's first treaty of its kind: yes", "says 'yes' rather than what holds"],
    ["The Arms Trade Treaty's seed wording: none", null],
    ["The Arms Trade Treaty was adopted by the UN General Assembly in April 2013", null],
  ])("finds in %j: %j", (text, want) => {
    expect(englishFault(text, s)).toBe(want);
  });

  it.each([
    ["武器貿易条約の国連総会で採択：2013年4月", "の before a clause (…の国連総会で採択)"],
    ["武器貿易条約の日本が条約を締結：2014年5月9日", "の before a clause with its own subject (…の日本が…)"],
    ["武器貿易条約の初の条約：はい", "says はい rather than what holds"],
    ["武器貿易条約の日本の批准：2014年5月9日", null],
    ["武器貿易条約は2013年4月に国連総会で採択された", null],
  ])("finds in %j: %j", (text, want) => {
    expect(japaneseFault(text, s)).toBe(want);
  });
});
