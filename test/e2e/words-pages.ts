// Page models for what a reader reads on the check page and the map (issue 15): the words shown, by
// region and role, so a test can assert the visible text holds no id, slug or status word.
import type { Locator, Response } from "playwright-core";
import type { CheckResult } from "../../src/model/results.js";
import { CheckPage, MapPage } from "./pages.js";

type Viewport = { width: number; height: number };

/** The check page with a checked text: its claims as read, and the API's answer they were drawn from. */
export class CheckedTextPage extends CheckPage {
  /** Opens /check at a width, checks the sample text and waits for the claims; returns the API's answer. */
  async checkSample(lang: "en" | "ja", viewport: Viewport): Promise<CheckResult> {
    await this.page.setViewportSize(viewport);
    await this.open(`/check${lang === "ja" ? "?lang=ja" : ""}`);
    await this.sample().click();
    const answered = this.page.waitForResponse((r: Response) => r.url().endsWith("/api/v1/check") && r.request().method() === "POST");
    await this.check().click();
    const result = (await (await answered).json()) as CheckResult;
    await this.claims().first().waitFor();
    return result;
  }

  /** The visible text of the checked report: claims, mentions, slant notes and sources. */
  reportText(): Promise<string> {
    return this.page.locator(".check-page").innerText();
  }

  claimsText(): Promise<string> {
    return this.page.locator("ol.claims").innerText();
  }

  /** A claim's row by its term ("The claim", "肯定／否定", …): its description. */
  row(claim: Locator, term: RegExp): Locator {
    return claim.locator(".claim-facts > div").filter({ has: this.page.locator("dt", { hasText: term }) }).locator("dd");
  }

  slantText(): Promise<string> {
    return this.page.getByRole("region", { name: /How the text speaks|文章の語り口/ }).innerText();
  }

  /** The numbered sources the evidence cites, by title. */
  references(): Locator {
    return this.page.getByRole("region", { name: /^References$|^参考文献$/ }).getByRole("listitem");
  }

  pageWidth(): Promise<number> {
    return this.page.evaluate(() => document.documentElement.scrollWidth);
  }
}

/** The map's names and legend as a reader sees them. */
export class MapWordsPage extends MapPage {
  async openAt(path: string, viewport: Viewport): Promise<void> {
    await this.page.setViewportSize(viewport);
    await this.open(path);
    await this.page.locator("svg.world-map[data-rendered-as-of]").waitFor({ state: "attached" });
  }

  /** The names written on the map. */
  labels(): Promise<string[]> {
    return this.page.locator("svg.world-map .map-labels text").allTextContents();
  }

  /** A legend entry's label, by its category. */
  legendLabel(category: string): Promise<string> {
    return this.legend().locator(`li[data-category="${category}"] .legend-item > span:not(.count)`).innerText();
  }
}
