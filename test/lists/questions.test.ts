// The list questions of test/lists/questions*.yaml (issue 16) against the real knowledge base: answers read
// from the sources named on each row, never from gaiko's output. Pending rows name the data gaiko lacks; the
// test only reports which of them already pass, so that they can be switched on when the data arrives.
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { parse } from "yaml";
import { afterAll, describe, expect, it } from "vitest";
import { resolveId } from "../../src/kb/entity-query.js";
import { listOf } from "../../src/kb/list.js";
import { asOfDay, lastDay } from "../../src/model/time.js";
import { LIST_KINDS, type ListKind, type ListResult } from "../../src/model/lists.js";
import { ROOT, sharedStore } from "../helpers.js";

interface Question {
  q: string;
  list: ListKind;
  args: { type?: string; with?: string; in?: string; by?: string; asOf?: string; from?: string; to?: string; signedFrom?: string; signedTo?: string };
  expect?: string[];
  absent?: string[];
  exact?: boolean;
  source: string;
  pending?: string;
}

// Every table of questions in test/lists (questions.yaml, questions-visits.yaml, …), one family per file.
const dir = join(ROOT, "test", "lists");
const tables = readdirSync(dir).filter((f) => /^questions.*\.yaml$/.test(f)).sort();
const questions = tables.flatMap((f) => (parse(readFileSync(join(dir, f), "utf8")) as { questions: Question[] }).questions);

// The full build, shared with the other test files (test/global-setup.ts): the series importers it adds change no
// result here, and it is built once per run instead of a smaller build for this file alone.
const store = sharedStore();
afterAll(() => store.close());

const day = (v: string | undefined, end = false) => {
  if (v === undefined) return undefined;
  const d = end ? lastDay(v) : asOfDay(v);
  if (typeof d !== "string") throw new Error(`${v}: ${d.error}`);
  return d;
};

/** The ids a row can be matched on: its main entity, for a membership also `organisation@from`, for a mission the host, `host@type`, `host@type@city` and the sender. */
function keys(r: ListResult): string[][] {
  switch (r.kind) {
    case "agreements": return r.rows.map((x) => [x.agreement.id]);
    case "memberships": return r.rows.map((x) => [x.organization.id, `${x.organization.id}@${x.from}`, x.member.id]);
    case "offices": return r.rows.map((x) => [x.holder.id]);
    case "events": return r.rows.map((x) => [x.event.id]);
    case "disputes": return r.rows.map((x) => [x.dispute.id]);
    case "missions": return r.rows.map((x) => [x.host.id, `${x.host.id}@${x.type}`, ...(x.city ? [`${x.host.id}@${x.type}@${x.city}`] : []), x.sender.id]);
  }
}

function answer(q: Question): { listed: Set<string>; primary: Set<string> } {
  const id = (v: string | undefined) => (v === undefined ? undefined : resolveId(store, v) ?? `missing:${v}`);
  const r = listOf(store, q.list, {
    type: q.args.type, with: id(q.args.with), in: id(q.args.in), by: id(q.args.by),
    asOf: day(q.args.asOf) ?? "2026-01-01", asOfGiven: q.args.asOf !== undefined,
    from: day(q.args.from), to: day(q.args.to, true), signedFrom: day(q.args.signedFrom), signedTo: day(q.args.signedTo, true), limit: 100_000, offset: 0,
  });
  const k = keys(r);
  return { listed: new Set(k.flat()), primary: new Set(k.map((x) => x[0]!)) };
}

function misses(q: Question): string[] {
  const { listed, primary } = answer(q);
  const out = [
    ...(q.expect ?? []).filter((e) => !listed.has(e)).map((e) => `missing ${e}`),
    ...(q.absent ?? []).filter((e) => listed.has(e)).map((e) => `should not list ${e}`),
  ];
  if (q.exact) out.push(...[...primary].filter((p) => !(q.expect ?? []).includes(p)).map((p) => `unexpected ${p}`));
  return out;
}

describe("the list questions", () => {
  it("hold at least 60 well-formed rows over every kind, each with a source address", () => {
    expect(questions.length).toBeGreaterThanOrEqual(60);
    expect(new Set(questions.map((q) => q.q)).size).toBe(questions.length);
    expect(new Set(questions.map((q) => q.list))).toEqual(new Set(LIST_KINDS));
    for (const q of questions) {
      expect(q.source, q.q).toMatch(/^https?:\/\//);
      expect((q.expect?.length ?? 0) + (q.absent?.length ?? 0), q.q).toBeGreaterThan(0);
      if (q.pending !== undefined) expect(q.pending, q.q).toMatch(/^data missing: /);
    }
  });

  it.each(questions.filter((q) => q.pending === undefined).map((q) => [q.q, q] as const))("answer %s", (_, q) => {
    expect(misses(q)).toEqual([]);
  });

  it("report which pending rows the data now answers", () => {
    const pending = questions.filter((q) => q.pending !== undefined);
    const ready = pending.filter((q) => misses(q).length === 0).map((q) => q.q);
    if (ready.length) console.log(`pending list questions that now pass (remove their pending note): ${ready.join("; ")}`);
    expect(ready.length).toBeLessThanOrEqual(pending.length);
  });
});
