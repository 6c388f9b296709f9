// The timeline's marks as a reader sees them (issue 15 item 2): painted on a canvas over the chart (so a
// zoom step does not repaint thousands of SVG circles), in the legend's colours, sharp at the screen's
// pixel density; the mark under the mouse says its date and statement, a click or a tap pins its card.
// What is found on the canvas is checked against the chart's own axis: a mark dated D sits at D's x.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { BrowserContext, Locator, Page } from "playwright-core";
import { decimalYear } from "../../web/src/time/dates.js";
import { chromiumAvailable, startSession, stopSession, type Session } from "./harness.js";

const poll = { timeout: 20_000 };
const MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];

/** A lone mark found in the canvas's pixels: its centre on the page and its colour there. */
interface Spot {
  x: number;
  y: number;
  rgb: [number, number, number];
}

class MarksView {
  constructor(readonly page: Page, readonly base: string) {}
  async open(query: string): Promise<void> {
    await this.page.goto(`${this.base}/timeline${query}`);
    await expect.poll(() => this.page.locator(".timeline-entry").count(), { timeout: 60_000 }).toBeGreaterThan(0);
    // Every request the view made answered (its years arrive request by request, each drawn as it comes).
    await this.page.locator('.timeline-page[aria-busy="false"]').waitFor({ timeout: 60_000 });
  }
  canvas(): Locator {
    return this.page.locator(".timeline-chart canvas.timeline-marks");
  }
  tooltip(): Locator {
    return this.page.locator(".timeline-chart .mark-tip");
  }
  card(): Locator {
    return this.page.locator(".timeline-chart .mark-card");
  }
  /** The legend's mark colours, as the page's CSS gives them ("rgb(r, g, b)"). */
  legendColours(): Promise<string[]> {
    return this.page.locator(".timeline-legend circle").evaluateAll((cs) => cs.map((c) => getComputedStyle(c).fill));
  }
  /** Where the axis puts a decimal year on the page: a line through the year ticks ("1950", "1960"). */
  async axis(): Promise<(year: number) => number> {
    const ticks = await this.page.locator(".timeline-chart svg > g:has(.tick-line)").evaluateAll((gs) =>
      gs.map((g) => ({ x: g.querySelector(".tick-line")!.getBoundingClientRect().x, label: g.querySelector(".tick-label")?.textContent ?? "" })),
    );
    const years = ticks.filter((t) => /^\d{4}$/.test(t.label)).map((t) => ({ x: t.x, year: Number(t.label) }));
    expect(years.length).toBeGreaterThanOrEqual(2);
    const [a, b] = [years[0]!, years.at(-1)!];
    return (year) => a.x + ((year - a.year) / (b.year - a.year)) * (b.x - a.x);
  }
  /**
   * The marks that stand alone on the canvas (a patch of painted pixels no wider than one circle),
   * found in its pixels: no DOM element says where a mark is.
   */
  loneMarks(): Promise<Spot[]> {
    return this.canvas().evaluate((el) => {
      const canvas = el as HTMLCanvasElement;
      const { width, height } = canvas;
      const data = canvas.getContext("2d")!.getImageData(0, 0, width, height).data;
      const seen = new Uint8Array(width * height);
      const rect = canvas.getBoundingClientRect();
      const scale = rect.width / width;
      const spots: Spot[] = [];
      for (let start = 0; start < width * height; start++) {
        if (seen[start] || data[start * 4 + 3] === 0) continue;
        // One patch of touching painted pixels, and its bounds.
        const stack = [start];
        seen[start] = 1;
        let [x0, x1, y0, y1] = [width, 0, height, 0];
        while (stack.length > 0) {
          const i = stack.pop()!;
          const x = i % width;
          const y = (i - x) / width;
          [x0, x1, y0, y1] = [Math.min(x0, x), Math.max(x1, x), Math.min(y0, y), Math.max(y1, y)];
          for (const j of [i - 1, i + 1, i - width, i + width]) {
            if (j < 0 || j >= width * height || seen[j] || data[j * 4 + 3] === 0 || Math.abs((j % width) - x) > 1) continue;
            seen[j] = 1;
            stack.push(j);
          }
        }
        // One circle of radius 4 css px: at most 10 css px across, at this density.
        if ((x1 - x0 + 1) * scale > 10 || (y1 - y0 + 1) * scale > 10) continue;
        const cx = Math.round((x0 + x1) / 2);
        const cy = Math.round((y0 + y1) / 2);
        const at = (cy * width + cx) * 4;
        spots.push({ x: rect.left + (cx + 0.5) * scale, y: rect.top + (cy + 0.5) * scale, rgb: [data[at]!, data[at + 1]!, data[at + 2]!] });
      }
      return spots;
    });
  }
}

