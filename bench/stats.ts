/** Small timing helpers shared by the benchmarks. */

export function percentile(sorted: number[], p: number): number {
  if (sorted.length === 0) return NaN;
  const i = Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1));
  return sorted[i]!;
}

/** Runs `fn` `n` times and returns the sorted durations in milliseconds. */
export function timeMany(n: number, fn: (i: number) => void): number[] {
  const out: number[] = [];
  for (let i = 0; i < n; i++) {
    const t0 = performance.now();
    fn(i);
    out.push(performance.now() - t0);
  }
  return out.sort((a, b) => a - b);
}

export const median = (sorted: number[]) => percentile(sorted, 50);
export const fmt = (ms: number) => (ms < 10 ? ms.toFixed(3) : ms.toFixed(1)) + " ms";

/** One line of the report: the figure, its same-run baseline, their ratio, and the target. */
export function report(name: string, figure: number, baselineName: string, baseline: number, target?: string): void {
  const ratio = baseline > 0 ? (figure / baseline).toFixed(2) : "n/a";
  process.stdout.write(`${name.padEnd(34)} ${fmt(figure).padStart(11)}   baseline (${baselineName}) ${fmt(baseline).padStart(11)}   ratio ${ratio}${target ? `   target ${target}` : ""}\n`);
}
