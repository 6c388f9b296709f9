import type { Command } from "commander";
import { resolveId } from "../kb/entity-query.js";
import { timeline } from "../kb/timeline.js";
import { emit, formatOf, UsageError } from "./output.js";
import { parseCount, parseDay } from "./flags.js";
import { parseKind } from "./kind-flag.js";
import { openStore, withDbOption } from "./store.js";

/** `gaiko timeline [--from --to --with ID --kind K]`: dated statements in order. */
export function registerTimelineCommand(program: Command): void {
  withDbOption(
    program
      .command("timeline")
      .description("dated statements in time order (intervals at their start and end)")
      .option("--from <date>", "from this date (EDTF day, month or year)")
      .option("--to <date>", "up to the end of this date")
      .option("--with <id>", "only what involves this entity (directly or through an event it took part in)")
      .option("--kind <kind>", "only statements whose subject is of this kind")
      .option("--limit <n>", "at most this many items")
      .option("--json", "machine-readable output")
      .option("--csv", "CSV output"),
  ).action(async (opts: { from?: string; to?: string; with?: string; kind?: string; limit?: string; json?: boolean; csv?: boolean; db?: string }) => {
    const from = parseDay("--from", opts.from);
    const to = parseDay("--to", opts.to, true);
    if (from && to && from > to) throw new UsageError("--to", `a date after --from (${opts.from})`);
    const kind = parseKind(opts.kind);
    const limit = opts.limit === undefined ? undefined : parseCount("--limit", opts.limit, 1, 1e6);
    const store = await openStore(opts);
    const withId = opts.with === undefined ? undefined : resolveId(store, opts.with);
    if (opts.with !== undefined && !withId) throw new UsageError("--with", `an entity id or exact name (no entity "${opts.with}")`);
    const r = timeline(store, { from, to, with: withId, kind, limit });
    emit(formatOf(opts), {
      json: r,
      columns: ["date", "edtf", "edge", "subject", "predicate", "object", "role", "status", "statement", "sources"],
      rows: r.items.map((i) => [i.date, i.edtf, i.edge, i.statement.subject.name.en, i.statement.p, i.statement.object?.name.en, i.statement.role, i.statement.status, i.statement.id, i.statement.sources.map((c) => c.source).join("; ")]),
    });
  });
}
