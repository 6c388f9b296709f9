import type { Command } from "commander";
import { resolveId, showEntity } from "../kb/entity-query.js";
import type { EntityView, StatementView } from "../model/results.js";
import { emit, formatOf, EXIT } from "./output.js";
import { parseDay } from "./flags.js";
import { openStore, withDbOption } from "./store.js";

/** `gaiko show ID [--as-of DATE]`: one entity with every statement about it and its sources. */
export function registerShowCommand(program: Command): void {
  withDbOption(
    program
      .command("show")
      .description("show one entity: names, fields, statements and sources")
      .argument("<id>", "an id, an ISO code (JPN, JP) or an exact name")
      .option("--as-of <date>", "mark which statements held on this date (EDTF: 1972-09-29, 1975-06, 1975)")
      .option("--json", "machine-readable output"),
  ).action(async (input: string, opts: { asOf?: string; json?: boolean; db?: string }) => {
    const asOf = parseDay("--as-of", opts.asOf);
    const store = await openStore(opts);
    const id = resolveId(store, input);
    const view = id ? showEntity(store, id, asOf) : undefined;
    if (!view) {
      process.stderr.write(`gaiko show: no entity "${input}"; try gaiko search ${JSON.stringify(input)}\n`);
      process.exitCode = EXIT.notFound;
      return;
    }
    emit(formatOf(opts), { json: view, text: render(view) });
  });
}

function line(s: StatementView, self: string): string {
  const other = s.subject.id === self ? s.object : s.subject;
  const who = s.subject.id === self ? "" : `${s.subject.name.en} `;
  const obj = other && s.subject.id === self ? ` ${other.name.en}` : s.subject.id !== self && s.object ? ` → ${s.object.name.en}` : "";
  const extra = [s.role && `as ${s.role}`, s.value && `= ${s.value}`, s.at && `at ${s.at.name.en}`, s.via && `via ${s.via.name.en}`].filter(Boolean).join(", ");
  const flag = s.status === "accepted" ? "" : ` [${s.status}${s.assertedBy.length ? ` by ${s.assertedBy.map((a) => a.name.en).join(", ")}` : ""}]`;
  const holds = s.holds ? ` (${s.holds === "yes" ? "holds" : s.holds === "no" ? "does not hold" : "may hold"})` : "";
  const cites = s.sources.map((c) => `${c.source}${c.locator ? ` ${c.locator}` : ""}`).join("; ");
  return `  ${(s.time ?? "date unknown").padEnd(24)} ${who}${s.label.en}${obj}${extra ? ` (${extra})` : ""}${flag}${holds}\n  ${" ".repeat(24)}   ↳ ${cites}${s.note ? `\n  ${" ".repeat(24)}   note: ${s.note}` : ""}`;
}

function render(v: EntityView): string {
  const e = v.entity;
  const head = [
    `${e.name.en}${e.name.ja ? ` (${e.name.ja})` : ""}  [${e.kind}${e.type ? `: ${e.type}` : ""}]  id: ${e.id}`,
    e.aliases.length ? `also: ${e.aliases.map((a) => a.text).join(", ")}` : "",
    e.summary.en ?? "",
    e.sources.length ? `sources: ${e.sources.map((c) => `${c.source}${c.locator ? ` ${c.locator}` : ""}`).join("; ")}` : "",
    v.asOf ? `as of ${v.asOf}:` : "",
  ].filter(Boolean);
  const body = v.statements.map((s) => line(s, e.id));
  return [...head, "", `statements (${v.statements.length}):`, ...body, "", `release ${v.release}`].join("\n") + "\n";
}
