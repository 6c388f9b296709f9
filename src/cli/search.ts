import type { Command } from "commander";
import { Kind } from "../model/ids.js";
import { search } from "../kb/search.js";
import { emit, formatOf, UsageError } from "./output.js";
import { openStore, withDbOption } from "./store.js";
import { parseCount } from "./flags.js";
import { parseKind } from "./kind-flag.js";

/** `gaiko search TEXT [--kind K]`: names, aliases and summaries, English and Japanese. */
export function registerSearchCommand(program: Command): void {
  withDbOption(
    program
      .command("search")
      .description("search names, aliases and summaries (English and Japanese)")
      .argument("<text...>", "what to look for")
      .option("--kind <kind>", `only this kind: ${Kind.options.join(", ")}`)
      .option("--limit <n>", "how many results", "20")
      .option("--offset <n>", "skip this many results", "0")
      .option("--json", "machine-readable output")
      .option("--csv", "CSV output"),
  ).action(async (words: string[], opts: { kind?: string; limit: string; offset: string; json?: boolean; csv?: boolean; db?: string }) => {
    const text = words.join(" ");
    if (!text.trim()) throw new UsageError("TEXT", "a non-empty search text");
    const kind = parseKind(opts.kind);
    const store = await openStore(opts);
    const r = search(store, text, { kind, limit: parseCount("--limit", opts.limit, 1, 1000), offset: parseCount("--offset", opts.offset, 0, 1e6) });
    emit(formatOf(opts), {
      json: r,
      columns: ["id", "kind", "name", "name_ja", "matched", "score"],
      rows: r.results.map((h) => [h.id, h.kind, h.name.en, h.name.ja, h.matched, h.score]),
    });
  });
}
