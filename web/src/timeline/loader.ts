import type { TimelineCounts, TimelineItem, TimelineResult } from "../api/types.js";
import { api } from "../api/client.js";
import type { View } from "./scale.js";
import { covered, planLoad, wholeYears, yearOfDate, yearsOf, type Chunk, type PlanOptions, type Years } from "./spans.js";
import { TIMELINE_CHUNK, TIMELINE_FIRST, TIMELINE_LIMIT, TIMELINE_MARGIN } from "./limit.js";
import { KeyEventTally } from "./key-events.js";

/** The filters the API applies (a dispute is a `with` too). */
export interface TimelineFilter {
  with: string | null;
  kind: string | null;
}

/** What a loader has in hand; a new object at each change (React compares it by identity). */
export interface Loaded {
  /** Items per year for the filter, or null until the API has said. */
  counts: ReadonlyMap<number, number> | null;
  /** Every item in hand, in the API's order (date, then statement id). */
  items: readonly TimelineItem[];
  shortNames: NonNullable<TimelineResult["shortNames"]>;
  /** The day after which the view's statements are not loaded (the cap, or an answer the API's limit cut), or null. */
  cut: string | null;
  error: string | null;
  /** A request is under way. */
  busy: boolean;
  /** Whether a view's years are all in hand. */
  covers: (view: View) => boolean;
}

export interface LoaderOptions extends PlanOptions {
  /** Requests under way at once: few, so that those a new view needs are not queued behind a dozen for the old one. */
  parallel: number;
}

const DEFAULTS: LoaderOptions = { chunk: TIMELINE_CHUNK, first: TIMELINE_FIRST, cap: TIMELINE_LIMIT, margin: TIMELINE_MARGIN, parallel: 2 };

/**
 * The timeline's items for one filter, fetched by the years a view needs and kept: `show(view)` asks
 * for the years it shows, then as many again on each side, each year once; zooming within them or back
 * to them asks nothing. The first `show` asks for the counts by year (one small answer: which years hold
 * items, and how to split them into requests of about `chunk` items, so that the first ones are drawn
 * while the rest load) and, beside them, the view's first `first` items. Knows nothing of React (useTimelineItems.ts subscribes to it).
 *
 * @example const loader = new TimelineLoader({ with: "china", kind: null }, getJson); loader.show(view, extent);
 */
export class TimelineLoader {
  private counts: Map<number, number> | null = null;
  private countsAsked = false;
  private readonly had = new Set<number>();
  private readonly pending = new Set<number>();
  private pendingItems = 0;
  private items: TimelineItem[] = [];
  /** The key events' index of the items in hand, built up per answer: keyEventIndex(snapshot.items) is its index. */
  private readonly keyEvents = new KeyEventTally();
  private shortNames: Loaded["shortNames"] = {};
  private error: string | null = null;
  private limitCut: string | null = null;
  private planCut: string | null = null;
  private inflight = 0;
  /** The first request, asked beside the counts, is out: nothing is planned until it is back. */
  private probing = false;
  private wish: { view: View; extent: View } | null = null;
  /** Set by a failed request: nothing more is asked until the view changes (no loop of failing requests). */
  private stalled = false;
  /** Bumped at every change of what is in hand; a snapshot is taken once per version. */
  private version = 0;
  private taken = -1;
  private readonly listeners = new Set<() => void>();
  private readonly opts: LoaderOptions;
  snapshot: Loaded;

  constructor(
    private readonly filter: TimelineFilter,
    private readonly fetchJson: <T>(url: string) => Promise<T>,
    opts: Partial<LoaderOptions> = {},
  ) {
    this.opts = { ...DEFAULTS, ...opts };
    this.snapshot = this.take();
    this.taken = this.version;
  }

  subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  /** Asks for what `view` needs; what is in hand or on its way is not asked again. */
  show(view: View, extent: View): void {
    const same = this.wish && this.wish.view.start === view.start && this.wish.view.end === view.end;
    this.wish = { view, extent };
    if (!same) this.stalled = false;
    if (!this.countsAsked) {
      this.countsAsked = true;
      this.fetchJson<TimelineCounts>(api.timelineCounts(this.filter)).then(
        (c) => {
          this.counts = new Map(c.years.map((y) => [y.year, y.count]));
          this.version++;
          this.pump();
        },
        (err: unknown) => {
          this.countsAsked = false;
          this.fail(err);
        },
      );
      this.probe(yearsOf(view));
      this.version++;
      this.emit();
      return;
    }
    this.pump();
  }

