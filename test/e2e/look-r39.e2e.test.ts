// This session's new pages read on a phone in Japanese and at a desktop in English (READ39): the Pacific islands
// Japan held under mandate, as of 1930 and 1950. Palau's page as of 1930 said only that Palau was formed in 1994
// (国家として未成立, no leaders or agreements before then) and nothing of who held its islands that day, though the
// engine knew it (Japan, as a League of Nations mandate, from 17 December 1920) and the map said so; and the
// timeline of 1890-1912 wrote a dataset's independence date raw among Japanese words (ルクセンブルクの独立：1890-11-23?);
// the new Japan–Philippines ACSA's box counted the foreign minister among the states that signed (署名国（3）日本、
// フィリピン、茂木敏充); and the list of treaties of 1850-1912 named Japan's partner of 1887 Thailand (タイ), not Siam; the map of 1930 wrote
// サウジアラビア on the Kingdom of Hejaz and Nejd and 北イエメン on the Kingdom of Yemen.
// Each test fails on the pages as they were.
import { describe, expect, it } from "vitest";
import { chromiumAvailable } from "./harness.js";
import { DESKTOP, PHONE, poll, useScreenSession } from "./screen.js";

describe.skipIf(!chromiumAvailable())("this session's new pages, on a phone in Japanese and a desktop in English (READ39)", () => {
  const { screen } = useScreenSession(PHONE);
  const landRow = () => screen().page.locator(".fact-box .land-held .fact-row");

  it.each([
    ["/entity/palau?asOf=1930-06-01&lang=ja", PHONE, "その領域の保有国", "日本（委任統治領として）、1920年12月17日から"],
    ["/entity/palau?asOf=1950-06-01", DESKTOP, "Its land held by", "United States (as a trust territory), since 18 July 1947"],
    ["/entity/south-korea?asOf=1930-06-01&lang=ja", PHONE, "その領域の保有国", "日本（植民地として）、1910年8月29日から"],
  ])("%s says who held the land of a state not yet formed, how, and since when", async (path, viewport, term, held) => {
    await screen().open(path, viewport);
    await expect.poll(() => landRow().locator("dt").textContent(), poll).toBe(term);
    const dd = landRow().locator("dd");
    // The holder linked, then how and since when, then the statement's sources.
    expect((await dd.textContent())!.startsWith(held)).toBe(true);
    expect(await dd.getByRole("link").first().getAttribute("href")).toMatch(/^\/entity\/(japan|united-states)/);
    expect(await dd.locator("button.cite").count()).toBeGreaterThan(0);
    expect(await screen().page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth)).toBeLessThanOrEqual(0);
  });

  it("says no holder on a day the state itself exists", async () => {
    await screen().open("/entity/palau?asOf=2000-01-01&lang=ja");
    await screen().page.locator(".fact-box .facts-list").first().waitFor(poll);
    expect(await landRow().count()).toBe(0);
  });

  it("counts the states that signed the Japan–Philippines ACSA in its box, not the foreign minister who signed for Japan", async () => {
    await screen().open("/entity/japan-philippines-acsa-2026?lang=ja");
    const row = screen().page.locator(".fact-box .fact-row", { hasText: /^署名国/ });
    await expect.poll(() => row.locator("dt").textContent(), poll).toBe("署名国（2）");
    expect(await row.locator("dd").textContent()).toBe("日本、フィリピン");
    // He is still named, among the signers below.
    await expect.poll(() => screen().page.locator("li.fact", { hasText: "茂木敏充は2026年1月15日に" }).count(), poll).toBe(1);
  });

  it("names the parties of the treaties of 1850-1912 as they were called when they signed: Siam in 1887, not Thailand", async () => {
    await screen().open("/list/agreements?from=1850&to=1912&lang=ja");
    const row = screen().page.locator("tr", { has: screen().page.getByRole("link", { name: "日暹修好通商ニ関スル宣言" }) });
    await expect.poll(() => row.locator("td").nth(2).textContent(), poll).toBe("日本、シャム");
    // Still Thailand's page, and Thailand beside a treaty of today's name.
    expect(await row.getByRole("link", { name: "シャム" }).getAttribute("href")).toMatch(/^\/entity\/thailand/);
    await screen().open("/list/agreements?from=1850&to=1912", DESKTOP);
    const en = screen().page.locator("tr", { hasText: "Declaration of Amity and Commerce between Japan and Siam" });
    await expect.poll(() => en.locator("td").nth(2).textContent(), poll).toBe("Japan; Siam");
  });

  // The map of 1930 wrote サウジアラビア on the kingdom that took that name in 1932, and 北イエメン on the Kingdom of Yemen.
  it.each([
    ["/entity/saudi-arabia?asOf=1930-06-01&lang=ja", "1930年6月1日時点の名称：ヒジャーズ=ネジド王国"],
    ["/entity/saudi-arabia?asOf=1930-06-01", "Name on 1 June 1930: Kingdom of Hejaz and Nejd"],
    ["/entity/north-yemen?asOf=1930-06-01&lang=ja", "1930年6月1日時点の名称：イエメン王国"],
  ])("%s says what the kingdom was called then", async (path, line) => {
    await screen().open(path);
    await expect.poll(() => screen().page.locator(".name-on-day").textContent(), poll).toBe(line);
  });

  it("writes a dataset's uncertain date of independence as a date in Japanese on the timeline of 1890", async () => {
    await screen().open("/timeline?from=1890&to=1891&lang=ja");
    const claim = screen().page.locator("li.statement .claim", { hasText: "ルクセンブルクの独立" });
    await expect.poll(() => claim.textContent(), { ...poll, timeout: 60_000 }).toBe("ルクセンブルクの独立：1890年11月23日頃");
    // In English too, not "1890-11-23?".
    await screen().open("/timeline?from=1890&to=1891", DESKTOP);
    const en = screen().page.locator("li.statement .claim", { hasText: "independence" }).filter({ hasText: "Luxembourg" });
    await expect.poll(() => en.textContent(), { ...poll, timeout: 60_000 }).toMatch(/about 23 November 1890$/);
  }, 90_000);
});
