// The network view in a real browser (issue 15 item 4): Japan's partners grouped by tie and labelled,
// on a desktop and a 390 px phone, in English and Japanese.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Page } from "playwright-core";
import { chromiumAvailable, screenshotPath, startSession, stopSession, type Session } from "./harness.js";
import { seriousViolations } from "./axe.js";
import { NetworkView } from "./network-page.js";

const poll = { timeout: 15_000 };

/** Each figure label's box, and whether it lies inside the drawing. */
async function labelBoxes(page: Page): Promise<{ text: string; x: number; y: number; w: number; h: number; inside: boolean }[]> {
  return page.locator("figure.ego-figure svg").evaluate((svg: SVGSVGElement) => {
    const view = svg.viewBox.baseVal;
    return [...svg.querySelectorAll<SVGTextElement>("text")].map((t) => {
      const b = t.getBBox();
      return { text: t.textContent ?? "", x: b.x, y: b.y, w: b.width, h: b.height, inside: b.x >= 0 && b.y >= 0 && b.x + b.width <= view.width && b.y + b.height <= view.height };
    });
  });
}

const overlapping = (boxes: Awaited<ReturnType<typeof labelBoxes>>) =>
  boxes.flatMap((a, i) => boxes.slice(i + 1).filter((b) => a.x < b.x + b.w - 0.5 && b.x < a.x + a.w - 0.5 && a.y < b.y + b.h - 0.5 && b.y < a.y + a.h - 0.5).map((b) => `${a.text} / ${b.text}`));

describe.runIf(chromiumAvailable())("the network view", () => {
  let session: Session | undefined;
  beforeAll(async () => {
    session = await startSession();
  }, 240_000);
  afterAll(() => stopSession(session));

  describe("on a desktop", () => {
    it.each([
      ["en", "Allies", "United States", "Territorial disputes", ["South Korea", "China", "Russia"]],
      ["ja", "同盟国", "アメリカ合衆国", "領土問題", ["大韓民国", "中華人民共和国", "ロシア"]],
    ])("groups Japan's partners by tie in %s, every one labelled, no label clipped or covering another", async (lang, allies, usa, disputes, rivals) => {
      const view = new NetworkView(session!.page, session!.server.url);
      await view.open(`/network?asOf=2026-06-01${lang === "ja" ? "&lang=ja" : ""}`);
      // The first graph a fresh server computes builds its as-of world: allow it longer.
      await expect.poll(() => view.names(new RegExp(`^${allies}`)), { timeout: 30_000 }).toEqual([usa]);
      expect((await view.names(new RegExp(`^${disputes}`))).sort()).toEqual([...rivals].sort());
      await expect.poll(() => view.figureLabels().count(), poll).toBeGreaterThan(20);
      const boxes = await labelBoxes(session!.page);
      expect(boxes.filter((b) => b.text.trim() === "" || !b.inside)).toEqual([]);
      expect(overlapping(boxes)).toEqual([]);
      expect(await view.figureLabels().first().textContent()).toBe(usa);
      await session!.page.screenshot({ path: screenshotPath(`network-desktop-${lang}`), fullPage: true });
      expect(await seriousViolations(session!.page)).toEqual([]);
    });

    it("keeps a full date from the date field and redraws Japan's ties as of that day", async () => {
      const view = new NetworkView(session!.page, session!.server.url);
      await view.open("/network?asOf=2026-06-01");
      await expect.poll(() => view.names(/^Allies/), poll).toEqual(["United States"]);
      await view.showDate("1943-06-01");
      await expect.poll(() => view.url().searchParams.get("asOf"), poll).toBe("1943-06-01");
      await expect.poll(() => view.heading().textContent(), poll).toContain("1 Jun 1943");
      await expect.poll(() => view.names(/^At war with Japan/), poll).toContain("United States");
      expect(await view.names(/^Allies/)).toEqual(expect.arrayContaining(["Germany", "Italy", "Thailand"]));
      expect(await view.dateField().inputValue()).toBe("1943-06-01");
      expect(overlapping(await labelBoxes(session!.page))).toEqual([]);
      await session!.page.screenshot({ path: screenshotPath("network-desktop-1943") });
    });

    it("names the few states Japan had relations with before the opening, and no club from the future", async () => {
      const view = new NetworkView(session!.page, session!.server.url);
      await view.open("/network?asOf=1850-01-01");
      await expect.poll(async () => (await view.names(/^Diplomatic relations/)).sort(), poll).toEqual(["Joseon", "Ryukyu Kingdom"]);
      expect(await view.figureLabels().allTextContents()).toEqual(expect.arrayContaining(["Joseon", "Ryukyu Kingdom"]));
      expect(await view.group(/^Memberships/).count()).toBe(0);
      // Their relations have no recorded beginning: no "since 1" from the open start's stand-in day.
      expect(await view.group(/^Diplomatic relations/).textContent()).not.toMatch(/since/);
      await session!.page.screenshot({ path: screenshotPath("network-desktop-1850") });
    });

    it("opens a partner's page from the figure, as of the same day", async () => {
      const view = new NetworkView(session!.page, session!.server.url);
      await view.open("/network?asOf=1975-01-01");
      await view.figure().getByRole("link", { name: /^South Korea/ }).first().click();
      await expect.poll(() => view.url().pathname, poll).toBe("/entity/south-korea");
      expect(view.url().searchParams.get("asOf")).toBe("1975-01-01");
    });

    it("keeps every tie in the table, with the tie named in the reader's language", async () => {
      const view = new NetworkView(session!.page, session!.server.url);
      await view.open("/network?asOf=2026-06-01&lang=ja");
      await view.tiesTable().locator("summary").click();
      await expect.poll(() => view.tiesTable().locator("tbody tr").count(), poll).toBeGreaterThan(300);
      expect(await view.tiesTable().locator("tbody td:nth-child(2)").allTextContents()).toContain("同盟");
      expect(session!.errors).toEqual([]);
    });
  });

  describe("on a 390 px phone", () => {
    it.each([
      ["en", /^Agreements in force with Japan, top 20/, "Australia"],
      ["ja", /^日本との発効中の協定数 上位20/, "オーストラリア"],
    ])("lists the partners by group in %s, agreements as ranked bars, with nothing wider than the screen", async (lang, top, first) => {
      const context = await session!.browser.newContext({ viewport: { width: 390, height: 844 }, deviceScaleFactor: 1, isMobile: true, hasTouch: true });
      try {
        const page = await context.newPage();
        const view = new NetworkView(page, session!.server.url);
        await view.open(`/network?asOf=2026-06-01${lang === "ja" ? "&lang=ja" : ""}`);
        await expect.poll(async () => (await view.names(top)).length, poll).toBe(20);
        expect((await view.names(top))[0]).toBe(first);
        expect(await view.figure().isVisible()).toBe(false);
        expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
        await page.screenshot({ path: screenshotPath(`network-phone-${lang}`), fullPage: true });
        await page.screenshot({ path: screenshotPath(`network-phone-${lang}-top`) });
        // axe once on the phone (English): the Japanese strings are checked on the desktop.
        if (lang === "en") expect(await seriousViolations(page)).toEqual([]);
      } finally {
        await context.close();
      }
    });
  });
});
