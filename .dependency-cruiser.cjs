// The layer rule from STYLE.md: model → kb → datasets → check → server → cli; a layer imports only
// the ones before it. web/ imports only types from src/model and the API.
const layers = ["model", "kb", "datasets", "check", "server", "cli"];
const forbidden = layers.map((layer, i) => ({
  name: `${layer}-imports-only-lower-layers`,
  severity: "error",
  comment: `src/${layer} may import ${layers.slice(0, i).join(", ") || "nothing internal"} only`,
  from: { path: `^src/${layer}/` },
  to: { path: `^src/(${layers.slice(i + 1).join("|") || "__none__"})/` },
}));
forbidden.push({
  name: "model-has-no-io",
  severity: "error",
  comment: "src/model holds schemas and pure functions: no file system, database or network",
  from: { path: "^src/model/" },
  to: { path: "^(fs|node:fs|better-sqlite3|node:http|http|node:child_process)$" },
});
forbidden.push({
  name: "no-circular",
  severity: "error",
  from: {},
  to: { circular: true },
});
module.exports = {
  forbidden,
  options: {
    doNotFollow: { path: "node_modules" },
    tsPreCompilationDeps: true,
    tsConfig: { fileName: "tsconfig.json" },
    exclude: { path: "\\.test\\.ts$" },
  },
};
