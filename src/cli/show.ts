import type { Command } from "commander";
import { resolveId, showEntity } from "../kb/entity-query.js";
import type { EntityView, StatementView } from "../model/results.js";
import { emit, formatOf, EXIT, width } from "./output.js";
import { parseDay } from "./flags.js";
import { parseLang, VOICES, type Voice } from "./show-voice.js";
import { openStore, withDbOption } from "./store.js";

/** `gaiko show ID [--as-of DATE] [--lang en|ja]`: one entity with every statement about it and its sources. */
export function registerShowCommand(program: Command): void {
  withDbOption(
    program
      .command("show")
      .description("show one entity: names, fields, statements and sources")
      .argument("<id>", "an id, an ISO code (JPN, JP) or an exact name")
      .option("--as-of <date>", "mark which statements held on this date (EDTF: 1972-09-29, 1975-06, 1975)")
      .option("--lang <lang>", "language of the text output: en or ja (names, summary, notes, dates and words in Japanese, English marked (英語のみ) where none is written); --json carries both", "en")
      .option("--json", "machine-readable output"),
  ).action(async (input: string, opts: { asOf?: string; lang?: string; json?: boolean; db?: string }) => {
    const asOf = parseDay("--as-of", opts.asOf);
    const voice = VOICES[parseLang(opts.lang)];
    const store = await openStore(opts);
    const id = resolveId(store, input);
    const view = id ? showEntity(store, id, asOf) : undefined;
    if (!view) {
      process.stderr.write(`gaiko show: no entity "${input}"; try gaiko search ${JSON.stringify(input)}\n`);
      process.exitCode = EXIT.notFound;
      return;
    }
    emit(formatOf(opts), { json: view, text: render(view, voice) });
  });
}

/** `s` padded with spaces to `n` terminal columns (a Japanese character takes two). */
const pad = (s: string, n: number) => s + " ".repeat(Math.max(0, n - width(s)));

function line(s: StatementView, self: string, v: Voice): string {
  const other = s.subject.id === self ? s.object : s.subject;
  const who = s.subject.id === self ? "" : `${v.name(s.subject.name)} `;
  const obj = other && s.subject.id === self ? ` ${v.name(other.name)}` : s.subject.id !== self && s.object ? ` → ${v.name(s.object.name)}` : "";
  const holds = s.holds ? v.holds(s.holds) : "";
  const cites = s.sources.map((c) => `${c.source}${c.locator ? ` ${c.locator}` : ""}`).join("; ");
  const note = v.text({ en: s.note, ja: s.note_ja });
  const indent = `  ${" ".repeat(v.column)}   `;
  return `  ${pad(v.time(s.time), v.column)} ${who}${v.label(s)}${obj}${v.extras(s)}${v.flag(s)}${holds}\n${indent}↳ ${cites}${note ? `\n${indent}${v.note} ${note}` : ""}`;
}

function render(view: EntityView, v: Voice): string {
  const e = view.entity;
  const head = [
    v.heading({ ...e.name, id: e.id, kind: e.kind, type: e.type }),
    e.aliases.length ? `${v.also}: ${e.aliases.map((a) => a.text).join(", ")}` : "",
    v.text(e.summary) ?? "",
    e.sources.length ? `${v.sources}: ${e.sources.map((c) => `${c.source}${c.locator ? ` ${c.locator}` : ""}`).join("; ")}` : "",
    view.asOf ? v.asOf(view.asOf) : "",
    ...(view.onDay ? onDayLines(view.onDay, v) : []),
  ].filter(Boolean);
  const body = view.statements.map((s) => line(s, e.id, v));
  return [...head, "", v.statements(view.statements.length), ...body, "", v.release(view.release)].join("\n") + "\n";
}

/** What the as-of engine says held on the day, one line per section that applies. */
function onDayLines(d: NonNullable<EntityView["onDay"]>, v: Voice): string[] {
  const out: string[] = d.relation ? v.relation(d.relation) : [];
  if (d.agreement) out.push(v.agreement(d.agreement));
  if (d.memberships.length) out.push(`  ${v.memberOf}: ${v.join(d.memberships.map(v.held))}`);
  if (d.observerships.length) out.push(`  ${v.observerAt}: ${v.join(d.observerships.map(v.held))}`);
  if (d.offices.length) out.push(`  ${v.offices}: ${v.join(d.offices.map(v.held))}`);
  if (d.administration) {
    const a = d.administration;
    out.push(v.administration(a.administrator ? v.held(a.administrator) : null, a.claimants.map(v.held)));
  }
  return out;
}
