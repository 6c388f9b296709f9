/** The entity API's URLs as the page asks for them: a summary first, then slices on demand. */
export interface EntityPartQuery {
  asOf?: string | null;
  statements?: "summary";
  p?: string;
  /** curated, dataset, or one dataset (dataset:conflict). */
  origin?: string;
  limit?: number;
  offset?: number;
}

/**
 * @example entityUrl("japan", { asOf: "2020-01-01", statements: "summary" }) // "/api/v1/entities/japan?asOf=2020-01-01&statements=summary"
 */
export function entityUrl(id: string, q: EntityPartQuery = {}): string {
  const params = new URLSearchParams();
  for (const [k, v] of Object.entries(q)) if (v !== null && v !== undefined && v !== "" && !(k === "offset" && v === 0)) params.set(k, String(v));
  const s = params.toString();
  return `/api/v1/entities/${encodeURIComponent(id)}${s ? `?${s}` : ""}`;
}

/** Today in UTC (the page's date when the address names none). */
export function today(now: Date = new Date()): string {
  return now.toISOString().slice(0, 10);
}
