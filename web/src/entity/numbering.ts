/**
 * Reference numbers in reading order. The page's badges are numbered as a reader meets them, top to
 * bottom (the first source cited is 1, the next new one 2, …), whatever order the page's parts were
 * loaded in; the reference list is the same numbers in the same order. The order is read from the
 * rendered page (the only place that knows what is where), then held here for the badges to read.
 */

/** The distinct sources in the order first met. @example readingOrder(["b", "a", "b", "c"]) // ["b", "a", "c"] */
export function readingOrder(sources: Iterable<string>): string[] {
  return [...new Set(sources)];
}

/** One badge as the page shows it: its source and the locators it cites there. */
export interface Badge {
  source: string;
  locators: readonly string[];
}

/**
 * The numbers of a page's badges, and for each source the locators cited on the page (each once,
 * in reading order), for the reference list.
 * @example numberBadges([{ source: "b", locators: ["¶2"] }, { source: "a", locators: [] }, { source: "b", locators: ["¶4"] }])
 * // { order: ["b", "a"], locators: Map { "b" => ["¶2", "¶4"], "a" => [] } }
 */
export function numberBadges(badges: readonly Badge[]): { order: string[]; locators: Map<string, string[]> } {
  const locators = new Map<string, string[]>();
  for (const b of badges) {
    const list = locators.get(b.source) ?? [];
    for (const l of b.locators) if (!list.includes(l)) list.push(l);
    locators.set(b.source, list);
  }
  return { order: readingOrder(badges.map((b) => b.source)), locators };
}

const same = (a: readonly string[], b: readonly string[]) => a.length === b.length && a.every((x, i) => x === b[i]);

/**
 * The page's numbering, as a small store the badges subscribe to (each reads only its own number,
 * so renumbering re-renders only the badges whose number changed).
 * @example const n = new PageNumbers(); n.set([{ source: "a", locators: [] }]); n.numberOf("a") // 1
 */
export class PageNumbers {
  order: readonly string[] = [];
  locators: ReadonlyMap<string, readonly string[]> = new Map();
  private index = new Map<string, number>();
  private readonly listeners = new Set<() => void>();

  /** Takes the badges in reading order; tells subscribers only when a number or locator changed. */
  set(badges: readonly Badge[]): boolean {
    const next = numberBadges(badges);
    const unchanged = same(next.order, this.order) && next.order.every((s) => same(next.locators.get(s) ?? [], this.locators.get(s) ?? []));
    if (unchanged) return false;
    this.order = next.order;
    this.locators = next.locators;
    this.index = new Map(next.order.map((s, i) => [s, i + 1]));
    for (const l of this.listeners) l();
    return true;
  }

  numberOf = (source: string): number | undefined => this.index.get(source);

  subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };
}

/** The selector of a badge in the page, and the attributes it carries for the numbering. */
export const BADGE_SELECTOR = "button.cite[data-source]";
const LOCATOR_SEPARATOR = "\n";

/** The value of a badge's data-locators attribute. @example locatorsAttribute(["¶2", "art. 3"]) // "¶2\nart. 3" */
export function locatorsAttribute(locators: readonly string[]): string {
  return locators.join(LOCATOR_SEPARATOR);
}

/** The badges under `root`, in document (reading) order. */
export function badgesIn(root: ParentNode): Badge[] {
  return [...root.querySelectorAll<HTMLElement>(BADGE_SELECTOR)].map((el) => ({
    source: el.dataset["source"]!,
    locators: (el.dataset["locators"] ?? "").split(LOCATOR_SEPARATOR).filter(Boolean),
  }));
}

// Badges are HTML: the map's and the timeline's SVG redraws (thousands of nodes) are passed over at once.
const touchesBadges = (nodes: NodeList) =>
  [...nodes].some((n) => n instanceof HTMLElement && (n.matches(BADGE_SELECTOR) || n.querySelector(BADGE_SELECTOR) !== null));

/**
 * Keeps `numbers` in step with the badges under `root`: read once now, then again whenever a badge
 * is added or removed (a section opened, a page of statements loaded, a tab switched).
 * @example const stop = watchBadges(document.body, pageNumbers); // … stop();
 */
export function watchBadges(root: HTMLElement, numbers: PageNumbers): () => void {
  numbers.set(badgesIn(root));
  const observer = new MutationObserver((records) => {
    if (records.some((r) => touchesBadges(r.addedNodes) || touchesBadges(r.removedNodes))) numbers.set(badgesIn(root));
  });
  observer.observe(root, { childList: true, subtree: true });
  return () => observer.disconnect();
}
