// The last items of issue 15's audit of entity pages (ENT15), in English and Japanese: the Treaty of Peace with
// Japan's page opened with "Diplomatic relations" above its own signing; an agreement's fact box had no type row
// and a text row that never showed; the memberships list left blank the end of a membership its sources leave
// unknown; a page wrote an undated statement beside a dated one of the same edge (RCEP's Japan twice). Each
// test fails on the pages as they were.
import type { Locator } from "playwright-core";
import { describe, expect, it } from "vitest";
import { chromiumAvailable } from "./harness.js";
import { DESKTOP, PHONE, poll, ScreenPage, useScreenSession } from "./screen.js";

/** An entity page's fact box and sections, as a reader meets them. */
class EntityFacts {
  constructor(readonly screen: ScreenPage) {}

  /** The box's rows as [term, value] pairs. */
  async boxRows(): Promise<[string, string][]> {
    const rows = this.screen.page.locator(".fact-box .fact-row");
    await rows.first().waitFor(poll);
    return (await rows.evaluateAll((els) => els.map((el) => [el.querySelector("dt")?.textContent ?? "", el.querySelector("dd")?.textContent ?? ""]))) as [string, string][];
  }

  /** A row of the box by its term. */
  boxRow(term: string): Locator {
    return this.screen.page.locator(".fact-box .fact-row").filter({ has: this.screen.page.locator("dt", { hasText: term }) });
  }

  /** The sections' names, in the order the page writes them. */
  sectionNames(): Promise<string[]> {
    return this.screen.page.locator("section.facts-section").evaluateAll((els) => els.map((el) => el.getAttribute("aria-label") ?? ""));
  }

  section(name: string): Locator {
    return this.screen.page.getByRole("region", { name, exact: true });
  }
}

const SIZES = [
  ["a 390 px phone", PHONE],
  ["a desktop", DESKTOP],
] as const;

