export type Cell = string | number | boolean | null | undefined;

/** Quotes a CSV field per RFC 4180. */
export function csvField(v: Cell): string {
  const s = v === null || v === undefined ? "" : String(v);
  return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

/**
 * Renders rows as CSV text with a header line.
 *
 * @example toCsv(["a", "b"], [[1, "x,y"]]) // 'a,b\n1,"x,y"\n'
 */
export function toCsv(columns: string[], rows: Cell[][]): string {
  return [columns, ...rows].map((r) => r.map(csvField).join(",")).join("\n") + "\n";
}
