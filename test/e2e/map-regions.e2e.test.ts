// The map's region presets framed in each region's own shape (helper MAP15): a tall region (the Americas,
// Africa) gets a taller map, no taller than 85 % of the screen, and narrower once it is that tall, rather
// than a 2 : 1 frame that took in most of the world's width (the Americas) or Brazil and India (Africa).
// On a desktop and a 390 px phone, in English and Japanese; zoom, pan, pinch and the pinned card in the
// tall frame; screenshots to look at.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { BrowserContext, Locator, Page } from "playwright-core";
import { chromiumAvailable, ROOT, screenshotPath, startSession, stopSession, type Session } from "./harness.js";
import { drag, pinchOut } from "./gestures.js";
import { MapPage } from "./pages.js";

const poll = { timeout: 15_000 };

interface Rect {
  x: number;
  y: number;
  width: number;
  height: number;
}

/** The map's own projected world: where France's mainland is named (its shape also holds French Guiana). */
const world = JSON.parse(readFileSync(join(ROOT, "web", "src", "map", "world-110m.json"), "utf8")) as { shapes: { id?: string; anchor: [number, number] }[] };
const FRANCE_MAINLAND = world.shapes.find((s) => s.id === "250")!.anchor;

/** States of Europe and Africa, whole shapes, none of which the Americas' frame may show any of. */
const NOT_AMERICAS = {
  "724": "Spain",
  "620": "Portugal",
  "826": "United Kingdom",
  "352": "Iceland",
  "276": "Germany",
  "380": "Italy",
  "504": "Morocco",
  "732": "Western Sahara",
  "478": "Mauritania",
  "686": "Senegal",
  "012": "Algeria",
  "566": "Nigeria",
};

class RegionMap extends MapPage {
  region(name: RegExp): Locator {
    return this.page.getByRole("group", { name: /Region|地域/ }).getByRole("button", { name });
  }
  zoomIn(): Locator {
    return this.page.getByRole("group", { name: /Region|地域/ }).getByRole("button", { name: /Zoom in|拡大/ });
  }
  card(): Locator {
    return this.page.locator(".map-card");
  }
  labels(): Promise<string[]> {
    return this.page.locator(".map-label").allTextContents();
  }
  async viewBox(): Promise<Rect> {
    const [x, y, width, height] = (await this.map().getAttribute("viewBox"))!.split(" ").map(Number);
    return { x: x!, y: y!, width: width!, height: height! };
  }
  async rect(): Promise<Rect> {
    return this.map().evaluate((e) => e.getBoundingClientRect().toJSON() as Rect);
  }
  /** The keys of the shapes given whose drawn box reaches into the map's visible area. */
  async shapesInView(keys: readonly string[]): Promise<string[]> {
    const svg = await this.rect();
    const out: string[] = [];
    for (const key of keys) {
      const r = await this.shape(key).evaluate((e) => e.getBoundingClientRect().toJSON() as Rect);
      if (r.x < svg.x + svg.width && svg.x < r.x + r.width && r.y < svg.y + svg.height && svg.y < r.y + r.height) out.push(key);
    }
    return out;
  }
}

const COMBOS = [
  { size: "desktop", lang: "en" },
  { size: "desktop", lang: "ja" },
  { size: "phone", lang: "en" },
  { size: "phone", lang: "ja" },
] as const;

const WORDS = {
  en: {
    regions: [/^East Asia$/, /^Southeast Asia$/, /^Europe$/, /^Americas$/, /^Africa$/, /^Middle East$/],
    americas: /^Americas$/,
    named: ["Brazil", "Canada", "United States"],
    notNamed: ["France", "Spain", "Algeria", "Mauritania", "Iceland"],
    brazil: "Brazil",
  },
  ja: {
    regions: [/^東アジア$/, /^東南アジア$/, /^ヨーロッパ$/, /^南北アメリカ$/, /^アフリカ$/, /^中東$/],
    americas: /^南北アメリカ$/,
    named: ["ブラジル", "カナダ", "アメリカ合衆国"],
    notNamed: ["フランス", "スペイン", "アルジェリア", "モーリタニア", "アイスランド"],
    brazil: "ブラジル",
  },
} as const;

