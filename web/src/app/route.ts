/**
 * The explorer's routes, parsed from and formatted to URLs: every view's state lives in the URL,
 * so a link reproduces it. Pure: no DOM.
 */
export type Route =
  | { view: "map" }
  | { view: "entity"; id: string }
  | { view: "source"; id: string }
  | { view: "timeline" }
  | { view: "network" }
  | { view: "votes" }
  | { view: "check" }
  | { view: "search" }
  | { view: "list"; kind: "agreements" | "memberships" | "offices" | "events" | "disputes" | "missions" }
  | { view: "not-found"; path: string };

export interface Location {
  route: Route;
  query: URLSearchParams;
}

/**
 * Reads a path such as "/entity/japan" into a route.
 * @example parseRoute("/entity/china") // { view: "entity", id: "china" }
 */
export function parseRoute(pathname: string): Route {
  const parts = pathname.split("/").filter(Boolean).map((p) => safeDecode(p));
  if (parts.length === 0) return { view: "map" };
  const [head, id] = parts;
  if (head === "entity" && id && parts.length === 2) return { view: "entity", id };
  if (head === "source" && id && parts.length === 2) return { view: "source", id };
  if (head === "timeline" && parts.length === 1) return { view: "timeline" };
  if (head === "network" && parts.length === 1) return { view: "network" };
  if (head === "votes" && parts.length === 1) return { view: "votes" };
  if (head === "check" && parts.length === 1) return { view: "check" };
  if (head === "search" && parts.length === 1) return { view: "search" };
  if (head === "list" && parts.length === 2 && (id === "agreements" || id === "memberships" || id === "offices" || id === "events" || id === "disputes" || id === "missions")) return { view: "list", kind: id };
  return { view: "not-found", path: pathname };
}

function safeDecode(part: string): string {
  try {
    return decodeURIComponent(part);
  } catch {
    return part;
  }
}

/** The path of a route. @example routePath({ view: "timeline" }) // "/timeline" */
export function routePath(route: Route): string {
  switch (route.view) {
    case "map":
      return "/";
    case "entity":
      return `/entity/${encodeURIComponent(route.id)}`;
    case "source":
      return `/source/${encodeURIComponent(route.id)}`;
    case "timeline":
      return "/timeline";
    case "network":
      return "/network";
    case "votes":
      return "/votes";
    case "check":
      return "/check";
    case "search":
      return "/search";
    case "list":
      return `/list/${route.kind}`;
    case "not-found":
      return route.path;
  }
}

/** Parameters that follow the reader from view to view (language and date). */
export const STICKY_PARAMS = ["lang", "asOf"] as const;

/**
 * A URL for `route` with `params`; the sticky parameters of `current` are carried over unless set.
 * A null or empty value removes the parameter.
 * @example href({ view: "entity", id: "japan" }, {}, new URLSearchParams("lang=ja&layer=alliance")) // "/entity/japan?lang=ja"
 */
export function href(route: Route, params: Record<string, string | number | null | undefined> = {}, current?: URLSearchParams): string {
  const query = new URLSearchParams();
  for (const key of STICKY_PARAMS) {
    const value = current?.get(key);
    if (value) query.set(key, value);
  }
  for (const [key, value] of Object.entries(params)) {
    if (value === null || value === undefined || value === "") query.delete(key);
    else query.set(key, String(value));
  }
  const search = query.toString();
  return routePath(route) + (search ? `?${search}` : "");
}

/** The same URL with some query parameters changed (null removes). */
export function withParams(pathname: string, current: URLSearchParams, params: Record<string, string | number | null | undefined>): string {
  const query = new URLSearchParams(current);
  for (const [key, value] of Object.entries(params)) {
    if (value === null || value === undefined || value === "") query.delete(key);
    else query.set(key, String(value));
  }
  const search = query.toString();
  return pathname + (search ? `?${search}` : "");
}
