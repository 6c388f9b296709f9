import type { Command } from "commander";
import { resolveId } from "../kb/entity-query.js";
import { listOf, ListQueryError, listRows } from "../kb/list.js";
import type { Store } from "../kb/store.js";
import { LIST_KINDS, ListKind, type ListResult } from "../model/lists.js";
import { today } from "./clock.js";
import { parseCount, parseDay } from "./flags.js";
import { emit, formatOf, UsageError } from "./output.js";
import { openStore, withDbOption } from "./store.js";

interface ListOpts {
  type?: string; with?: string; in?: string; by?: string; asOf?: string; from?: string; to?: string; sort?: string;
  signedFrom?: string; signedTo?: string;
  limit?: string; offset?: string; json?: boolean; csv?: boolean; db?: string;
}

function entityFlag(store: Store, flag: string, v: string | undefined): string | undefined {
  if (v === undefined) return undefined;
  const id = resolveId(store, v);
  if (!id) throw new UsageError(flag, `an entity id or exact name (no entity "${v}")`);
  return id;
}

/** `gaiko list KIND [filters]`: agreements, memberships, offices, events, disputes or diplomatic missions, filtered and paged. */
export function registerListCommand(program: Command): void {
  withDbOption(
    program
      .command("list")
      .argument("<kind>", `what to list: ${LIST_KINDS.join(", ")}`)
      .description("list agreements, memberships, offices and holders, events, disputes or diplomatic missions, with filters and dates as precise as the sources")
      .option("--type <type>", "agreement, event or dispute type; office role (foreign-minister); member or observer; mission type (embassy, consulate-general…)")
      .option("--with <id>", "a party, member, polity or participant; missions: the sending or the host state (id, ISO code or exact name)")
      .option("--in <id>", "events: held in this state or place; missions: standing in this state or place")
      .option("--by <id>", "missions: kept by this (sending) state")
      .option("--as-of <date>", "only what held (was in force, in office, a member) on this date")
      .option("--from <date>", "only what held or happened from this date (EDTF)")
      .option("--to <date>", "… up to the end of this date")
      .option("--signed-from <date>", "agreements: signed on or after this date (a date known to the month or year must lie wholly inside)")
      .option("--signed-to <date>", "agreements: signed up to the end of this date")
      .option("--sort <field>", "sort key (-field for descending); see docs/lists.md")
      .option("--limit <n>", "at most this many rows (default 100)")
      .option("--offset <n>", "skip this many rows first")
      .option("--json", "machine-readable output")
      .option("--csv", "CSV output"),
  ).action(async (kindArg: string, opts: ListOpts) => {
    const kind = ListKind.safeParse(kindArg);
    if (!kind.success) throw new UsageError("KIND", `one of ${LIST_KINDS.join(", ")} (got "${kindArg}")`);
    const asOf = parseDay("--as-of", opts.asOf);
    const from = parseDay("--from", opts.from);
    const to = parseDay("--to", opts.to, true);
    if (from && to && from > to) throw new UsageError("--to", `a date after --from (${opts.from})`);
    if (asOf && (from || to)) throw new UsageError("--as-of", "either --as-of or --from/--to, not both");
    const signedFrom = parseDay("--signed-from", opts.signedFrom);
    const signedTo = parseDay("--signed-to", opts.signedTo, true);
    if (signedFrom && signedTo && signedFrom > signedTo) throw new UsageError("--signed-to", `a date after --signed-from (${opts.signedFrom})`);
    const limit = opts.limit === undefined ? 100 : parseCount("--limit", opts.limit, 1, 100_000);
    const offset = opts.offset === undefined ? 0 : parseCount("--offset", opts.offset, 0, 1e9);
    const store = await openStore(opts);
    const q = {
      type: opts.type, with: entityFlag(store, "--with", opts.with), in: entityFlag(store, "--in", opts.in), by: entityFlag(store, "--by", opts.by),
      asOf: asOf ?? today(), asOfGiven: asOf !== undefined, from, to, signedFrom, signedTo, sort: opts.sort, limit, offset,
    };
    let r: ListResult;
    try {
      r = listOf(store, kind.data, q);
    } catch (e) {
      // The library names parameters as the API does (signedFrom); the flag is --signed-from.
      if (e instanceof ListQueryError) throw new UsageError(`--${e.param.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`)}`, e.expected);
      throw e;
    }
    if (!opts.json && r.total > r.offset + r.rows.length) process.stderr.write(`gaiko: ${r.rows.length} of ${r.total} rows shown; --limit and --offset page\n`);
    emit(formatOf(opts), { json: r, ...listRows(r) });
  });
}
