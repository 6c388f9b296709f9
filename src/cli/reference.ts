import { today } from "./clock.js";
import type { Command } from "commander";
import { graphAsOf } from "../kb/graph.js";
import { disagreements, listSources, showSource, stats } from "../kb/sources.js";
import { emit, formatOf, EXIT } from "./output.js";
import { parseDay } from "./flags.js";
import { parseKind } from "./kind-flag.js";
import { openStore, withDbOption } from "./store.js";

/** `gaiko graph`, `gaiko sources [ID]`, `gaiko stats`, `gaiko disagreements`: the API's reference twins. */
export function registerReferenceCommands(program: Command): void {
  withDbOption(
    program.command("graph").description("Japan's ties as of a date: nodes and typed edges")
      .option("--as-of <date>", "the date (default today)")
      .option("--kinds <list>", "only nodes of these kinds, comma-separated")
      .option("--json", "machine-readable output").option("--csv", "CSV output (edges)"),
  ).action(async (opts: { asOf?: string; kinds?: string; json?: boolean; csv?: boolean; db?: string }) => {
    const day = parseDay("--as-of", opts.asOf) ?? today();
    const kinds = opts.kinds?.split(",").map((k) => parseKind(k.trim())!);
    const g = graphAsOf(await openStore(opts), day, { kinds });
    emit(formatOf(opts), { json: g, columns: ["source", "p", "target", "certain", "statement"], rows: g.edges.map((e) => [e.source, e.p, e.target, e.certain, e.id]) });
  });

  withDbOption(
    program.command("sources").description("list sources, or show one source and every statement it supports")
      .argument("[id]", "a source id").option("--json", "machine-readable output").option("--csv", "CSV output"),
  ).action(async (id: string | undefined, opts: { json?: boolean; csv?: boolean; db?: string }) => {
    const store = await openStore(opts);
    if (!id) {
      const l = listSources(store);
      return emit(formatOf(opts), { json: l, columns: ["id", "type", "statements", "title", "url"], rows: l.sources.map((s) => [s.id, s.type, s.statements, s.name.en, s.url]) });
    }
    const v = showSource(store, id);
    if (!v) {
      process.stderr.write(`gaiko sources: no source "${id}"\n`);
      process.exitCode = EXIT.notFound;
      return;
    }
    emit(formatOf(opts), {
      json: v,
      columns: ["statement", "subject", "p", "object", "time", "status", "locator"],
      rows: v.statements.map((s) => [s.id, s.subject.id, s.p, s.object?.id, s.time, s.status, s.sources.find((c) => c.source === id)?.locator]),
    });
  });

  withDbOption(program.command("stats").description("what the knowledge base holds").option("--json", "machine-readable output")).action(
    async (opts: { json?: boolean; db?: string }) => {
      const s = stats(await openStore(opts));
      const pct = (x: number) => `${(100 * x).toFixed(1)} %`;
      const cov = s.coverage;
      const coverageRows = cov
        ? [
            ...(["curated", "datasets"] as const).flatMap((o) => {
              const a = cov.agreements[o];
              return [
                [`agreements (${o}) signed, to the day`, `${a.signedToDay} of ${a.total} (${pct(a.signedShare)})`],
                [`agreements (${o}) in force from a known day`, `${a.inForceToDay} of ${a.inForceDated} (${pct(a.inForceShare)})`],
              ];
            }),
            ["summits", cov.events.summits],
            ["visits (since 1990)", `${cov.events.visits} (${cov.events.visitsSince1990})`],
            ...cov.series.map((x) => [`series ${x.name}`, `${x.from}–${x.to}, ${x.entities} ${x.entities === 1 ? "entity" : "entities"}`]),
          ]
        : [];
      emit(formatOf(opts), {
        json: s,
        columns: ["what", "count"],
        rows: [...Object.entries(s.entities).map(([k, n]) => [`entities: ${k}`, n]), ["statements", s.statements.total], ["statements dated", s.statements.dated], ["citations", s.sources.citations],
          ["notes in Japanese", `${s.statements.notes.ja} of ${s.statements.notes.total} (${pct(s.statements.notes.total ? s.statements.notes.ja / s.statements.notes.total : 0)})`], ...coverageRows],
      });
    },
  );

  withDbOption(
    program.command("disagreements").description("rejected claims beside what holds, and contested claims")
      .option("--json", "machine-readable output").option("--csv", "CSV output"),
  ).action(async (opts: { json?: boolean; csv?: boolean; db?: string }) => {
    const d = disagreements(await openStore(opts));
    const cite = (s: { sources: { source: string; locator: string | null }[] }) => s.sources.map((c) => `${c.source}${c.locator ? ` ${c.locator}` : ""}`).join("; ");
    emit(formatOf(opts), {
      json: d,
      columns: ["kind", "subject", "p", "object", "claimed", "by", "holds_instead", "note", "note_ja"],
      rows: [
        ...d.items.map((i) => [
          i.kind, i.statement.subject.id, i.statement.p, i.statement.object?.id, i.statement.time ?? i.statement.value,
          cite(i.statement) || i.statement.assertedBy.map((a) => a.id).join("; "), i.conflicting.map((c) => c.time ?? c.object?.id).join("; "), i.statement.note, i.statement.note_ja,
        ]),
        ...d.ledger.map((l) => ["ledger", l.statement.subject.id, l.statement.p, l.statement.object?.id, l.statement.time, cite(l.statement), l.other?.time, l.note, l.note_ja]),
      ],
    });
  });
}
