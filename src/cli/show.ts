import type { Command } from "commander";
import { resolveId, showEntity } from "../kb/entity-query.js";
import type { EntityView, HoldingView, StatementView } from "../model/results.js";
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
    ...(v.onDay ? onDayLines(v.onDay) : []),
  ].filter(Boolean);
  const body = v.statements.map((s) => line(s, e.id));
  return [...head, "", `statements (${v.statements.length}):`, ...body, "", `release ${v.release}`].join("\n") + "\n";
}

/** What the as-of engine says held on the day, one line per section that applies. */
function onDayLines(d: NonNullable<EntityView["onDay"]>): string[] {
  const held = (h: HoldingView) => `${h.entity.name.en}${h.role ? ` (${h.role})` : ""}${h.since ? ` since ${h.since}` : ""}${h.certain ? "" : " (uncertain)"}`;
  const out: string[] = [];
  if (d.relation) {
    const r = d.relation;
    const held_by = r.territory ? `; its land held by ${r.territory.holder.name.en}${r.territory.role ? ` (${r.territory.role})` : ""}` : "";
    out.push(`  relationship with Japan: ${r.status}${r.certain ? "" : " (uncertain)"}${r.since ? ` since ${r.since}` : ""}${r.alliance ? ", allied" : ""}${held_by}`);
    if (r.agreements.length) out.push(`  agreements in force: ${r.agreements.map((a) => a.name.en).join("; ")}`);
  }
  if (d.agreement) out.push(`  agreement: ${d.agreement.state}${d.agreement.how ? ` (${d.agreement.how})` : ""}${d.agreement.since ? ` since ${d.agreement.since}` : ""}`);
  if (d.memberships.length) out.push(`  member of: ${d.memberships.map(held).join("; ")}`);
  if (d.observerships.length) out.push(`  observer at: ${d.observerships.map(held).join("; ")}`);
  if (d.offices.length) out.push(`  offices: ${d.offices.map(held).join("; ")}`);
  if (d.administration) {
    const a = d.administration;
    out.push(`  administered by: ${a.administrator ? held(a.administrator) : "unknown"}${a.claimants.length ? `; claimed by: ${a.claimants.map(held).join("; ")}` : ""}`);
  }
  return out;
}
