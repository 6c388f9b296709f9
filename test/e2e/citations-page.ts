// Page model of citation badges and their preview cards, on any page that shows them (entity pages,
// the timeline, the checker's report), and of an entity page's reference list.
import type { Locator, Page } from "playwright-core";
import { expect } from "vitest";

export interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}

export const overlaps = (a: Box, b: Box): boolean => a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;

export class CitationsPage {
  constructor(
    readonly page: Page,
    readonly base: string,
  ) {}

  async openEntity(id: string, lang: "en" | "ja"): Promise<void> {
    await this.page.goto(`${this.base}/entity/${id}?lang=${lang}`);
    await this.page.locator(".fact-box").waitFor({ timeout: 20_000 });
    await this.page.waitForLoadState("networkidle");
  }

  async openTimeline(lang: "en" | "ja"): Promise<void> {
    await this.page.goto(`${this.base}/timeline?lang=${lang}`);
    // The timeline loads the years in view request by request (1945 to today: about 1.4 MB gzipped in all): slow when cold.
    await this.badges().first().waitFor({ timeout: 60_000 });
    // Its list is read once every request is answered (a request that comes later may add to its first entries).
    await this.page.locator('.timeline-page[aria-busy="false"]').waitFor({ timeout: 60_000 });
  }

  /** The checker's report on its own sample text. */
  async openCheck(lang: "en" | "ja"): Promise<void> {
    await this.page.goto(`${this.base}/check?lang=${lang}`);
    await this.page.getByRole("button", { name: /Use a sample text|サンプル文を使う/ }).click();
    await this.page.getByRole("button", { name: /^Check$|^検証$/ }).click();
    await this.badges().first().waitFor({ timeout: 30_000 });
  }

  badges(): Locator {
    return this.page.locator("button.cite");
  }

  /** The open preview (one at a time). */
  preview(): Locator {
    return this.page.getByRole("dialog");
  }

  references(): Locator {
    return this.page.getByRole("region", { name: /^References$|^参考文献$|^出典$/ }).locator("li");
  }

  /** Every badge's number and source, in document (reading) order. */
  badgeOrder(): Promise<{ n: number; source: string }[]> {
    return this.badges().evaluateAll((els) => els.map((b) => ({ n: Number(b.firstChild?.textContent), source: (b as HTMLElement).dataset["source"] ?? "" })));
  }

  /** The reference list's numbers and sources, as listed. */
  referenceOrder(): Promise<{ n: number; source: string }[]> {
    return this.references().evaluateAll((els) => els.map((li) => ({ n: Number(li.getAttribute("value")), source: li.id.replace(/^ref-/, "") })));
  }

  /** Opens the `index`th badge's preview as a reader of that screen would (hover, or a tap). */
  async openPreview(index: number, how: "hover" | "tap" | "click"): Promise<Locator> {
    const badge = this.badges().nth(index);
    await badge.scrollIntoViewIfNeeded();
    if (how === "hover") await badge.hover();
    else if (how === "tap") await badge.tap();
    else await badge.click();
    await this.preview().waitFor({ timeout: 5_000 });
    return badge;
  }

  /** The open preview's box and its badge's, and whether the card lies inside the viewport. */
  async geometry(badge: Locator): Promise<{ card: Box; badge: Box; inside: boolean }> {
    const [card, box] = await Promise.all([this.preview().boundingBox(), badge.boundingBox()]);
    const { width, height } = this.page.viewportSize()!;
    expect(card && box).toBeTruthy();
    const inside = card!.x >= 0 && card!.y >= 0 && card!.x + card!.width <= width && card!.y + card!.height <= height;
    return { card: card!, badge: box!, inside };
  }
}
