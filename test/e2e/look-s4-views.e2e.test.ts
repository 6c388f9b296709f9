// What a reader saw on the screenshots looked at for issue 15 (task S4), on the views other than entity
// pages (the map's pinned card, the timeline's axis, search, source pages, the cite dialog): each
// checked where it was wrong. The entity pages' are in look-s4.e2e.test.ts.
import { describe, expect, it } from "vitest";
import { chromiumAvailable } from "./harness.js";
import { MapPage } from "./pages.js";
import { DESKTOP, poll, useScreenSession } from "./screen.js";

describe.skipIf(!chromiumAvailable())("views looked at for issue 15 (S4)", () => {
  const { screen } = useScreenSession(DESKTOP);

  it("a source page cited by no entity as a whole shows no empty 'Entities that cite it 0'", async () => {
    await screen().open("/source/web-wikipedia-fukuda-doctrine");
    await expect.poll(() => screen().page.getByRole("heading", { name: /Statements this source supports/ }).count(), poll).toBe(1);
    expect(await screen().page.getByRole("heading", { name: /Entities that cite it/ }).count()).toBe(0);
    expect(await screen().main().textContent()).toContain("21 November 2026");
  });

  it("a source page cited by an entity as a whole lists it", async () => {
    await screen().open("/source/dataset-countrycode");
    await expect.poll(() => screen().page.getByRole("heading", { name: /Entities that cite it/ }).count(), poll).toBe(1);
    expect(await screen().page.getByRole("region", { name: /Entities that cite it/ }).getByRole("link").count()).toBeGreaterThan(0);
  });

  it.each([
    ["/?asOf=2020", "South Korea", "Diplomatic relations"],
    ["/?asOf=2020&lang=ja", "大韓民国", "外交関係あり"],
  ])("a pinned card on %s names the state once, in its heading", async (path, name, status) => {
    const map = new MapPage(screen().page, screen().base);
    await screen().open(path);
    await expect.poll(() => map.renderedAs(), poll).toMatch(/^2020/);
    await map.hoverShape("410");
    await screen().page.mouse.down();
    await screen().page.mouse.up();
    const card = screen().page.locator(".map-card");
    await expect.poll(() => card.locator("h2").textContent(), poll).toBe(name);
    expect(await card.locator("p").first().textContent()).toBe(status);
  });

  it.each(["/timeline?from=1972-09-20&to=1972-10-10", "/timeline?from=1972-09-20&to=1972-10-10&lang=ja", "/timeline"])("the axis of %s writes no tick label into another", async (path) => {
    await screen().open(path);
    const labels = screen().page.locator(".timeline-chart text.tick-label");
    await expect.poll(() => labels.count(), poll).toBeGreaterThan(2);
    const boxes = await labels.evaluateAll((els) => els.map((el) => el.getBoundingClientRect()).map((r) => ({ left: r.left, right: r.right })).sort((a, b) => a.left - b.left));
    const touching = boxes.slice(1).filter((b, i) => b.left < boxes[i]!.right + 2);
    expect(touching).toEqual([]);
  });

  it.each([
    ["/entity/treaty-of-san-francisco", /read on \d{1,2} [A-Z][a-z]+ \d{4}\./],
    ["/entity/treaty-of-san-francisco?lang=ja", /\d{4}年\d{1,2}月\d{1,2}日 閲覧/],
  ])("the cite dialog of %s says the day read as the page writes dates", async (path, want) => {
    await screen().open(path);
    await screen().page.locator(".page-tools button").first().click();
    const intro = screen().page.locator("dialog[open] p.muted").first();
    await expect.poll(() => intro.textContent(), poll).toMatch(want);
    expect(await intro.textContent()).not.toMatch(/\d{4}-\d{2}-\d{2}/);
  });

  it("a search with more results than the page shows says how many there are in all", async () => {
    await screen().open("/search?q=korea");
    await expect.poll(() => screen().main().locator("p.muted").first().textContent(), poll).toMatch(/^100 of \d{3} results shown/);
  });
});
