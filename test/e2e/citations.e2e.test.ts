// Citations that help (issue 15 item 6): badges numbered in reading order with a reference list in
// the same numbers; a preview of the reference on hover, keyboard focus, click or tap, kept inside
// the viewport and off its badge at 1280 px and 390 px; axe with a preview open; screenshots of every
// page type that shows badges (entity pages, the timeline, the checker's report) in EN and JA.
import type { BrowserContext, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { seriousViolations } from "./axe.js";
import { CitationsPage, overlaps } from "./citations-page.js";
import { chromiumAvailable, screenshotPath, startSession, stopSession, type Session } from "./harness.js";

const poll = { timeout: 10_000 };

/** Numbers as a reader meets them: each new source the next number, a source met again its old one. */
function readingOrderProblems(badges: { n: number; source: string }[]): string[] {
  const seen = new Map<string, number>();
  const problems: string[] = [];
  for (const [i, b] of badges.entries()) {
    const want = seen.get(b.source) ?? seen.size + 1;
    if (b.n !== want) problems.push(`badge ${i} (${b.source}) reads ${b.n}, wanted ${want}`);
    seen.set(b.source, want);
  }
  return problems;
}

const firstOfEach = (badges: { n: number; source: string }[]) => [...new Map(badges.map((b) => [b.source, b.n])).entries()].map(([source, n]) => ({ n, source }));

describe.runIf(chromiumAvailable())("citations that help", () => {
  let session: Session | undefined;
  let cites: CitationsPage;
  let phone: BrowserContext | undefined;
  let phonePage: Page;
  beforeAll(async () => {
    session = await startSession();
    cites = new CitationsPage(session.page, session.server.url);
    phone = await session.browser.newContext({ viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true });
    phonePage = await phone.newPage();
  }, 240_000);
  afterAll(async () => {
    await phone?.close();
    await stopSession(session);
  });

  describe("numbers", () => {
    it("numbers Japan's badges as a reader meets them and lists the references under the same numbers", async () => {
      await cites.openEntity("japan", "en");
      const badges = await cites.badgeOrder();
      expect(badges.length).toBeGreaterThan(20);
      expect(badges.slice(0, 3).map((b) => b.n)).toEqual([1, 2, 3]);
      expect(readingOrderProblems(badges)).toEqual([]);
      expect(await cites.referenceOrder()).toEqual(firstOfEach(badges));
    });

    it("gives the same numbers on a second visit, and keeps the numbers above a list the reader opens", async () => {
      const first = await cites.badgeOrder();
      await cites.openEntity("japan", "en");
      expect(await cites.badgeOrder()).toEqual(first);
      const section = session!.page.getByRole("region", { name: "diplomatic relations", exact: true });
      const before = await section.locator("button.cite").count();
      const above = first.slice(0, await section.evaluate((s) => [...document.querySelectorAll("button.cite")].findIndex((b) => s.contains(b))));
      await section.getByRole("button", { name: /^Show all/ }).click();
      await expect.poll(() => section.locator("button.cite").count(), poll).toBeGreaterThan(before);
      const after = await cites.badgeOrder();
      expect(after.slice(0, above.length)).toEqual(above);
      expect(readingOrderProblems(after)).toEqual([]);
      await expect.poll(() => cites.referenceOrder(), poll).toEqual(firstOfEach(after));
    });

    it.each([
      ["the timeline", (lang: "en" | "ja") => cites.openTimeline(lang)],
      ["the checker's report", (lang: "en" | "ja") => cites.openCheck(lang)],
    ] as const)("numbers the badges of %s in reading order too: one source, one number", async (_, open) => {
      await open("en");
      expect(readingOrderProblems(await cites.badgeOrder())).toEqual([]);
    });
  });

  describe("the preview", () => {
    it("shows a badge's reference on hover beside the badge, as the reference list has it, and hides it when the mouse leaves", async () => {
      await cites.openEntity("china", "en");
      const badge = await cites.openPreview(2, "hover");
      const source = await badge.getAttribute("data-source");
      const listed = session!.page.locator(`li[id="ref-${source}"]`);
      const title = await listed.getByRole("link").first().textContent();
      await expect.poll(() => cites.preview().getByRole("heading").textContent(), poll).toBe(title);
      const publisher = await listed.locator(".publisher").textContent().catch(() => null);
      if (publisher) expect(await cites.preview().textContent()).toContain(publisher.replace(/\.\s*$/, ""));
      expect(await cites.preview().textContent()).toMatch(/Locator: /);
      await expect.poll(() => cites.preview().getByRole("link", { name: "Everything this source supports" }).count(), poll).toBe(1);
      const { card, badge: box, inside } = await cites.geometry(badge);
      expect(inside).toBe(true);
      expect(overlaps(card, box)).toBe(false);
      expect(await badge.getAttribute("aria-expanded")).toBe("true");
      expect(await badge.getAttribute("aria-controls")).toBe(await cites.preview().getAttribute("id"));
      await session!.page.mouse.move(5, 5);
      await expect.poll(() => cites.preview().count(), poll).toBe(0);
      expect(await badge.getAttribute("aria-expanded")).toBe("false");
    });

    it("stays open once clicked, as the mouse moves away, and closes on a second click", async () => {
      const badge = await cites.openPreview(2, "click");
      await session!.page.mouse.move(5, 5);
      await expect.poll(() => badge.getAttribute("aria-expanded"), poll).toBe("true");
      await badge.click();
      await expect.poll(() => cites.preview().count(), poll).toBe(0);
    });

    it("opens on keyboard focus, lets Tab reach its links, and closes on Escape with focus back on the badge", async () => {
      const page = session!.page;
      await cites.openEntity("treaty-of-san-francisco", "en");
      await page.locator("#entity-title").click();
      await cites.badges().first().focus();
      await page.keyboard.press("Shift+Tab");
      await page.keyboard.press("Tab");
      const badge = cites.badges().first();
      await expect.poll(() => badge.getAttribute("aria-expanded"), poll).toBe("true");
      await page.keyboard.press("Tab");
      expect(await page.evaluate(() => document.activeElement?.closest('[role="dialog"]') !== null)).toBe(true);
      await page.keyboard.press("Escape");
      await expect.poll(() => cites.preview().count(), poll).toBe(0);
      expect(await badge.evaluate((b) => b === document.activeElement)).toBe(true);
    });

    it("finds no serious or critical accessibility issue with a preview open", async () => {
      await cites.openEntity("senkaku-islands-dispute", "ja");
      await cites.openPreview(1, "click");
      expect(await seriousViolations(session!.page)).toEqual([]);
    });

    it("opens on a tap inside a 390 px screen and off the badge; a second tap closes it, and so does a tap elsewhere", async () => {
      const onPhone = new CitationsPage(phonePage, session!.server.url);
      await onPhone.openEntity("senkaku-islands-dispute", "en");
      const count = Math.min(await onPhone.badges().count(), 8);
      for (let i = 0; i < count; i++) {
        const badge = await onPhone.openPreview(i, "tap");
        const { card, badge: box, inside } = await onPhone.geometry(badge);
        expect(inside, `badge ${i}: card inside the screen`).toBe(true);
        expect(overlaps(card, box), `badge ${i}: card off its badge`).toBe(false);
        if (i % 2 === 0) await badge.tap();
        else await phonePage.locator("#entity-title").tap();
        await expect.poll(() => onPhone.preview().count(), poll).toBe(0);
      }
    });
  });

  describe("screenshots", () => {
    const pages = [
      ["japan", (c: CitationsPage, lang: "en" | "ja") => c.openEntity("japan", lang)],
      ["china", (c: CitationsPage, lang: "en" | "ja") => c.openEntity("china", lang)],
      ["treaty-of-san-francisco", (c: CitationsPage, lang: "en" | "ja") => c.openEntity("treaty-of-san-francisco", lang)],
      ["senkaku-islands-dispute", (c: CitationsPage, lang: "en" | "ja") => c.openEntity("senkaku-islands-dispute", lang)],
      ["timeline", (c: CitationsPage, lang: "en" | "ja") => c.openTimeline(lang)],
      ["check", (c: CitationsPage, lang: "en" | "ja") => c.openCheck(lang)],
    ] as const;
    it.each(["desktop", "phone"] as const)("keeps a preview inside the screen and off its badge on every page type (%s; EN and JA alternate by page), and takes its screenshots", async (size) => {
      const page = size === "desktop" ? session!.page : phonePage;
      const c = new CitationsPage(page, session!.server.url);
      // Each page type in one language per size, the other language at the other size (every page
      // type, size and language is covered, at half the page loads); GAIKO_ALL_SCREENSHOTS=1 takes all.
      for (const [i, [name, open]] of pages.entries()) {
        const langs = process.env.GAIKO_ALL_SCREENSHOTS ? (["en", "ja"] as const) : ([(i + (size === "phone" ? 1 : 0)) % 2 ? "ja" : "en"] as const);
        for (const lang of langs) {
          await open(c, lang);
          const badge = await c.openPreview(1, size === "desktop" ? "hover" : "tap");
          const { card, badge: box, inside } = await c.geometry(badge);
          expect(inside, `${name} ${lang} ${size}: inside`).toBe(true);
          expect(overlaps(card, box), `${name} ${lang} ${size}: off the badge`).toBe(false);
          expect(readingOrderProblems(await c.badgeOrder()), `${name} ${lang} ${size}: reading order`).toEqual([]);
          await page.screenshot({ path: screenshotPath(`citations-${name}-${size}-${lang}`) });
        }
      }
      expect(session!.errors).toEqual([]);
    }, 300_000);
  });
});
