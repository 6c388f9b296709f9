import { today } from "./clock.js";
import type { Command } from "commander";
import { relationsAsOf } from "../kb/relations.js";
import { RelationStatus } from "../model/results.js";
import { emit, formatOf, UsageError } from "./output.js";
import { parseDay } from "./flags.js";
import { openStore, withDbOption } from "./store.js";

/** `gaiko relations [--as-of DATE]`: Japan's relationship with every state on a date. */
export function registerRelationsCommand(program: Command): void {
  withDbOption(
    program
      .command("relations")
      .description("Japan's relationship with every state on a date: status, since when, agreements in force")
      .option("--as-of <date>", "the date (EDTF: 1972-09-29, 1975-06, 1975); default today")
      .option("--status <status>", "only rows with this status")
      .option("--json", "machine-readable output")
      .option("--csv", "CSV output"),
  ).action(async (opts: { asOf?: string; status?: string; json?: boolean; csv?: boolean; db?: string }) => {
    const day = parseDay("--as-of", opts.asOf) ?? today();
    if (opts.status !== undefined && !RelationStatus.safeParse(opts.status).success) throw new UsageError("--status", `one of ${RelationStatus.options.join(", ")}`);
    const store = await openStore(opts);
    const r = relationsAsOf(store, day);
    const relations = opts.status ? r.relations.filter((x) => x.status === opts.status) : r.relations;
    emit(formatOf(opts), {
      json: { ...r, relations },
      columns: ["state", "name", "status", "certain", "since", "alliance", "agreements_in_force"],
      rows: relations.map((x) => [x.state.id, x.state.name.en, x.status, x.certain, x.since, x.alliance, x.agreements.map((a) => a.id).join("; ")]),
      table: {
        columns: ["state", "status", "certain", "since", "allied", "agreements in force"],
        rows: relations.map((x) => [x.state.name.en, x.status.replace(/-/g, " "), x.certain, x.since, x.alliance, x.agreements.map((a) => a.name.en).join("; ")]),
      },
    });
  });
}
