// Key-event labels by short name (issue 15): on an English chart whose plot is 1,054 px wide, the 1972
// Japan–China Joint Communiqué's official title (100 characters) fits nowhere, so it is labelled by its
// short name from the API's shortNames, the official title in the label's tooltip.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { chromiumAvailable, screenshotPath, startSession, stopSession, type Session } from "./harness.js";

const poll = { timeout: 30_000 };
/** The chart's plot is its width less the row labels' 78 px and a 16 px margin (TimelineChart). */
const PLOT = 1054;
const MARGINS = 78 + 16;

describe.runIf(chromiumAvailable())("the timeline's key events by short name", () => {
  let session: Session | undefined;
  beforeAll(async () => {
    session = await startSession();
  }, 240_000);
  afterAll(async () => stopSession(session));

  it("labels the 1972 communiqué '1972 Japan–China Joint Communiqué' on a 1,054 px plot, the official title in its tooltip", async () => {
    const page = session!.page;
    await page.goto(`${session!.server.url}/timeline`);
    const chart = page.locator(".timeline-chart");
    await chart.waitFor({ timeout: 30_000 });
    // The window that gives the chart a 1,054 px plot, whatever the page's own margins.
    const width = await chart.evaluate((el) => el.getBoundingClientRect().width);
    await page.setViewportSize({ width: Math.round(1280 - (width - (PLOT + MARGINS))), height: 900 });
    await expect.poll(() => chart.evaluate((el) => Math.round(el.getBoundingClientRect().width)), poll).toBe(PLOT + MARGINS);
    const communique = page.locator('.annotations li[data-entity="japan-china-joint-communique-1972"] .annotation-label');
    await expect.poll(() => communique.textContent(), poll).toBe("1972 Japan–China Joint Communiqué");
    expect(await communique.getAttribute("title")).toBe("1972 Joint Communiqué of the Government of Japan and the Government of the People's Republic of China");
    await page.screenshot({ path: screenshotPath("timeline-short-1054-en") });
  }, 90_000);
});
