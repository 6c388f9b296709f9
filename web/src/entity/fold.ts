// Near-duplicate statements on one line. Two sources often state the same edge, one with its day and one
// without ("Japan is a party to RCEP" beside "…since 1 January 2022"), and a page wrote both (issue 15: 23
// such lines over the data). A section writes them once, with the most precise date, and cites the source that
// gives no date (or only a year) as saying so: a citation must never seem to support a date it does not give.
// The full statement list shows every statement as it is.
import type { Citation, StatementView } from "../api/types.js";
import type { Lang } from "../i18n/dict.js";
import { message } from "../i18n/dict.js";
import { longDate, writesNote } from "./sentences.js";

/** A line of a section: the statement it writes, and the statements folded into it (less precise, same edge). */
export interface Line {
  s: StatementView;
  folded: StatementView[];
}

/** What makes two statements one edge: the same predicate, ends, role, value and standing. */
function edge(s: StatementView): string {
  return JSON.stringify([s.p, s.subject.id, s.object?.id ?? null, s.role, s.value, s.status]);
}

const base = (d: string) => d.replace(/[~?%]$/, "");

/** Whether a date (a year, month or day) includes another: `1972` includes `1972-09-29`, and itself. */
function dateIncludes(a: string, b: string): boolean {
  return base(b) === base(a) || base(b).startsWith(`${base(a)}-`);
}

/** One end of an interval: "" (unknown) includes any end; ".." (still running) only itself. */
function endIncludes(a: string, b: string): boolean {
  if (a === "") return true;
  if (a === ".." || b === "..") return a === b;
  return b !== "" && dateIncludes(a, b);
}

/**
 * Whether time `a` contains time `b` (is less precise, and does not contradict it): every day `b` allows, `a`
 * allows too. Undated contains a day and a span still running or of unknown end, but not one that ended: an
 * undated "Panama and Japan have diplomatic relations" (a seed's list of today's relations) is not the
 * relations of 1904–1941. A point and an interval never fold.
 * @example timeIncludes("1972", "1972-09-29") // true
 * @example timeIncludes("1945/..", "1945-08-28/..") // true
 * @example timeIncludes(null, "1904-01-07/1941-12") // false
 */
export function timeIncludes(a: string | null, b: string | null): boolean {
  if (a === null) return b === null || !b.includes("/") || /\/(\.\.)?$/.test(b);
  if (b === null || a.includes("/") !== b.includes("/")) return false;
  if (!a.includes("/")) return dateIncludes(a, b);
  const [a1 = "", a2 = ""] = a.split("/");
  const [b1 = "", b2 = ""] = b.split("/");
  return endIncludes(a1, b1) && endIncludes(a2, b2);
}

/** How much a time says (its digits): the line keeps the statement that says most. */
function precision(s: StatementView): number {
  return (s.time ?? "").replace(/[^0-9]/g, "").length;
}

/** Where a statement's time begins, for choosing the latest of several. */
function startOf(s: StatementView): string {
  return s.start ?? s.time?.split("/")[0] ?? "";
}

/**
 * Whether `less` may be folded into `more`: its time, and its place and note where its sentence says them,
 * say nothing `more` does not (a note is written only as a side's position in a dispute; the full statement
 * list still shows every note).
 */
function foldsInto(less: StatementView, more: StatementView): boolean {
  const same = (x: unknown, y: unknown) => x === null || x === undefined || x === y;
  return timeIncludes(less.time, more.time) && same(less.at?.id, more.at?.id) && (!(writesNote(less) || writesNote(more)) || less.note === more.note);
}

/**
 * The statements as a section writes them: each line one statement, with the statements of the same edge
 * whose time it contains folded into it (the most precise first; among equals, one with a place). Lines keep
 * the order of their statements; a statement whose time contradicts the others' keeps a line of its own.
 * @example foldNearDuplicates([rcepUndated, rcep2022]).map((l) => [l.s.time, l.folded.length]) // [["2022-01-01/..", 1]]
 */
export function foldNearDuplicates(statements: readonly StatementView[]): Line[] {
  const byEdge = new Map<string, StatementView[]>();
  for (const s of statements) byEdge.set(edge(s), [...(byEdge.get(edge(s)) ?? []), s]);
  const into = new Map<string, string>();
  for (const group of byEdge.values()) {
    if (group.length < 2) continue;
    // The most precise first, so that what a statement folds into has been settled before it: each folds
    // into a statement at least as precise whose time contains its own; among several (an undated alliance
    // beside 1952–1960 and 1960–), the latest.
    const ranked = [...group].sort((a, b) => precision(b) - precision(a) || Number(!!b.at) - Number(!!a.at));
    ranked.forEach((less, i) => {
      const leads = ranked.filter((more, j) => j < i && !into.has(more.id) && foldsInto(less, more));
      const lead = leads.sort((a, b) => startOf(b).localeCompare(startOf(a)))[0];
      if (lead) into.set(less.id, lead.id);
    });
  }
  const lines = new Map<string, Line>();
  for (const s of statements) if (!into.has(s.id)) lines.set(s.id, { s, folded: [] });
  for (const s of statements) {
    let lead = into.get(s.id);
    while (lead && into.has(lead)) lead = into.get(lead);
    if (lead) lines.get(lead)?.folded.push(s);
  }
  return [...lines.values()];
}

/**
 * A citation on a line, with what it says of the date where it gives less than the line does: a few words for
 * its badge ("no date given") and a sentence for its preview ("This source gives no date: the date shown is
 * another source's.").
 */
export type LineCitation = Citation & { dateNote?: string; dateSaid?: string };

/**
 * A line's citations: the written statement's sources as they are, then each source that only a folded
 * statement cites, marked "no date given" or with the date it does give ("gives 1945").
 * @example lineCitations({ s: rcep2022, folded: [rcepUndated] }, "en").map((c) => c.dateNote) // [undefined, "no date given"]
 */
export function lineCitations(line: Line, lang: Lang): LineCitation[] {
  const out: LineCitation[] = [...line.s.sources];
  // A source the written statement cites gives its date: no mark, whatever else it is cited for.
  const dated = new Set(line.s.sources.map((c) => c.source));
  const notes = new Map<string, { dateNote: string; dateSaid: string }>();
  // The most precise folded statement first: a source cited by two of them is marked with the most it gives.
  for (const f of [...line.folded].sort((a, b) => precision(b) - precision(a))) {
    const note =
      f.time === null
        ? { dateNote: message(lang, "entity.noDateGiven"), dateSaid: message(lang, "entity.noDateSaid") }
        : { dateNote: message(lang, "entity.dateGivenAs", { date: givenDate(f.time, lang) }), dateSaid: message(lang, "entity.dateSaidAs", { date: givenDate(f.time, lang) }) };
    for (const c of f.sources) {
      if (dated.has(c.source)) continue;
      if (!notes.has(c.source)) notes.set(c.source, note);
      out.push({ ...c, ...notes.get(c.source)! });
    }
  }
  return out;
}

/** A folded statement's time as its source gives it ("1945", "from 1945"), in the page's language. */
function givenDate(time: string, lang: Lang): string {
  const [a = "", b] = time.split("/");
  if (b === undefined) return longDate(a, lang);
  const from = a && a !== ".." ? longDate(a, lang) : "";
  const to = b && b !== ".." ? longDate(b, lang) : "";
  if (!to) return lang === "ja" ? `${from}から` : `from ${from}`;
  return lang === "ja" ? `${from}〜${to}` : `${from}–${to}`;
}
