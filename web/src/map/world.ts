import atlasUrl from "world-atlas/countries-110m.json?url";
import worldUrl from "./world-110m.json?url";
import type { ProjectedWorld } from "./geometry.js";

/** Loads the world's TopoJSON once per page (a separate, cacheable asset): the entity pages' place maps project it. */
let topology: Promise<unknown> | null = null;
/** The map's world, projected at build time (gen-world.mjs): fetched once per page, drawn as it is. */
let world: Promise<ProjectedWorld> | null = null;
let inHand: ProjectedWorld | null = null;

export function loadTopology(): Promise<unknown> {
  topology ??= fetchJson(atlasUrl);
  topology.catch(() => (topology = null));
  return topology;
}

/**
 * The projected world (shapes, points, region boxes, sphere and graticule paths), loaded once per page.
 * @example const world = await loadWorld(); world.shapes.find((s) => s.id === "392")?.name // "Japan"
 */
export function loadWorld(): Promise<ProjectedWorld> {
  world ??= fetchJson(worldUrl).then((w) => (inHand = w as ProjectedWorld));
  world.catch(() => (world = null));
  return world;
}

/**
 * The projected world when it has arrived already (so a page can draw it in its first render), else null.
 * @example useState(worldInHand) // the world, when it was fetched before the page rendered
 */
export function worldInHand(): ProjectedWorld | null {
  return inHand;
}

function fetchJson(url: string): Promise<unknown> {
  return fetch(url).then((r) => {
    if (!r.ok) throw new Error(`world map: ${r.status}`);
    return r.json() as Promise<unknown>;
  });
}