describe.runIf(chromiumAvailable())("the map's region presets, each in its own shape", () => {
  let session: Session | undefined;
  let base: string;

  beforeAll(async () => {
    session = await startSession();
    base = session.server.url;
  }, 180_000);
  afterAll(() => stopSession(session));

  for (const { size, lang } of COMBOS) {
    const onPhone = size === "phone";
    const screen = onPhone ? { width: 390, height: 844 } : { width: 1280, height: 800 };
    const w = WORDS[lang];
    describe(`on a ${size} in ${lang === "ja" ? "Japanese" : "English"}`, { timeout: 120_000 }, () => {
      let context: BrowserContext;
      let tab: Page;
      beforeAll(async () => {
        context = await session!.browser.newContext(onPhone ? { viewport: screen, hasTouch: true, isMobile: true, deviceScaleFactor: 2 } : { viewport: screen });
        tab = await context.newPage();
      });
      afterAll(async () => context?.close());
      const mapAt = async (query: string) => {
        const map = new RegionMap(tab, base);
        await map.open(`/?lang=${lang}&asOf=1975${query}`);
        // A context's first map waits on the world's shapes and the date's relations, cold.
        await expect.poll(() => map.renderedAs(), { timeout: 60_000 }).toBe("1975-01-01|status");
        return map;
      };
      const press = (control: Locator) => (onPhone ? control.tap() : control.click());

      it("draws each region preset in its frame's shape, a tall one taller than the world's map and within the screen", async () => {
        const map = await mapAt("");
        const whole = await map.rect();
        for (const name of w.regions) {
          await press(map.region(name));
          await expect.poll(() => map.region(name).getAttribute("aria-pressed"), poll).toBe("true");
          await expect.poll(() => map.viewBox().then((b) => b.width), poll).toBeLessThan(480);
          const box = await map.viewBox();
          const drawn = await map.rect();
          // Nothing outside the frame shows beside it: the drawing has the frame's shape.
          expect(drawn.width / drawn.height).toBeCloseTo(box.width / box.height, 1);
          expect(drawn.width).toBeLessThanOrEqual(whole.width + 0.5);
          expect(drawn.height).toBeLessThanOrEqual(Math.max(screen.height * 0.85, whole.height) + 0.5);
          expect(drawn.height).toBeGreaterThanOrEqual(whole.height - 0.5);
        }
        await press(map.region(w.americas));
        await expect.poll(() => map.rect().then((r) => r.height), poll).toBeGreaterThan(whole.height * 1.15);
      });

      it("shows the Americas without Europe or Africa beside them", async () => {
        const map = await mapAt("&region=americas");
        expect(await map.region(w.americas).getAttribute("aria-pressed")).toBe("true");
        await expect.poll(() => map.labels(), poll).toEqual(expect.arrayContaining([...w.named]));
        expect((await map.labels()).filter((l) => (w.notNamed as readonly string[]).includes(l))).toEqual([]);
        expect(await map.shapesInView(Object.keys(NOT_AMERICAS))).toEqual([]);
        const box = await map.viewBox();
        expect(FRANCE_MAINLAND[0]).toBeGreaterThan(box.x + box.width);
        expect(await map.shapesInView(["076", "124", "840"])).toEqual(["076", "124", "840"]);
        await map.map().scrollIntoViewIfNeeded();
        await tab.screenshot({ path: screenshotPath(`map-regions-americas-${size}-${lang}`) });
        await press(map.region(/^Africa$|^アフリカ$/));
        await expect.poll(() => map.url().searchParams.get("region"), poll).toBe("africa");
        // Africa alone: Brazil and India, which its 2 : 1 frame took in, are out of it.
        await expect.poll(() => map.shapesInView(["076", "356"]), poll).toEqual([]);
        await map.map().scrollIntoViewIfNeeded();
        await tab.screenshot({ path: screenshotPath(`map-regions-africa-${size}-${lang}`) });
      });

      it(`pins a card, zooms, ${onPhone ? "pinches, " : ""}and pans in the Americas' tall frame`, async () => {
        const map = await mapAt("&region=americas");
        const frame = await map.viewBox();
        const drawn = await map.rect();
        // The whole drawing on the screen (on the English phone the Americas' map begins 557 px down and is 530 px tall).
        await map.map().scrollIntoViewIfNeeded();
        // First: a tap soon after the synthetic touches of a pinch or a drag below sometimes gets no click in
        // headless Chromium (on the build before this change too: 1 run in 3).
        if (onPhone) await map.tapShape("076");
        else {
          await map.hoverShape("076");
          await tab.mouse.down();
          await tab.mouse.up();
        }
        await expect.poll(() => map.card().textContent(), poll).toContain(w.brazil);
        await press(map.zoomIn());
        await expect.poll(() => map.viewBox().then((b) => b.width), poll).toBeCloseTo(frame.width / 2);
        const zoomed = await map.viewBox();
        expect(zoomed.width / zoomed.height).toBeCloseTo(frame.width / frame.height);
        // The drawing keeps its size: a zoom changes what it shows, not where the page's text is.
        expect((await map.rect()).height).toBeCloseTo(drawn.height, 0);
        await map.map().scrollIntoViewIfNeeded();
        if (onPhone) {
          await pinchOut(tab, map.map());
          await expect.poll(() => map.viewBox().then((b) => b.width), poll).toBeLessThan(zoomed.width / 2);
        }
        const before = await map.viewBox();
        const r = await map.rect();
        await drag(tab, onPhone, { x: r.x + r.width * 0.5, y: r.y + r.height * 0.7 }, { x: r.x + r.width * 0.5, y: r.y + r.height * 0.3 });
        // A drag upwards moves the view south.
        await expect.poll(() => map.viewBox().then((b) => b.y), poll).toBeGreaterThan(before.y + before.height / 10);
      });
    });
  }
});
