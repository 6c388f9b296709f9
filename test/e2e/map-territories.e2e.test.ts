// The map's points of territories that data/ holds as places, not states, on a phone in Japanese (MAP38, session 38):
// the Northern Mariana Islands' point was not drawn at all (the map drew points for states only), though DATA33 had
// recorded who held the islands on every day since 1885; Guam's neither. Each point now shows who held the place on
// the map's date, as the as-of engine answers (the `territories` of GET /api/v1/relations), or says the data has no
// holder; its card is headed by the place and links to the place's page. Each test fails on the map before.
import type { BrowserContext } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { chromiumAvailable, screenshotPath, startSession, stopSession, type Session } from "./harness.js";
import { MapPage } from "./pages.js";
import { PHONE, poll } from "./screen.js";

class TerritoryMap extends MapPage {
  point(key: string) {
    return this.page.locator(`svg.world-map circle.point-hit[data-point="${key}"]`);
  }
  dot(key: string) {
    return this.page.locator(`svg.world-map g.point:has(circle[data-point="${key}"]) circle.point-dot`);
  }
  card() {
    return this.page.locator(".map-card");
  }
  /**
   * Zooms in around a point (Ctrl + wheel, as a reader with a mouse does), until it stands apart from its neighbours:
   * at the world's scale on a phone, Palau's and the Marianas' targets cover Guam's.
   */
  async zoomTo(key: string): Promise<void> {
    for (let i = 0; i < 12; i++) {
      const box = (await this.point(key).boundingBox())!;
      await this.page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
      await this.page.keyboard.down("Control");
      await this.page.mouse.wheel(0, -300);
      await this.page.keyboard.up("Control");
    }
    await expect.poll(async () => (await this.page.locator("svg.world-map").getAttribute("viewBox"))?.split(" ").map(Number)[2], poll).toBeLessThan(300);
  }
  /** Taps a point with a finger, at its dot: where the point is on top. */
  async tapPoint(key: string): Promise<void> {
    const box = (await this.dot(key).boundingBox())!;
    await this.page.touchscreen.tap(box.x + box.width / 2, box.y + box.height / 2);
  }
}

describe.runIf(chromiumAvailable())("the map's points of territories that are places, on a phone in Japanese", () => {
  let session: Session | undefined;
  let phone: BrowserContext;
  let map: TerritoryMap;

  beforeAll(async () => {
    session = await startSession();
    phone = await session.browser.newContext({ viewport: PHONE, hasTouch: true, isMobile: true, deviceScaleFactor: 2 });
    map = new TerritoryMap(await phone.newPage(), session.server.url);
  }, 240_000);
  afterAll(async () => {
    await phone?.close();
    await stopSession(session);
  });

  it.each([
    // [date, point, its fill, the card's line, screenshot]
    ["1930-01-01", "580", "#e7a3ad", "日本の統治下（委任統治領として）", "nmi-1930"], // the mandate, not the United States
    ["1960-01-01", "580", "#1f7a63", "アメリカ合衆国（信託統治領として）：外交関係あり", "nmi-1960"],
  ])("on %s draws point %s in the holder's colour and names who held it", async (day, key, fill, line, shot) => {
    await map.open(`/?lang=ja&asOf=${day}`);
    await expect.poll(() => map.renderedAs(), poll).toBe(`${day}|status`);
    expect(await map.dot(key).getAttribute("fill")).toBe(fill);
    await map.tapPoint(key);
    await expect.poll(() => map.card().locator("h2").textContent(), poll).toBe("北マリアナ諸島");
    const text = await map.card().innerText();
    expect(text).toContain(line);
    // No raw id, no English word on a Japanese card.
    expect(text).not.toMatch(/[A-Za-z]/);
    expect(await map.card().getByRole("link").getAttribute("href")).toMatch(/^\/entity\/northern-mariana-islands\?/);
    await map.page.screenshot({ path: screenshotPath(`map-territories-${shot}-phone-ja`) });
  }, 90_000);

  it.each([
    ["1890-01-01", "スペイン（植民地として）：外交関係あり", "guam-1890"], // Spanish until 21 June 1898 (DATA36; was no data)
    ["1943-01-01", "日本の統治下（占領により）", "guam-1943"], // December 1941 to 21 July 1944
  ])("on %s says who held Guam", async (day, line, shot) => {
    await map.open(`/?lang=ja&asOf=${day}`);
    await expect.poll(() => map.renderedAs(), poll).toBe(`${day}|status`);
    await map.zoomTo("316");
    await map.tapPoint("316");
    await expect.poll(() => map.card().locator("h2").textContent(), poll).toBe("グアム");
    const text = await map.card().innerText();
    expect(text).toContain(line);
    expect(text.replace(/gaiko/g, "")).not.toMatch(/[A-Za-z]/);
    await map.page.screenshot({ path: screenshotPath(`map-territories-${shot}-phone-ja`) });
  }, 90_000);
});
