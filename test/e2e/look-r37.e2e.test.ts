// The explorer as a journalist saw it on a phone, in Japanese (session 37, READ37): a search for 竹島 listed
// 日本海 · Sea of Japan (an English name that matched nothing) and sent a source to an empty entity page;
// Taiwan's page as of 1943 never said the state was then the Republic of China; the UN votes page wrote
// "2020 (1)" and a Latin comma-separated list among Japanese words, in slanted Japanese; a place's map put
// Washington at "-77.04°E"; the Northern Territories' chart ran from year 0 in 8 px labels; and every first
// page load asked for a /favicon.ico that does not exist.
import { describe, expect, it } from "vitest";
import { seriousViolations } from "./axe.js";
import { chromiumAvailable } from "./harness.js";
import { SearchBox, VotesPage } from "./pages.js";
import { PHONE, poll, useScreenSession } from "./screen.js";

describe.skipIf(!chromiumAvailable())("the explorer on a phone, in Japanese (READ37)", () => {
  const { screen } = useScreenSession(PHONE);

  it("a search for 竹島 shows no English name the query did not match, and leads a source to its own page", async () => {
    await screen().open("/?lang=ja");
    const box = new SearchBox(screen().page);
    await box.search("竹島");
    await expect.poll(() => box.results().count(), poll).toBeGreaterThan(5);
    const hits = await box.results().evaluateAll((as) =>
      as.map((a) => ({ href: a.getAttribute("href") ?? "", kind: a.querySelector(".hit-kind")?.textContent ?? "", matched: a.querySelector(".hit-matched")?.textContent ?? "" })),
    );
    // 日本海 and 大韓民国 matched by their summaries: no " · Sea of Japan", " · South Korea" after them.
    expect(hits.map((h) => h.matched).filter((m) => /[a-z]{3,}/i.test(m))).toEqual([]);
    const sources = hits.filter((h) => h.kind === "出典");
    expect(sources.length).toBeGreaterThan(0);
    for (const s of sources) expect(s.href).toMatch(/^\/source\/[^?]+\?lang=ja$/);

    // The page of every result: a Japanese colon in its heading, and the same lines.
    await screen().open("/search?q=%E7%AB%B9%E5%B3%B6&lang=ja");
    await expect.poll(() => screen().page.locator(".search-hits li").count(), poll).toBeGreaterThan(5);
    expect(await screen().heading().textContent()).toBe("検索：竹島");
    const matched = await screen().page.locator(".search-hits .hit-matched").allTextContents();
    expect(matched.filter((m) => /[a-z]{3,}/i.test(m))).toEqual([]);
  });

  it("an entity address that names a source opens the source's page", async () => {
    await screen().open("/entity/web-wikipedia-ja-takeshima?lang=ja");
    await expect.poll(() => screen().url().pathname, poll).toBe("/source/web-wikipedia-ja-takeshima");
    expect(screen().url().searchParams.get("lang")).toBe("ja");
    await expect.poll(() => screen().heading().textContent(), poll).toBe("竹島 (島根県)");
  });

  it.each([
    ["/entity/taiwan?asOf=1943-01-01&lang=ja", "1943年1月1日時点の名称：中華民国"],
    ["/entity/taiwan?asOf=1943-01-01", "Name on 1 January 1943: Republic of China"],
    ["/entity/myanmar?asOf=1960-06-01&lang=ja", "1960年6月1日時点の名称：ビルマ"],
  ])("%s says what the state was called on that day", async (path, line) => {
    await screen().open(path);
    await expect.poll(() => screen().page.locator(".name-on-day").textContent(), poll).toBe(line);
  });

  it("a state's page without a date, or on a day its name held, adds no name of another time", async () => {
    // 1980: DATA29 dated the names Republic of China / 中華民国 to 1972-09-29 (they had ended in 1949, when READ37
    // chose 1960 here), so 1960 now has a name of another time; a day after 1972 is the day today's name held.
    for (const path of ["/entity/taiwan?lang=ja", "/entity/taiwan?asOf=1980-01-01&lang=ja"]) {
      await screen().open(path);
      await screen().page.locator(".fact-box").waitFor(poll);
      expect(await screen().page.locator(".name-on-day").count()).toBe(0);
    }
  });

  it("the UN votes page writes its years left out and its chart's states in Japanese, set upright", async () => {
    const votes = new VotesPage(screen().page, screen().base);
    await votes.open("/votes?lang=ja");
    await expect.poll(() => votes.noData().first().textContent(), poll).toMatch(/：2020年（\d+件）$/);
    expect(await votes.noData().first().evaluate((el) => getComputedStyle(el).fontStyle)).toBe("normal");
    expect(await screen().page.locator("#votes-chart-caption").textContent()).toBe("日本とアメリカ合衆国、中華人民共和国、大韓民国、ロシアの投票の一致度（年別）");
    expect(await seriousViolations(screen().page)).toEqual([]);

    // English keeps its own forms, in italics.
    await votes.open("/votes");
    await expect.poll(() => votes.noData().first().textContent(), poll).toMatch(/: 2020 \(\d+\)$/);
    expect(await votes.noData().first().evaluate((el) => getComputedStyle(el).fontStyle)).toBe("italic");
  });

  it.each([
    ["/entity/washington-dc", "Washington, D.C. (38.90°N, 77.04°W)"],
    ["/entity/washington-dc?lang=ja", "ワシントンD.C.（北緯38.90度、西経77.04度）"],
    ["/entity/takeshima-dispute?lang=ja", "竹島（北緯37.24度、東経131.86度）"],
  ])("%s captions its map with the hemispheres, in the page's language", async (path, caption) => {
    await screen().open(path);
    const figure = screen().page.locator(".places-map");
    await expect.poll(() => figure.locator("figcaption").textContent(), poll).toBe(caption);
    expect(await figure.getByRole("img").getAttribute("aria-label")).toBe(caption);
  });

  it("a dispute's chart of who held and claimed the islands starts at its first date and keeps its labels legible on a phone", async () => {
    await screen().open("/entity/kuril-islands-dispute?lang=ja");
    const chart = screen().page.locator("svg.administration-chart, .administration-chart svg");
    await chart.waitFor(poll);
    // Japan's administration of Etorofu is open at its start ("../1945"): the axis had begun at year 0.
    const ticks = (await chart.locator(".tick-label").allTextContents()).map(Number);
    expect(ticks[0]).toBeGreaterThanOrEqual(1850);
    // The labels as drawn: 11 px in CSS, scaled by the drawing's fit to its box (they were 8 px).
    const px = await chart.evaluate((svg: SVGSVGElement) => {
      const scale = svg.getBoundingClientRect().width / svg.viewBox.baseVal.width;
      return Math.min(...[...svg.querySelectorAll(".bar-label")].map((t) => parseFloat(getComputedStyle(t).fontSize) * scale));
    });
    expect(px).toBeGreaterThanOrEqual(10.5);
    expect(await screen().page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth)).toBeLessThanOrEqual(0);
  });

  it("every page declares its icon inline, so a browser asks for no /favicon.ico (a 404 on every first visit)", async () => {
    await screen().open("/entity/china?lang=ja");
    await screen().heading().waitFor(poll);
    const link = screen().page.locator('head link[rel="icon"]');
    expect(await link.count()).toBe(1);
    const icon = await link.getAttribute("href");
    expect(icon).toMatch(/^data:image\/svg\+xml,/);
    // The icon is an image the browser can draw (a broken one would send it back to /favicon.ico).
    const drawn = await screen().page.evaluate(async (src) => {
      const img = new Image();
      img.src = src;
      await img.decode();
      return img.naturalWidth > 0;
    }, icon!);
    expect(drawn).toBe(true);
  });
});