  /**
   * The first request, asked beside the counts (no round trip waits for them): the view's first `first`
   * items, of which the years it holds whole are kept (a filter with few items has them all at once).
   */
  private probe(years: Years): void {
    this.probing = true;
    this.inflight++;
    this.fetchJson<TimelineResult>(api.timeline({ from: String(years.first), to: String(years.last), ...this.filter, limit: this.opts.first }))
      .then(
        (r) => {
          const whole = wholeYears(years, r.items.map((i) => i.date), this.opts.first);
          if (!whole) return;
          for (let y = whole.first; y <= whole.last; y++) this.had.add(y);
          this.merge({ ...r, items: r.items.filter((i) => yearOfDate(i.date) <= whole.last) });
        },
        // Its years are asked again by the plan.
        () => undefined,
      )
      .finally(() => {
        this.probing = false;
        this.inflight--;
        this.version++;
        this.pump();
      });
  }

  private pump(): void {
    const { wish, counts } = this;
    if (!wish || !counts || this.stalled || this.probing) return this.emit();
    const plan = planLoad(wish.view, wish.extent, counts, (y) => this.had.has(y) || this.pending.has(y), this.items.length + this.pendingItems, this.opts);
    const cut = plan.cutAfter === null ? null : `${plan.cutAfter}-12-31`;
    if (cut !== this.planCut) {
      this.planCut = cut;
      this.version++;
    }
    for (const chunk of plan.chunks.slice(0, Math.max(0, this.opts.parallel - this.inflight))) this.fetch(chunk);
    this.emit();
  }

  private fetch(chunk: Chunk): void {
    const years: number[] = [];
    for (let y = chunk.first; y <= chunk.last; y++) years.push(y);
    for (const y of years) this.pending.add(y);
    this.pendingItems += chunk.count;
    this.inflight++;
    this.version++;
    this.fetchJson<TimelineResult>(api.timeline({ from: String(chunk.first), to: String(chunk.last), ...this.filter, limit: TIMELINE_LIMIT }))
      .then(
        (r) => {
          for (const y of years) this.had.add(y);
          this.merge(r);
          this.error = null;
        },
        (err: unknown) => {
          this.stalled = true;
          this.error = err instanceof Error ? err.message : String(err);
        },
      )
      .finally(() => {
        for (const y of years) this.pending.delete(y);
        this.pendingItems -= chunk.count;
        this.inflight--;
        this.version++;
        this.pump();
      });
  }

  private merge(r: TimelineResult): void {
    // The API's limit cut this answer: what follows its last day is not in hand.
    if (r.items.length >= TIMELINE_LIMIT) {
      const last = r.items.at(-1)!.date;
      if (this.limitCut === null || last < this.limitCut) this.limitCut = last;
    }
    // The years asked for are disjoint, so no item comes twice; sorted as the API sorts.
    this.items = [...this.items, ...r.items].sort((a, b) => a.date.localeCompare(b.date) || a.statement.id.localeCompare(b.statement.id));
    this.keyEvents.add(r.items);
    if (r.shortNames) this.shortNames = { ...this.shortNames, ...r.shortNames };
  }

  private fail(err: unknown): void {
    this.stalled = true;
    this.version++;
    this.error = err instanceof Error ? err.message : String(err);
    this.emit();
  }

  private take(): Loaded {
    const counts = this.counts;
    const had = new Set(this.had);
    const cuts = [this.planCut, this.limitCut].filter((c): c is string => c !== null).sort();
    this.keyEvents.register(this.items);
    return {
      counts,
      items: this.items,
      shortNames: this.shortNames,
      cut: cuts[0] ?? null,
      error: this.error,
      busy: this.inflight > 0 || (this.countsAsked && counts === null),
      covers: (view) => counts !== null && covered(view, counts, (y) => had.has(y)),
    };
  }

  private emit(): void {
    if (this.taken === this.version) return;
    this.taken = this.version;
    this.snapshot = this.take();
    for (const l of this.listeners) l();
  }
}
