/**
 * Numbers kept per document for one query at a time, in arrays made once per index and reused by every
 * query (ranking runs from start to finish without yielding, so two queries never share them): a query's
 * working state then costs nothing to allocate or to collect, where an object per candidate had made
 * garbage enough for a collection every few dozen queries. An entry counts only while its stamp is the
 * current one; `clear` makes every entry unset in constant time.
 *
 * @example const m = new Marks(10); m.clear(); m.set(3, 7); m.get(3) // 7; m.get(4) // -1
 */
export class Marks {
  private readonly stamp: Int32Array;
  private readonly value: Int32Array;
  private now = 0;

  constructor(size: number) {
    this.stamp = new Int32Array(size);
    this.value = new Int32Array(size);
  }

  /** Unsets every entry. */
  clear(): void {
    if (++this.now === 0x7fffffff) {
      this.stamp.fill(0);
      this.now = 1;
    }
  }

  /** The value set for `i` since the last `clear`, or -1. */
  get(i: number): number {
    return this.stamp[i] === this.now ? this.value[i]! : -1;
  }

  set(i: number, v: number): void {
    this.stamp[i] = this.now;
    this.value[i] = v;
  }
}

/** A query's running totals per document (valid for the documents `member` marks), reused from query to query. */
class Accumulators {
  /** Each matched document's place in the query's list of matched documents. */
  readonly member: Marks;
  readonly score: Float64Array;
  readonly matchedWeight: Float64Array;
  readonly words: Int32Array;
  readonly tier: Int32Array;
  /** Each document's place in the current word's hits (`latinHits`). */
  readonly slot: Marks;

  constructor(size: number) {
    this.member = new Marks(size);
    this.slot = new Marks(size);
    this.score = new Float64Array(size);
    this.matchedWeight = new Float64Array(size);
    this.words = new Int32Array(size);
    this.tier = new Int32Array(size);
  }
}

const kept = new WeakMap<object, Accumulators>();

/**
 * The accumulators of an index, made on first use.
 *
 * @example const acc = accumulatorsOf(ix, ix.docs.length)
 */
export function accumulatorsOf(owner: object, size: number): Accumulators {
  let a = kept.get(owner);
  if (!a) kept.set(owner, (a = new Accumulators(size)));
  return a;
}
