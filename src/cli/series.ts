import type { Command } from "commander";
import { resolveId } from "../kb/entity-query.js";
import { seriesCatalog, seriesValues } from "../kb/series.js";
import { parseCount } from "./flags.js";
import { emit, formatOf, UsageError } from "./output.js";
import { openStore, withDbOption } from "./store.js";

/** `gaiko series [NAME] [--state S] [--from Y --to Y]`: the numeric series, or one series' values. */
export function registerSeriesCommand(program: Command): void {
  withDbOption(
    program
      .command("series")
      .argument("[name]", "the series (without it: every series, with unit, source and years)")
      .description("numeric series from the datasets (military spending and personnel, trade, IGOs, ideal points, representation, UN vote agreement)")
      .option("--state <id>", "only values of this state (as the entity or the partner)")
      .option("--from <year>", "from this year")
      .option("--to <year>", "up to this year")
      .option("--json", "machine-readable output")
      .option("--csv", "CSV output"),
  ).action(async (name: string | undefined, opts: { state?: string; from?: string; to?: string; json?: boolean; csv?: boolean; db?: string }) => {
    const from = opts.from === undefined ? undefined : parseCount("--from", opts.from, 1000, 2100);
    const to = opts.to === undefined ? undefined : parseCount("--to", opts.to, 1000, 2100);
    if (from !== undefined && to !== undefined && from > to) throw new UsageError("--to", `a year from --from (${from}) on`);
    const store = await openStore(opts);
    if (name === undefined) {
      const c = seriesCatalog(store);
      emit(formatOf(opts), {
        json: c,
        columns: ["name", "title", "unit", "scope", "source", "source_title", "source_url", "entities", "points", "from", "to"],
        rows: c.series.map((s) => [s.name, s.title, s.unit, s.scope, s.source.id, s.source.title, s.source.url, s.entities, s.points, s.from, s.to]),
        table: { columns: ["series", "unit", "years", "source"], rows: c.series.map((s) => [s.name, s.unit, `${s.from}–${s.to}`, s.source.title]) },
      });
      return;
    }
    const state = opts.state === undefined ? undefined : resolveId(store, opts.state);
    if (opts.state !== undefined && !state) throw new UsageError("--state", `a state id, ISO code or exact name (no entity "${opts.state}")`);
    const r = seriesValues(store, name, { state, from, to });
    process.stderr.write(`${r.series.title} — ${r.series.unit}; source: ${r.series.source.title}${r.series.source.url ? ` <${r.series.source.url}>` : ""}; release ${r.release}\n`);
    emit(formatOf(opts), {
      json: r,
      columns: ["entity", "entity_name", "partner", "partner_name", "year", "value", "unit", "source", "locator", "release"],
      rows: r.points.map((p) => [p.entity.id, p.entity.name.en, p.partner?.id, p.partner?.name.en, p.year, p.value, r.series.unit, r.series.source.id, p.locator, r.release]),
      table: { columns: ["state", "partner", "year", "value"], rows: r.points.map((p) => [p.entity.name.en, p.partner?.name.en, p.year, p.value]) },
    });
  });
}
