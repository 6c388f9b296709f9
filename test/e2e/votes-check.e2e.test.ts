// The UN votes layer, the votes page and the text checker in a real browser against a real server.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Browser, Page } from "playwright-core";
import { chromiumAvailable, screenshotPath, startSession, stopSession, type Server, type Session } from "./harness.js";
import { seriousViolations } from "./axe.js";
import { CheckPage, MapPage, VotesPage } from "./pages.js";

const poll = { timeout: 15_000 };

describe.runIf(chromiumAvailable())("UN votes and the checker", () => {
  let server: Server;
  let browser: Browser;
  let page: Page;

  let session: Session | undefined;
  beforeAll(async () => {
    session = await startSession();
    ({ server, browser, page } = session);
  }, 180_000);
  afterAll(() => stopSession(session));

  describe("the votes layer of the map", () => {
    it("colours the states by agreement with Japan, differently in two years, and shows a state without votes as “no votes”", async () => {
      const map = new MapPage(page, server.url);
      await map.open("/?asOf=1960&layer=unvoting");
      await expect.poll(() => map.renderedAs(), poll).toBe("1960-01-01|unvoting");
      expect(await map.layer("UN voting agreement").isChecked()).toBe(true);
      await expect.poll(() => map.legend().textContent(), poll).toContain("Agreement with Japan's UN General Assembly votes, 1960");
      const fills = () => map.map().locator("path.country").evaluateAll((ps) => ps.map((p) => p.getAttribute("fill")));
      const in1960 = await fills();

      await map.hoverShape("840");
      await expect.poll(() => map.tooltip().textContent(), poll).toMatch(/^United States: \d+% agreement with Japan, \d+ roll calls$/);
      // The People's Republic held no UN seat in 1960: no votes, with the reason, not zero.
      await map.hoverShape("156");
      await expect.poll(() => map.tooltip().textContent(), poll).toMatch(/^China: no votes — cast no recorded vote with Japan in 1960/);
      expect(await map.fillOf("156")).toBe("url(#hatch)");
      await page.screenshot({ path: screenshotPath("votes-layer-1960") });
      // The table (for keyboards and screen readers) says the same.
      await map.openTable();
      const cell = (id: string) => page.locator(`details.relations-table tr[data-state="${id}"] td[data-agreement]`).textContent();
      await expect.poll(() => cell("china"), poll).toBe("no votes");
      expect(await cell("united-states")).toMatch(/^\d+% agreement with Japan, \d+ roll calls$/);

      await map.open("/?asOf=2000&layer=unvoting");
      await expect.poll(() => map.renderedAs(), poll).toBe("2000-01-01|unvoting");
      const in2000 = await fills();
      const changed = in1960.filter((f, i) => f !== in2000[i]).length;
      expect(changed).toBeGreaterThan(20);
      await map.hoverShape("156");
      await expect.poll(() => map.tooltip().textContent(), poll).toMatch(/^China: \d+% agreement with Japan/);
      await page.screenshot({ path: screenshotPath("votes-layer-2000") });
    });

    it("says in the legend when the year is outside the votes data, and moves into it", async () => {
      const map = new MapPage(page, server.url);
      await map.open("/?asOf=2024&layer=unvoting");
      await expect.poll(() => map.renderedAs(), poll).toBe("2024-01-01|unvoting");
      await expect.poll(() => map.legend().textContent(), poll).toContain("2024 is outside the UN votes data, which covers 1946–2020.");
      await map.hoverShape("840");
      await expect.poll(() => map.tooltip().textContent(), poll).toContain("no votes — UN votes are recorded for 1946–2020 only");
      await map.legend().getByRole("button", { name: "Show 2020" }).click();
      await expect.poll(() => map.renderedAs(), poll).toBe("2020-01-01|unvoting");
      expect(map.url().searchParams.get("asOf")).toBe("2020");
    });
  });

  describe("the votes page", () => {
    it("draws a line per chosen state, redraws it for another measure, and adds and removes states", async () => {
      const votes = new VotesPage(page, server.url);
      await votes.open("/votes");
      await expect.poll(() => votes.heading().textContent(), poll).toBe("Japan's votes in the UN General Assembly");
      await expect.poll(() => votes.lines().count(), poll).toBe(4);
      expect(await votes.chips().allTextContents()).toEqual(["United States×", "China×", "South Korea×", "Russia×"]);
      const before = await votes.linePaths();
      await page.screenshot({ path: screenshotPath("votes-page") });
      await page.locator(".votes-figure").screenshot({ path: screenshotPath("votes-chart") });

      await votes.measure("Strict agreement").check();
      await expect.poll(() => votes.chart().getAttribute("data-measure"), poll).toBe("strict");
      expect(await votes.linePaths()).not.toEqual(before);
      expect(votes.url().searchParams.get("measure")).toBe("strict");
      // The S-score runs from −1 to 1: the axis says so.
      await votes.measure("S-score").check();
      await expect.poll(() => votes.chart().getAttribute("data-measure"), poll).toBe("sScore");
      expect(await votes.chart().locator('g[data-mark="y-axis tick label"] text').allTextContents()).toEqual(expect.arrayContaining(["−1.0", "1.0"]));

      await votes.addState().fill("India");
      await votes.addResult("india").click();
      await expect.poll(() => votes.lines().count(), poll).toBe(5);
      expect(votes.url().searchParams.get("with")).toBe("united-states,china,south-korea,russia,india");
      expect(await votes.addState().isDisabled()).toBe(true);
      await votes.removeState("China").click();
      await expect.poll(() => votes.lines().count(), poll).toBe(4);
      expect(votes.url().searchParams.get("with")).toBe("united-states,south-korea,russia,india");
      // The keyboard adds a state too: Enter takes the first match.
      await votes.addState().fill("Brazil");
      await expect.poll(() => votes.addResult("brazil").count(), poll).toBe(1);
      await votes.addState().press("Enter");
      await expect.poll(() => votes.lines().count(), poll).toBe(5);
      expect(votes.url().searchParams.get("with")).toBe("united-states,south-korea,russia,india,brazil");
    });

    it("filters by issue and important votes, from the URL too", async () => {
      const votes = new VotesPage(page, server.url);
      await votes.open("/votes?with=united-states,china");
      await expect.poll(() => votes.lines().count(), poll).toBe(2);
      const all = await votes.linePaths();
      await votes.issue().selectOption("nu");
      await expect.poll(() => votes.url().searchParams.get("issue"), poll).toBe("nu");
      await expect.poll(() => votes.linePaths(), poll).not.toEqual(all);
      await votes.importantOnly().check();
      await expect.poll(() => votes.url().searchParams.get("important"), poll).toBe("true");
      await votes.open("/votes?with=united-states,china&issue=nu&important=true&measure=strict");
      expect(await votes.issue().inputValue()).toBe("nu");
      expect(await votes.importantOnly().isChecked()).toBe(true);
      expect(await votes.measure("Strict agreement").isChecked()).toBe(true);
    });

    it("shows a state without votes as no data with the API's reason", async () => {
      const votes = new VotesPage(page, server.url);
      // The Holy See is an observer, not a member: it casts no General Assembly votes.
      await votes.open("/votes?with=holy-see,united-states");
      await expect.poll(() => votes.lines().count(), poll).toBe(1);
      await expect.poll(() => votes.noData().filter({ hasText: "holy-see" }).textContent(), poll).toContain("cast no recorded UN General Assembly vote");
    });

    it("lists the most and least aligned states of a year, and the roll calls where Japan split from the US to vote with China", async () => {
      const votes = new VotesPage(page, server.url);
      await votes.open("/votes?year=2019&from=2015&to=2019");
      await expect.poll(() => votes.ranking("most").locator("tbody tr").count(), poll).toBe(10);
      expect(await votes.ranking("least").locator("tbody tr").count()).toBe(10);
      await expect.poll(() => votes.rollCalls().count(), poll).toBeGreaterThan(0);
      const first = votes.rollCalls().first();
      expect(await first.locator("time").getAttribute("datetime")).toMatch(/^201[5-9]-\d\d-\d\d$/);
      expect(await first.textContent()).toMatch(/A\/RES\/\d+\/\d+/);
      const ballots = await first.locator(".vote-list li").allTextContents();
      expect(ballots.map((b) => b.split(":")[0])).toEqual(["Japan", "United States", "China"]);
      expect(ballots[1]!.split(": ")[1]).not.toBe(ballots[0]!.split(": ")[1]);
      expect(ballots[2]!.split(": ")[1]).toBe(ballots[0]!.split(": ")[1]);
      await votes.rollCalls().first().scrollIntoViewIfNeeded();
      await page.screenshot({ path: screenshotPath("votes-divergent") });
    });
  });

  describe("checking a text", () => {
    it("marks the sample's contradicted and supported claims in place, with evidence, mentions and slant notes", async () => {
      const check = new CheckPage(page, server.url);
      await check.open("/check");
      await check.sample().click();
      expect(await check.textbox().inputValue()).toContain("Japan and China signed a peace treaty in 1972.");
      await check.check().click();
      await expect.poll(() => check.marked("contradicted").first().textContent(), poll).toBe("Japan and China signed a peace treaty in 1972.");
      expect(await check.marked("supported").count()).toBeGreaterThan(0);
      expect(await page.locator(".annotated .verdict-tag").first().getAttribute("aria-label")).toBe("Claim 1: Contradicted");

      const contradicted = check.claim("contradicted").first();
      // The date the knowledge base holds, written for a reader; how the text holds the claim; the reason.
      expect(await contradicted.textContent()).toMatch(/12 Aug(?:ust)? 1978/);
      expect(await contradicted.locator(".polarity dd").textContent()).toBe("the text asserts this");
      expect(await contradicted.textContent()).toContain("the knowledge base holds");
      expect(await contradicted.locator(".verdict").textContent()).toBe("✗ Contradicted");
      expect(await check.claim("supported").count()).toBeGreaterThan(0);
      expect(await check.mentions().allTextContents()).toEqual(expect.arrayContaining(["Japan", "China"]));
      await expect.poll(() => check.slantNotes().count(), poll).toBeGreaterThan(0);
      expect(await page.getByRole("region", { name: "How the text speaks" }).textContent()).toContain("How the text speaks, not whether it is true.");
      await page.screenshot({ path: screenshotPath("check"), fullPage: true });

      await contradicted.locator("button.cite").first().click();
      await expect.poll(() => check.dialog().isVisible(), poll).toBe(true);
      expect(await check.dialog().textContent()).toMatch(/Locator/);
      await page.keyboard.press("Escape");
      await expect.poll(() => check.dialog().isVisible(), poll).toBe(false);
    });

    // The page's own words, not the API's (written for the command line, with bytes and the HTTP status: READ38).
    it("says why an empty text and one too large were not checked", async () => {
      const check = new CheckPage(page, server.url);
      await check.open("/check");
      await check.check().click();
      await expect.poll(() => check.error().textContent(), poll).toContain("there is no text to check");
      await check.textbox().fill("x".repeat(1024 * 1024 + 10));
      await check.check().click();
      await expect.poll(() => check.error().textContent(), poll).toMatch(/the text is 1\.01 MB, and the checker takes at most 1 MB at a time/);
    });

    it("speaks Japanese, the sample included", async () => {
      const check = new CheckPage(page, server.url);
      await check.open("/check?lang=ja");
      await check.sample().click();
      await check.check().click();
      await expect.poll(() => check.marked("contradicted").first().textContent(), poll).toBe("日本と中国は1972年に平和条約に署名した。");
      expect(await check.claim("contradicted").first().locator(".verdict").textContent()).toBe("✗ 矛盾");
      // The reason and the reading in Japanese, not in English.
      expect(await check.claim("contradicted").first().locator(".polarity dd").textContent()).toBe("本文はこれを肯定している");
      expect(await check.claim("contradicted").first().textContent()).toContain("知識ベースの記録は");
      expect(await check.slantNotes().count()).toBeGreaterThan(0);
      await page.screenshot({ path: screenshotPath("check-ja") });
    });
  });

  describe("accessibility", () => {
    it.each([
      ["votes layer", "/?asOf=1975&layer=unvoting", "svg.world-map[data-rendered-as-of='1975-01-01|unvoting']"],
      ["votes page", "/votes", ".votes-chart [data-lines]"],
      ["votes page in Japanese", "/votes?lang=ja", ".votes-chart [data-lines]"],
      ["check page", "/check", "textarea"],
    ])("finds no serious or critical axe violation on the %s", async (_name, path, ready) => {
      await page.goto(server.url + path);
      await page.locator(ready).first().waitFor({ state: "attached", timeout: 15_000 });
      if (path === "/votes") await page.locator("table.divergent").waitFor({ timeout: 15_000 });
      expect(await seriousViolations(page)).toEqual([]);
    });

    it("finds none on a checked text", async () => {
      const check = new CheckPage(page, server.url);
      await check.open("/check");
      await check.sample().click();
      await check.check().click();
      await expect.poll(() => check.claims().count(), poll).toBeGreaterThan(0);
      expect(await seriousViolations(page)).toEqual([]);
    });
  });

  describe("on a phone", () => {
    it("fits the votes page and a checked text in 375 pixels", async () => {
      const phone = await browser.newContext({ viewport: { width: 375, height: 812 }, deviceScaleFactor: 2, isMobile: true, hasTouch: true });
      const small = await phone.newPage();
      try {
        await small.goto(server.url + "/votes");
        await small.locator(".votes-chart [data-lines]").waitFor({ state: "attached", timeout: 15_000 });
        await small.locator("table.divergent").waitFor({ timeout: 15_000 });
        expect(await small.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(375);
        await small.screenshot({ path: screenshotPath("phone-votes") });

        const check = new CheckPage(small, server.url);
        await check.open("/check");
        await check.sample().click();
        await check.check().click();
        await expect.poll(() => check.claims().count(), poll).toBeGreaterThan(0);
        expect(await small.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(375);
        await small.screenshot({ path: screenshotPath("phone-check"), fullPage: true });

        await small.goto(server.url + "/?asOf=1990&layer=unvoting");
        await small.locator("svg.world-map[data-rendered-as-of='1990-01-01|unvoting']").waitFor({ state: "attached", timeout: 15_000 });
        expect(await small.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(375);
        await small.screenshot({ path: screenshotPath("phone-votes-layer") });
      } finally {
        await phone.close();
      }
    });
  });

  it("raised no error in the page", () => {
    expect(session?.errors).toEqual([]);
  });
});