/** The decimal year of a tooltip's date ("29 Sep 1972 · …", "Sep 1972 · …", "1972 · …"). */
function tooltipYear(text: string): number {
  const m = /^(?:(\d{1,2}) )?(?:([A-Z][a-z]{2}) )?(\d{4}) · /.exec(text);
  expect(m, text).not.toBeNull();
  const month = m![2] ? String(MONTHS.indexOf(m![2]) + 1).padStart(2, "0") : "01";
  return decimalYear(`${m![3]}-${month}-${(m![1] ?? "1").padStart(2, "0")}`)!;
}

/** Whether a canvas pixel is a CSS colour (a translucent pixel is read back within a unit or two of it). */
const sameColour = (pixel: [number, number, number], css: string) => {
  const want = css.match(/\d+/g)!.map(Number);
  return pixel.every((v, i) => Math.abs(v - want[i]!) <= 2);
};

describe.runIf(chromiumAvailable())("the timeline's marks on a canvas", { timeout: 90_000 }, () => {
  let session: Session | undefined;
  let phone: BrowserContext;

  beforeAll(async () => {
    session = await startSession();
    phone = await session.browser.newContext({ viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true, deviceScaleFactor: 2 });
  }, 180_000);
  afterAll(async () => {
    await phone?.close();
    await stopSession(session);
  });

  it("paints thousands of marks on the unfiltered timeline, in the legend's colours, and no SVG circle for them", async () => {
    const view = new MarksView(session!.page, session!.server.url);
    await view.open("");
    await expect.poll(() => view.canvas().getAttribute("data-marks").then(Number), poll).toBeGreaterThan(1000);
    expect(await session!.page.locator(".timeline-chart svg circle").count()).toBe(0);
    const legend = await view.legendColours();
    const spots = await view.loneMarks();
    expect(spots.length).toBeGreaterThan(10);
    // At a lone mark's centre, the canvas holds the mark's own colour (translucent, with nothing under it on the canvas).
    expect(spots.filter((s) => !legend.some((c) => sameColour(s.rgb, c)))).toEqual([]);
    // Every colour of the legend but the last (events, fewer) is painted somewhere.
    for (const colour of legend.slice(0, 3)) expect(spots.some((s) => sameColour(s.rgb, colour)), colour).toBe(true);
  });

  it("shows the tooltip of the mark under the mouse, for marks found at their date on the axis, and none between marks", async () => {
    const page = session!.page;
    const view = new MarksView(page, session!.server.url);
    await view.open("?with=china&from=1950&to=1990");
    const xOf = await view.axis();
    const spots = (await view.loneMarks()).slice(0, 6);
    expect(spots.length).toBeGreaterThanOrEqual(3);
    for (const spot of spots) {
      await page.mouse.move(spot.x, spot.y);
      await expect.poll(() => view.tooltip().count(), poll).toBe(1);
      const text = (await view.tooltip().textContent())!;
      // That mark's tooltip: its date is where the axis puts the mark (within a pixel and a half).
      expect(Math.abs(xOf(tooltipYear(text)) - spot.x), text).toBeLessThan(1.5);
    }
    const chart = (await page.locator(".timeline-chart svg").boundingBox())!;
    await page.mouse.move(chart.x + chart.width / 2, chart.y + 8);
    await expect.poll(() => view.tooltip().count(), poll).toBe(0);
  });

  it("takes the tooltip away when a zoom moves its mark from under the mouse", async () => {
    const page = session!.page;
    const view = new MarksView(page, session!.server.url);
    await view.open("?with=china&from=1950&to=1990");
    const [spot] = await view.loneMarks();
    await page.mouse.move(spot!.x, spot!.y);
    await expect.poll(() => view.tooltip().count(), poll).toBe(1);
    const from = await page.locator(".timeline-chart svg").getAttribute("data-from");
    // "+" zooms about the middle, so a mark off the middle moves away from the mouse.
    await page.locator(".timeline-chart svg").focus();
    await page.keyboard.press("+");
    await expect.poll(() => page.locator(".timeline-chart svg").getAttribute("data-from"), poll).not.toBe(from);
    await expect.poll(() => view.tooltip().count(), poll).toBe(0);
  });

  it("keeps the chart's height while zoom steps follow each other, and fits its rows once they pause", async () => {
    const page = session!.page;
    const view = new MarksView(page, session!.server.url);
    await view.open("?from=1600&to=2025");
    const svg = page.locator(".timeline-chart svg");
    const heightOf = async () => (await svg.getAttribute("viewBox"))!.split(" ").map(Number)[3]!;
    const before = await heightOf();
    // Three "+" at once (about 1812: from four centuries to five decades, with rows left empty), read
    // as soon as they are drawn: a chart that shrank at each step moved the page under it each time.
    const during = await svg.evaluate(async (el) => {
      for (let i = 0; i < 3; i++) {
        el.dispatchEvent(new KeyboardEvent("keydown", { key: "+", bubbles: true }));
        // React draws a key's step in a microtask queued before this one: the next key zooms from it.
        await Promise.resolve();
      }
      await new Promise((done) => requestAnimationFrame(done));
      const canvas = document.querySelector<HTMLCanvasElement>(".timeline-chart canvas.timeline-marks")!;
      return { height: Number(el.getAttribute("viewBox")!.split(" ")[3]), canvas: canvas.getBoundingClientRect().height, svg: el.getBoundingClientRect().height, from: el.getAttribute("data-from") };
    });
    expect(during.from).toBe("1786");
    expect(during.height).toBe(before);
    // The canvas lies over the whole chart, at the height held.
    expect(Math.abs(during.canvas - during.svg)).toBeLessThan(1);
    // Once the steps pause, the address takes the view and the chart fits the rows left.
    await expect.poll(() => page.url(), poll).toContain("from=1786");
    await expect.poll(heightOf, poll).toBeLessThan(before);
  });

  it("pins a card for a mark clicked, with a link to its subject's page, and closes it", async () => {
    const page = session!.page;
    const view = new MarksView(page, session!.server.url);
    await view.open("?with=china&from=1950&to=1990");
    const [spot] = await view.loneMarks();
    await page.mouse.click(spot!.x, spot!.y);
    await expect.poll(() => view.card().count(), poll).toBe(1);
    expect(await view.card().getByRole("link").getAttribute("href")).toMatch(/^\/entity\//);
    await view.card().getByRole("button", { name: "Close" }).click();
    await expect.poll(() => view.card().count(), poll).toBe(0);
  });

  it("draws at a phone's pixel density and pins the card of a mark tapped", async () => {
    const page = await phone.newPage();
    try {
      const view = new MarksView(page, session!.server.url);
      await view.open("?with=china&from=1950&to=1990");
      const size = await view.canvas().evaluate((c) => ({ backing: (c as HTMLCanvasElement).width, shown: c.getBoundingClientRect().width }));
      expect(size.backing).toBe(Math.round(size.shown * 2));
      const xOf = await view.axis();
      const [spot] = await view.loneMarks();
      await page.touchscreen.tap(spot!.x, spot!.y);
      await expect.poll(() => view.card().count(), poll).toBe(1);
      const text = (await view.card().locator("p").first().textContent())!;
      expect(Math.abs(xOf(tooltipYear(text)) - spot!.x), text).toBeLessThan(1.5);
    } finally {
      await page.close();
    }
  });
});
