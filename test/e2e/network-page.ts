// Page model of the network view: Japan's partners by tie, as a reader sees them.
import type { Locator } from "playwright-core";
import { ExplorerPage } from "./pages.js";

export class NetworkView extends ExplorerPage {
  /** The figure (hidden on phones). */
  figure(): Locator {
    return this.page.locator("figure.ego-figure");
  }

  /** The labels of the partners drawn in the figure. */
  figureLabels(): Locator {
    return this.figure().locator("a.ego-node text");
  }

  /** The figure's group headings, in drawing order. */
  figureHeadings(): Locator {
    return this.figure().locator("text.ego-heading");
  }

  /** The list of one group by its heading, e.g. "Allies" or "同盟国". */
  group(heading: string | RegExp): Locator {
    return this.page.getByRole("region", { name: heading });
  }

  /** The names linked in a group's list, in order. */
  async names(heading: string | RegExp): Promise<string[]> {
    return this.group(heading).getByRole("link").allTextContents();
  }

  dateField(): Locator {
    return this.page.locator("form.as-of-control input");
  }

  async showDate(date: string): Promise<void> {
    await this.dateField().fill(date);
    await this.dateField().press("Enter");
  }

  tiesTable(): Locator {
    return this.page.locator("details.ties-table");
  }
}
