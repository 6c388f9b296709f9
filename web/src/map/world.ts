import atlasUrl from "world-atlas/countries-110m.json?url";
import { projectWorld, type ProjectedWorld } from "./geometry.js";

/** Loads the world's TopoJSON once per page (a separate, cacheable asset) and projects it once. */
let topology: Promise<unknown> | null = null;
let world: Promise<ProjectedWorld> | null = null;

export function loadTopology(): Promise<unknown> {
  topology ??= fetch(atlasUrl).then((r) => {
    if (!r.ok) throw new Error(`world map: ${r.status}`);
    return r.json() as Promise<unknown>;
  });
  topology.catch(() => (topology = null));
  return topology;
}

export function loadWorld(): Promise<ProjectedWorld> {
  world ??= loadTopology().then((t) => projectWorld(t));
  world.catch(() => (world = null));
  return world;
}
