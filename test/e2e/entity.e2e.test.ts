// Entity pages for readers (issue 15 items 1 and 6): fact boxes, sentences, summarised dataset rows,
// the full list behind a tab, numbered references; Japan's page under 300 KB of JSON; screenshots of
// the Japan, China, treaty and dispute pages at desktop and phone width, in English and Japanese.
import type { Page, Response } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { seriousViolations } from "./axe.js";
import { chromiumAvailable, screenshotPath, startSession, stopSession, type Session } from "./harness.js";

const poll = { timeout: 20_000 };

/** The page model of an entity page. */
class EntityPageModel {
  /** Bytes of every entity-API answer the page fetched since `open`. */
  entityBytes = 0;
  private readonly onResponse = (r: Response) => {
    if (!r.url().includes("/api/v1/entities/")) return;
    void r.body().then((b) => (this.entityBytes += b.length), () => undefined);
  };

  constructor(
    readonly page: Page,
    readonly base: string,
  ) {}

  async open(id: string, lang: "en" | "ja", asOf?: string): Promise<void> {
    this.entityBytes = 0;
    this.page.off("response", this.onResponse);
    this.page.on("response", this.onResponse);
    await this.page.goto(`${this.base}/entity/${id}?lang=${lang}${asOf ? `&asOf=${asOf}` : ""}`);
    await this.factBox().waitFor({ timeout: 20_000 });
    await this.page.waitForLoadState("networkidle");
  }

  factBox() {
    return this.page.locator(".fact-box");
  }
  fact(term: string) {
    return this.factBox().locator(".fact-row", { has: this.page.locator("dt", { hasText: term }) }).locator("dd");
  }
  tab(name: RegExp) {
    return this.page.getByRole("tab", { name });
  }
  facts() {
    return this.page.locator(".fact");
  }
  references() {
    return this.page.locator(".references li");
  }
  /** The numbers on each fact's badges, fact by fact. */
  badgeNumbers(): Promise<string[][]> {
    return this.page.locator(".fact").evaluateAll((els) => els.map((el) => [...el.querySelectorAll(".cite")].map((b) => b.firstChild?.textContent ?? "")));
  }
}

describe.runIf(chromiumAvailable())("entity pages for readers", () => {
  let session: Session | undefined;
  let model: EntityPageModel;
  beforeAll(async () => {
    session = await startSession();
    model = new EntityPageModel(session.page, session.server.url);
  }, 240_000);
  afterAll(() => stopSession(session));

  it("loads Japan's page with under 300 KB of JSON and a fact box of leaders, relations and memberships", async () => {
    await model.open("japan", "en", "2020-01-01");
    expect(model.entityBytes).toBeGreaterThan(0);
    expect(model.entityBytes).toBeLessThan(300_000);
    await expect.poll(() => model.fact("Leaders").textContent(), poll).toContain("Shinzo Abe");
    expect(Number(await model.fact("States with diplomatic relations").textContent())).toBeGreaterThan(150);
    await expect.poll(() => model.fact("Member of").textContent(), poll).toContain("United Nations");
  });

  it.each([
    ["en", "China and Japan established diplomatic relations on 29 September 1972"],
    ["ja", "中華人民共和国と日本は1972年9月29日に外交関係を樹立した"],
  ] as const)("writes China's relations with Japan as a sentence (%s)", async (lang, sentence) => {
    await model.open("china", lang, "2020-01-01");
    await expect.poll(() => model.factBox().innerText(), poll).toContain(sentence);
  });

  it("summarises a dataset's rows in one line and lists them when asked, numbering their sources", async () => {
    await model.open("china", "en");
    // Past the first six sections, a section is folded under its heading: unfold it as a reader would.
    const folded = session!.page.locator("details.folded-section", { hasText: "militarised disputes" });
    if (await folded.count()) await folded.locator("summary").click();
    const line = session!.page.locator(".dataset-rows", { hasText: "militarised disputes" });
    await expect.poll(() => line.locator(".dataset-line").textContent(), poll).toMatch(/^\d+ militarised disputes, \d{4}–\d{4}$/);
    const facts = await model.facts().count();
    await line.getByRole("button", { name: "Show these rows" }).click();
    await expect.poll(() => model.facts().count(), poll).toBeGreaterThan(facts);
    await expect.poll(() => model.references().allTextContents(), poll).toEqual(expect.arrayContaining([expect.stringContaining("Correlates of War")]));
  });

  it("shows a treaty's dates, its standing and Japan's own dates", async () => {
    await model.open("treaty-of-san-francisco", "en", "1960-01-01");
    await expect.poll(() => model.fact("Signed").textContent(), poll).toContain("8 September 1951");
    expect(await model.fact("In force").textContent()).toContain("28 April 1952");
    expect(await model.fact("Status").textContent()).toContain("in force");
    expect(await model.fact("Japan").textContent()).toContain("Japan has been a party to");
  });

  it("says who administered and who claimed a dispute's islands on the day", async () => {
    await model.open("senkaku-islands-dispute", "en", "1960-01-01");
    await expect.poll(() => model.fact("Administered by — Senkaku Islands").textContent(), poll).toBe("United States");
    await model.open("senkaku-islands-dispute", "ja", "2020-01-01");
    await expect.poll(() => model.fact("施政国 — 尖閣諸島").textContent(), poll).toBe("日本");
  });

  it("writes dates Japanese style in Japanese, with the era date on hover", async () => {
    await model.open("treaty-of-san-francisco", "ja");
    await model.tab(/全記述/).click();
    const signed = session!.page.locator('time[datetime="1951-09-08"]').first();
    await expect.poll(() => signed.textContent(), poll).toBe("1951年9月8日");
    expect(await signed.getAttribute("title")).toBe("昭和26年9月8日");
  });

  it("pages the full statement list behind a tab", async () => {
    await model.open("japan", "en");
    await model.tab(/All statements/).click();
    await expect.poll(() => model.facts().count(), poll).toBe(100);
    await session!.page.getByRole("button", { name: "Show the next 100" }).click();
    await expect.poll(() => model.facts().count(), poll).toBe(200);
  });

  it("has no serious accessibility violation on a state page", async () => {
    await model.open("china", "ja");
    expect(await seriousViolations(session!.page)).toEqual([]);
  });

  it.each([
    [1280, 900, "desktop"],
    [390, 844, "phone"],
  ] as const)("shows every kind of entity page at %i px (%s) without raw ids, role slugs, repeated or zero badges, and takes its screenshots", async (width, height, tag) => {
    await session!.page.setViewportSize({ width, height });
    for (const id of ["japan", "china", "treaty-of-san-francisco", "senkaku-islands-dispute"]) {
      for (const lang of ["en", "ja"] as const) {
        await model.open(id, lang);
        const overflow = await session!.page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
        expect(overflow, `${id} ${lang} ${tag} scrolls sideways`).toBeLessThanOrEqual(0);
        const text = await session!.page.locator("main").innerText();
        expect(text).not.toMatch(/\bggo-[a-z]{3}-|effective-leader|prime-minister|side [AB]\b|occurred @|\(capital \(GGO\)\)/);
        for (const numbers of await model.badgeNumbers()) {
          expect(new Set(numbers).size, `${id} ${lang}: one badge per source`).toBe(numbers.length);
          expect(numbers).not.toContain("0");
        }
        expect(await model.references().first().getAttribute("value")).toBe("1");
        await session!.page.screenshot({ path: screenshotPath(`entity-${id}-${lang}-${tag}`) });
      }
    }
    await session!.page.setViewportSize({ width: 1280, height: 900 });
    expect(session!.errors).toEqual([]);
  });
});
