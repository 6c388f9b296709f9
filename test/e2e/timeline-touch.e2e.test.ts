// The timeline's annotated key events and two-finger pinch on the timeline and the map (issue 15
// items 2 and 3): labels visible, in the reader's language, apart and inside the chart at desktop and
// phone widths; a synthetic pinch (CDP touch events in a touch context) zooms both drawings.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { BrowserContext, Locator, Page } from "playwright-core";
import { pinchOut } from "./gestures.js";
import { chromiumAvailable, screenshotPath, startSession, stopSession, type Session } from "./harness.js";

const poll = { timeout: 20_000 };

interface Rect {
  x: number;
  y: number;
  width: number;
  height: number;
}

/** The timeline as this file uses it: its chart, its key-event labels and the span it shows. */
class TouchTimeline {
  constructor(readonly page: Page, readonly base: string) {}
  async open(query = ""): Promise<void> {
    await this.page.goto(`${this.base}/timeline${query}`);
    await expect.poll(() => this.labels().count(), poll).toBeGreaterThan(0);
    // The labels weigh the items in hand: read them once every request the view made is answered.
    await this.page.locator('.timeline-page[aria-busy="false"]').waitFor({ timeout: 60_000 });
  }
  chart(): Locator {
    return this.page.locator(".timeline-chart svg");
  }
  labels(): Locator {
    return this.page.locator(".timeline-chart .annotation-label");
  }
  async texts(): Promise<string[]> {
    return this.labels().allTextContents();
  }
  async boxes(): Promise<Rect[]> {
    return this.labels().evaluateAll((els) => els.map((e) => e.getBoundingClientRect().toJSON() as Rect));
  }
  async chartBox(): Promise<Rect> {
    return this.chart().evaluate((e) => e.getBoundingClientRect().toJSON() as Rect);
  }
  /** The years shown, from the chart's first and last dates ("1945", "1972-09", "1972-09-29"). */
  async span(): Promise<number> {
    const year = (d: string | null) => Number(d!.slice(0, 4)) + (d!.length >= 7 ? (Number(d!.slice(5, 7)) - 1) / 12 : 0);
    return year(await this.chart().getAttribute("data-to")) - year(await this.chart().getAttribute("data-from"));
  }
}

/** The map as this file uses it: its drawing and the part of the world it shows. */
class TouchMap {
  constructor(readonly page: Page, readonly base: string) {}
  async open(): Promise<void> {
    await this.page.goto(`${this.base}/`);
    await expect.poll(() => this.map().getAttribute("data-rendered-as-of"), poll).not.toBeNull();
  }
  map(): Locator {
    return this.page.locator("svg.world-map");
  }
  async width(): Promise<number> {
    return Number((await this.map().getAttribute("viewBox"))!.split(" ")[2]);
  }
}

function overlaps(a: Rect, b: Rect): boolean {
  return a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;
}

async function expectApartAndInside(timeline: TouchTimeline): Promise<void> {
  const boxes = await timeline.boxes();
  const chart = await timeline.chartBox();
  for (const [i, a] of boxes.entries()) {
    expect(a.x).toBeGreaterThanOrEqual(chart.x - 0.5);
    expect(a.x + a.width).toBeLessThanOrEqual(chart.x + chart.width + 0.5);
    for (const b of boxes.slice(i + 1)) expect(overlaps(a, b), JSON.stringify([a, b])).toBe(false);
  }
}

describe.runIf(chromiumAvailable())("the timeline's key events and pinch zoom", { timeout: 60_000 }, () => {
  let session: Session | undefined;
  let phone: BrowserContext;

  beforeAll(async () => {
    session = await startSession();
    phone = await session.browser.newContext({ viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true });
  }, 120_000);
  afterAll(async () => {
    await phone?.close();
    await stopSession(session);
  });

  it("labels the key events of 1945 to today, apart and inside the chart, in English and in Japanese on a desktop", async () => {
    const timeline = new TouchTimeline(session!.page, session!.server.url);
    await timeline.open();
    const en = await timeline.texts();
    expect(en.length).toBeGreaterThanOrEqual(3);
    expect(en.join(" ")).toMatch(/Treaty of Peace/);
    await expectApartAndInside(timeline);
    await session!.page.screenshot({ path: screenshotPath("timeline-touch-1280-en") });
    expect(await session!.page.getByText(/pinch with two fingers/).isVisible()).toBe(false);
    await timeline.open("?lang=ja");
    const ja = await timeline.texts();
    expect(ja.every((t) => /[\u3040-\u30ff\u4e00-\u9fff]/.test(t))).toBe(true);
    expect(ja.join(" ")).toMatch(/平和条約/);
    await expectApartAndInside(timeline);
    await session!.page.screenshot({ path: screenshotPath("timeline-touch-1280-ja") });
    // A label is a link to the entity it names.
    await timeline.labels().filter({ hasText: /平和条約/ }).first().click();
    await expect.poll(() => new URL(session!.page.url()).pathname, poll).toMatch(/^\/entity\/treaty-of-/);
  });

  it("shows fewer labels on a 390 px phone, still apart and inside, and a pinch there zooms the timeline in", async () => {
    const page = await phone.newPage();
    const timeline = new TouchTimeline(page, session!.server.url);
    await timeline.open("?lang=ja");
    await expectApartAndInside(timeline);
    await page.screenshot({ path: screenshotPath("timeline-touch-390-ja") });
    await timeline.open();
    const labels = await timeline.labels().count();
    expect(labels).toBeLessThan(4);
    await expectApartAndInside(timeline);
    await page.screenshot({ path: screenshotPath("timeline-touch-390-en") });
    await expect.poll(() => page.getByText(/pinch with two fingers/).isVisible(), poll).toBe(true);
    const before = await timeline.span();
    await pinchOut(page, timeline.chart(), 120);
    await expect.poll(() => timeline.span(), poll).toBeLessThan(before / 2);
    await page.close();
  });

  it("zooms the map in when two fingers spread on it", async () => {
    const page = await phone.newPage();
    const map = new TouchMap(page, session!.server.url);
    await map.open();
    const before = await map.width();
    await pinchOut(page, map.map(), 120);
    await expect.poll(() => map.width(), poll).toBeLessThan(before / 2);
    await page.screenshot({ path: screenshotPath("map-touch-390-pinched") });
    await page.close();
  });
});