// One session for the file (its first page waits for a cold server), each test at both widths.
describe.skipIf(!chromiumAvailable())("entity pages looked at for issue 15 (ENT15)", () => {
  const { screen } = useScreenSession(DESKTOP);
  const facts = () => new EntityFacts(screen());

  for (const [size, viewport] of SIZES) {
    const open = (path: string) => screen().open(path, viewport);

    it.each([
      ["", ["Parties", "Signatories", "concerns", "diplomatic relations"], ["Type", "peace treaty, multilateral"]],
      ["?lang=ja", ["締約国", "署名国・署名者", "関係", "外交関係"], ["種類", "平和条約・多国間"]],
    ])(`the Treaty of Peace with Japan%s on ${size} dates its signing in the box and lists its parties before the relations it restored`, async (query, order, type) => {
      await open(`/entity/treaty-of-san-francisco${query}`);
      // The first page of a session waits for a cold server on shared CPUs.
      await screen().page.locator(".fact-box").waitFor({ timeout: 60_000 });
      const rows = await facts().boxRows();
      expect(rows[0]).toEqual(type);
      expect(rows.map(([term]) => term).slice(2, 4)).toEqual(query ? ["署名", "発効"] : ["Signed", "In force"]);
      await expect.poll(async () => (await facts().sectionNames()).slice(0, 4), poll).toEqual(order);
    });

    it.each([
      ["", "Parties", "Japan has been a party to the Regional Comprehensive Economic Partnership Agreement since 1 January 2022", " · no date given", "This source gives no date: the date shown is another source's.", "All statements"],
      ["?lang=ja", "締約国", "日本は2022年1月1日から地域的な包括的経済連携協定の締約国である", "・日付なし", "この出典は日付を示していない。表示の日付は別の出典による。", "全記述"],
    ])(`RCEP's page%s on ${size} says once that Japan is a party, marking the source that gives no date, and its full list keeps both statements`, async (query, section, sentence, note, said, all) => {
      await open(`/entity/rcep${query}`);
      const japan = facts().section(section).locator("li.fact", { hasText: /^(Japan has|日本は)/ });
      await expect.poll(() => japan.count(), poll).toBe(1);
      // The section counts its lines: 15 since the four states that ratified late (South Korea, Malaysia, Indonesia,
      // the Philippines) were added; 11 before.
      expect(await facts().section(section).locator("h3 .count").textContent()).toBe("15");
      expect((await japan.locator(".claim").textContent())?.replace(/\s+/g, " ").trim()).toBe(sentence);
      await expect.poll(() => japan.locator(".cite-date-note").allTextContents(), poll).toEqual([note]);
      await japan.locator("button.cite", { has: screen().page.locator(".cite-date-note") }).click();
      await expect.poll(() => japan.locator(".cite-preview .cp-date-note").textContent(), poll).toBe(said);
      await screen().page.getByRole("tab", { name: new RegExp(`^${all}`) }).click();
      const full = screen().page.getByRole("tabpanel").locator('li.fact[data-p="party-to"]', { hasText: /^(Japan|日本)/ });
      await expect.poll(() => full.count(), poll).toBe(2);
    });

    // What follows reads the same at either width: asked once, on the desktop.
    if (viewport === PHONE) continue;

    it.each([
      ["", "Text", "English text at en.wikisource.org ↗"],
      ["?lang=ja", "本文", "英語の本文（en.wikisource.org） ↗"],
    ])(`the 1965 Treaty on Basic Relations%s on ${size} links its text at the source's address`, async (query, term, label) => {
      await open(`/entity/treaty-on-basic-relations-japan-korea-1965${query}`);
      const link = facts().boxRow(term).getByRole("link");
      await expect.poll(() => link.textContent(), poll).toBe(label);
      expect(await link.getAttribute("href")).toBe("https://en.wikisource.org/wiki/Treaty_on_Basic_Relations_Between_Japan_and_the_Republic_of_Korea");
      expect(await link.getAttribute("target")).toBe("_blank");
    });

    // Helper MIS16: before the Wikidata snapshot of November 2022 the box counts only the curated missions, which may
    // be a part of those there were; it says so (Switzerland in 2010: one consular office, not Japan's embassy).
    it.each([
      ["", "Japan's missions in Switzerland", "only those recorded with dates", "2010-06-01"],
      ["?lang=ja", "スイスにある日本の在外公館", "開設日の記録があるもののみ", "2010-06-01"],
    ])(`a state's box%s on ${size} says that missions counted before the snapshot are only those recorded`, async (query, term, words, day) => {
      await open(`/entity/switzerland${query ? `${query}&` : "?"}asOf=${day}`);
      await expect.poll(() => facts().boxRow(term).locator("dd").textContent(), poll).toContain(words);
      await open(`/entity/switzerland${query}`);
      await expect.poll(() => facts().boxRow(term).locator("dd").textContent(), poll).toMatch(/Wikidata/);
    });

    // Helper E2E15: a state's page had its key events but no way to its own whole timeline.
    it.each([
      ["", "See it on the timeline"],
      ["?lang=ja", "年表ページで見る"],
    ])(`China's page%s on ${size} links its own timeline with Japan`, async (query, words) => {
      await open(`/entity/china${query}`);
      const link = screen().page.locator("section.key-events").getByRole("link", { name: words });
      await link.click();
      await expect.poll(() => new URL(screen().page.url()).searchParams.get("with"), poll).toBe("china");
      expect(new URL(screen().page.url()).pathname).toBe("/timeline");
    });

    it.each([
      ["", "end unknown"],
      ["?lang=ja", "終了時期不明"],
    ])(`the memberships list%s on ${size} says that Japan's first UPU membership ended at a date its sources do not give`, async (query, words) => {
      await open(`/list/memberships${query ? `${query}&` : "?"}with=upu`);
      const rows = screen().page.getByRole("table").locator("tbody tr");
      await expect.poll(() => rows.count(), poll).toBe(2);
      // From, To: the 1877 membership's end in words, the membership running since 1948 with none.
      const ends = await rows.evaluateAll((trs) => trs.map((tr) => [tr.children[3]?.textContent, tr.children[4]?.textContent]));
      expect(ends).toEqual(query ? [["1877年6月1日", words], ["1948年6月", ""]] : [["1 Jun 1877", words], ["Jun 1948", ""]]);
    });
  }
});
