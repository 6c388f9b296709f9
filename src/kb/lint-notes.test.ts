import { cpSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { FIXTURE_SHARED, GOOD } from "../../test/helpers.js";
import { formatDiagnostic, lintData } from "./lint.js";
import { noteProblems, untranslated } from "./lint-notes.js";

const NAMES = new Map([
  ["treaty-of-portsmouth", { en: "Treaty of Portsmouth", ja: "ポーツマス条約" }],
  ["austria-hungary", { en: "Austria-Hungary", ja: "オーストリア＝ハンガリー帝国" }],
  ["kishida-fm-trip-2014-05", { en: "Foreign Minister Kishida's visit to Cameroon and France (May 2014)" }],
  ["taiwan", { en: "Taiwan", ja: "台湾" }],
  ["japan", { en: "Japan", ja: "日本" }],
]);

describe("a note that names an entry by its id", () => {
  it.each([
    ["a hyphenated id after 'see'", "The end rests on weaker sources; see treaty-of-portsmouth.", ["treaty-of-portsmouth"]],
    ["a hyphenated id in brackets", "The trip to Cameroon and France followed from 4 May (kishida-fm-trip-2014-05).", ["kishida-fm-trip-2014-05"]],
    ["a hyphenated id at the end of a sentence", "Those of the monarchy (1869–1914) are on austria-hungary.", ["austria-hungary"]],
    ["a single-word id in brackets", "The Republic of China is a separate entry (taiwan).", ["(taiwan)"]],
    ["a single-word id after 'id'", "Its state is recorded under the id taiwan.", ["id taiwan", "the id"]],
    ["a single-word id after 'on'", "The relations before 1945 are on japan.", ["on japan"]],
    ["the words 'the id'", "Second trip of the month, hence the day in the id.", ["the id"]],
    ["the words 'its id'", "The entry keeps its id for links.", ["its id"]],
    ["the words 'in gaiko'", "The Republic of China is a separate entity in gaiko.", ["in gaiko"]],
  ])("flags %s", (_, note, found) => {
    expect(noteProblems(note, NAMES, "en").map((p) => p.found)).toEqual(found);
  });

  it.each([
    ["a hyphenated id", "詳しくはtreaty-of-portsmouthを参照。", ["treaty-of-portsmouth"]],
    ["a single-word id in full-width brackets", "中華民国は別の項目（taiwan）である。", ["（taiwan）"]],
    ["'gaikoでは'", "gaikoでは同一の国家として扱う。", ["gaikoでは"]],
    ["'ID' as a word", "この項目のIDは日付を含む。", ["ID"]],
    ["'id' as a word", "2回目の外遊のため、idに日付を含めている。", ["id"]],
  ])("flags in a Japanese note %s", (_, note, found) => {
    expect(noteProblems(note, NAMES, "ja").map((p) => p.found)).toEqual(found);
  });

  it.each([
    ["a date range", "Occupied 1945-1952; relations restored on 1952-04-28."],
    ["an EDTF interval", "Japan was under Allied occupation 1945-09-02/1952-04-28."],
    ["a name written with capitals", "Relations of the monarchy with Japan are those of Austria-Hungary."],
    ["a single-word id as an ordinary word", "The government moved to Taiwan in 1949; sanctions on Japan followed."],
    ["a hyphenated word that is no id", "A well-known self-defence clause (see the Treaty of Portsmouth entry)."],
    ["a web address with a hyphen", "信頼性の低い資料（gozo-cedars.jp）のみに基づく。"],
    ["a word that starts with 'id'", "The identity of the envoy is given in the idiom of the day."],
    ["gaiko spoken of as the period it covers", "Spain existed through the whole period gaiko covers."],
    ["a lowercase word after 'on' that is no id", "Talks went on until dawn (many hours)."],
    ["an identity card in English", "He showed his ID at the border."],
  ])("does not flag %s", (_, note) => {
    expect(noteProblems(note, NAMES, "en")).toEqual([]);
  });

  it.each([
    ["a date range", "1945-1952年の占領期。"],
    ["a web address with a hyphen", "信頼性の低い資料（gozo-cedars.jp）のみに基づく。"],
    ["a Latin word containing 'id'", "『Idaho Statesman』紙と『Monitor』による。"],
    ["the period gaiko covers", "ポルトガルはgaikoの対象期間全体を通じて存在した。"],
  ])("does not flag in a Japanese note %s", (_, note) => {
    expect(noteProblems(note, NAMES, "ja")).toEqual([]);
  });

  it.each([
    ["en", "see treaty-of-portsmouth", 'names an entry by its id "treaty-of-portsmouth" — write the entry\'s name instead: "Treaty of Portsmouth"'],
    ["ja", "treaty-of-portsmouthを参照", 'names an entry by its id "treaty-of-portsmouth" — write the entry\'s name instead: "ポーツマス条約"'],
    ["ja", "kishida-fm-trip-2014-05を参照", 'names an entry by its id "kishida-fm-trip-2014-05" — write the entry\'s name instead: "Foreign Minister Kishida\'s visit to Cameroon and France (May 2014)"'],
  ] as const)("offers the entry's name in the note's language (%s: %s)", (lang, note, message) => {
    expect(noteProblems(note, NAMES, lang).map((p) => p.message)).toEqual([message]);
  });
});

describe("a note_ja left in English", () => {
  it.each([
    ["Dates from MOFA's announced itinerary.", true],
    ["1945-09-02/1952-04-28 (SCAP)", true],
    ["外務省の日程による。", false],
    ["『Monitor』は11月12日とする。", false],
    ["カメルーン", false],
  ])("%s is untranslated: %s", (note, want) => {
    expect(untranslated(note)).toBe(want);
  });
});

describe("notes in gaiko lint", () => {
  /** The good fixtures plus one event whose single statement carries the given notes; the lint lines about notes. */
  function lintNotes(note: string, noteJa: string): string[] {
    const dir = mkdtempSync(join(tmpdir(), "gaiko-note-lint-"));
    cpSync(GOOD, dir, { recursive: true });
    writeFileSync(
      join(dir, "events", "a-visit.yaml"),
      `names: {en: "A visit"}\ntype: visit\nstatements:\n  - {p: participant, object: japan, note: ${JSON.stringify(note)}, note_ja: ${JSON.stringify(noteJa)}, sources: [{source: web-mofa-fixture, locator: "§ 1"}]}\n`,
    );
    return lintData(dir, { sharedDir: FIXTURE_SHARED }).errors.filter((d) => d.path.includes("note")).map((d) => formatDiagnostic(d).replace(/^.*events\//, ""));
  }

  it("reports the file, the field path and the entry's name as the fix", () => {
    expect(lintNotes("The end is on united-states-japan-security-treaty-1960; see us-japan-security-treaty-1960.", "日米関係はgaikoでは別に記録する。")).toEqual([
      expect.stringMatching(/^a-visit\.yaml:4 statements\[0\]\.note: names an entry by its id "us-japan-security-treaty-1960" — write the entry's name instead: ".+"$/),
      expect.stringMatching(/^a-visit\.yaml:4 statements\[0\]\.note_ja: speaks of the knowledge base \("gaikoでは"\)/),
    ]);
  });

  it("reports a note_ja with no kana or kanji", () => {
    expect(lintNotes("Dates from MOFA.", "Dates from MOFA.")).toEqual([expect.stringMatching(/^a-visit\.yaml:4 statements\[0\]\.note_ja: note_ja has no kana or kanji/)]);
  });

  it("accepts notes that name entries by their names", () => {
    expect(lintNotes("Occupied 1945-1952; see the Japan–US Security Treaty (1960).", "1945年から1952年まで占領下。")).toEqual([]);
  });
});
