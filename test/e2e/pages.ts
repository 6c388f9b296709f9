// Page models of the explorer: what a reader sees and does, by role and label.
import type { Locator, Page } from "playwright-core";

abstract class ExplorerPage {
  constructor(
    readonly page: Page,
    readonly base: string,
  ) {}

  async open(path: string): Promise<void> {
    await this.page.goto(this.base + path);
  }

  heading(): Locator {
    return this.page.getByRole("heading", { level: 1 });
  }

  nav(): Locator {
    return this.page.getByRole("navigation");
  }

  languageToggle(): Locator {
    return this.page.locator("header .lang-toggle");
  }

  url(): URL {
    return new URL(this.page.url());
  }
}

export class MapPage extends ExplorerPage {
  slider(): Locator {
    return this.page.getByRole("slider");
  }

  map(): Locator {
    return this.page.locator("svg.world-map");
  }

  /** The asOf and layer whose colours are painted (set once the browser has drawn them). */
  renderedAs(): Promise<string | null> {
    return this.map().getAttribute("data-rendered-as-of");
  }

  layer(name: string): Locator {
    return this.page.getByRole("radio", { name });
  }

  shape(key: string): Locator {
    return this.page.locator(`svg.world-map path[data-key="${key}"]`);
  }

  tooltip(): Locator {
    return this.page.getByRole("tooltip");
  }

  async openTable(): Promise<void> {
    const details = this.page.locator("details.relations-table");
    if (!(await details.evaluate((d) => (d as HTMLDetailsElement).open))) await details.locator("summary").click();
  }

  /** The status cell of a state in the accessible table (its data-status attribute). */
  statusOf(stateId: string): Promise<string | null> {
    return this.page.locator(`details.relations-table tr[data-state="${stateId}"] td[data-status]`).getAttribute("data-status");
  }

  legend(): Locator {
    return this.page.getByRole("region", { name: /Legend|凡例/ });
  }
}

export class EntityPage extends ExplorerPage {
  relationship(): Locator {
    return this.page.locator(".relationship");
  }

  citations(): Locator {
    return this.page.locator("button.cite");
  }

  dialog(): Locator {
    return this.page.getByRole("dialog");
  }

  statement(p: string): Locator {
    return this.page.locator(`li.statement[data-p="${p}"]`);
  }

  placesMap(): Locator {
    return this.page.locator("figure.places-map svg");
  }
}

export class TimelinePage extends ExplorerPage {
  chart(): Locator {
    return this.page.locator(".timeline-chart svg");
  }

  partner(): Locator {
    return this.page.getByLabel(/Partner|相手国/);
  }

  kind(): Locator {
    return this.page.getByLabel(/^Kind|種類/);
  }

  zoomIn(): Locator {
    return this.page.getByRole("button", { name: /Zoom in|拡大/ });
  }

  entries(): Locator {
    return this.page.locator(".timeline-entry");
  }

  eraLabels(): Locator {
    return this.page.locator(".era-label");
  }
}

export class NetworkPage extends ExplorerPage {
  graph(): Locator {
    return this.page.locator(".sigma-box");
  }

  kind(name: string): Locator {
    return this.page.getByRole("checkbox", { name });
  }

  counts(): Locator {
    return this.page.getByText(/\d+ nodes, \d+ ties/);
  }
}

export class SearchBox {
  constructor(readonly page: Page) {}

  input(): Locator {
    return this.page.getByRole("searchbox");
  }

  results(): Locator {
    return this.page.locator(".search-results a");
  }

  async search(q: string): Promise<void> {
    await this.input().fill(q);
  }

  resultIds(): Promise<(string | null)[]> {
    return this.results().evaluateAll((as) => as.map((a) => a.getAttribute("data-id")));
  }
}
