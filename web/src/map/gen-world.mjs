// Writes world-110m.json: world-atlas's 110m countries projected once by projectWorld (geometry.ts),
// which the explorer's map loads as it is. Converting the TopoJSON and projecting ~180 shapes (paths,
// areas, name anchors, the graticule) at every load cost a cold page ~250 ms of its main thread before
// the map could be drawn. geometry.test.ts fails when the file is stale.
// Run from the repository root: node --import tsx web/src/map/gen-world.mjs
import { readFileSync, writeFileSync } from "node:fs";
import { projectWorld } from "./geometry.js";

const atlas = JSON.parse(readFileSync("node_modules/world-atlas/countries-110m.json", "utf8"));
writeFileSync("web/src/map/world-110m.json", JSON.stringify(projectWorld(atlas)) + "\n");
