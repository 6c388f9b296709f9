// The explorer in a real browser (Debian's Chromium via playwright-core) against a real server on a free port.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Browser, Page } from "playwright-core";
import { chromiumAvailable, CHROMIUM, screenshotPath, startSession, stopSession, type Server, type Session } from "./harness.js";
import { seriousViolations } from "./axe.js";
import { EntityPage, MapPage, SearchBox, TimelinePage } from "./pages.js";

const inCi = process.env.CI === "true";
const available = chromiumAvailable();
if (!available && !inCi) console.warn(`explorer e2e: skipped — no Chromium at ${CHROMIUM} (apt-get install chromium fonts-noto-cjk)`);

describe.runIf(!available && inCi)("the browser tests under CI", () => {
  it("find Chromium", () => {
    expect.fail(`no Chromium at ${CHROMIUM}: CI must install it (.ci/run does: apt-get install chromium fonts-noto-cjk)`);
  });
});

const poll = { timeout: 15_000 };

describe.runIf(available)("the explorer", () => {
  let server: Server;
  let browser: Browser;
  let page: Page;

  let session: Session | undefined;
  beforeAll(async () => {
    session = await startSession();
    ({ server, browser, page } = session);
  }, 180_000);
  afterAll(() => stopSession(session));

  describe("the map", () => {
    it("colours Taiwan by its relations before and after 29 September 1972, and the slider moves the date", async () => {
      const map = new MapPage(page, server.url);
      await map.open("/?asOf=1972-09-28");
      await expect.poll(() => map.renderedAs(), poll).toBe("1972-09-28|status");
      await map.openTable();
      expect(await map.statusOf("taiwan")).toBe("diplomatic-relations");
      const before = await map.shape("158").getAttribute("fill");

      await map.slider().focus();
      await page.keyboard.press("ArrowRight");
      // The slider moves the year and keeps the day.
      await expect.poll(() => map.renderedAs(), poll).toBe("1973-09-28|status");
      expect(map.url().searchParams.get("asOf")).toBe("1973-09-28");
      await expect.poll(() => map.statusOf("taiwan"), poll).toBe("severed");
      expect(await map.shape("158").getAttribute("fill")).not.toBe(before);

      await map.hoverShape("158");
      await expect.poll(() => map.tooltip().textContent(), poll).toMatch(/Taiwan.*severed/i);
      await page.screenshot({ path: screenshotPath("map") });
    });

    it("shows the Soviet Union giving way to Russia after 26 December 1991", async () => {
      const map = new MapPage(page, server.url);
      await map.open("/?asOf=1980");
      await map.openTable();
      await expect.poll(() => map.statusOf("ussr"), poll).toBe("diplomatic-relations");
      expect(await map.statusOf("russia")).not.toBe("diplomatic-relations");
      await map.hoverShape("643");
      await expect.poll(() => map.tooltip().textContent(), poll).toContain("Soviet Union");

      await map.open("/?asOf=1992-06-01");
      await map.openTable();
      await expect.poll(() => map.statusOf("russia"), poll).toBe("diplomatic-relations");
      expect(await map.statusOf("ussr")).toBe("no-longer-existing");
      await map.hoverShape("643");
      await expect.poll(() => map.tooltip().textContent(), poll).toMatch(/^Russia/);
    });

    it("restores the view from a deep link, layer included", async () => {
      const map = new MapPage(page, server.url);
      await map.open("/?asOf=1975&layer=alliance");
      await expect.poll(() => map.renderedAs(), poll).toBe("1975-01-01|alliance");
      expect(await map.slider().inputValue()).toBe("1975");
      expect(await map.layer("Alliance").isChecked()).toBe(true);
      expect(await map.layer("UN voting agreement").isDisabled()).toBe(false);
      await expect.poll(() => map.legend().textContent(), poll).toContain("Allied with Japan");
      await map.layer("Agreements in force").check();
      await expect.poll(() => map.renderedAs(), poll).toBe("1975-01-01|agreements");
      expect(map.url().searchParams.get("layer")).toBe("agreements");
    });

    it("plays the years one after another until paused", async () => {
      const map = new MapPage(page, server.url);
      await map.open("/?asOf=1900");
      await expect.poll(() => map.renderedAs(), poll).toBe("1900-01-01|status");
      await map.play().click();
      // Two years on at least, drawn as the status map: a poll that waits for 1902 exactly missed it under load, the
      // map having drawn 1902 and moved on (it read 1931 in a whole run on 7 December 2026).
      await expect.poll(async () => { const [day = "", layer] = ((await map.renderedAs()) ?? "").split("|"); return Number(day.slice(0, 4)) >= 1902 && layer === "status"; }, poll).toBe(true);
      await map.play().click();
      expect(await map.play().getAttribute("aria-pressed")).toBe("false");
      const stopped = Number(await map.slider().inputValue());
      expect(stopped).toBeGreaterThanOrEqual(1902);
      expect(map.url().searchParams.get("asOf")).toBe(String(stopped));
    });

    it("opens a state's page from the card a click on the state pins", async () => {
      const map = new MapPage(page, server.url);
      await map.open("/?asOf=1975");
      await expect.poll(() => map.renderedAs(), poll).toBe("1975-01-01|status");
      await map.hoverShape("036");
      await page.mouse.down();
      await page.mouse.up();
      await page.locator(".map-card").getByRole("link", { name: /Australia/ }).click();
      await expect.poll(() => page.url(), poll).toContain("/entity/australia");
      await expect.poll(() => new EntityPage(page, server.url).heading().textContent(), poll).toContain("Australia");
    });
  });

  describe("search", () => {
    // The search box is in every page's header; these tests type into it on a list page. They had opened the
    // timeline, which since loads its 8,000 and more statements of 1945 to today first, none of which they read.
    const SEARCH_FROM = "/list/agreements";
    it.each([
      ["竹島", "liancourt-rocks"],
      ["Dokdo", "liancourt-rocks"],
    ])("finds %s as %s, and opens it", async (q, id) => {
      const entity = new EntityPage(page, server.url);
      await entity.open(SEARCH_FROM);
      const search = new SearchBox(page);
      await search.search(q);
      await expect.poll(() => search.resultIds(), poll).toContain(id);
      await search.results().filter({ has: page.locator(`[data-id="${id}"]`) }).or(page.locator(`.search-results a[data-id="${id}"]`)).first().click();
      await expect.poll(() => page.url(), poll).toContain(`/entity/${id}`);
    });

    it("answers an office and a year first, opens every result on Enter with filters by kind and era, and closes on Escape", async () => {
      const entity = new EntityPage(page, server.url);
      await entity.open(SEARCH_FROM);
      const search = new SearchBox(page);
      await search.search("foreign minister 1975");
      await expect.poll(() => page.locator(".search-results .search-answer").first().textContent(), poll).toMatch(/Foreign ministers of Japan, 1975/);
      await search.input().press("Escape");
      await expect.poll(() => page.locator(".search-results").isHidden(), poll).toBe(true);
      await search.search("security treaty");
      await expect.poll(() => search.resultIds(), poll).not.toEqual([]);
      await search.input().press("Enter");
      await expect.poll(() => page.url(), poll).toContain("/search?q=security+treaty");
      await page.getByLabel(/^Kind/).selectOption("agreement");
      await expect.poll(() => new URL(page.url()).searchParams.get("kind"), poll).toBe("agreement");
      await page.getByLabel(/^Era/).selectOption("cold-war");
      await expect.poll(() => page.locator(".search-hits li").count(), poll).toBeGreaterThan(0);
      const kinds = await page.locator(".search-hits .hit-kind").allTextContents();
      expect(new Set(kinds)).toEqual(new Set(["Agreement"]));
    });
  });

  describe("entity pages", () => {
    it("opens a citation's source, its locator and its page", async () => {
      const entity = new EntityPage(page, server.url);
      await entity.open("/entity/liancourt-rocks");
      await expect.poll(() => entity.heading().textContent(), poll).toContain("Liancourt Rocks");
      const cite = entity.citations().first();
      const label = await cite.getAttribute("aria-label");
      await cite.click();
      await expect.poll(() => entity.dialog().isVisible(), poll).toBe(true);
      const title = await entity.dialog().getByRole("heading").textContent();
      expect(label).toContain(title ?? "<none>");
      expect(await entity.dialog().textContent()).toMatch(/Locator/);
      await page.screenshot({ path: screenshotPath("citation") });
      await entity.dialog().getByRole("link", { name: "Everything this source supports" }).click();
      await expect.poll(() => page.url(), poll).toMatch(/\/source\//);
      await expect.poll(() => entity.heading().textContent(), poll).toBe(title);
      await page.screenshot({ path: screenshotPath("source"), fullPage: false });
    });

    it("shows a state's relationship with Japan as of a date", async () => {
      const entity = new EntityPage(page, server.url);
      await entity.open("/entity/taiwan?asOf=1960");
      await expect.poll(() => entity.relationship().getAttribute("data-status"), poll).toBe("diplomatic-relations");
      // The fact box says it as of the date the address gives, written as given (a year stays a year).
      await expect.poll(() => page.locator(".fact-box h2").textContent(), poll).toMatch(/As of 1960/);
      await page.screenshot({ path: screenshotPath("entity-state"), fullPage: true });
      await entity.open("/entity/taiwan?asOf=1973");
      await expect.poll(() => entity.relationship().getAttribute("data-status"), poll).toBe("severed");
    });

    it("shows a dispute's places on a map, and who claims them, contested", async () => {
      const entity = new EntityPage(page, server.url);
      await entity.open("/entity/takeshima-dispute");
      await expect.poll(() => entity.placesMap().getAttribute("aria-label"), poll).toContain("Liancourt Rocks");
      await expect.poll(() => page.locator(".dispute-overview .badge.contested").count(), poll).toBeGreaterThan(0);
      expect(await page.locator(".dispute-overview").textContent()).toMatch(/asserted by (Japan|South Korea)/);
      await page.screenshot({ path: screenshotPath("entity-dispute"), fullPage: true });
    });

    it("shows a rejected claim as its source's, contradicted", async () => {
      const res = await fetch(`${server.url}/api/v1/disagreements`);
      const body = (await res.json()) as { items: { kind: string; statement: { subject: { id: string } } }[] };
      const rejected = body.items.find((i) => i.kind === "rejected-claim");
      if (!rejected) return; // the data holds no rejected claim to show
      const entity = new EntityPage(page, server.url);
      await entity.open(`/entity/${rejected.statement.subject.id}`);
      await expect.poll(() => page.locator(".badge.rejected").first().textContent(), poll).toMatch(/^claimed by .+, contradicted$/);
    });
  });

  describe("the timeline", () => {
    it("filters by partner from the URL, zooms, pans by dragging, and draws the eras", async () => {
      const timeline = new TimelinePage(page, server.url);
      await timeline.open("/timeline?with=china&from=1950");
      await expect.poll(() => timeline.entries().count(), poll).toBeGreaterThan(0);
      expect(await timeline.partner().inputValue()).toBe("china");
      await expect.poll(() => timeline.eraLabels().allTextContents(), poll).toEqual(expect.arrayContaining(["Cold War", "Post-Cold War"]));
      await page.screenshot({ path: screenshotPath("timeline") });
      await timeline.zoomIn().click();
      await expect.poll(() => Number(timeline.url().searchParams.get("from")), poll).toBeGreaterThan(1950);
      const zoomedFrom = Number(timeline.url().searchParams.get("from"));
      const box = (await timeline.chart().boundingBox())!;
      await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
      await page.mouse.down();
      await page.mouse.move(box.x + box.width / 4, box.y + box.height / 2, { steps: 5 });
      await page.mouse.up();
      await expect.poll(() => Number(timeline.url().searchParams.get("from")), poll).toBeGreaterThan(zoomedFrom);
      await timeline.open("/timeline?from=1850&to=1960");
      await expect.poll(() => timeline.eraLabels().allTextContents(), poll).toEqual(expect.arrayContaining(["Sakoku", "Meiji", "War", "Occupation"]));
    });
  });

  describe("language", () => {
    it("switches names and interface to Japanese, and keeps it across views", async () => {
      const map = new MapPage(page, server.url);
      await map.open("/?asOf=1975");
      await map.languageToggle().click();
      await expect.poll(() => map.nav().textContent(), poll).toContain("地図");
      expect(map.url().searchParams.get("lang")).toBe("ja");
      expect(await page.evaluate(() => document.documentElement.lang)).toBe("ja");
      await map.nav().getByRole("link", { name: "年表" }).click();
      await expect.poll(() => map.heading().textContent(), poll).toBe("年表");
      const entity = new EntityPage(page, server.url);
      await entity.open("/entity/china?lang=ja");
      await expect.poll(() => entity.heading().textContent(), poll).toContain("中華人民共和国");
      await expect.poll(() => page.locator(".state-overview .loading").count(), poll).toBe(0);
      await page.screenshot({ path: screenshotPath("entity-ja") });
    });
  });

  describe("accessibility", () => {
    it.each([
      ["map", "/?asOf=1975", "svg.world-map[data-rendered-as-of]"],
      ["state", "/entity/china?asOf=1980", ".relationship"],
      ["dispute", "/entity/takeshima-dispute", "figure.places-map"],
      ["place", "/entity/liancourt-rocks", "figure.places-map"],
      ["agreement", "/entity/treaty-of-san-francisco", ".fact-box"],
      ["person", "/entity/shigeru-yoshida", ".fact-box"],
      ["source", "/source/seed-000", "#supports-title"],
      ["timeline", "/timeline?with=china", ".timeline-entry"],
      ["network", "/network?asOf=1975", "figure.ego-figure"],
      ["map in Japanese", "/?asOf=1975&lang=ja", "svg.world-map[data-rendered-as-of]"],
    ])("finds no serious or critical axe violation on the %s page", async (_name, path, ready) => {
      await page.goto(server.url + path);
      await page.locator(ready).first().waitFor({ state: "attached", timeout: 15_000 });
      expect(await seriousViolations(page)).toEqual([]);
    });

    it("finds none with the table, the search results and a citation open", async () => {
      const map = new MapPage(page, server.url);
      await map.open("/?asOf=1975&lang=ja");
      await expect.poll(() => map.renderedAs(), poll).toBe("1975-01-01|status");
      await map.openTable();
      const search = new SearchBox(page);
      await search.search("竹島");
      await expect.poll(() => search.resultIds(), poll).toContain("liancourt-rocks");
      expect(await seriousViolations(page)).toEqual([]);
      const entity = new EntityPage(page, server.url);
      await entity.open("/entity/liancourt-rocks?lang=ja");
      await entity.citations().first().click();
      await expect.poll(() => entity.dialog().isVisible(), poll).toBe(true);
      expect(await seriousViolations(page)).toEqual([]);
      await page.keyboard.press("Escape");
      await expect.poll(() => entity.dialog().isVisible(), poll).toBe(false);
    });

    it("lets the keyboard reach the slider and move the year", async () => {
      const map = new MapPage(page, server.url);
      await map.open("/?asOf=1950");
      await expect.poll(() => map.renderedAs(), poll).toBe("1950-01-01|status");
      for (let i = 0; i < 12 && !(await map.slider().evaluate((el) => el === document.activeElement)); i++) await page.keyboard.press("Tab");
      expect(await map.slider().evaluate((el) => el === document.activeElement)).toBe(true);
      await page.keyboard.press("ArrowLeft");
      await expect.poll(() => map.renderedAs(), poll).toBe("1949-01-01|status");
    });
  });

  describe("on a phone", () => {
    it("fits the map, the timeline and a state's page in 375 pixels", async () => {
      const phone = await browser.newContext({ viewport: { width: 375, height: 812 }, deviceScaleFactor: 2, isMobile: true, hasTouch: true });
      const small = await phone.newPage();
      try {
        for (const [name, path, ready] of [
          ["phone-map", "/?asOf=1975", "svg.world-map[data-rendered-as-of]"],
          ["phone-entity", "/entity/south-korea?asOf=2000", ".relationship"],
          ["phone-timeline", "/timeline?with=russia", ".timeline-entry"],
        ] as const) {
          await small.goto(server.url + path);
          await small.locator(ready).first().waitFor({ state: "attached", timeout: 15_000 });
          expect(await small.evaluate(() => document.documentElement.scrollWidth), name).toBeLessThanOrEqual(375);
          await small.screenshot({ path: screenshotPath(name) });
        }
      } finally {
        await phone.close();
      }
    });
  });

  it("raised no error in the page", () => {
    expect(session?.errors).toEqual([]);
  });
});
