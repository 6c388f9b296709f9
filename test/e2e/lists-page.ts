// Page models of the list pages and the series panel of a state page: what a reader sees and does, by
// role and label.
import type { Locator, Page } from "playwright-core";
import { ExplorerPage } from "./pages.js";

export class ListPage extends ExplorerPage {
  kind(name: string): Locator {
    return this.page.getByRole("navigation", { name: "List kinds" }).getByRole("link", { name });
  }

  filter(label: string): Locator {
    return this.page.getByRole("form", { name: "Filters" }).getByLabel(label, { exact: false });
  }

  async apply(values: Record<string, string>): Promise<void> {
    for (const [label, value] of Object.entries(values)) await this.filter(label).fill(value);
    await this.page.getByRole("button", { name: "Apply" }).click();
  }

  /** The first cell of every row (the agreement, member, holder, event or dispute). */
  async firstColumn(): Promise<string[]> {
    return this.page.getByRole("table").locator("tbody tr td:first-child").allTextContents();
  }

  /** The cells of one column of every row, counted from 1. */
  async column(n: number): Promise<string[]> {
    return this.page.getByRole("table").locator(`tbody tr td:nth-child(${n})`).allTextContents();
  }

  csvLink(): Locator {
    return this.page.getByRole("link", { name: "Download CSV" });
  }

  status(): Locator {
    return this.page.getByRole("status");
  }
}

export class SeriesPanel {
  constructor(readonly page: Page) {}

  region(): Locator {
    return this.page.getByRole("region", { name: /Figures over time/ });
  }

  picker(): Locator {
    return this.region().getByLabel("Series");
  }

  chart(): Locator {
    return this.region().getByRole("img");
  }

  caption(): Locator {
    return this.region().locator("figcaption");
  }
}
