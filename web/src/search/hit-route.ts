// Where a search hit leads. Pure.
import type { Route } from "../app/route.js";

/**
 * The page of a search hit: a source's own page for a source (the search box had sent one to /entity/…,
 * an empty entity page that called its Japanese title English-only), an entity's page for the rest.
 * @example hitRoute({ id: "web-wikipedia-ja-takeshima", kind: "source" }) // { view: "source", id: "web-wikipedia-ja-takeshima" }
 */
export function hitRoute(hit: { id: string; kind: string }): Route {
  return hit.kind === "source" ? { view: "source", id: hit.id } : { view: "entity", id: hit.id };
}
