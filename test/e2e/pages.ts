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

  play(): Locator {
    return this.page.getByRole("button", { name: /Play the years|Pause|年を再生|一時停止/ });
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

  /** Moves the mouse onto a point inside a shape (found in the page: a shape's box centre may be sea or a neighbour). */
  async hoverShape(key: string): Promise<void> {
    const point = await this.shape(key).evaluate((el) => {
      const path = el as SVGPathElement;
      const svg = path.ownerSVGElement!;
      const box = path.getBBox();
      const ctm = path.getScreenCTM()!;
      const p = svg.createSVGPoint();
      for (let i = 1; i < 20; i++) {
        for (let j = 1; j < 20; j++) {
          p.x = box.x + (box.width * i) / 20;
          p.y = box.y + (box.height * j) / 20;
          if (!path.isPointInFill(p)) continue;
          const screen = p.matrixTransform(ctm);
          if (document.elementFromPoint(screen.x, screen.y) === path) return { x: screen.x, y: screen.y };
        }
      }
      return null;
    });
    if (!point) throw new Error(`no visible point inside shape ${key}`);
    await this.page.mouse.move(point.x, point.y);
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
    return this.page.getByRole("combobox", { name: /Search|検索/ });
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
