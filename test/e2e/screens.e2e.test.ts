// What a stranger saw on the pages of issue 15 and what was fixed after looking (helper S1's log:
// list pages in Japanese, words kept whole in list tables on a phone, source fields labelled, locators,
// a dataset agreement's signing date). Each test fails on the page as it was.
import { describe, expect, it } from "vitest";
import { chromiumAvailable, screenshotPath } from "./harness.js";
import { DESKTOP, PHONE, poll, useScreenSession } from "./screen.js";

describe.runIf(chromiumAvailable())("pages as a stranger sees them", () => {
  const { session, screen } = useScreenSession(PHONE);
  const open = (path: string, viewport?: typeof PHONE) => screen().open(path, viewport);
  const page = () => screen().page;
  const table = () => page().locator("table.list-table");

  it("shows a Japanese list page in Japanese: heading, filters, columns, dates and standing", async () => {
    await open("/list/agreements?lang=ja");
    await expect.poll(() => page().getByRole("heading", { level: 1 }).textContent(), poll).toBe("条約・協定");
    await expect.poll(() => table().locator("thead th").allTextContents(), poll).toEqual(["条約・協定", "種別", "締約国", "署名", "発効", "終了", "現状"]);
    expect(await page().getByRole("button", { name: "適用" }).count()).toBe(1);
    const signed = await table().locator("tbody tr:first-child td:nth-child(4)").textContent();
    expect(signed).toMatch(/^\d{4}年\d{1,2}月\d{1,2}日$/);
    const text = await table().locator("tbody").innerText();
    expect(text).not.toMatch(/\b\d{4}-\d{2}-\d{2}\b|\bunknown\b|\bfriendship\b/);
    await page().screenshot({ path: screenshotPath("screens-list-ja-phone") });
  });

  it("keeps a list table's words whole on a phone and lets the table scroll instead", async () => {
    await open("/list/agreements");
    await expect.poll(() => table().locator("tbody tr").count(), poll).toBeGreaterThan(0);
    // Line boxes of each header's text: "Signed" once fell apart as S/i/g/n/e/d, one letter a line.
    const lines = await table().locator("thead th").evaluateAll((ths) =>
      ths.map((th) => {
        const range = document.createRange();
        range.selectNodeContents(th);
        return [th.textContent, new Set([...range.getClientRects()].map((r) => Math.round(r.top))).size] as const;
      }),
    );
    const oneWord = lines.filter(([name]) => !(name ?? "").includes(" "));
    expect(oneWord.map(([name]) => name)).toEqual(["Agreement", "Type", "Parties", "Signed", "Ended", "Standing"]);
    expect(oneWord.filter(([, n]) => n !== 1)).toEqual([]);
    const width = await page().evaluate(() => ({ doc: document.documentElement.scrollWidth, view: window.innerWidth }));
    expect(width.doc).toBeLessThanOrEqual(width.view);
  });

  it("labels a source's fields in the reader's language and writes its dates out", async () => {
    await open("/source/web-hankyung-mofa-welcomes-roh-visit-1990?lang=ja", DESKTOP);
    const fields = page().locator("dl.fields > div");
    await expect.poll(() => fields.count(), poll).toBeGreaterThan(2);
    const shown = await fields.evaluateAll((ds) => ds.map((d) => `${d.querySelector("dt")?.textContent}=${d.querySelector("dd")?.textContent}`));
    expect(shown).toContain("公表日=1990年5月8日");
    expect(shown).toContain("種類=ウェブページ");
  });

  it("does not read a news article's locator as a treaty article (once 第icle条)", async () => {
    await open("/entity/shinzo-abe?lang=ja");
    await expect.poll(() => page().locator(".entity-header").count(), poll).toBe(1);
    await expect.poll(() => page().locator("main").innerText(), poll).toContain("安倍晋三");
    expect(await page().locator("main").innerText()).not.toContain("icle");
  });

  it("gives a dataset agreement's signing date in its fact box, not a dash above Japan's signature", async () => {
    await open("/entity/ggo-jpn-1883a", DESKTOP);
    const row = page().locator(".facts-list .fact-row", { hasText: "Signed" }).first();
    await expect.poll(() => row.innerText(), poll).toMatch(/27 July 1883 \(GGO treaty data\)/);
    expect(session().errors).toEqual([]);
  });

  it("keeps the votes chart's axis label off the year ticks on a phone (\"Year →\" sat on 2020)", async () => {
    await open("/votes");
    const svg = page().locator("svg[role=img]").first();
    await expect.poll(() => svg.locator('[data-mark="x-axis tick label"] text').count(), poll).toBeGreaterThan(0);
    const overlaps = await svg.evaluate((el) => {
      const box = (e: Element) => e.getBoundingClientRect();
      const label = el.querySelector('[data-mark="x-axis label"] text');
      if (!label) return ["no axis label"];
      const l = box(label);
      return [...el.querySelectorAll('[data-mark="x-axis tick label"] text')]
        .filter((t) => { const r = box(t); return r.left < l.right && l.left < r.right && r.top < l.bottom && l.top < r.bottom; })
        .map((t) => t.textContent);
    });
    expect(overlaps).toEqual([]);
  });

  it("keeps a state's series chart's numbers and unit inside the chart, and the key events' dots off their years, on a Japanese phone page (was ',000' and a cut unit)", async () => {
    await open("/entity/china?lang=ja");
    const chart = page().locator(".series-chart").first();
    await expect.poll(() => chart.locator("svg text").count(), poll).toBeGreaterThan(4);
    const outside = await chart.evaluate((el) => {
      const box = el.getBoundingClientRect();
      return [...el.querySelectorAll("svg text")].filter((t) => { const r = t.getBoundingClientRect(); return r.left < box.left - 1 || r.right > box.right + 1; }).map((t) => t.textContent);
    });
    expect(outside).toEqual([]);
    expect(await chart.locator("svg text").allTextContents()).toContain("1000億");
    // LOOK32: on a phone the key events' dots covered the years under them (2000 and 2020 on South Korea's page).
    const axis = page().locator(".mini-timeline svg");
    await expect.poll(() => axis.locator(".event-dot").count(), poll).toBeGreaterThan(20);
    const covered = await axis.evaluate((svg) => {
      const dots = [...svg.querySelectorAll(".event-dot")].map((d) => d.getBoundingClientRect());
      return [...svg.querySelectorAll(".tick-label")]
        .filter((t) => { const r = t.getBoundingClientRect(); return dots.some((d) => d.left < r.right && r.left < d.right && d.top < r.bottom && r.top < d.bottom); })
        .map((t) => t.textContent);
    });
    expect(covered).toEqual([]);
  });

  it("joins a Japanese tie note with 、 not a Latin comma (施政, 領有権を主張)", async () => {
    await open("/network?lang=ja");
    await expect.poll(() => page().locator("main").innerText(), poll).toContain("領有権を主張");
    const text = await page().locator("main").innerText();
    expect(text).toContain("施政、領有権を主張");
    expect(text).not.toContain("施政, ");
  });

  it.each([
    ["/entity/east-china-sea-dispute", 0],
    ["/entity/takeshima-dispute", 1],
  ])("shows a Places section on %s only when it has a place to draw or a claim on one (%i)", async (path, want) => {
    await open(path, DESKTOP);
    await expect.poll(() => page().locator(".facts-list").count(), poll).toBeGreaterThan(0);
    await page().waitForLoadState("networkidle"); // the places are asked for after the dispute
    await expect.poll(() => page().locator(".dispute-overview").count(), poll).toBe(want);
    expect(await page().locator("main").innerText()).not.toContain("have no coordinates");
  });
});
