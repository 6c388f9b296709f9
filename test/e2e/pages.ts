// Page models of the explorer: what a reader sees and does, by role and label.
import type { Locator, Page } from "playwright-core";

/** What every page of the explorer has: its address, its heading, the navigation and the language toggle. */
export abstract class ExplorerPage {
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
    const point = await this.pointIn(key);
    await this.page.mouse.move(point.x, point.y);
  }

  /** Taps a point inside a shape with a finger (a touch context's tap: touch events, then the pointer's). */
  async tapShape(key: string): Promise<void> {
    const point = await this.pointIn(key);
    await this.page.touchscreen.tap(point.x, point.y);
  }

  /** A point on screen inside a shape and on top there (no label or neighbour over it). */
  async pointIn(key: string): Promise<{ x: number; y: number }> {
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
    return point;
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

  /** The fill a shape is painted with (a colour, or the hatch pattern). */
  fillOf(key: string): Promise<string | null> {
    return this.shape(key).getAttribute("fill");
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
    // The select itself: a citation of the "Regional Comprehensive Economic Partnership" is labelled "Partner…" too.
    return this.page.getByRole("combobox", { name: /^Partner|^相手国/ });
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

  /** Waits until the page has every year it asked for in hand (it loads the years in view, then the margins, request by request). */
  async settled(timeout = 60_000): Promise<void> {
    await this.page.locator('.timeline-page[aria-busy="false"]').waitFor({ timeout });
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

export class VotesPage extends ExplorerPage {
  chart(): Locator {
    return this.page.locator(".votes-chart [data-lines]");
  }

  /** The chart's lines (one path per state in Plot's line mark). */
  lines(): Locator {
    return this.page.locator('.votes-chart [data-lines] svg g[data-mark="line"] path');
  }

  /** The drawn path of every line, to tell whether the chart changed. */
  linePaths(): Promise<string[]> {
    return this.lines().evaluateAll((ps) => ps.map((p) => p.getAttribute("d") ?? ""));
  }

  measure(name: string | RegExp): Locator {
    return this.page.getByRole("radio", { name });
  }

  chips(): Locator {
    return this.page.locator(".state-picker .chip");
  }

  removeState(name: string): Locator {
    return this.page.getByRole("button", { name: `Remove ${name}` });
  }

  addState(): Locator {
    return this.page.getByLabel(/^Add a state|国を追加/);
  }

  addResult(id: string): Locator {
    return this.page.locator(`.add-results button[data-id="${id}"]`);
  }

  issue(): Locator {
    return this.page.getByLabel(/^Issue|議題/);
  }

  importantOnly(): Locator {
    return this.page.getByRole("checkbox", { name: /Important votes only|重要投票のみ/ });
  }

  ranking(which: "most" | "least"): Locator {
    return this.page.getByRole("table", { name: which === "most" ? /Most aligned|一致度が高い国/ : /Least aligned|一致度が低い国/ });
  }

  rollCalls(): Locator {
    return this.page.locator("table.divergent tr.roll-call");
  }

  noData(): Locator {
    return this.page.locator(".votes-page .nodata");
  }
}

export class CheckPage extends ExplorerPage {
  textbox(): Locator {
    return this.page.getByRole("textbox", { name: /Text to check|検証する文章/ });
  }

  sample(): Locator {
    return this.page.getByRole("button", { name: /Use a sample text|サンプル文を使う/ });
  }

  check(): Locator {
    return this.page.getByRole("button", { name: /^Check$|^検証$/ });
  }

  /** Claim sentences marked in the text, by verdict. */
  marked(verdict: "supported" | "contradicted" | "not-checkable"): Locator {
    return this.page.locator(`.annotated mark.claim[data-verdict="${verdict}"]`);
  }

  claims(): Locator {
    return this.page.locator("ol.claims > li.claim-item");
  }

  claim(verdict: string): Locator {
    return this.page.locator(`ol.claims > li.claim-item[data-verdict="${verdict}"]`);
  }

  slantNotes(): Locator {
    return this.page.getByRole("region", { name: /How the text speaks|文章の語り口/ }).getByRole("listitem");
  }

  mentions(): Locator {
    return this.page.getByRole("region", { name: /^Mentioned|言及されたもの/ }).getByRole("link");
  }

  error(): Locator {
    return this.page.getByRole("alert");
  }

  dialog(): Locator {
    return this.page.getByRole("dialog");
  }
}
